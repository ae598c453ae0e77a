#include "setup/CheckedStep.h"

#include "ssh/Connection.h"

namespace capataz::setup {

using namespace Qt::Literals::StringLiterals;
using plan::Preview;

CheckedStep::CheckedStep(QString id, plan::Text title, plan::Text explanation, Checker checker)
    : Step(std::move(id), std::move(title), std::move(explanation))
    , m_checker(std::move(checker))
{}

CheckedStep& CheckedStep::setApply(remote::Command command, QByteArray input)
{
    m_apply = std::move(command);
    m_applyInput = std::move(input);
    return *this;
}

CheckedStep& CheckedStep::setRollback(remote::Command command)
{
    m_rollback = std::move(command);
    return *this;
}

CheckedStep& CheckedStep::addPreviewCommand(Preview::Phase phase, remote::Command command)
{
    m_previewItems << PreviewItem{phase, std::move(command), {}};
    return *this;
}

CheckedStep& CheckedStep::addPreviewText(Preview::Phase phase, QString text)
{
    m_previewItems << PreviewItem{phase, std::nullopt, std::move(text)};
    return *this;
}

void CheckedStep::check(const plan::StepContext& ctx, CheckDone done)
{
    m_checker(ctx, *this, [this, done = std::move(done)](Result<bool> r) {
        if (r && !*r && !m_apply) {
            done(fail(ErrorCode::CheckFailed,
                      m_cannotApply.isEmpty() ? u"step %1: the check failed"_s.arg(id()) : m_cannotApply));
            return;
        }
        done(std::move(r));
    });
}

void CheckedStep::apply(const plan::StepContext& ctx, Done done)
{
    if (!m_apply) {
        done(fail(ErrorCode::CheckFailed, m_cannotApply));
        return;
    }
    runCommand(ctx, *m_apply, m_applyInput, u"apply"_s, [this, done = std::move(done)](VoidResult r) {
        if (r)
            m_applied = true;
        done(std::move(r));
    });
}

void CheckedStep::verify(const plan::StepContext& ctx, Done done)
{
    m_checker(ctx, *this, [this, done = std::move(done)](Result<bool> r) {
        if (!r)
            done(std::unexpected(r.error()));
        else if (!*r)
            done(fail(ErrorCode::CheckFailed,
                      u"step %1: applied, but the check still finds it not done"_s.arg(id())));
        else
            done({});
    });
}

void CheckedStep::rollback(const plan::StepContext& ctx, Done done)
{
    if (!m_rollback || !m_applied) {
        done({});
        return;
    }
    runCommand(ctx, *m_rollback, {}, u"rollback"_s, std::move(done));
}

void CheckedStep::runCommand(const plan::StepContext& ctx, const remote::Command& command,
                             const QByteArray& input, const QString& phase, Done done)
{
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
        appendOutput(exec::transcript(phase, *o));
        if (Error e = exec::exitError(*o, u"step %1: %2"_s.arg(id(), phase)); e.isError()) {
            done(std::unexpected(Error{e.code, secrets().apply(e.detail)}));
            return;
        }
        done({});
    });
}

Preview CheckedStep::buildPreview(remote::SudoMode sudo) const
{
    Preview p;
    auto add = [&](Preview::Phase phase, const remote::Command& c) {
        auto shell = c.toShell(sudo);
        p.commands << Preview::Command{phase,
                                       shell ? *shell : u"(cannot run: %1)"_s.arg(shell.error().detail)};
    };
    for (const PreviewItem& item : m_previewItems) {
        if (item.command)
            add(item.phase, *item.command);
        else
            p.commands << Preview::Command{item.phase, item.text};
    }
    if (m_apply)
        add(Preview::Phase::Apply, *m_apply);
    if (m_rollback)
        add(Preview::Phase::Rollback, *m_rollback);
    return p;
}

} // namespace capataz::setup
