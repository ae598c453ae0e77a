#include "backup/BackupOps.h"

#include "backup/BackupNaming.h"
#include "backup/BackupOutput.h"
#include "backup/BackupScripts.h"
#include "common/Sha256.h"
#include "setup/RemoteFiles.h"
#include "stack/DotenvParser.h"

#include <QElapsedTimer>
#include <QFile>

#include <memory>

namespace capataz::backup {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kMissing = 3;

void writeRemote(const plan::StepContext& ctx, const QString& path, const QByteArray& content,
                 std::function<void(VoidResult)> done)
{
    ctx.runChecked(
        exec::Request(scripts::writeFile(path, content), content),
        [done = std::move(done)](Result<exec::Output> r) {
            if (!r)
                done(std::unexpected(r.error()));
            else
                done({});
        },
        u"writing %1"_s.arg(path));
}
} // namespace

void resolveSources(const plan::StepContext& ctx, const QList<stack::RecipeBackupTarget>& targets,
                    const QString& projectDir, const QString& envFile, const QStringList& composeArgs,
                    std::function<void(Result<QList<BackupSource>>)> done)
{
    const QString envPath = envFile.startsWith(u'/') ? envFile : projectDir + u'/' + envFile;
    setup::readRemoteFile(
        ctx, envPath, true, setup::RemoteLinks::Refuse,
        [targets, projectDir, composeArgs, done = std::move(done)](Result<setup::RemoteFile> file) {
            if (!file) {
                done(std::unexpected(file.error()));
                return;
            }
            std::optional<stack::DotenvDocument> env;
            if (file->exists()) {
                auto parsed = stack::parseDotenv(*file->content);
                if (!parsed) {
                    done(std::unexpected(parsed.error()));
                    return;
                }
                env = std::move(*parsed);
            }
            QList<BackupSource> out;
            for (const stack::RecipeBackupTarget& t : targets) {
                auto s = resolveSource(t, env ? &*env : nullptr, projectDir, composeArgs);
                if (!s) {
                    done(std::unexpected(s.error()));
                    return;
                }
                out << *s;
            }
            done(out);
        });
}

void createBackup(const plan::StepContext& ctx, const BackupSource& source, const QString& dir,
                  const QDateTime& now, std::function<void(Result<Manifest>)> done)
{
    if (auto ok = source.validate(); !ok) {
        done(std::unexpected(ok.error()));
        return;
    }
    const QString stem = backupStem(now, source.kind, source.label());
    exec::Request req(scripts::create(source, dir, stem), scripts::secretInput(source));
    ctx.runChecked(
        std::move(req),
        [ctx, source, dir, done = std::move(done)](Result<exec::Output> r) mutable {
            if (!r) {
                done(std::unexpected(r.error()));
                return;
            }
            auto m = manifestFromOutput(parseScriptOutput(r->out));
            if (!m) {
                done(std::unexpected(m.error()));
                return;
            }
            m->kind = source.kind;
            m->project = source.project;
            m->source = source.describe();
            m->database = source.database;
            m->service = source.service;
            m->user = source.user;
            m->volume = source.volume;
            m->path = source.path;
            const Manifest manifest = *m;
            writeRemote(ctx, dir + u'/' + manifestFileName(manifest.name), manifestToJson(manifest),
                        [manifest, done = std::move(done)](VoidResult w) {
                            if (!w)
                                done(std::unexpected(w.error()));
                            else
                                done(manifest);
                        });
        },
        u"the %1 backup"_s.arg(source.kind));
}

void listBackups(const plan::StepContext& ctx, const QString& dir,
                 std::function<void(Result<QList<BackupEntry>>)> done)
{
    ctx.runChecked(
        scripts::list(dir),
        [done = std::move(done)](Result<exec::Output> r) {
            if (!r)
                done(std::unexpected(r.error()));
            else
                done(entriesFromListing(r->out));
        },
        u"listing the backups"_s);
}

namespace {
QStringList compareWithManifest(const VerifyResult& v)
{
    QStringList problems;
    if (!v.manifest) {
        problems << u"no manifest beside the backup"_s;
        return problems;
    }
    if (v.size != v.manifest->size)
        problems << u"size %1 bytes, the manifest says %2"_s.arg(v.size).arg(v.manifest->size);
    if (v.sha256 != v.manifest->sha256)
        problems << u"SHA-256 %1, the manifest says %2"_s.arg(v.sha256, v.manifest->sha256);
    if (!v.intact)
        problems << u"the compressed data is damaged or cut short"_s;
    return problems;
}
} // namespace

