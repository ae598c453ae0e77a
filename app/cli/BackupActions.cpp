#include "BackupActions.h"

#include "CliContext.h"
#include "ErrorHints.h"
#include "InterruptWatcher.h"
#include "ProfileOutput.h"
#include "backup/BackupDownload.h"
#include "backup/BackupHealth.h"
#include "backup/BackupOps.h"
#include "backup/BackupSchedule.h"
#include "backup/BackupUpload.h"
#include "backup/RestorePlan.h"
#include "plan/PlanRunner.h"
#include "ssh/Connection.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;
using namespace capataz::backup;

namespace capataz::cli {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("capataz::cli", text, disambiguation, n);
}

// Waits in a local event loop (the CLI has no GUI) for one async operation; Ctrl-C cancels.
template <typename T, typename Start> Result<T> await(const plan::StepContext& ctx, Start start)
{
    std::optional<Result<T>> got;
    QEventLoop loop;
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &loop, [&](int) { ctx.cancel.cancel(); });
    start([&](Result<T> r) {
        got = std::move(r);
        loop.quit();
    });
    if (!got)
        loop.exec();
    return *got;
}

int failWith(const Error& e, const BackupRun& run)
{
    QString hint = connectionHint(e, run.server);
    if (e.code == ErrorCode::RemoteCommandFailed)
        hint = tr("Read the detail: it is what the server's tools said (a database that is down, a wrong "
                  "password in the .env, a full disk).");
    else if (e.code == ErrorCode::NotFound)
        hint = tr("Run 'capataz-cli backup SERVER list' to see the backups' names.");
    return CliContext::reportError(e, hint, ExitFailure);
}

QJsonObject expectJson(const Expectation& e)
{
    QJsonObject rows;
    for (auto it = e.rowCounts.cbegin(); it != e.rowCounts.cend(); ++it)
        rows.insert(it.key(), double(it.value()));
    QJsonObject o{{u"row_counts"_s, rows}};
    if (e.fileCount >= 0)
        o.insert(u"file_count"_s, double(e.fileCount));
    if (e.bytes >= 0)
        o.insert(u"bytes"_s, double(e.bytes));
    return o;
}

QString expectText(const Expectation& e)
{
    if (e.fileCount >= 0)
        return tr("%n file(s)", nullptr, int(e.fileCount)) + u", "_s +
               QLocale::c().formattedDataSize(e.bytes);
    qint64 rows = 0;
    for (qint64 r : e.rowCounts)
        rows += r;
    return tr("%n table(s)", nullptr, int(e.rowCounts.size())) + u", "_s +
           tr("%n row(s)", nullptr, int(rows));
}

QString stateText(const BackupEntry& e)
{
    if (e.partial)
        return tr("unfinished");
    if (!e.manifest)
        return tr("no manifest");
    if (!e.isGood())
        return tr("size differs from manifest");
    return tr("good");
}

QString drillText(const BackupEntry& e)
{
    if (!e.drill)
        return tr("never drilled");
    const QString at = e.drill->at.toString(Qt::ISODate);
    return e.drill->ok ? tr("restore drill passed %1").arg(at) : tr("restore drill FAILED %1").arg(at);
}

} // namespace

int backupCreate(const BackupRun& run)
{
    auto sources = await<QList<BackupSource>>(run.ctx, [&](auto done) {
        resolveSources(run.ctx, run.targets, run.projectDir, run.envFile, run.composeArgs, std::move(done));
    });
    if (!sources)
        return failWith(sources.error(), run);
    QJsonArray made;
    int exit = ExitOk;
    for (BackupSource s : *sources) {
        if (!run.image.isEmpty())
            s.image = run.image;
        s.compression = run.compression;
        if (!run.json)
            CliContext::print(tr("Backing up %1 ...").arg(s.describe()) + u'\n');
        auto m = await<Manifest>(run.ctx, [&](auto done) {
            createBackup(run.ctx, s, run.dir, QDateTime::currentDateTimeUtc(), std::move(done));
        });
        if (!m) {
            exit = failWith(m.error(), run);
            continue;
        }
        if (run.json) {
            made.append(QJsonObject{{u"name"_s, m->name},
                                    {u"kind"_s, m->kind},
                                    {u"size"_s, double(m->size)},
                                    {u"sha256"_s, m->sha256},
                                    {u"expect"_s, expectJson(m->expect)}});
        } else {
            CliContext::print(tr("Made %1 (%2, SHA-256 %3): %4")
                                  .arg(m->name, QLocale::c().formattedDataSize(m->size), m->sha256.left(16),
                                       expectText(m->expect)) +
                              u'\n');
        }
    }
    if (run.json)
        printJson(QJsonObject{{u"server"_s, run.server}, {u"dir"_s, run.dir}, {u"created"_s, made}});
    return exit;
}

