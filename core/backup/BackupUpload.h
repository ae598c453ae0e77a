#pragma once

#include "backup/BackupOps.h"

#include <functional>

namespace capataz::backup {

// Puts a copy made by downloadBackup() back on the server: the file and the manifest beside
// it (<file>.manifest.json). The copy is checked here first (a copy that does not match its
// manifest is refused). The bytes go in chunks on the stdin of `cat >> NAME.partial` as root (the
// backup directory is root's), so an upload started again after a cut goes on from the partial
// file's size; at the end the server hashes the file and only a match is renamed into place,
// with its manifest. AlreadyExists when the backup is there already.
struct UploadResult {
    QString name;
    qint64 bytes = 0;
    qint64 resumedAt = 0;
};

void uploadBackup(const plan::StepContext& ctx, const QString& localPath, const QString& dir,
                  std::function<void(qint64 done, qint64 total)> progress,
                  std::function<void(Result<UploadResult>)> done, qint64 chunkBytes = 8 * 1024 * 1024);

} // namespace capataz::backup
