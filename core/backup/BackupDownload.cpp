#include "backup/BackupDownload.h"

#include "backup/BackupNaming.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <memory>

namespace capataz::backup {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Transfer {
    plan::StepContext ctx;
    QString remotePath;
    QString localPath;
    qint64 total = 0;
    qint64 chunk = 0;
    Manifest manifest;
    DownloadResult result;
    std::function<void(qint64, qint64)> progress;
    std::function<void(Result<DownloadResult>)> done;
};

void finishTransfer(const std::shared_ptr<Transfer>& t)
{
    const QString partial = t->localPath + u".partial"_s;
    auto check = verifyLocalCopy(partial, t->manifest);
    if (!check) {
        t->done(std::unexpected(check.error()));
        return;
    }
    t->result.check = *check;
    t->result.bytes = check->size;
    QFile::remove(t->localPath);
    if (!check->ok()) {
        const QString corrupt = t->localPath + u".corrupt"_s;
        QFile::remove(corrupt);
        QFile::rename(partial, corrupt);
        t->done(
            fail(ErrorCode::CheckFailed, u"the copy of %1 does not match its manifest (%2); kept as %3"_s.arg(
                                             t->manifest.name, check->problems.join(u"; "_s), corrupt)));
        return;
    }
    if (!QFile::rename(partial, t->localPath)) {
        t->done(fail(ErrorCode::LocalFileError, u"could not rename %1 to %2"_s.arg(partial, t->localPath)));
        return;
    }
    t->result.localPath = t->localPath;
    t->done(t->result);
}

void nextChunk(const std::shared_ptr<Transfer>& t)
{
    const QString partial = t->localPath + u".partial"_s;
    const qint64 have = QFileInfo(partial).size();
    if (t->progress)
        t->progress(have, t->total);
    if (have >= t->total) {
        finishTransfer(t);
        return;
    }
    remote::Command cmd =
        remote::Command::script(u"tail -c \"+$2\" -- \"$1\" | head -c \"$3\""_s,
                                {t->remotePath, QString::number(have + 1), QString::number(t->chunk)});
    cmd.asRoot();
    t->ctx.runChecked(
        cmd,
        [t, partial, have](Result<exec::Output> r) {
            if (!r) {
                t->done(std::unexpected(r.error()));
                return;
            }
            if (r->out.isEmpty()) {
                t->done(fail(ErrorCode::RemoteFileNotFound,
                             u"%1 ended at %2 bytes, its manifest says %3"_s.arg(t->remotePath)
                                 .arg(have)
                                 .arg(t->total)));
                return;
            }
            QFile f(partial);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Append) || f.write(r->out) != r->out.size() ||
                !f.flush()) {
                t->done(fail(ErrorCode::LocalFileError, u"%1: %2"_s.arg(partial, f.errorString())));
                return;
            }
            f.close();
            nextChunk(t);
        },
        u"reading %1"_s.arg(t->remotePath));
}

} // namespace

void downloadBackup(const plan::StepContext& ctx, const QString& dir, const QString& name,
                    const QString& localDir, std::function<void(qint64 done, qint64 total)> progress,
                    std::function<void(Result<DownloadResult>)> done, qint64 chunkBytes)
{
    auto t = std::make_shared<Transfer>();
    t->ctx = ctx;
    t->remotePath = dir + u'/' + name;
    t->localPath = QDir(localDir).filePath(name);
    t->chunk = std::max<qint64>(chunkBytes, 4096);
    t->progress = std::move(progress);
    t->done = std::move(done);
    if (!QDir().mkpath(localDir)) {
        t->done(fail(ErrorCode::LocalFileError, u"could not make the directory %1"_s.arg(localDir)));
        return;
    }
    // The manifest first: it says how big the file is and what its hash must be.
    verifyBackup(ctx, dir, name, [t](Result<VerifyResult> v) {
        if (!v) {
            t->done(std::unexpected(v.error()));
            return;
        }
        if (!v->manifest) {
            t->done(
                fail(ErrorCode::CheckFailed, u"%1 has no manifest to check a copy against"_s.arg(v->name)));
            return;
        }
        t->manifest = *v->manifest;
        t->total = v->size;
        QSaveFile m(t->localPath + u".manifest.json"_s);
        if (!m.open(QIODevice::WriteOnly) || m.write(manifestToJson(t->manifest)) < 0 || !m.commit()) {
            t->done(fail(ErrorCode::LocalFileError, u"%1: %2"_s.arg(m.fileName(), m.errorString())));
            return;
        }
        const QString partial = t->localPath + u".partial"_s;
        const qint64 have = QFileInfo(partial).size();
        if (have > t->total)
            QFile::remove(partial);
        t->result.resumedAt = std::min(have, t->total);
        nextChunk(t);
    });
}

} // namespace capataz::backup
