#include "plan/FileWriteStep.h"

#include "exec/Exec.h"
#include "plan/UnifiedDiff.h"
#include "ssh/AtomicWrite.h"
#include "ssh/Connection.h"

namespace capataz::plan {

namespace {
constexpr int kMissing = 3; // exit code of the read script for a missing file
constexpr int kIsALink = 5; // ... for a symbolic link (stdout: where it points); never followed
} // namespace

FileWriteStep::FileWriteStep(QString id, Text title, Text explanation, QString path, QByteArray content,
                             Options options)
    : Step(std::move(id), std::move(title), std::move(explanation))
    , m_path(std::move(path))
    , m_content(std::move(content))
    , m_options(options)
{}

void FileWriteStep::setCurrentContent(std::optional<QByteArray> current)
{
    m_current = std::move(current);
    m_currentKnown = true;
}

void FileWriteStep::read(const StepContext& ctx, std::function<void(Result<std::optional<QByteArray>>)> done)
{
    remote::Command cmd =
        remote::Command::script(QStringLiteral("[ ! -L \"$1\" ] || { readlink -- \"$1\"; exit %1; }\n[ -e "
                                               "\"$1\" ] || exit %2\nexec cat -- \"$1\"")
                                    .arg(kIsALink)
                                    .arg(kMissing),
                                {m_path});
    cmd.asRoot(m_options.asRoot);
    ctx.run(exec::Request(cmd), [this, done = std::move(done)](Result<exec::Output> res) {
        if (!res) {
            done(std::unexpected(Error{res.error().code, secrets().apply(res.error().detail)}));
            return;
        }
        exec::Output& o = *res;
        if (o.exitCode == kIsALink) {
            done(std::unexpected(ssh::AtomicWrite::linkRefused(m_path, QString::fromUtf8(o.out).trimmed())));
        } else if (o.exitCode == kMissing) {
            done(std::optional<QByteArray>());
        } else if (o.exitCode != 0 || !o.exitSignal.isEmpty()) {
            const QString err = secrets().apply(o.err).trimmed();
            done(
                fail(err.contains(u"Permission denied") ? ErrorCode::RemotePermissionDenied
                                                        : ErrorCode::RemoteCommandFailed,
                     QStringLiteral("reading %1 failed (exit %2): %3").arg(m_path).arg(o.exitCode).arg(err)));
        } else {
            done(std::optional<QByteArray>(std::move(o.out)));
        }
    });
}

void FileWriteStep::check(const StepContext& ctx, CheckDone done)
{
    read(ctx, [this, done = std::move(done)](Result<std::optional<QByteArray>> r) {
        if (!r) {
            done(std::unexpected(r.error()));
            return;
        }
        setCurrentContent(*r);
        done(r->has_value() && **r == m_content);
    });
}

void FileWriteStep::apply(const StepContext& ctx, Done done)
{
    if (!ctx.connection || !ctx.owner) {
        done(fail(ErrorCode::Internal, QStringLiteral("this plan has no server connection")));
        return;
    }
    ssh::AtomicWrite::Options o;
    o.newFileMode = m_options.newFileMode;
    o.keepPrevious = true;
    o.asRoot = m_options.asRoot;
    auto* writer = new ssh::AtomicWrite(*ctx.connection, m_path, m_content, o, ctx.owner);
    writer->setCancelToken(ctx.cancel);
    QObject::connect(
        writer, &ssh::AtomicWrite::finished, writer,
        [this, writer, done = std::move(done)](const Result<ssh::AtomicWriteReport>& r) {
            writer->deleteLater();
            if (!r) {
                done(std::unexpected(Error{r.error().code, secrets().apply(r.error().detail)}));
                return;
            }
            m_written = true;
            m_writtenPath = r->path.isEmpty() ? m_path : r->path;
            m_previousVersion = r->previousVersion;
            appendNote(
                m_previousVersion.isEmpty()
                    ? Text(QT_TRANSLATE_NOOP("capataz::plan", "wrote %1 (a new file)"), {m_writtenPath})
                    : Text(QT_TRANSLATE_NOOP("capataz::plan", "wrote %1, the previous version kept as %2"),
                           {m_writtenPath, m_previousVersion}),
                u"apply");
            done({});
        });
    writer->start();
}

void FileWriteStep::verify(const StepContext& ctx, Done done)
{
    read(ctx, [this, done = std::move(done)](Result<std::optional<QByteArray>> r) {
        if (!r)
            done(std::unexpected(r.error()));
        else if (!r->has_value() || **r != m_content)
            done(fail(ErrorCode::RemoteCommandFailed,
                      QStringLiteral("%1 does not hold the content just written").arg(m_path)));
        else
            done({});
    });
}

void FileWriteStep::rollback(const StepContext& ctx, Done done)
{
    if (!m_written) {
        done({});
        return;
    }
    remote::Command cmd = m_previousVersion.isEmpty()
                              ? remote::Command::script(QStringLiteral("rm -f -- \"$1\""), {m_writtenPath})
                              : remote::Command::script(QStringLiteral("mv -fT -- \"$2\" \"$1\""),
                                                        {m_writtenPath, m_previousVersion});
    cmd.asRoot(m_options.asRoot);
    ctx.run(exec::Request(cmd), [this, done = std::move(done)](Result<exec::Output> res) {
        if (!res) {
            done(std::unexpected(Error{res.error().code, secrets().apply(res.error().detail)}));
            return;
        }
        const exec::Output& o = *res;
        if (!o.succeeded()) {
            done(fail(ErrorCode::RemoteCommandFailed, QStringLiteral("restoring %1 failed (exit %2): %3")
                                                          .arg(m_path)
                                                          .arg(o.exitCode)
                                                          .arg(secrets().apply(o.err).trimmed())));
            return;
        }
        appendNote(m_previousVersion.isEmpty()
                       ? Text(QT_TRANSLATE_NOOP("capataz::plan", "removed %1"), {m_writtenPath})
                       : Text(QT_TRANSLATE_NOOP("capataz::plan", "restored %1 from %2"),
                              {m_writtenPath, m_previousVersion}),
                   u"rollback");
        m_written = false;
        m_previousVersion.clear();
        done({});
    });
}

Preview FileWriteStep::buildPreview(remote::SudoMode) const
{
    Preview p;
    Preview::FileChange change;
    change.path = m_path;
    const bool exists = m_currentKnown && m_current.has_value();
    change.created = m_currentKnown && !exists;
    const QString oldText = exists ? QString::fromUtf8(*m_current) : QString();
    const QString oldLabel = !m_currentKnown ? m_path + QStringLiteral(" (current content not read)")
                             : exists        ? m_path
                                             : QStringLiteral("/dev/null");
    change.diff = unifiedDiff(oldText, QString::fromUtf8(m_content), oldLabel, m_path);
    p.files.append(change);
    return p;
}

} // namespace capataz::plan
