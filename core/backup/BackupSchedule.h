#pragma once

#include "backup/BackupHealth.h"
#include "common/Error.h"
#include "plan/StepContext.h"
#include "remote/Command.h"
#include "stack/Recipe.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace capataz::backup {

// A schedule on the server: a readable bash script Capataz writes (no agent), run by cron from
// a marked block in /etc/cron.d/capataz-backups. The script backs up the targets as `create`
// does, reading the credentials from the project's .env itself at run time (KEY=value lines,
// quotes around the value removed; no secret is copied anywhere), applies retention and records
// its result in <dir>/last-run.json.
struct ScheduleSpec {
    QString project; // label
    QString dir;
    QString projectDir;
    QString envFile = QStringLiteral(".env");
    QStringList composeArgs;
    QString image = QStringLiteral("busybox:latest");
    QString compression;
    QList<stack::RecipeBackupTarget> targets;
    int hour = 2;
    int minute = 0;
    RetentionRule retention;
};

inline constexpr QStringView kCronFile = u"/etc/cron.d/capataz-backups";
[[nodiscard]] QString scheduleScriptPath(const QString& project); // /usr/local/lib/capataz/backup-P.sh
[[nodiscard]] QString cronBlock(const ScheduleSpec& spec);        // the marked block, 3 lines
[[nodiscard]] QString scheduleScript(const ScheduleSpec& spec);   // the script's text
[[nodiscard]] VoidResult validateSchedule(const ScheduleSpec& spec);
// When the schedule runs next after `now` (UTC: cron on these servers runs in UTC... see README).
[[nodiscard]] QDateTime nextRun(const ScheduleSpec& spec, const QDateTime& now);

// Installs (or, with remove, takes out) the script and the cron block, idempotently: files are
// written atomically only when they change (the previous version kept as .prev); prints
// script=written|unchanged|removed and cron=written|unchanged.
[[nodiscard]] remote::Command installScheduleCommand(const ScheduleSpec& spec, bool remove);

struct ScheduleChange {
    bool scriptChanged = false;
    bool cronChanged = false;
};
void installSchedule(const plan::StepContext& ctx, const ScheduleSpec& spec, bool remove,
                     std::function<void(Result<ScheduleChange>)> done);

// What the last scheduled run recorded.
struct LastRun {
    QDateTime started;
    QDateTime ended;
    int exitCode = -1;
    QStringList made;
    QStringList failed;
    QStringList deleted;
};
[[nodiscard]] Result<LastRun> lastRunFromJson(const QByteArray& json);
// nullopt when no scheduled run has recorded anything yet.
void readLastRun(const plan::StepContext& ctx, const QString& dir,
                 std::function<void(Result<std::optional<LastRun>>)> done);
// A Failed alarm when the last run did not succeed.
[[nodiscard]] std::optional<BackupAlarm> lastRunAlarm(const std::optional<LastRun>& run);

} // namespace capataz::backup
