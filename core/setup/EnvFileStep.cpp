#include "setup/EnvFileStep.h"

#include "exec/Exec.h"
#include "plan/UnifiedDiff.h"
#include "ssh/AtomicWrite.h"
#include "ssh/Connection.h"

namespace capataz::setup {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kEnvMode = 0600;
constexpr int kIsALink = 5; // exit code of the scripts below when "$1" is a symbolic link

// Run as root on "$1" (the .env): refuses a symbolic link (chmod follows links) and prints
// where it points.
const QString kRefuseLink = uR"SH([ ! -L "$1" ] || { readlink -- "$1"; exit 5; }
)SH"_s;

QString describe(const QList<stack::EnvFinding>& findings, const stack::Recipe& recipe)
{
    QStringList lines;
    for (const stack::EnvFinding& f : findings) {
        QString line = u"- %1 [%2]"_s.arg(f.message, f.code);
        const auto* var = recipe.envVar(f.key);
        if (!f.key.isEmpty() && !(var && !var->generate.isEmpty()))
            line += u": give it a value in env.set (%1: ...)"_s.arg(f.key);
        lines << line;
    }
    return lines.join(u'\n');
}
} // namespace

EnvFileStep::EnvFileStep(EnvAnswers answers, SetupTarget target, std::optional<stack::DotenvDocument> edited)
    : Step(u"env.file"_s,
           plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Write the environment file %1"),
                      {envFilePath(answers, target)}),
           plan::Text(QT_TRANSLATE_NOOP(
               "capataz::plan", "Writes the project's .env with the recipe's defaults, newly generated "
                                "secrets where a value is missing or weak, and the values you gave; "
                                "comments, order and quoting stay as they are. The file gets mode 0600 "
                                "and the previous version is kept next to it.")))
    , m_answers(std::move(answers))
    , m_target(std::move(target))
    , m_path(envFilePath(m_answers, m_target))
    , m_edited(std::move(edited))
{}

void EnvFileStep::check(const plan::StepContext& ctx, CheckDone done)
{
    loadEnvState(ctx, m_answers, m_target, [this, done = std::move(done)](Result<EnvState> r) {
        if (!r) {
            done(std::unexpected(r.error()));
            return;
        }
        // Learn the values already on the server first: nothing below may leak them.
        for (const QString& s : r->secrets.secrets())
            addSecret(s);
        m_current = r->current;
        m_fromExample = r->fromExample;
        m_loaded = true;
        const stack::DotenvDocument& base = m_edited ? *m_edited : r->document;
        auto c = computeEnv(base, m_answers, m_target.recipe, r->composeText, m_generated);
        if (!c) {
            done(std::unexpected(c.error()));
            return;
        }
        for (const QString& s : c->secrets.secrets())
            addSecret(s);
        m_newContent = c->document.serialize();
        m_computation = *c;
        appendNote(m_current.exists() ? Text(QT_TRANSLATE_NOOP("capataz::plan", "%1 exists (mode %2)"),
                                             {m_path, u"%1"_s.arg(m_current.mode, 4, 8, QChar(u'0'))})
                   : m_fromExample
                       ? Text(QT_TRANSLATE_NOOP("capataz::plan", "%1 is missing: starting from its example"),
                              {m_path})
                       : Text(QT_TRANSLATE_NOOP("capataz::plan", "%1 is missing"), {m_path}),
                   u"check");
        // Only the lists that hold something: "generated: ;" said nothing.
        if (!c->generated.isEmpty())
            appendNote(
                Text(QT_TRANSLATE_NOOP("capataz::plan", "generated: %1"), {c->generated.join(u", "_s)}),
                u"check");
        if (!c->assigned.isEmpty())
            appendNote(Text(QT_TRANSLATE_NOOP("capataz::plan", "set from the answers: %1"),
                            {c->assigned.join(u", "_s)}),
                       u"check");
        if (!c->defaulted.isEmpty())
            appendNote(Text(QT_TRANSLATE_NOOP("capataz::plan", "the recipe's defaults: %1"),
                            {c->defaulted.join(u", "_s)}),
                       u"check");
        for (const stack::EnvFinding& f : c->findings)
            appendOutput(u"[check] %1 %2: %3 (%4)\n"_s.arg(stack::EnvFinding::severityName(f.severity), f.key,
                                                           f.text.source ? f.text.translated() : f.message,
                                                           f.code));
        const QList<stack::EnvFinding> blocking = c->blocking(m_answers.allowFindings);
        if (!blocking.isEmpty()) {
            done(fail(ErrorCode::InvalidArgument, u"%1 would not be ready for production:\n%2"_s.arg(
                                                      m_path, describe(blocking, m_target.recipe))));
            return;
        }
        done(m_current.exists() && *m_current.content == m_newContent && m_current.mode == kEnvMode);
    });
}

