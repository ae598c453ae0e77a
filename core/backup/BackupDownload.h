#pragma once

#include "backup/BackupOps.h"

#include <functional>

namespace capataz::backup {

// Copies a backup from the server to `localDir` on this computer, with its manifest beside it,
// in chunks over exec (`tail -c +OFFSET | head -c CHUNK`, as root: the backup directory is
// root's). The copy grows in <name>.partial; a download started again after a cut connection
// goes on from the partial file's size. At the end the copy is hashed here and compared with
// the manifest: CheckFailed (the file kept as <name>.corrupt) when they differ.
struct DownloadResult {
    QString localPath;
    qint64 bytes = 0;     // size of the copy
    qint64 resumedAt = 0; // bytes that were already there from an earlier attempt
    VerifyResult check;
};

void downloadBackup(const plan::StepContext& ctx, const QString& dir, const QString& name,
                    const QString& localDir, std::function<void(qint64 done, qint64 total)> progress,
                    std::function<void(Result<DownloadResult>)> done, qint64 chunkBytes = 8 * 1024 * 1024);

} // namespace capataz::backup
