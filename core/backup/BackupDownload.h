#pragma once

#include "backup/BackupOps.h"

#include <functional>

namespace capataz::backup {

// Copies a backup from the server to `localDir` on this computer, with its manifest beside it,
// in ONE command as root (the backup directory is root's; scripts::readFrom): the manifest, then
// `tail -c +OFFSET -- FILE` (`cat` from 0), whose bytes are appended to <name>.partial and hashed as they
// arrive (exec::ExecStream with raw stdout; SHA-256 through OpenSSL). Nothing is hashed on the server first.
// A download started again after a cut connection goes on from the partial file's size (what is there is
// hashed first; a partial file longer than the manifest says is thrown away). At the end the hash is compared
// with the manifest: CheckFailed (the file kept as <name>.corrupt) when they differ. Progress at most about
// ten times a second, only when it changed; `done` exactly once (never when ctx.owner is destroyed first),
// Cancelled when ctx.cancel fires (the partial file stays, to resume from).
struct DownloadResult {
    QString localPath;
    qint64 bytes = 0;     // size of the copy
    qint64 resumedAt = 0; // bytes that were already there from an earlier attempt
    VerifyResult check;
};

void downloadBackup(const plan::StepContext& ctx, const QString& dir, const QString& name,
                    const QString& localDir, std::function<void(qint64 done, qint64 total)> progress,
                    std::function<void(Result<DownloadResult>)> done);

} // namespace capataz::backup