void EnvFileStep::runScript(const plan::StepContext& ctx, const QString& script, const QStringList& args,
                            const QString& what, Done done)
{
    remote::Command cmd = remote::Command::script(script, args);
    cmd.asRoot();
    const QString path = args.value(0);
    ctx.run(exec::Request(cmd), [this, what, path, done = std::move(done)](Result<exec::Output> res) {
        if (!res) {
            done(std::unexpected(Error{res.error().code, secrets().apply(res.error().detail)}));
            return;
        }
        const exec::Output& o = *res;
        if (o.exitCode == kIsALink) {
            done(std::unexpected(ssh::AtomicWrite::linkRefused(path, QString::fromUtf8(o.out).trimmed())));
            return;
        }
        if (!o.succeeded()) {
            done(fail(ErrorCode::RemoteCommandFailed, u"%1 failed (exit %2): %3"_s.arg(what)
                                                          .arg(o.exitCode)
                                                          .arg(secrets().apply(o.err).trimmed())));
            return;
        }
        done({});
    });
}

void EnvFileStep::apply(const plan::StepContext& ctx, Done done)
{
    if (!m_loaded || !m_computation) {
        done(fail(ErrorCode::Internal, u"env.file: apply before check"_s));
        return;
    }
    if (m_current.exists() && m_current.mode != kEnvMode) {
        // Tighten first: the atomic write takes the old file's mode, and the new secrets must
        // never sit in a file others can read.
        m_oldMode = m_current.mode;
        runScript(ctx, kRefuseLink + u"chmod 600 -- \"$1\""_s, {m_path}, u"chmod 600 %1"_s.arg(m_path),
                  [this, ctx, done = std::move(done)](VoidResult r) mutable {
                      if (!r) {
                          done(r);
                          return;
                      }
                      m_modeChanged = true;
                      appendOutput(
                          u"[apply] %1: mode %2 -> 0600\n"_s.arg(m_path).arg(m_oldMode, 4, 8, QChar(u'0')));
                      write(ctx, std::move(done));
                  });
        return;
    }
    write(ctx, std::move(done));
}

void EnvFileStep::write(const plan::StepContext& ctx, Done done)
{
    if (!ctx.connection || !ctx.owner) {
        done(fail(ErrorCode::Internal, u"this plan has no server connection"_s));
        return;
    }
    ssh::AtomicWrite::Options o;
    o.newFileMode = kEnvMode;
    o.keepPrevious = true;
    o.asRoot = true;
    o.confineTo = m_target.projectDir; // never through a link, never outside the project
    auto* writer = new ssh::AtomicWrite(*ctx.connection, m_path, m_newContent, o, ctx.owner);
    writer->setCancelToken(ctx.cancel);
    QObject::connect(
        writer, &ssh::AtomicWrite::finished, writer,
        [this, ctx, writer, done = std::move(done)](const Result<ssh::AtomicWriteReport>& r) mutable {
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
                    ? Text(QT_TRANSLATE_NOOP("capataz::plan", "wrote %1 (a new file, mode 0600)"),
                           {m_writtenPath})
                    : Text(QT_TRANSLATE_NOOP("capataz::plan", "wrote %1, the previous version kept as %2"),
                           {m_writtenPath, m_previousVersion}),
                u"apply");
            if (!m_previousVersion.isEmpty()) {
                done({});
                return;
            }
            // A new file belongs to whoever owns the project directory, not to root. -h: if
            // the name was swapped for a link meanwhile, the link changes owner, not its target.
            runScript(ctx, u"chown -h --reference=\"$2\" -- \"$1\""_s, {m_writtenPath, m_target.projectDir},
                      u"giving %1 the project directory's owner"_s.arg(m_writtenPath), std::move(done));
        });
    writer->start();
}

