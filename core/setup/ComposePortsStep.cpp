#include "setup/ComposePortsStep.h"

#include "exec/Exec.h"
#include "setup/RemoteFiles.h"
#include "stack/ComposeParser.h"

#include <QFileInfo>

namespace capataz::setup {

using namespace Qt::Literals::StringLiterals;
using Kind = remote::ServerFacts::ComposeKind;

ComposePortsStep::ComposePortsStep(SetupTarget target, ComposePortsOptions options)
    : Step(u"compose.ports"_s,
           plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Keep published ports off the internet")),
           plan::Text(QT_TRANSLATE_NOOP(
               "capataz::plan",
               "Names every port the compose files publish on all interfaces (service, port, what it "
               "probably is). Docker publishes ports with its own firewall rules, ahead of ufw's, so they "
               "are reachable from the internet even with ufw enabled. Where docker compose is 2.24.4 or "
               "later, an override file next to the compose file binds them to 127.0.0.1 (your file is "
               "not edited) and the next steps use it; otherwise it says which lines to change. In "
               "production, a database or data service left public stops the plan before anything "
               "starts, unless compose.allow_public_ports lists its port.")))
    , m_target(std::move(target))
    , m_options(std::move(options))
{}

ComposePortsStep::~ComposePortsStep() = default;

QString ComposePortsStep::overrideFile() const
{
    const QString dir = QFileInfo(m_target.composeFiles.value(0)).path();
    const QString name = QString::fromLatin1(kPortsOverrideName);
    return dir.isEmpty() || dir == u"." ? name : dir + u'/' + name;
}

std::optional<remote::Command> ComposePortsStep::versionCommand() const
{
    if (m_target.compose == Kind::Podman)
        return std::nullopt;
    remote::Command c(m_target.compose == Kind::V1Standalone
                          ? QStringList{u"docker-compose"_s, u"version"_s, u"--short"_s}
                          : QStringList{u"docker"_s, u"compose"_s, u"version"_s, u"--short"_s});
    c.inDirectory(m_target.projectDir).asRoot();
    return c;
}

void ComposePortsStep::note(const Text& text)
{
    m_findings.append(text);
    appendOutput(u"[check] "_s + text.translated() + u'\n');
}

void ComposePortsStep::useOverride(bool on)
{
    if (!m_target.addedComposeFiles)
        return;
    const QString file = overrideFile();
    m_target.addedComposeFiles->removeAll(file);
    if (on)
        m_target.addedComposeFiles->append(file);
}

void ComposePortsStep::check(const plan::StepContext& ctx, CheckDone done)
{
    m_ports.clear();
    m_findings.clear();
    m_write.reset();
    m_version.clear();
    useOverride(false);
    auto readFiles = [this, ctx, done = std::move(done)]() mutable {
        QStringList paths;
        for (int i = 0; i < m_target.composeFiles.size(); ++i)
            paths.append(m_target.composePath(i));
        readRemoteFiles(ctx, paths, true,
                        [this, ctx, done = std::move(done)](Result<QList<RemoteFile>> files) mutable {
                            if (!files) {
                                done(std::unexpected(files.error()));
                                return;
                            }
                            QList<QByteArray> contents;
                            for (const RemoteFile& f : std::as_const(*files)) {
                                if (!f.exists()) {
                                    done(fail(ErrorCode::RemoteFileNotFound,
                                              u"the compose file %1 does not exist"_s.arg(f.path)));
                                    return;
                                }
                                contents.append(*f.content);
                            }
                            review(ctx, contents, std::move(done));
                        });
    };
    const auto version = versionCommand();
    if (!version) {
        appendOutput(u"[check] podman-compose: ports cannot be replaced by an override file\n"_s);
        readFiles();
        return;
    }
    ctx.run(exec::Request(*version), [this,
                                      readFiles = std::move(readFiles)](Result<exec::Output> r) mutable {
        if (r && r->succeeded())
            m_version = QString::fromUtf8(r->out).trimmed().section(u'\n', 0, 0);
        appendOutput(u"[check] compose version: %1\n"_s.arg(m_version.isEmpty() ? u"unknown"_s : m_version));
        readFiles();
    });
}

void ComposePortsStep::review(const plan::StepContext& ctx, const QList<QByteArray>& files, CheckDone done)
{
    auto merged = stack::parseComposeFiles(files);
    if (!merged) {
        done(std::unexpected(merged.error()));
        return;
    }
    m_ports = findPublicPorts(*merged, files, m_target.profiles, m_options.allowPublic);
    const PortsVerdict verdict =
        judgePorts(m_ports, m_target.composeFiles, overrideFile(),
                   m_version.isEmpty()
                       ? m_target.composeArgv().mid(0, m_target.compose == Kind::V2Plugin ? 2 : 1).join(u' ')
                       : m_version,
                   composeCanOverridePorts(m_target.compose, m_version), m_options);
    for (const Text& t : verdict.notes)
        note(t);
    if (m_ports.isEmpty())
        appendOutput(u"[check] no port is published beyond 127.0.0.1\n"_s);
    if (!verdict.blocking.isEmpty()) {
        QStringList lines;
        for (const Text& t : verdict.blocking) {
            m_findings.append(t);
            lines.append(t.translated());
        }
        done(fail(ErrorCode::CheckFailed, lines.join(u'\n')));
        return;
    }
    if (!verdict.writeOverride) {
        done(true); // nothing to write: the names and advice are in the output
        return;
    }
    const QByteArray content = portsOverrideYaml(*merged, m_ports);
    m_write = std::make_unique<plan::FileWriteStep>(id(), title(), explanation(),
                                                    m_target.projectDir + u'/' + overrideFile(), content,
                                                    plan::FileWriteStep::Options{0644, true});
    m_write->setOutputSink([this](const QString& text, const plan::OutputNote& note) {
        if (note.isNote())
            appendNote(note.text, note.phase);
        else
            appendOutput(text);
    });
    m_write->check(ctx, [this, done = std::move(done)](Result<bool> r) {
        if (r && *r)
            useOverride(true); // already there: the later steps use it
        done(r);
    });
}

void ComposePortsStep::apply(const plan::StepContext& ctx, Done done)
{
    if (!m_write) {
        done(fail(ErrorCode::Internal, u"compose.ports: apply before check"_s));
        return;
    }
    m_write->apply(ctx, [this, done = std::move(done)](VoidResult r) {
        if (r)
            useOverride(true);
        done(r);
    });
}

void ComposePortsStep::verify(const plan::StepContext& ctx, Done done)
{
    if (!m_write) {
        done({});
        return;
    }
    m_write->verify(ctx, std::move(done));
}

void ComposePortsStep::rollback(const plan::StepContext& ctx, Done done)
{
    if (!m_write) {
        done({});
        return;
    }
    m_write->rollback(ctx, [this, done = std::move(done)](VoidResult r) {
        if (r)
            useOverride(false);
        done(r);
    });
}

plan::Preview ComposePortsStep::buildPreview(remote::SudoMode sudo) const
{
    plan::Preview p;
    if (const auto version = versionCommand()) {
        auto shell = version->toShell(sudo);
        p.commands.append({plan::Preview::Phase::Check, shell ? *shell : shell.error().toString()});
    }
    if (m_write) {
        const plan::Preview w = m_write->preview(sudo);
        p.commands += w.commands;
        p.files += w.files;
    }
    return p;
}

} // namespace capataz::setup
