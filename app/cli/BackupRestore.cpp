#include "BackupActions.h"
#include "CliConnect.h"
#include "CliContext.h"
#include "ErrorHints.h"
#include "InterruptWatcher.h"
#include "ProfileOutput.h"
#include "backup/BackupOps.h"
#include "backup/RestorePlan.h"
#include "common/ErrorCatalog.h"
#include "plan/PlanRunner.h"
#include "ssh/Connection.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using namespace capataz::backup;

namespace capataz::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("capataz::cli", text);
}

// The live place of the data, with the credentials of the recipe target that names the same
// database or volume (the safety backup logs in as the application does); without one, the
// manifest's place (PostgreSQL on the host as its superuser).
Result<BackupSource> livePlace(const BackupRun& run, const Manifest& m)
{
    QList<stack::RecipeBackupTarget> same;
    for (const auto& t : run.targets)
        if (stack::backupKindName(t.kind) == m.kind)
            same << t;
    BackupSource place = placeOf(m, run.projectDir, run.composeArgs, run.image);
    if (same.isEmpty())
        return place;
    auto sources = awaitResult<QList<BackupSource>>([&](auto done) {
        resolveSources(run.ctx, same, run.projectDir, run.envFile, run.composeArgs, std::move(done));
    });
    if (!sources)
        return std::unexpected(sources.error());
    for (BackupSource s : *sources) {
        if ((m.kind == u"postgres"_s && s.database == m.database && s.service == m.service) ||
            (m.kind == u"volume"_s && s.volume == m.volume)) {
            if (!run.image.isEmpty())
                s.image = run.image;
            return s;
        }
    }
    return place;
}

} // namespace

int backupRestore(const BackupRun& run)
{
    auto fail = [&](const Error& e, const QString& hint) {
        return CliContext::reportError(e, hint, ExitFailure);
    };
    // The backup must verify before anything else happens.
    auto v = awaitResult<VerifyResult>(
        [&](auto done) { verifyBackup(run.ctx, run.dir, run.name, std::move(done)); });
    if (!v)
        return fail(v.error(), connectionHint(v.error(), run.server));
    if (!v->ok())
        return fail(Error{ErrorCode::CheckFailed, run.name + u": "_s + v->problems.join(u"; "_s)},
                    tr("Nothing was restored. Pick a backup that verifies ('backup SERVER verify NAME')."));
    const Manifest m = *v->manifest;
    const QString word = confirmationWord(m);
    if (run.confirm != word)
        return CliContext::usageError(
            tr("restoring %1 replaces the data of %2: confirm with --confirm %2").arg(m.name, word),
            u"backup"_s);
    auto place = livePlace(run, m);
    if (!place)
        return fail(place.error(), connectionHint(place.error(), run.server));
    auto p = restorePlan(m, *place, run.dir, QDateTime::currentDateTimeUtc());
    if (!p)
        return fail(p.error(), tr("Restore it by hand, or drill it instead."));

    const remote::SudoMode sudo = run.ctx.connection->settings().sudo;
    plan::PlanRunner runner(*p, run.ctx.connection, run.audit, {run.server, sudo, false, true});
    QEventLoop loop;
    InterruptWatcher interrupts;
    plan::PlanReport report;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &loop, [&](int) {
        CliContext::printErr(
            tr("capataz-cli: interrupted: stopping after the current step and putting the data "
               "back") +
            u'\n');
        runner.cancel();
    });
    QObject::connect(&runner, &plan::PlanRunner::stepStarted, &loop, [&](int index, const QString& id) {
        if (!run.json)
            CliContext::print(
                u"--> %1: %2\n"_s.arg(id, p->steps()[std::size_t(index)]->title().translated()));
    });
    QObject::connect(&runner, &plan::PlanRunner::stepFinished, &loop,
                     [&](int, const QString& id, plan::StepStatus status, const Error& error) {
                         if (run.json)
                             return;
                         QString line = u"[%1] %2\n"_s.arg(plan::stepStatusName(status), id);
                         if (error.isError())
                             line += u"    %1\n      %2\n"_s.arg(
                                 errorSentence(error), error.codeName() + u": "_s + error.plainDetail());
                         CliContext::print(line);
                     });
    QObject::connect(&runner, &plan::PlanRunner::finished, &loop, [&](const plan::PlanReport& r) {
        report = r;
        loop.quit();
    });
    runner.start();
    if (runner.isRunning())
        loop.exec();
    if (run.json) {
        QJsonArray steps;
        for (const auto& o : std::as_const(report.steps))
            steps.append(QJsonObject{{u"step"_s, o.stepId},
                                     {u"status"_s, plan::stepStatusName(o.status)},
                                     {u"error"_s, o.error.isError() ? o.error.toString() : QString()}});
        printJson(QJsonObject{{u"name"_s, m.name}, {u"ok"_s, report.ok()}, {u"steps"_s, steps}});
    }
    if (report.ok()) {
        if (!run.json)
            CliContext::print(tr("Restored %1 from %2; the data matches the manifest.").arg(word, m.name) +
                              u'\n');
        return ExitOk;
    }
    const auto* safety = report.outcome(u"backup.restore.safety"_s);
    if (safety && safety->status == plan::StepStatus::RolledBack)
        return fail(report.error,
                    tr("The restore failed; the safety backup was put back (see the steps above). "
                       "Your data is as it was before."));
    if (report.failedStepId == u"backup.restore.safety"_s)
        return fail(report.error,
                    tr("The safety backup could not be made, so nothing was restored. Fix what the "
                       "detail says and try again."));
    return fail(report.error,
                tr("The restore failed and the safety backup could not be put back: it is in %1/safety. "
                   "Restore it by hand (see the steps above).")
                    .arg(run.dir));
}

} // namespace capataz::cli
