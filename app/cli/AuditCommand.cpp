#include "AuditCommand.h"

#include "CliContext.h"
#include "ErrorHints.h"
#include "ProfileOutput.h"
#include "store/AuditCsv.h"
#include "store/RolePolicy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace capataz::cli {

namespace {

const QString kCommand = u"audit"_s;

QString tr(const char* text)
{
    return QCoreApplication::translate("capataz::cli", text);
}

int exitCode(const store::AuditEntry& e)
{
    return store::auditExitCode(e.detail);
}

QJsonObject entryJson(const store::AuditEntry& e)
{
    return QJsonObject{
        {u"id"_s, double(e.id)},
        {u"at"_s, e.at.toUTC().toString(Qt::ISODateWithMs)},
        {u"user"_s, e.user},
        {u"server"_s, e.server},
        {u"plan"_s, e.plan},
        {u"step"_s, e.step},
        {u"action"_s, e.action},
        {u"status"_s, e.status},
        {u"duration_ms"_s, e.durationMs >= 0 ? QJsonValue(double(e.durationMs)) : QJsonValue()},
        {u"exit_code"_s, exitCode(e) >= 0 ? QJsonValue(exitCode(e)) : QJsonValue()},
        {u"detail"_s, e.detail}};
}

// The first line of a detail, for the table.
QString firstLine(const QString& text)
{
    QString line = store::auditSummaryLine(text);
    if (line.size() > 100)
        line = line.left(99) + u'…';
    return line;
}

QString durationText(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    return tr("%1 s").arg(QString::number(double(ms) / 1000.0, 'f', 1));
}

} // namespace

int runAuditCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption server(u"server"_s, tr("Only this server (profile name)."), u"S"_s);
    const QCommandLineOption planOpt(u"plan"_s, tr("Only this plan (its title, as listed)."), u"P"_s);
    const QCommandLineOption result(
        u"result"_s, tr("ok (succeeded, done, skipped) or failed (failed, cancelled)."), u"ok|failed"_s);
    const QCommandLineOption since(
        u"since"_s, tr("From this time: 24h, 7d, 90m, 2w, or a date (2026-03-01) or date and time."), u"T"_s);
    const QCommandLineOption until(u"until"_s, tr("Before this time (same forms as --since)."), u"T"_s);
    const QCommandLineOption grep(u"grep"_s, tr("Only entries whose text contains TEXT."), u"TEXT"_s);
    const QCommandLineOption limit(u"limit"_s, tr("At most N entries in the table or JSON (default 200)."),
                                   u"N"_s);
    const QCommandLineOption csv(u"csv"_s, tr("Write every matching entry as CSV to FILE (- for stdout)."),
                                 u"FILE"_s);
    const QCommandLineOption json(u"json"_s, tr("Print JSON: {entries: [...]}."));
    parser.addOptions({server, planOpt, result, since, until, grep, limit, csv, json});
    if (auto stop =
            ctx.parse(parser, args,
                      {kCommand,
                       u"[--server S] [--plan P] [--result ok|failed] [--since T] [--until T] "
                       u"[--grep TEXT] [--limit N] [--csv FILE|-] [--json]"_s,
                       tr("Prints what Capataz did on the servers, newest first: when, who (the local "
                          "user), server, plan, step, action, result, duration and detail. Secrets were "
                          "masked before they were recorded.")}))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return CliContext::usageError(tr("audit takes no arguments, only options"), kCommand);

    store::AuditFilter filter;
    filter.server = parser.value(server);
    filter.plan = parser.value(planOpt);
    filter.text = parser.value(grep);
    if (parser.isSet(result)) {
        const auto o = store::auditOutcomeFromName(parser.value(result));
        if (!o)
            return CliContext::usageError(
                tr("--result must be ok or failed, not '%1'").arg(parser.value(result)), kCommand);
        filter.outcome = *o;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto& [opt, target] : {std::pair{&since, &filter.since}, std::pair{&until, &filter.until}}) {
        if (!parser.isSet(*opt))
            continue;
        auto t = store::parseAuditSince(parser.value(*opt), now);
        if (!t)
            return CliContext::usageError(u"--"_s + opt->names().first() + u": "_s + t.error().detail,
                                          kCommand);
        *target = *t;
    }
    int max = 200;
    if (parser.isSet(limit)) {
        bool ok = false;
        max = parser.value(limit).toInt(&ok);
        if (!ok || max < 1)
            return CliContext::usageError(tr("--limit needs a whole number of 1 or more"), kCommand);
    }

    auto store = ctx.servers();
    if (!store)
        return CliContext::reportError(store.error(), storeHint(store.error()), ExitFailure);
    auto profiles = (*store)->list();
    if (!profiles)
        return CliContext::reportError(profiles.error(), storeHint(profiles.error()), ExitFailure);
    const QString hint = tr("Ask an administrator or support person of the server.");
    auto hidden = store::auditHiddenServers(*profiles);
    if (!hidden)
        return CliContext::reportError(hidden.error(), hint, ExitRoleNotAllowed);
    filter.hiddenServers = *hidden;
    if (!filter.server.isEmpty()) {
        if (auto p = (*store)->get(filter.server)) {
            if (auto allowed = store::mayReadAudit(*p); !allowed)
                return CliContext::reportError(allowed.error(), hint, ExitRoleNotAllowed);
        }
    }
    auto log = ctx.auditLog();
    if (!log)
        return CliContext::reportError(log.error(), storeHint(log.error()), ExitFailure);

    if (parser.isSet(csv)) {
        const QString path = parser.value(csv);
        if (path == u"-"_s) {
            QFile out;
            if (!out.open(stdout, QIODevice::WriteOnly))
                return CliContext::reportError(Error{ErrorCode::LocalFileError, u"stdout"_s}, QString(),
                                               ExitFailure);
            auto rows = store::auditcsv::write(**log, filter, out);
            out.flush();
            if (!rows)
                return CliContext::reportError(rows.error(), QString(), ExitFailure);
            return ExitOk;
        }
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return CliContext::reportError(
                Error{ErrorCode::LocalFileError, path + u": "_s + out.errorString()},
                tr("Check that the folder exists and that you may write in it."), ExitFailure);
        auto rows = store::auditcsv::write(**log, filter, out);
        if (!rows || !out.commit())
            return CliContext::reportError(
                rows ? Error{ErrorCode::LocalFileError, path + u": "_s + out.errorString()} : rows.error(),
                tr("Check that the folder exists and that you may write in it."), ExitFailure);
        CliContext::printErr(
            QCoreApplication::translate("capataz::cli", "%n entries written to %1", nullptr, int(*rows))
                .arg(path) +
            u'\n');
        return ExitOk;
    }

    auto entries = (*log)->query(filter, 0, max);
    if (!entries)
        return CliContext::reportError(entries.error(), storeHint(entries.error()), ExitFailure);
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const auto& e : std::as_const(*entries))
            list.append(entryJson(e));
        printJson(QJsonObject{{u"entries"_s, list}});
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const auto& e : std::as_const(*entries))
        rows << QStringList{e.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s),
                            e.user,
                            e.server,
                            e.plan,
                            e.step,
                            e.action,
                            e.status,
                            durationText(e.durationMs),
                            exitCode(e) >= 0 ? QString::number(exitCode(e)) : QString(),
                            firstLine(e.detail)};
    CliContext::print(formatTable({tr("WHEN"), tr("WHO"), tr("SERVER"), tr("PLAN"), tr("STEP"), tr("ACTION"),
                                   tr("RESULT"), tr("TOOK"), tr("EXIT"), tr("DETAIL")},
                                  rows));
    CliContext::print(
        QCoreApplication::translate("capataz::cli", "%n entries", nullptr, int(entries->size())) + u'\n');
    return ExitOk;
}

} // namespace capataz::cli
