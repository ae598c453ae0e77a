#include "setup/ComposeWaitStep.h"

#include "exec/Exec.h"
#include "setup/EnvPlan.h"

#include <QTimer>

namespace capataz::setup {

using namespace Qt::Literals::StringLiterals;

ComposeWaitStep::ComposeWaitStep(SetupTarget target, int timeoutSeconds, int intervalMs)
    : Step(u"compose.wait"_s,
           plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Wait until every service runs and is healthy")),
           plan::Text(QT_TRANSLATE_NOOP("capataz::plan",
                                        "Watches the containers until all run, and those with a healthcheck "
                                        "report healthy, for at most %1 seconds. If one stops or turns "
                                        "unhealthy, its last log lines are shown."),
                      {QString::number(timeoutSeconds)}))
    , m_target(std::move(target))
    , m_timeoutSeconds(timeoutSeconds)
    , m_intervalMs(intervalMs)
{}

remote::Command ComposeWaitStep::statusCommand() const
{
    remote::Command c = remote::Command::script(composeStatusScript(), m_target.composeArgv());
    c.inDirectory(m_target.projectDir).asRoot();
    return c;
}

void ComposeWaitStep::poll(const plan::StepContext& ctx, std::function<void(Result<ComposeStatus>)> done)
{
    ctx.run(statusCommand(), [this, done = std::move(done)](Result<exec::Output> res) {
        if (!res) {
            done(std::unexpected(Error{res.error().code, secrets().apply(res.error().detail)}));
            return;
        }
        const exec::Output& o = *res;
        if (!o.succeeded()) {
            done(fail(ErrorCode::RemoteCommandFailed,
                      u"reading the containers' states failed (exit %1): %2"_s.arg(o.exitCode)
                          .arg(secrets().apply(o.err).trimmed())));
            return;
        }
        auto status = ComposeStatus::parseLines(o.out);
        if (status)
            m_last = *status;
        done(std::move(status));
    });
}

void ComposeWaitStep::check(const plan::StepContext& ctx, CheckDone done)
{
    loadEnvSecrets(ctx, m_target, [this, ctx, done = std::move(done)](Result<plan::SecretMask> s) mutable {
        if (s) {
            for (const QString& v : s->secrets())
                addSecret(v);
        }
        poll(ctx, [this, done = std::move(done)](Result<ComposeStatus> r) {
            if (!r) {
                done(std::unexpected(r.error()));
                return;
            }
            appendOutput(u"[check]\n"_s + r->describe() + u'\n');
            done(r->overall() == ComposeStatus::Overall::Ready);
        });
    });
}

void ComposeWaitStep::apply(const plan::StepContext& ctx, Done done)
{
    m_clock.start();
    m_lastText.clear();
    tick(ctx, std::move(done));
}

void ComposeWaitStep::tick(const plan::StepContext& ctx, Done done)
{
    if (ctx.cancelled()) {
        done(fail(ErrorCode::Cancelled, u"stopped waiting for the services"_s));
        return;
    }
    poll(ctx, [this, ctx, done = std::move(done)](Result<ComposeStatus> r) mutable {
        if (!r) {
            done(std::unexpected(r.error()));
            return;
        }
        const QString text = r->describe();
        if (text != m_lastText) {
            appendOutput(u"[wait %1 s]\n%2\n"_s.arg(m_clock.elapsed() / 1000).arg(text));
            m_lastText = text;
        }
        switch (r->overall()) {
        case ComposeStatus::Overall::Ready:
            done({});
            return;
        case ComposeStatus::Overall::Failed:
            failWithLogs(ctx, r->failedServices(), ErrorCode::RemoteCommandFailed,
                         u"%1 failed"_s.arg(r->failedServices().join(u", "_s)), std::move(done));
            return;
        case ComposeStatus::Overall::Waiting:
            break;
        }
        if (m_clock.elapsed() >= qint64(m_timeoutSeconds) * 1000) {
            const QStringList waiting = r->waitingServices();
            failWithLogs(ctx, waiting, ErrorCode::Timeout,
                         u"after %1 s still not ready: %2"_s.arg(m_timeoutSeconds).arg(waiting.join(u", "_s)),
                         std::move(done));
            return;
        }
        QTimer::singleShot(m_intervalMs, ctx.owner,
                           [this, ctx, done = std::move(done)]() mutable { tick(ctx, std::move(done)); });
    });
}

void ComposeWaitStep::failWithLogs(const plan::StepContext& ctx, const QStringList& services, ErrorCode code,
                                   const QString& why, Done done)
{
    const QString states = m_last.describe();
    if (services.isEmpty()) {
        done(fail(code, why + u"\n"_s + states));
        return;
    }
    ctx.run(m_target.composeCommand(QStringList{u"logs"_s, u"--no-color"_s, u"--tail"_s, u"40"_s} + services),
            [this, code, why, states, done = std::move(done)](Result<exec::Output> res) {
                const QString logs = res ? QString::fromUtf8(res->out + res->err).trimmed()
                                         : u"(logs not available: %1)"_s.arg(res.error().detail);
                done(fail(code, secrets().apply(u"%1\n%2\nlast log lines:\n%3"_s.arg(why, states, logs))));
            });
}

void ComposeWaitStep::rollback(const plan::StepContext&, Done done)
{
    done({});
}

plan::Preview ComposeWaitStep::buildPreview(remote::SudoMode sudo) const
{
    plan::Preview p;
    auto shell = statusCommand().toShell(sudo);
    p.commands.append({plan::Preview::Phase::Check, shell ? *shell : shell.error().toString()});
    p.commands.append({plan::Preview::Phase::Apply, shell ? *shell : shell.error().toString()});
    return p;
}

} // namespace capataz::setup
