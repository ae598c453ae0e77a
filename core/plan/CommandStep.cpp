#include "plan/CommandStep.h"

#include "plan/PreviewCommand.h"
#include "ssh/Connection.h"

namespace capataz::plan {

CommandStep::CommandStep(QString id, Text title, Text explanation, remote::Command apply)
    : Step(std::move(id), std::move(title), std::move(explanation))
    , m_apply(std::move(apply))
{}

CommandStep& CommandStep::setCheck(remote::Command command)
{
    m_check = std::move(command);
    return *this;
}

CommandStep& CommandStep::setVerify(remote::Command command)
{
    m_verify = std::move(command);
    return *this;
}

CommandStep& CommandStep::setRollback(remote::Command command)
{
    m_rollback = std::move(command);
    return *this;
}

CommandStep& CommandStep::setApplyInput(QByteArray input)
{
    m_applyInput = std::move(input);
    return *this;
}

VoidResult CommandStep::refuseSecretsInArgv(const remote::Command& command) const
{
    for (const QString& word : command.argv()) {
        if (secrets().leaksInto(word))
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("step %1: a secret would appear in a command line; pass it on stdin")
                            .arg(id()));
    }
    if (secrets().leaksInto(command.directory()))
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("step %1: a secret in a directory name").arg(id()));
    return {};
}

void CommandStep::run(const StepContext& ctx, Preview::Phase phase, const remote::Command& command,
                      const QByteArray& input, std::function<void(Result<int>)> done)
{
    if (auto ok = refuseSecretsInArgv(command); !ok) {
        done(std::unexpected(ok.error()));
        return;
    }
    if (ctx.connection) {
        if (auto shell = command.toShell(ctx.connection->settings().sudo); !shell) {
            done(std::unexpected(shell.error()));
            return;
        }
    }
    ctx.run(exec::Request(command, input), [this, phase, done = std::move(done)](Result<exec::Output> o) {
        if (!o) {
            done(std::unexpected(Error{o.error().code, secrets().apply(o.error().detail)}));
            return;
        }
        appendOutput(exec::transcript(Preview::phaseName(phase), *o));
        if (!o->exitSignal.isEmpty()) {
            done(fail(ErrorCode::RemoteCommandFailed,
                      QStringLiteral("%1 ended by signal %2").arg(Preview::phaseName(phase), o->exitSignal)));
            return;
        }
        done(o->exitCode);
    });
}

void CommandStep::check(const StepContext& ctx, CheckDone done)
{
    if (!m_check) {
        done(false);
        return;
    }
    run(ctx, Preview::Phase::Check, *m_check, {}, [done = std::move(done)](Result<int> r) {
        if (!r)
            done(std::unexpected(r.error()));
        else
            done(*r == 0);
    });
}

void CommandStep::apply(const StepContext& ctx, Done done)
{
    run(ctx, Preview::Phase::Apply, m_apply, m_applyInput, [this, done = std::move(done)](Result<int> r) {
        if (!r)
            done(std::unexpected(r.error()));
        else if (*r != 0)
            done(fail(ErrorCode::RemoteCommandFailed,
                      QStringLiteral("step %1: apply exited with %2").arg(id()).arg(*r)));
        else
            done({});
    });
}

void CommandStep::verify(const StepContext& ctx, Done done)
{
    if (!m_verify) {
        done({});
        return;
    }
    run(ctx, Preview::Phase::Verify, *m_verify, {}, [this, done = std::move(done)](Result<int> r) {
        if (!r)
            done(std::unexpected(r.error()));
        else if (*r != 0)
            done(fail(ErrorCode::RemoteCommandFailed,
                      QStringLiteral("step %1: verify exited with %2").arg(id()).arg(*r)));
        else
            done({});
    });
}

void CommandStep::rollback(const StepContext& ctx, Done done)
{
    if (!m_rollback) {
        done({});
        return;
    }
    run(ctx, Preview::Phase::Rollback, *m_rollback, {}, [this, done = std::move(done)](Result<int> r) {
        if (!r)
            done(std::unexpected(r.error()));
        else if (*r != 0)
            done(fail(ErrorCode::RemoteCommandFailed,
                      QStringLiteral("step %1: rollback exited with %2").arg(id()).arg(*r)));
        else
            done({});
    });
}

Preview CommandStep::buildPreview(remote::SudoMode sudo) const
{
    Preview p;
    auto add = [&](Preview::Phase phase, const remote::Command& c) {
        p.commands.append(previewCommand(phase, c, sudo));
    };
    if (m_check)
        add(Preview::Phase::Check, *m_check);
    add(Preview::Phase::Apply, m_apply);
    if (m_verify)
        add(Preview::Phase::Verify, *m_verify);
    if (m_rollback)
        add(Preview::Phase::Rollback, *m_rollback);
    return p;
}

} // namespace capataz::plan
