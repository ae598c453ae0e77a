#pragma once

#include "common/Error.h"
#include "store/ServerProfile.h"

namespace capataz::backup {

// What a profile's role may do with backups (a promise of this computer, like store/RolePolicy):
//   admin:   everything (create, drill, restore, schedule, upload)
//   support: list, verify, download (reads only)
//   owner:   list (the backups' state, nothing of their content)
enum class BackupAction { List, Verify, Download, Create, Drill, Restore, Schedule, Upload };

[[nodiscard]] QString backupActionName(BackupAction action); // "list", "verify", ...
[[nodiscard]] VoidResult mayDoBackup(const store::ServerProfile& profile, BackupAction action);

} // namespace capataz::backup
