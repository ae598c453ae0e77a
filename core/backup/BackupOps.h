#pragma once

#include "backup/BackupManifest.h"
#include "backup/BackupSource.h"
#include "common/Error.h"
#include "plan/StepContext.h"
#include "stack/Recipe.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace capataz::backup {

// The backup operations on a server, without blocking: each runs its remote commands through
// ctx (connection, owner, cancel) and calls `done` once on ctx.owner's thread.

// Reads the project's .env on the server (as root, links refused) and resolves `targets` with
// it; a missing .env is fine when no target names a variable.
void resolveSources(const plan::StepContext& ctx, const QList<stack::RecipeBackupTarget>& targets,
                    const QString& projectDir, const QString& envFile, const QStringList& composeArgs,
                    std::function<void(Result<QList<BackupSource>>)> done);

// Makes one backup under `dir` named for `now`, then its manifest beside it.
void createBackup(const plan::StepContext& ctx, const BackupSource& source, const QString& dir,
                  const QDateTime& now, std::function<void(Result<Manifest>)> done);

// The backups of `dir`, newest first, with manifests and drill records.
void listBackups(const plan::StepContext& ctx, const QString& dir,
                 std::function<void(Result<QList<BackupEntry>>)> done);

struct VerifyResult {
    QString name;
    qint64 size = 0;
    QString sha256;
    bool intact = false;
    std::optional<Manifest> manifest;
    QStringList problems; // empty: the file is what its manifest says
    [[nodiscard]] bool ok() const { return problems.isEmpty(); }
};
// Hashes the backup on the server and compares it with its manifest. NotFound when the file
// is missing; problems for a size or checksum that differ, a broken stream, no manifest.
void verifyBackup(const plan::StepContext& ctx, const QString& dir, const QString& name,
                  std::function<void(Result<VerifyResult>)> done);
// The same comparison for a copy on this computer (hashed here).
[[nodiscard]] Result<VerifyResult> verifyLocalCopy(const QString& localPath, const Manifest& manifest);
// The comparison itself, for a copy of `size` bytes whose SHA-256 (hex) is known already.
[[nodiscard]] VerifyResult checkCopy(const Manifest& manifest, qint64 size, const QString& sha256);

// Where a restore or a drill finds the database or volume of a manifest: its service (with the
// project's compose files) or the host, its user, the image that runs tar.
[[nodiscard]] BackupSource placeOf(const Manifest& manifest, const QString& projectDir,
                                   const QStringList& composeArgs, const QString& image);

// Verifies the backup, restores it into a throwaway database / volume / directory on the same
// server, compares what it finds with the manifest, removes the throwaway and records the
// result beside the backup (<name>.drill.json, atomically). A drill that ran and found a
// difference is a DrillRecord with ok = false, not an error.
void drillBackup(const plan::StepContext& ctx, const QString& dir, const QString& name,
                 const QString& projectDir, const QStringList& composeArgs, const QString& image,
                 const QDateTime& now, std::function<void(Result<DrillRecord>)> done);

} // namespace capataz::backup
