#include "setup/RemoteFiles.h"

#include "exec/Exec.h"

#include <memory>

namespace capataz::setup {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kMissing = 3;
constexpr int kIsALink = 5;

void readNext(const plan::StepContext& ctx, std::shared_ptr<QStringList> left, bool asRoot, RemoteLinks links,
              std::shared_ptr<QList<RemoteFile>> got, std::function<void(Result<QList<RemoteFile>>)> done)
{
    if (left->isEmpty()) {
        done(*got);
        return;
    }
    const QString path = left->takeFirst();
    readRemoteFile(ctx, path, asRoot, links,
                   [ctx, left, asRoot, links, got, done = std::move(done)](Result<RemoteFile> r) mutable {
                       if (!r) {
                           done(std::unexpected(r.error()));
                           return;
                       }
                       got->append(*r);
                       readNext(ctx, left, asRoot, links, got, std::move(done));
                   });
}
} // namespace

QString readRemoteFileScript()
{
    return u"if [ \"$2\" = refuse-links ] && [ -L \"$1\" ]; then readlink -- \"$1\"; exit %1; fi\n"
           "[ -e \"$1\" ] || exit %2\nstat -L -c '%a %U:%G' -- \"$1\" || exit 4\nexec cat -- \"$1\""_s
               .arg(kIsALink)
               .arg(kMissing);
}

void readRemoteFile(const plan::StepContext& ctx, const QString& path, bool asRoot,
                    std::function<void(Result<RemoteFile>)> done)
{
    readRemoteFile(ctx, path, asRoot, RemoteLinks::Follow, std::move(done));
}

void readRemoteFile(const plan::StepContext& ctx, const QString& path, bool asRoot, RemoteLinks links,
                    std::function<void(Result<RemoteFile>)> done)
{
    const QString linkArg = links == RemoteLinks::Refuse ? u"refuse-links"_s : u"follow"_s;
    remote::Command cmd = remote::Command::script(readRemoteFileScript(), {path, linkArg});
    cmd.asRoot(asRoot);
    ctx.run(cmd, [path, links, done = std::move(done)](Result<exec::Output> res) {
        RemoteFile f;
        f.path = path;
        if (!res) {
            done(std::unexpected(res.error()));
            return;
        }
        const exec::Output& o = *res;
        if (links == RemoteLinks::Refuse && o.exitCode == kIsALink) {
            QByteArray target = o.out;
            if (target.endsWith('\n'))
                target.chop(1);
            f.linkTarget = QString::fromUtf8(target);
            if (f.linkTarget.isEmpty())
                f.linkTarget = u"?"_s;
            done(f);
            return;
        }
        if (o.exitCode == kMissing && o.out.isEmpty()) {
            done(f);
            return;
        }
        const qsizetype nl = o.out.indexOf('\n');
        if (o.exitCode != 0 || !o.exitSignal.isEmpty() || nl < 0) {
            const QString err = QString::fromUtf8(o.err).trimmed();
            done(fail(err.contains(u"Permission denied") ? ErrorCode::RemotePermissionDenied
                                                         : ErrorCode::RemoteCommandFailed,
                      u"reading %1 failed (exit %2): %3"_s.arg(path).arg(o.exitCode).arg(err)));
            return;
        }
        const QList<QByteArray> head = o.out.first(nl).split(' ');
        bool ok = false;
        f.mode = head.value(0).toInt(&ok, 8);
        if (!ok)
            f.mode = -1;
        f.owner = QString::fromUtf8(head.value(1));
        f.content = o.out.mid(nl + 1);
        done(f);
    });
}

void readRemoteFiles(const plan::StepContext& ctx, const QStringList& paths, bool asRoot,
                     std::function<void(Result<QList<RemoteFile>>)> done)
{
    readRemoteFiles(ctx, paths, asRoot, RemoteLinks::Follow, std::move(done));
}

void readRemoteFiles(const plan::StepContext& ctx, const QStringList& paths, bool asRoot, RemoteLinks links,
                     std::function<void(Result<QList<RemoteFile>>)> done)
{
    readNext(ctx, std::make_shared<QStringList>(paths), asRoot, links, std::make_shared<QList<RemoteFile>>(),
             std::move(done));
}

} // namespace capataz::setup
