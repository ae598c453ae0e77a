#pragma once

#include <QDateTime>

#include <functional>

namespace capataz::store {
struct ServerProfile;
}

namespace capataz::status {

// What the owner's page says about a server's backups. StatusCheck fills it from the project's
// backup directory (core/backup's listing: the newest good backup, the newest passed drill); a
// source registered with setBackupStatusSource() answers for servers whose directory is empty
// (backups kept elsewhere). Neither: "not set up".
struct BackupStatus {
    bool configured = false;       // backups are set up for this server
    QDateTime lastBackup;          // UTC; invalid: none yet
    QDateTime lastVerifiedRestore; // UTC; the last restore drill that proved a backup; invalid: none
    int expectedEveryHours = 24;   // the schedule: a backup older than this plus a margin is late

    // Set up, and the last backup (or its absence) is older than the schedule plus two hours.
    [[nodiscard]] bool isLate(const QDateTime& now) const;
    bool operator==(const BackupStatus&) const = default;
};

// Where the backup facts of a server come from: the backup catalogue registers a function here
// (on the thread that checks, the GUI thread or the CLI's main thread). It is called for every
// status check and must not block (read what the catalogue already knows).
using BackupStatusSource = std::function<BackupStatus(const store::ServerProfile& profile)>;
void setBackupStatusSource(BackupStatusSource source);
// The registered source's answer, else "not set up".
[[nodiscard]] BackupStatus backupStatusFor(const store::ServerProfile& profile);

} // namespace capataz::status
