#include "BackupActions.h"
#include "CliContext.h"
#include "ErrorHints.h"
#include "ProfileOutput.h"
#include "backup/BackupNaming.h"
#include "backup/BackupSchedule.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using namespace capataz::backup;

namespace capataz::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("capataz::cli", text);
}
} // namespace

int backupSchedule(const BackupRun& run)
{
    ScheduleSpec spec;
    spec.project = projectLabel(run.projectDir);
    spec.dir = run.dir;
    spec.projectDir = run.projectDir;
    spec.envFile = run.envFile;
    spec.composeArgs = run.composeArgs;
    if (!run.image.isEmpty())
        spec.image = run.image;
    spec.compression = run.compression;
    spec.targets = run.targets;
    spec.hour = run.hour;
    spec.minute = run.minute;
    spec.retention = {.keepDays = run.keepDays, .keepCount = run.keepCount};
    std::optional<Result<ScheduleChange>> got;
    QEventLoop loop;
    installSchedule(run.ctx, spec, run.remove, [&](Result<ScheduleChange> r) {
        got = std::move(r);
        loop.quit();
    });
    if (!got)
        loop.exec();
    if (!*got) {
        const Error& e = got->error();
        return CliContext::reportError(e,
                                       e.code == ErrorCode::InvalidArgument
                                           ? tr("Check the schedule's options.")
                                           : connectionHint(e, run.server),
                                       e.code == ErrorCode::InvalidArgument ? ExitUsage : ExitFailure);
    }
    const ScheduleChange& c = **got;
    const QDateTime next = nextRun(spec, QDateTime::currentDateTimeUtc());
    if (run.json) {
        QJsonObject o{{u"server"_s, run.server},
                      {u"removed"_s, run.remove},
                      {u"script"_s, scheduleScriptPath(spec.project)},
                      {u"cron_file"_s, kCronFile.toString()},
                      {u"script_changed"_s, c.scriptChanged},
                      {u"cron_changed"_s, c.cronChanged}};
        if (!run.remove)
            o.insert(u"next_run"_s, next.toString(Qt::ISODate));
        printJson(o);
        return ExitOk;
    }
    if (run.remove)
        CliContext::print(tr("The backup schedule of %1 is off the server.").arg(spec.project) + u'\n');
    else if (!c.scriptChanged && !c.cronChanged)
        CliContext::print(
            tr("The schedule was already installed as asked; nothing changed. Next run: %1 (the "
               "server's clock).")
                .arg(next.toString(u"yyyy-MM-dd HH:mm"_s)) +
            u'\n');
    else
        CliContext::print(tr("Installed %1 and its cron entry in %2. Next run: %3 (the server's clock).")
                              .arg(scheduleScriptPath(spec.project), kCronFile.toString(),
                                   next.toString(u"yyyy-MM-dd HH:mm"_s)) +
                          u'\n');
    return ExitOk;
}

} // namespace capataz::cli
