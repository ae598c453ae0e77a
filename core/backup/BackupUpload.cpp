#include "backup/BackupUpload.h"

#include "backup/BackupNaming.h"
#include "backup/BackupScripts.h"

#include <QFile>
#include <QFileInfo>

#include <memory>

namespace capataz::backup {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kExists = 3;
constexpr int kMismatch = 4;

struct Upload {
    plan::StepContext ctx;
    QString localPath;
    QString remotePath;
    QString dir;
    Manifest manifest;
    qint64 chunk = 0;
    qint64 sent = 0;
    UploadResult result;
    std::function<void(qint64, qint64)> progress;
    std::function<void(Result<UploadResult>)> done;
};

void finishUpload(const std::shared_ptr<Upload>& u)
{
    remote::Command c(QStringList{u"sh"_s, u"-c"_s,
                                  u"s=$(sha256sum -- \"$1.partial\" | cut -d ' ' -f 1); [ \"$s\" = \"$2\" ] "
                                  u"|| { echo \"sha256=$s\"; exit %1; }; "
                                  "mv -f -- \"$1.partial\" \"$1\""_s.arg(kMismatch),
                                  u"capataz-backup"_s, u->remotePath, u->manifest.sha256});
    c.asRoot();
    u->ctx.run(c, [u](Result<exec::Output> r) {
        if (!r) {
            u->done(std::unexpected(r.error()));
            return;
        }
        if (r->exitCode == kMismatch) {
            u->ctx.run(std::move(remote::Command(
                                     QStringList{u"rm"_s, u"-f"_s, u"--"_s, u->remotePath + u".partial"_s})
                                     .asRoot()),
                       [](Result<exec::Output>) {});
            u->done(fail(ErrorCode::CheckFailed,
                         u"the uploaded %1 does not match its manifest on the server (%2); removed"_s.arg(
                             u->manifest.name, QString::fromUtf8(r->out).trimmed())));
            return;
        }
        if (!r->succeeded()) {
            u->done(std::unexpected(exec::exitError(*r, u"finishing the upload"_s)));
            return;
        }
        u->ctx.runChecked(
            exec::Request(scripts::writeFile(u->dir + u'/' + manifestFileName(u->manifest.name),
                                             manifestToJson(u->manifest)),
                          manifestToJson(u->manifest)),
            [u](Result<exec::Output> w) {
                if (!w)
                    u->done(std::unexpected(w.error()));
                else
                    u->done(u->result);
            },
            u"writing the manifest"_s);
    });
}

void sendNext(const std::shared_ptr<Upload>& u)
{
    if (u->progress)
        u->progress(u->sent, u->manifest.size);
    if (u->sent >= u->manifest.size) {
        finishUpload(u);
        return;
    }
    QFile f(u->localPath);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(u->sent)) {
        u->done(fail(ErrorCode::LocalFileError, u"%1: %2"_s.arg(u->localPath, f.errorString())));
        return;
    }
    const QByteArray data = f.read(u->chunk);
    if (data.isEmpty()) {
        u->done(fail(ErrorCode::LocalFileError, u"%1 ended early"_s.arg(u->localPath)));
        return;
    }
    remote::Command c(QStringList{u"sh"_s, u"-c"_s, u"umask 077; cat >> \"$1.partial\""_s,
                                  u"capataz-backup"_s, u->remotePath});
    c.asRoot();
    const qint64 n = data.size();
    u->ctx.runChecked(
        exec::Request(c, data),
        [u, n](Result<exec::Output> r) {
            if (!r) {
                u->done(std::unexpected(r.error()));
                return;
            }
            u->sent += n;
            sendNext(u);
        },
        u"writing %1"_s.arg(u->remotePath));
}

} // namespace

void uploadBackup(const plan::StepContext& ctx, const QString& localPath, const QString& dir,
                  std::function<void(qint64 done, qint64 total)> progress,
                  std::function<void(Result<UploadResult>)> done, qint64 chunkBytes)
{
    const QString name = QFileInfo(localPath).fileName();
    if (!parseBackupName(name)) {
        done(fail(ErrorCode::InvalidArgument, u"'%1' is not the name of a Capataz backup"_s.arg(name)));
        return;
    }
    QFile mf(localPath + u".manifest.json"_s);
    if (!mf.open(QIODevice::ReadOnly)) {
        done(fail(ErrorCode::LocalFileError, u"%1: %2"_s.arg(mf.fileName(), mf.errorString())));
        return;
    }
    auto manifest = manifestFromJson(mf.readAll());
    if (!manifest) {
        done(std::unexpected(manifest.error()));
        return;
    }
    if (manifest->name != name) {
        done(fail(ErrorCode::CheckFailed, u"the manifest beside %1 is for %2"_s.arg(name, manifest->name)));
        return;
    }
    auto local = verifyLocalCopy(localPath, *manifest);
    if (!local) {
        done(std::unexpected(local.error()));
        return;
    }
    if (!local->ok()) {
        done(fail(ErrorCode::CheckFailed, u"the copy %1 does not match its manifest (%2): not uploaded"_s.arg(
                                              localPath, local->problems.join(u"; "_s))));
        return;
    }
    auto u = std::make_shared<Upload>();
    u->ctx = ctx;
    u->localPath = localPath;
    u->dir = dir;
    u->remotePath = dir + u'/' + name;
    u->manifest = *manifest;
    u->chunk = std::max<qint64>(chunkBytes, 4096);
    u->result.name = name;
    u->result.bytes = manifest->size;
    u->progress = std::move(progress);
    u->done = std::move(done);
    remote::Command c(
        QStringList{u"sh"_s, u"-c"_s,
                    u"mkdir -p -- \"$1\" && chmod 700 -- \"$1\" || exit 1; [ -e \"$1/$2\" ] && exit %1; "
                    "s=$(stat -c %s -- \"$1/$2.partial\" 2>/dev/null) || s=0; echo \"$s\""_s.arg(kExists),
                    u"capataz-backup"_s, dir, name});
    c.asRoot();
    ctx.run(c, [u](Result<exec::Output> r) {
        if (!r) {
            u->done(std::unexpected(r.error()));
            return;
        }
        if (r->exitCode == kExists) {
            u->done(fail(ErrorCode::AlreadyExists, u"%1 is on the server already"_s.arg(u->remotePath)));
            return;
        }
        if (!r->succeeded()) {
            u->done(std::unexpected(exec::exitError(*r, u"preparing the upload"_s)));
            return;
        }
        qint64 have = QString::fromUtf8(r->out).trimmed().toLongLong();
        if (have > u->manifest.size) {
            have = 0; // not this file's beginning: start again
            u->ctx.run(std::move(remote::Command(
                                     QStringList{u"rm"_s, u"-f"_s, u"--"_s, u->remotePath + u".partial"_s})
                                     .asRoot()),
                       [u](Result<exec::Output>) { sendNext(u); });
            return;
        }
        u->sent = have;
        u->result.resumedAt = have;
        sendNext(u);
    });
}

} // namespace capataz::backup
