#include "setup/ComposeRunStep.h"

#include "plan/RemoteCall.h"
#include "setup/EnvPlan.h"
#include "ssh/Connection.h"
#include "ssh/RemoteProcess.h"

#include <QPointer>

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
        plan::runRemote(ctx, checkCommand(), {}, [this, done = std::move(done)](plan::RemoteCallOutput o) {
            if (o.result.error.isError()) {
                done(std::unexpected(Error{o.result.error.code, secrets().apply(o.result.error.detail)}));
                return;
            }
            appendOutput(u"[check] %1\n"_s.arg(o.result.exitCode == 0 ? u"every service is running with its "
                                                                        u"current configuration"_s
                                                                      : u"the stack is not up to date"_s));
            done(o.result.exitCode == 0);
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
    auto* holder = new QObject(ctx.owner);
    QPointer<ssh::RemoteProcess> process = ctx.connection->exec(command);
    auto err = std::make_shared<QByteArray>();
    auto pending = std::make_shared<QByteArray>();
    appendOutput(u"[%1] %2\n"_s.arg(phase, (m_target.composeArgv() + m_subcommand).join(u' ')));
    // Whole lines only, so that masking never sees half a secret.
    auto pass = [this, pending](const QByteArray& d) {
        *pending += d;
        const qsizetype nl = pending->lastIndexOf('\n');
        if (nl < 0)
            return;
        appendOutput(QString::fromUtf8(pending->first(nl + 1)));
        pending->remove(0, nl + 1);
    };
    QObject::connect(process, &ssh::RemoteProcess::readyReadStdout, holder, pass);
    QObject::connect(process, &ssh::RemoteProcess::readyReadStderr, holder, [pass, err](const QByteArray& d) {
        *err += d;
        pass(d); // compose reports its progress on stderr
    });
    QObject::connect(
        process, &ssh::RemoteProcess::finished, holder,
        [this, holder, process, err, pending, done = std::move(done)](const ssh::ProcessResult& r) {
            if (!pending->isEmpty())
                appendOutput(QString::fromUtf8(*pending) + u'\n');
            if (process)
                process->deleteLater();
            holder->disconnect();
            holder->deleteLater();
            if (r.error.isError()) {
                done(std::unexpected(Error{r.error.code, secrets().apply(r.error.detail)}));
                return;
            }
            if (!r.exitSignal.isEmpty() || r.exitCode != 0) {
                const QStringList lines = secrets().apply(*err).trimmed().split(u'\n');
                done(fail(ErrorCode::RemoteCommandFailed,
                          u"%1 failed (exit %2): %3"_s.arg(m_subcommand.join(u' '))
                              .arg(r.exitCode)
                              .arg(lines.mid(std::max<qsizetype>(0, lines.size() - 20)).join(u'\n'))));
                return;
            }
            done(r.exitCode);
        });
    QObject::connect(holder, &QObject::destroyed, holder, [process] {
        if (process && !process->isFinished())
            process->cancel();
        if (process)
            process->deleteLater();
    });
    process->start();
    process->closeWriteChannel();
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
    plan::runRemote(ctx, m_target.composeCommand({u"ps"_s, u"-a"_s, u"-q"_s}), {},
                    [this, run = std::move(run)](plan::RemoteCallOutput o) mutable {
                        m_wasRunning = !o.result.ok() || !o.out.trimmed().isEmpty();
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
        auto shell = c.toShell(sudo);
        p.commands.append({phase, shell ? *shell : u"(cannot run: %1)"_s.arg(shell.error().toString())});
    };
    add(plan::Preview::Phase::Check, checkCommand());
    add(plan::Preview::Phase::Apply, m_target.composeCommand(m_subcommand));
    if (m_downOnRollback)
        add(plan::Preview::Phase::Rollback, m_target.composeCommand({u"down"_s}));
    return p;
}

} // namespace capataz::setup