int backupList(const BackupRun& run)
{
    auto list = await<QList<BackupEntry>>(run.ctx,
                                          [&](auto done) { listBackups(run.ctx, run.dir, std::move(done)); });
    if (!list)
        return failWith(list.error(), run);
    auto lastRun = await<std::optional<LastRun>>(
        run.ctx, [&](auto done) { readLastRun(run.ctx, run.dir, std::move(done)); });
    if (!lastRun)
        return failWith(lastRun.error(), run);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto alarms =
        assessBackups(*list, {.intervalSecs = qint64(run.everyHours * 3600), .graceSecs = 3600}, now);
    if (auto a = lastRunAlarm(*lastRun))
        alarms.prepend(*a);
    if (run.json) {
        QJsonArray rows;
        for (const BackupEntry& e : *list) {
            QJsonObject o{{u"name"_s, e.name},
                          {u"size"_s, double(e.size)},
                          {u"time"_s, e.time().toString(Qt::ISODate)},
                          {u"partial"_s, e.partial},
                          {u"good"_s, e.isGood()}};
            if (e.manifest) {
                o.insert(u"kind"_s, e.manifest->kind);
                o.insert(u"sha256"_s, e.manifest->sha256);
                o.insert(u"expect"_s, expectJson(e.manifest->expect));
            }
            if (e.drill)
                o.insert(u"drill"_s, QJsonObject{{u"ok"_s, e.drill->ok},
                                                 {u"at"_s, e.drill->at.toString(Qt::ISODate)},
                                                 {u"detail"_s, e.drill->detail}});
            rows.append(o);
        }
        QJsonArray al;
        for (const BackupAlarm& a : alarms)
            al.append(QJsonObject{{u"kind"_s, alarmKindName(a.kind)},
                                  {u"series"_s, a.series},
                                  {u"backup"_s, a.backup},
                                  {u"message"_s, a.sentence.translated()}});
        QJsonObject out{
            {u"server"_s, run.server}, {u"dir"_s, run.dir}, {u"backups"_s, rows}, {u"alarms"_s, al}};
        if (*lastRun)
            out.insert(u"last_run"_s,
                       QJsonObject{{u"started"_s, (*lastRun)->started.toString(Qt::ISODate)},
                                   {u"exit"_s, (*lastRun)->exitCode},
                                   {u"made"_s, QJsonArray::fromStringList((*lastRun)->made)},
                                   {u"deleted"_s, QJsonArray::fromStringList((*lastRun)->deleted)}});
        printJson(out);
        return alarms.isEmpty() ? ExitOk : 3;
    }
    if (list->isEmpty())
        CliContext::print(tr("No backups in %1 yet.").arg(run.dir) + u'\n');
    for (const BackupEntry& e : *list) {
        const qint64 ageHours = e.time().secsTo(now) / 3600;
        CliContext::print(u"%1  %2  %3  %4  %5\n"_s.arg(e.name, QLocale::c().formattedDataSize(e.size),
                                                        tr("%n hour(s) old", nullptr, int(ageHours)),
                                                        stateText(e), drillText(e)));
    }
    if (*lastRun)
        CliContext::print(tr("Last scheduled run: %1, exit status %2, %3 made, %4 deleted by retention.")
                              .arg((*lastRun)->started.toString(Qt::ISODate))
                              .arg((*lastRun)->exitCode)
                              .arg((*lastRun)->made.size())
                              .arg((*lastRun)->deleted.size()) +
                          u'\n');
    for (const BackupAlarm& a : alarms)
        CliContext::printErr(u"capataz-cli: "_s +
                             tr("ALARM (%1): %2").arg(alarmKindName(a.kind), a.sentence.translated()) +
                             u'\n');
    return alarms.isEmpty() ? ExitOk : 3;
}

namespace {
int printVerify(const VerifyResult& v, bool json)
{
    if (json) {
        printJson(QJsonObject{{u"name"_s, v.name},
                              {u"ok"_s, v.ok()},
                              {u"size"_s, double(v.size)},
                              {u"sha256"_s, v.sha256},
                              {u"problems"_s, QJsonArray::fromStringList(v.problems)}});
    } else if (v.ok()) {
        CliContext::print(tr("%1 is intact: size and SHA-256 match its manifest.").arg(v.name) + u'\n');
    }
    if (v.ok())
        return ExitOk;
    return CliContext::reportError(Error{ErrorCode::CheckFailed, v.name + u": "_s + v.problems.join(u"; "_s)},
                                   tr("Do not rely on this backup: make a new one, or use an older one that "
                                      "verifies."),
                                   ExitFailure);
}
} // namespace

