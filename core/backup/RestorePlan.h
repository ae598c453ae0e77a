#pragma once

#include "backup/BackupManifest.h"
#include "backup/BackupSource.h"
#include "common/Error.h"
#include "plan/Plan.h"

#include <QDateTime>
#include <QString>

namespace capataz::backup {

// Restoring a backup over the live data, as a Plan (preview, audit, rollback):
//   1. backup.restore.safety  a safety backup of the data as it is now, under <dir>/safety;
//      if it fails nothing else runs. Its rollback puts the safety backup back.
//   2. backup.restore.data    the restore (PostgreSQL: pg_restore --clean in one transaction),
//      verified against the manifest's row counts (volumes: files and bytes).
// When step 2 fails or its check finds other counts, PlanRunner rolls back step 1: the data
// as it was before the restore is put back.
// `live` is where the data lives now, with the credentials from the .env (its password only
// ever on stdin). InvalidArgument for a kind that cannot be restored yet or a manifest that
// names no database / volume.
[[nodiscard]] Result<plan::Plan> restorePlan(const Manifest& manifest, const BackupSource& live,
                                             const QString& dir, const QDateTime& now);

// The counts a restore must find, as scripts::checkCounts() compares them.
[[nodiscard]] QString expectedCountsText(const Manifest& manifest);

// What the user must type to confirm a restore: the database's name (PostgreSQL), else the
// volume's or the path.
[[nodiscard]] QString confirmationWord(const Manifest& manifest);

} // namespace capataz::backup