void EnvFileStep::verify(const plan::StepContext& ctx, Done done)
{
    readRemoteFile(ctx, m_path, true, [this, done = std::move(done)](Result<RemoteFile> r) {
        if (!r)
            done(std::unexpected(Error{r.error().code, secrets().apply(r.error().detail)}));
        else if (!r->exists() || *r->content != m_newContent)
            done(fail(ErrorCode::RemoteCommandFailed,
                      u"%1 does not hold the content just written"_s.arg(m_path)));
        else if (r->mode != kEnvMode)
            done(fail(ErrorCode::RemoteCommandFailed,
                      u"%1 has mode %2 instead of 0600"_s.arg(m_path).arg(r->mode, 4, 8, QChar(u'0'))));
        else
            done({});
    });
}

void EnvFileStep::rollback(const plan::StepContext& ctx, Done done)
{
    const QString oldMode = QString::number(m_oldMode >= 0 ? m_oldMode : kEnvMode, 8);
    auto finished = [this, done = std::move(done)](VoidResult r) {
        if (r) {
            appendNote(Text(QT_TRANSLATE_NOOP("capataz::plan", "%1 restored"), {m_path}), u"rollback");
            m_written = false;
            m_modeChanged = false;
            m_previousVersion.clear();
        }
        done(r);
    };
    if (m_written && m_previousVersion.isEmpty()) {
        runScript(ctx, u"rm -f -- \"$1\""_s, {m_writtenPath}, u"removing %1"_s.arg(m_writtenPath),
                  std::move(finished));
    } else if (m_written) {
        runScript(ctx, u"mv -fT -- \"$2\" \"$1\" || exit 1\n"_s + kRefuseLink + u"chmod \"$3\" -- \"$1\""_s,
                  {m_writtenPath, m_previousVersion, oldMode}, u"restoring %1"_s.arg(m_writtenPath),
                  std::move(finished));
    } else if (m_modeChanged) {
        runScript(ctx, kRefuseLink + u"chmod \"$2\" -- \"$1\""_s, {m_path, oldMode},
                  u"chmod %1"_s.arg(m_path), std::move(finished));
    } else {
        done({});
    }
}

plan::Preview EnvFileStep::buildPreview(remote::SudoMode) const
{
    plan::Preview p;
    plan::Preview::FileChange change;
    change.path = m_path;
    if (!m_loaded) {
        change.diff = m_path + u": the current file has not been read yet\n"_s;
        p.files.append(change);
        return p;
    }
    change.created = !m_current.exists();
    const QString oldText = m_current.exists() ? QString::fromUtf8(*m_current.content) : QString();
    const QString oldLabel = m_current.exists() ? m_path : u"/dev/null"_s;
    QString newLabel = m_path;
    if (m_current.exists() && m_current.mode != kEnvMode)
        newLabel += u" (mode %1 -> 0600)"_s.arg(m_current.mode, 4, 8, QChar(u'0'));
    else if (!m_current.exists())
        newLabel += m_fromExample ? u" (new, mode 0600, from %1)"_s.arg(envExamplePath(m_answers, m_target))
                                  : u" (new, mode 0600)"_s;
    change.diff = plan::unifiedDiff(oldText, QString::fromUtf8(m_newContent), oldLabel, newLabel);
    p.files.append(change);
    return p;
}

} // namespace capataz::setup
