#include "backup/BackupDownload.h"

#include "backup/BackupNaming.h"
#include "backup/BackupScripts.h"
#include "common/Sha256.h"
#include "exec/ExecStream.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QSaveFile>

#include <memory>

namespace capataz::backup {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kHashBlock = 1024 * 1024;         // reading back a partial copy to hash it
constexpr int kProgressIntervalMs = 100;           // at most about ten progress calls a second
constexpr qsizetype kMaxHeader = 64 * 1024 * 1024; // the manifest before the NUL: more is not one
constexpr int kMissing = 3;                        // scripts::readFrom: no such file
constexpr int kNoManifest = 4;                     // scripts::readFrom: no manifest beside it

struct Transfer {
    plan::StepContext ctx;
    QString dir;
    QString name;
    QString localPath;
    QString partialPath;
    qint64 total = -1; // the file's size by its manifest; -1 until the manifest has come
    qint64 have = 0;   // bytes in the partial copy, all of them in `hash`
    Manifest manifest;
    bool headerDone = false;
    QByteArray header;
    bool restarted = false;
    QPointer<exec::ExecStream> stream;
    DownloadResult result;
    QFile file;
    std::unique_ptr<Sha256> hash;
    QElapsedTimer sinceProgress;
    qint64 shown = -1;
    bool ended = false;
    std::function<void(qint64, qint64)> progress;
    std::function<void(Result<DownloadResult>)> done;