int backupVerify(const BackupRun& run)
{
    auto v = await<VerifyResult>(
        run.ctx, [&](auto done) { verifyBackup(run.ctx, run.dir, run.name, std::move(done)); });
    if (!v)
        return failWith(v.error(), run);
    return printVerify(*v, run.json);
}

int backupVerifyLocal(const QString& file, bool json)
{
    QFile mf(file + u".manifest.json"_s);
    if (!mf.open(QIODevice::ReadOnly))
        return CliContext::reportError(
            Error{ErrorCode::LocalFileError, mf.fileName() + u": "_s + mf.errorString()},
            tr("Download the backup again: its manifest comes with it."), ExitFailure);
    auto m = manifestFromJson(mf.readAll());
    if (!m)
        return CliContext::reportError(
            m.error(), tr("Download the backup again: its manifest comes with it."), ExitFailure);
    auto v = verifyLocalCopy(file, *m);
    if (!v)
        return CliContext::reportError(v.error(), tr("Check the file's path."), ExitFailure);
    return printVerify(*v, json);
}

int backupDownload(const BackupRun& run)
{
    int lastPercent = -1;
    auto progress = [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (percent != lastPercent && !run.json)
            CliContext::printErr(tr("downloading %1: %2%").arg(run.name).arg(percent) + u'\n');
        lastPercent = percent;
    };
    auto r = await<DownloadResult>(run.ctx, [&](auto done) {
        downloadBackup(run.ctx, run.dir, run.name, run.localDir, progress, std::move(done));
    });
    if (!r)
        return failWith(r.error(), run);
    if (run.json) {
        printJson(QJsonObject{{u"name"_s, run.name},
                              {u"path"_s, r->localPath},
                              {u"bytes"_s, double(r->bytes)},
                              {u"resumed_at"_s, double(r->resumedAt)},
                              {u"sha256"_s, r->check.sha256}});
    } else {
        if (r->resumedAt > 0)
            CliContext::print(tr("Resumed at %1.").arg(QLocale::c().formattedDataSize(r->resumedAt)) + u'\n');
        CliContext::print(tr("Saved %1 (%2); its SHA-256 matches the manifest.")
                              .arg(r->localPath, QLocale::c().formattedDataSize(r->bytes)) +
                          u'\n');
    }
    return ExitOk;
}

int backupDrill(const BackupRun& run)
{
    auto d = await<DrillRecord>(run.ctx, [&](auto done) {
        drillBackup(run.ctx, run.dir, run.name, run.projectDir, run.composeArgs, run.image,
                    QDateTime::currentDateTimeUtc(), std::move(done));
    });
    if (!d)
        return failWith(d.error(), run);
    if (run.json)
        printJson(QJsonObject{{u"name"_s, d->name},
                              {u"ok"_s, d->ok},
                              {u"at"_s, d->at.toString(Qt::ISODate)},
                              {u"duration_ms"_s, double(d->durationMs)},
                              {u"detail"_s, d->detail},
                              {u"found"_s, expectJson(d->found)}});
    else if (d->ok)
        CliContext::print(tr("Restore drill of %1 passed in %2 s: %3, as the manifest says.")
                              .arg(d->name)
                              .arg(double(d->durationMs) / 1000, 0, 'f', 1)
                              .arg(expectText(d->found)) +
                          u'\n');
    if (d->ok)
        return ExitOk;
    return CliContext::reportError(
        Error{ErrorCode::CheckFailed, d->name + u": "_s + d->detail},
        tr("This backup does not restore as it should: make a new one and drill it."), ExitFailure);
}

int backupUpload(const BackupRun& run)
{
    int lastPercent = -1;
    auto progress = [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (percent != lastPercent && !run.json)
            CliContext::printErr(tr("uploading %1: %2%").arg(run.name).arg(percent) + u'\n');
        lastPercent = percent;
    };
    auto r = await<UploadResult>(
        run.ctx, [&](auto done) { uploadBackup(run.ctx, run.name, run.dir, progress, std::move(done)); });
    if (!r)
        return failWith(r.error(), run);
    if (run.json)
        printJson(QJsonObject{{u"name"_s, r->name},
                              {u"dir"_s, run.dir},
                              {u"bytes"_s, double(r->bytes)},
                              {u"resumed_at"_s, double(r->resumedAt)}});
    else
        CliContext::print(
            tr("Uploaded %1 to %2; the server's SHA-256 matches the manifest.").arg(r->name, run.dir) +
            u'\n');
    return ExitOk;
}

} // namespace capataz::cli
