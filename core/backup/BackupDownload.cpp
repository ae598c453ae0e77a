#include "backup/BackupDownload.h"

#include "backup/BackupNaming.h"
#include "exec/ExecStream.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QSaveFile>

#include <memory>

namespace capataz::backup {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kHashBlock = 1024 * 1024; // reading back a partial copy to hash it
constexpr int kProgressIntervalMs = 100;   // at most about ten progress calls a second

struct Transfer {
    plan::StepContext ctx;
    QString remotePath;
    QString localPath;
    QString partialPath;
    qint64 total = 0; // the file's size on the server
    qint64 have = 0;  // bytes in the partial copy, all of them in `hash`
    Manifest manifest;
    DownloadResult result;
    QFile file;
    QCryptographicHash hash{QCryptographicHash::Sha256};
    QElapsedTimer sinceProgress;
    qint64 shown = -1;
    bool ended = false;
    std::function<void(qint64, qint64)> progress;
    std::function<void(Result<DownloadResult>)> done;

    // Progress only when it changed, and at most every kProgressIntervalMs unless `now`.
    void report(bool now)
    {
        if (!progress || have == shown)
            return;
        if (!now && sinceProgress.isValid() && sinceProgress.elapsed() < kProgressIntervalMs)
            return;
        shown = have;
        sinceProgress.start();
        progress(have, total);
    }
    // The one call of `done`.
    void end(Result<DownloadResult> r)
    {
        if (ended)
            return;
        ended = true;
        file.close();
        done(std::move(r));
    }
};

void finishTransfer(const std::shared_ptr<Transfer>& t)
{
    t->report(true);
    t->file.close();
    const VerifyResult check = checkCopy(t->manifest, t->have, QString::fromLatin1(t->hash.result().toHex()));
    t->result.check = check;
    t->result.bytes = check.size;
    QFile::remove(t->localPath);
    if (!check.ok()) {
        const QString corrupt = t->localPath + u".corrupt"_s;
        QFile::remove(corrupt);
        QFile::rename(t->partialPath, corrupt);
        t->end(
            fail(ErrorCode::CheckFailed, u"the copy of %1 does not match its manifest (%2); kept as %3"_s.arg(
                                             t->manifest.name, check.problems.join(u"; "_s), corrupt)));
        return;
    }
    if (!QFile::rename(t->partialPath, t->localPath)) {
        t->end(fail(ErrorCode::LocalFileError,
                    u"could not rename %1 to %2"_s.arg(t->partialPath, t->localPath)));
        return;
    }
    t->result.localPath = t->localPath;
    t->end(t->result);
}

// Hashes what an earlier attempt left in the partial copy, then opens it for appending.
VoidResult openPartial(Transfer& t)
{
    t.have = 0;
    t.file.setFileName(t.partialPath);
    if (t.file.exists()) {
        if (!t.file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::LocalFileError, u"%1: %2"_s.arg(t.partialPath, t.file.errorString()));
        QByteArray block(kHashBlock, Qt::Uninitialized);
        for (;;) {
            const qint64 n = t.file.read(block.data(), block.size());
            if (n < 0)
                return fail(ErrorCode::LocalFileError, u"%1: %2"_s.arg(t.partialPath, t.file.errorString()));
            if (n == 0)
                break;
            t.hash.addData(QByteArrayView(block.constData(), n));
            t.have += n;
        }
        t.file.close();
    }
    // Unbuffered: what has arrived is in the file (a killed process leaves it to resume from).
    if (!t.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return fail(ErrorCode::LocalFileError, u"%1: %2"_s.arg(t.partialPath, t.file.errorString()));
    return {};
}

// One command for the rest of the file: `tail -c +OFFSET -- FILE` as root, its stdout written
// to the partial copy and hashed as it arrives.
void streamRest(const std::shared_ptr<Transfer>& t)
{
    if (t->ctx.cancelled()) {
        t->end(fail(ErrorCode::Cancelled, u"the download was cancelled"_s));
        return;
    }
    remote::Command cmd(
        QStringList{u"tail"_s, u"-c"_s, u'+' + QString::number(t->have + 1), u"--"_s, t->remotePath});
    cmd.asRoot();
    exec::Request request(std::move(cmd));
    request.cancel = t->ctx.cancel;
    exec::StreamOptions options;
    options.rawStdout = true;
    options.openLines = false;
    auto* stream = new exec::ExecStream(t->ctx.connection, std::move(request), options,
                                        u"reading %1"_s.arg(t->remotePath), t->ctx.owner);
    QObject::connect(stream, &exec::ExecStream::stdoutReady, stream, [t, stream](const QByteArray& d) {
        if (t->ended)
            return;
        if (t->file.write(d) != d.size()) {
            const QString why = t->file.errorString();
            stream->cancel();
            t->end(fail(ErrorCode::LocalFileError, u"%1: %2"_s.arg(t->partialPath, why)));
            return;
        }
        t->hash.addData(d);
        t->have += d.size();
        t->report(false);
    });
    QObject::connect(stream, &exec::ExecStream::finished, stream, [t, stream](const exec::StreamResult& r) {
        stream->deleteLater();
        if (t->ended)
            return;
        if (!r.ok()) {
            t->report(true); // how far it got: a download started again goes on from there
            t->end(std::unexpected(r.error));
            return;
        }
        finishTransfer(t);
    });
    stream->start();
}

} // namespace

void downloadBackup(const plan::StepContext& ctx, const QString& dir, const QString& name,
                    const QString& localDir, std::function<void(qint64 done, qint64 total)> progress,
                    std::function<void(Result<DownloadResult>)> done)
{
    auto t = std::make_shared<Transfer>();
    t->ctx = ctx;
    t->remotePath = dir + u'/' + name;
    t->localPath = QDir(localDir).filePath(name);
    t->partialPath = t->localPath + u".partial"_s;
    t->progress = std::move(progress);
    t->done = std::move(done);
    if (!QDir().mkpath(localDir)) {
        t->end(fail(ErrorCode::LocalFileError, u"could not make the directory %1"_s.arg(localDir)));
        return;
    }
    // The manifest first: it says what the copy's hash must be. Not hashed on the server: the
    // copy is hashed here as it arrives.
    describeBackup(ctx, dir, name, [t](Result<BackupInfo> info) {
        if (!info) {
            t->end(std::unexpected(info.error()));
            return;
        }
        if (!info->manifest) {
            t->end(fail(ErrorCode::CheckFailed,
                        u"%1 has no manifest to check a copy against"_s.arg(info->name)));
            return;
        }
        t->manifest = *info->manifest;
        t->total = info->size;
        QSaveFile m(t->localPath + u".manifest.json"_s);
        if (!m.open(QIODevice::WriteOnly) || m.write(manifestToJson(t->manifest)) < 0 || !m.commit()) {
            t->end(fail(ErrorCode::LocalFileError, u"%1: %2"_s.arg(m.fileName(), m.errorString())));
            return;
        }
        if (QFileInfo(t->partialPath).size() > t->total)
            QFile::remove(t->partialPath);
        if (VoidResult opened = openPartial(*t); !opened) {
            t->end(std::unexpected(opened.error()));
            return;
        }
        t->result.resumedAt = t->have;
        t->report(true);
        if (t->have >= t->total) {
            finishTransfer(t);
            return;
        }
        streamRest(t);
    });
}

} // namespace capataz::backup