    // Progress only when it changed, and at most every kProgressIntervalMs unless `now`.
    void report(bool now)
    {
        if (!progress || total < 0 || have == shown)
            return;
        if (!now && sinceProgress.isValid() && sinceProgress.elapsed() < kProgressIntervalMs)
            return;
        shown = have;
        sinceProgress.start();
        progress(have, total);
    }
    void stopStream()
    {
        if (stream)
            stream->cancel(); // its finished() deletes it
        stream = nullptr;
    }
    // The one call of `done`. A partial copy still empty is not left behind.
    void end(Result<DownloadResult> r)
    {
        if (ended)
            return;
        ended = true;
        stopStream();
        file.close();
        if (!r && QFileInfo(partialPath).size() == 0)
            QFile::remove(partialPath);
        done(std::move(r));
    }
};

void start(const std::shared_ptr<Transfer>& t);

void finishTransfer(const std::shared_ptr<Transfer>& t)
{
    t->report(true);
    t->file.close();
    const VerifyResult check = checkCopy(t->manifest, t->have, QString::fromLatin1(t->hash->hexResult()));
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

// What came before the NUL: the manifest. False when the transfer ended or started again.
bool onHeader(const std::shared_ptr<Transfer>& t, const QByteArray& json)
{
    auto manifest = manifestFromJson(json);
    if (!manifest) {
        t->end(fail(ErrorCode::CheckFailed,
                    u"the manifest of %1 cannot be read: %2"_s.arg(t->name, manifest.error().toString())));
        return false;
    }
    if (t->result.resumedAt > manifest->size && !t->restarted) {
        // The partial copy is longer than the backup: not a beginning of it. Once more from 0.
        t->stopStream();
        t->file.close();
        QFile::remove(t->partialPath);
        t->restarted = true;
        start(t);
        return false;
    }
    t->manifest = *manifest;
    t->total = manifest->size;
    QSaveFile m(t->localPath + u".manifest.json"_s);
    if (!m.open(QIODevice::WriteOnly) || m.write(manifestToJson(t->manifest)) < 0 || !m.commit()) {
        t->end(fail(ErrorCode::LocalFileError, u"%1: %2"_s.arg(m.fileName(), m.errorString())));
        return false;
    }
    t->report(true);
    return true;
}

void onBytes(const std::shared_ptr<Transfer>& t, QByteArray d)
{
    if (!t->headerDone) {
        t->header += d;
        const qsizetype nul = t->header.indexOf('\0');
        if (nul < 0) {
            if (t->header.size() > kMaxHeader)
                t->end(fail(ErrorCode::RemoteCommandFailed,
                            u"reading %1: unexpected output from the server"_s.arg(t->dir + u'/' + t->name)));
            return;
        }
        d = t->header.mid(nul + 1);
        t->header.truncate(nul);
        t->headerDone = true;
        if (!onHeader(t, std::exchange(t->header, {})))
            return;
        if (d.isEmpty())
            return;
    }
    if (t->file.write(d) != d.size()) {
        t->end(fail(ErrorCode::LocalFileError, u"%1: %2"_s.arg(t->partialPath, t->file.errorString())));
        return;
    }
    t->hash->addData(d);
    t->have += d.size();
    t->report(false);
}

void onFinished(const std::shared_ptr<Transfer>& t, const exec::StreamResult& r)
{
    if (r.end.exitCode == kMissing) {
        t->end(fail(ErrorCode::NotFound, u"no backup %1 in %2"_s.arg(t->name, t->dir)));
        return;
    }
    if (r.end.exitCode == kNoManifest) {
        t->end(fail(ErrorCode::CheckFailed, u"%1 has no manifest to check a copy against"_s.arg(t->name)));
        return;
    }
    if (!r.ok()) {
        t->report(true); // how far it got: a download started again goes on from there
        t->end(std::unexpected(r.error));
        return;
    }
    if (!t->headerDone) {
        t->end(fail(ErrorCode::RemoteCommandFailed,
                    u"reading %1: unexpected output from the server"_s.arg(t->dir + u'/' + t->name)));
        return;
    }
    finishTransfer(t);
}

// Hashes what an earlier attempt left in the partial copy, then opens it for appending.
VoidResult openPartial(Transfer& t)
{
    t.have = 0;
    t.hash = std::make_unique<Sha256>();
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
            t.hash->addData(QByteArrayView(block.constData(), n));
            t.have += n;
        }
        t.file.close();
    }
    // Unbuffered: what has arrived is in the file (a killed process leaves it to resume from).
    if (!t.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return fail(ErrorCode::LocalFileError, u"%1: %2"_s.arg(t.partialPath, t.file.errorString()));
    return {};
}

// ONE command for the manifest and the rest of the file (scripts::readFrom: `tail -c +OFFSET --
// FILE` as root after the manifest and a NUL); the file's bytes are written to the partial copy
// and hashed as they arrive.
void start(const std::shared_ptr<Transfer>& t)
{
    t->headerDone = false;
    t->header.clear();
    t->total = -1;
    if (VoidResult opened = openPartial(*t); !opened) {
        t->end(std::unexpected(opened.error()));
        return;
    }
    t->result.resumedAt = t->have;
    if (t->ctx.cancelled()) {
        t->end(fail(ErrorCode::Cancelled, u"the download was cancelled"_s));
        return;
    }
    exec::Request request(scripts::readFrom(t->dir, t->name, t->have));
    request.cancel = t->ctx.cancel;
    exec::StreamOptions options;
    options.rawStdout = true;
    options.openLines = false;
    auto* stream = new exec::ExecStream(t->ctx.connection, std::move(request), options,
                                        u"reading %1"_s.arg(t->dir + u'/' + t->name), t->ctx.owner);
    t->stream = stream;
    QObject::connect(stream, &exec::ExecStream::stdoutReady, stream, [t, stream](const QByteArray& d) {
        if (!t->ended && t->stream == stream)
            onBytes(t, d);
    });
    QObject::connect(stream, &exec::ExecStream::finished, stream, [t, stream](const exec::StreamResult& r) {
        stream->deleteLater();
        if (t->ended || t->stream != stream)
            return;
        t->stream = nullptr;
        onFinished(t, r);
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
    t->dir = dir;
    t->name = name;
    t->localPath = QDir(localDir).filePath(name);
    t->partialPath = t->localPath + u".partial"_s;
    t->progress = std::move(progress);
    t->done = std::move(done);
    if (!parseBackupName(name)) {
        t->end(fail(ErrorCode::InvalidArgument, u"'%1' is not the name of a Capataz backup"_s.arg(name)));
        return;
    }
    if (!QDir().mkpath(localDir)) {
        t->end(fail(ErrorCode::LocalFileError, u"could not make the directory %1"_s.arg(localDir)));
        return;
    }
    start(t);
}

} // namespace capataz::backup