void verifyBackup(const plan::StepContext& ctx, const QString& dir, const QString& name,
                  std::function<void(Result<VerifyResult>)> done)
{
    if (!parseBackupName(name)) {
        done(fail(ErrorCode::InvalidArgument, u"'%1' is not the name of a Capataz backup"_s.arg(name)));
        return;
    }
    ctx.run(scripts::verify(dir, name), [dir, name, done = std::move(done)](Result<exec::Output> r) {
        if (!r) {
            done(std::unexpected(r.error()));
            return;
        }
        if (r->exitCode == kMissing) {
            done(fail(ErrorCode::NotFound, u"no backup %1 in %2"_s.arg(name, dir)));
            return;
        }
        if (!r->succeeded()) {
            done(std::unexpected(exec::exitError(*r, u"verifying %1"_s.arg(name))));
            return;
        }
        const ScriptOutput out = parseScriptOutput(r->out);
        VerifyResult v;
        v.name = name;
        v.size = out.value(u"size"_s).toLongLong();
        v.sha256 = out.value(u"sha256"_s);
        v.intact = out.value(u"intact"_s) != u"no"_s;
        const QString m = out.value(u"manifest"_s);
        if (!m.isEmpty()) {
            auto parsed = manifestFromJson(QByteArray::fromBase64(m.toLatin1()));
            if (parsed)
                v.manifest = *parsed;
        }
        v.problems = compareWithManifest(v);
        done(v);
    });
}

Result<VerifyResult> verifyLocalCopy(const QString& localPath, const Manifest& manifest)
{
    QFile f(localPath);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::LocalFileError, u"%1: %2"_s.arg(localPath, f.errorString()));
    Sha256 hash;
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    qint64 size = 0;
    for (;;) {
        const qint64 n = f.read(block.data(), block.size());
        if (n < 0)
            return fail(ErrorCode::LocalFileError, u"%1: could not be read to its end"_s.arg(localPath));
        if (n == 0)
            break;
        hash.addData(QByteArrayView(block.constData(), n));
        size += n;
    }
    return checkCopy(manifest, size, QString::fromLatin1(hash.hexResult()));
}

VerifyResult checkCopy(const Manifest& manifest, qint64 size, const QString& sha256)
{
    VerifyResult v;
    v.name = manifest.name;
    v.size = size;
    v.sha256 = sha256;
    v.intact = true; // the checksum covers it: the server's copy was checked when it was made
    v.manifest = manifest;
    v.problems = compareWithManifest(v);
    return v;
}

BackupSource placeOf(const Manifest& manifest, const QString& projectDir, const QStringList& composeArgs,
                     const QString& image)
{
    BackupSource s;
    s.kind = manifest.kind;
    s.project = manifest.project;
    s.projectDir = projectDir;
    s.service = manifest.service;
    s.composeArgs = manifest.service.isEmpty() ? QStringList() : composeArgs;
    s.database = manifest.database;
    s.volume = manifest.volume;
    s.path = manifest.path;
    s.user = manifest.user;
    if (!image.isEmpty())
        s.image = image;
    return s;
}

void drillBackup(const plan::StepContext& ctx, const QString& dir, const QString& name,
                 const QString& projectDir, const QStringList& composeArgs, const QString& image,
                 const QDateTime& now, std::function<void(Result<DrillRecord>)> done)
{
    auto record = [ctx, dir, name, done](DrillRecord d) {
        writeRemote(ctx, dir + u'/' + drillFileName(name), drillToJson(d), [d, done](VoidResult w) {
            if (!w)
                done(std::unexpected(w.error()));
            else
                done(d);
        });
    };
    verifyBackup(ctx, dir, name, [=](Result<VerifyResult> v) {
        if (!v) {
            done(std::unexpected(v.error()));
            return;
        }
        DrillRecord d;
        d.name = name;
        d.at = now.toUTC();
        if (!v->ok()) {
            d.detail = u"the backup failed verification: "_s + v->problems.join(u"; "_s);
            record(d);
            return;
        }
        const Manifest m = *v->manifest;
        const QString scratch = u"capataz_drill_"_s + timestampText(now).toLower();
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        ctx.run(scripts::drill(placeOf(m, projectDir, composeArgs, image), dir, name, scratch),
                [=](Result<exec::Output> r) mutable {
                    if (!r) {
                        done(std::unexpected(r.error()));
                        return;
                    }
                    d.durationMs = clock->elapsed();
                    if (!r->succeeded()) {
                        d.detail = u"the restore into %1 failed: %2"_s.arg(scratch, r->tail());
                        record(d);
                        return;
                    }
                    d.found = parseScriptOutput(r->out).expectation();
                    const QStringList diffs = compareExpectation(m.expect, d.found);
                    d.ok = diffs.isEmpty();
                    d.detail = diffs.join(u"; "_s);
                    record(d);
                });
    });
}

} // namespace capataz::backup
