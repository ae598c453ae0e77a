#include "setup/ComposeRunStep.h"

#include "exec/Exec.h"
#include "exec/ExecStream.h"
#include "plan/PreviewCommand.h"
#include "setup/EnvPlan.h"

namespace capataz::setup {

using namespace Qt::Literals::StringLiterals;

ComposeRunStep::ComposeRunStep(QString id, plan::Text title, plan::Text explanation, SetupTarget target,
                               QStringList subcommand, bool downOnRollback)
    : Step(std::move(id), std::move(title), std::move(explanation))
    , m_target(std::move(target))
    , m_subcommand(std::move(subcommand))
    , m_downOnRollback(downOnRollback)
{}

QString ComposeRunStep::upToDateScript()
{
    // Two compose calls in all (docker-compose 1.29 takes about a second to start); every
    // container of an active service must be running with the current hash.
    return uR"SH(hashes=$("$@" config --hash '*' </dev/null) || exit 2
[ -n "$hashes" ] || exit 1
ids=$("$@" ps -q </dev/null 2>/dev/null) || exit 1
[ -n "$ids" ] || exit 1
have=$(docker inspect -f '{{index .Config.Labels "com.docker.compose.service"}} {{index .Config.Labels "com.docker.compose.config-hash"}} {{.State.Running}}' $ids) || exit 1
printf '%s\n' "$hashes" | while read -r s h; do
  mine=$(printf '%s\n' "$have" | awk -v s="$s" '$1 == s')
  [ -n "$mine" ] || exit 1
  printf '%s\n' "$mine" | awk -v h="$h" '$2 != h || $3 != "true" { bad = 1 } END { exit bad }' || exit 1
done || exit 1
exit 0
)SH"_s;
}

remote::Command ComposeRunStep::checkCommand() const
{
    remote::Command c = remote::Command::script(upToDateScript(), m_target.composeArgv());
    c.inDirectory(m_target.projectDir).asRoot();
    return c;
}

void ComposeRunStep::learnSecrets(const plan::StepContext& ctx, std::function<void()> next)
{
    loadEnvSecrets(ctx, m_target, [this, next = std::move(next)](Result<plan::SecretMask> r) {
        // A .env that cannot be read or parsed is the env step's business; compose will say so.
        if (r) {
            for (const QString& s : r->secrets())
                addSecret(s);
        }
        next();
    });
}

void ComposeRunStep::check(const plan::StepContext& ctx, CheckDone done)
{
    learnSecrets(ctx, [this, ctx, done = std::move(done)]() mutable {
        ctx.run(exec::Request(checkCommand()), [this, done = std::move(done)](Result<exec::Output> res) {
            if (!res) {
                done(std::unexpected(Error{res.error().code, secrets().apply(res.error().detail)}));
                return;
            }
            const exec::Output& o = *res;
            appendNote(o.exitCode == 0
                           ? Text(QT_TRANSLATE_NOOP("capataz::plan", "every service is running with "
                                                                     "its current configuration"))
                           : Text(QT_TRANSLATE_NOOP("capataz::plan", "the stack is not up to date")),
                       u"check");
            done(o.exitCode == 0);
        });
    });
}

void ComposeRunStep::runStreaming(const plan::StepContext& ctx, const remote::Command& command,
                                  const QString& phase, std::function<void(Result<int>)> done)
{
    if (!ctx.connection || !ctx.owner) {
        done(fail(ErrorCode::Internal, u"this plan has no server connection"_s));
        return;
    }
    appendOutput(u"[%1] %2\n"_s.arg(phase, (m_target.composeArgv() + m_subcommand).join(u' ')));
    exec::Request request(command);
    request.cancel = ctx.cancel;
    exec::StreamOptions options;
    options.openLines = false;  // whole lines only, so that masking never sees half a secret
    options.keepStyles = false; // the step output is plain text
    options.maxLineLength = 65536;
    auto* stream =
        new exec::ExecStream(ctx.connection, std::move(request), options, m_subcommand.join(u' '), ctx.owner);
    // Compose reports its progress on stderr: both go to the step output, in order of arrival.
    QObject::connect(stream, &exec::ExecStream::linesReady, stream, [this](const exec::LineBatch& lines) {
        QString text;
        for (const exec::Line& line : lines)
            text += line.text + u'\n';
        appendOutput(text);
    });
    QObject::connect(stream, &exec::ExecStream::finished, stream,
                     [this, stream, done = std::move(done)](const exec::StreamResult& r) {
                         stream->deleteLater();
                         if (!r.ok()) {
                             done(std::unexpected(Error{r.error.code, secrets().apply(r.error.detail)}));
                             return;
                         }
                         done(r.end.exitCode);
                     });
    stream->start();
}

void ComposeRunStep::apply(const plan::StepContext& ctx, Done done)
{
    auto run = [this, ctx, done = std::move(done)]() mutable {
        runStreaming(ctx, m_target.composeCommand(m_subcommand), u"apply"_s,
                     [this, done = std::move(done)](Result<int> r) {
                         if (!r) {
                             done(std::unexpected(r.error()));
                             return;
                         }
                         m_applied = true;
                         done({});
                     });
    };
    if (!m_downOnRollback) {
        run();
        return;
    }
    // Remember whether anything of the project ran before: rollback stops only a fresh start.
    ctx.run(exec::Request(m_target.composeCommand({u"ps"_s, u"-a"_s, u"-q"_s})),
            [this, run = std::move(run)](Result<exec::Output> res) mutable {
                // In doubt (the question failed), count it as running: rollback then leaves it alone.
                m_wasRunning = !res || !res->succeeded() || !res->out.trimmed().isEmpty();
                run();
            });
}

void ComposeRunStep::rollback(const plan::StepContext& ctx, Done done)
{
    if (!m_downOnRollback || !m_applied || m_wasRunning) {
        done({});
        return;
    }
    runStreaming(ctx, m_target.composeCommand({u"down"_s}), u"rollback"_s,
                 [this, done = std::move(done)](Result<int> r) {
                     if (!r) {
                         done(std::unexpected(r.error()));
                         return;
                     }
                     m_applied = false;
                     done({});
                 });
}

plan::Preview ComposeRunStep::buildPreview(remote::SudoMode sudo) const
{
    plan::Preview p;
    auto add = [&](plan::Preview::Phase phase, const remote::Command& c) {
        p.commands.append(plan::previewCommand(phase, c, sudo));
    };
    add(plan::Preview::Phase::Check, checkCommand());
    add(plan::Preview::Phase::Apply, m_target.composeCommand(m_subcommand));
    if (m_downOnRollback)
        add(plan::Preview::Phase::Rollback, m_target.composeCommand({u"down"_s}));
    return p;
}

} // namespace capataz::setup
