#pragma once

#include "backup/BackupSchedule.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace capataz::backup {

// The schedule installed on the server for one project, as read back from the cron block and
// the script that installSchedule() wrote (what the Schedule dialog shows as "now").
struct InstalledSchedule {
    bool cronPresent = false;   // the project's block is in /etc/cron.d/capataz-backups
    bool scriptPresent = false; // the script exists
    int hour = -1;
    int minute = -1;
    int keepDays = -1;
    int keepCount = -1;
    QString cronBlock; // the marked block as found (3 lines), empty when absent
    QString script;    // the script's text, empty when absent
    QList<stack::RecipeBackupTarget> targets;
    QDateTime written; // when the script was last written (invalid: unknown)
    [[nodiscard]] bool isInstalled() const { return cronPresent && scriptPresent; }
};

// Pure: what the cron file's text and the script's text say (either may be empty).
[[nodiscard]] InstalledSchedule parseInstalledSchedule(const QString& project, const QString& cronFile,
                                                       const QString& script);

// Reads the cron file and the project's script on the server (as root; both are readable only
// there in practice), then parses them.
void readInstalledSchedule(const plan::StepContext& ctx, const QString& project,
                           std::function<void(Result<InstalledSchedule>)> done);

// For people: "postgres guishop", "postgres (database from DB)", "volume data", "files /srv/x".
[[nodiscard]] QString describeTarget(const stack::RecipeBackupTarget& target);

} // namespace capataz::backup
