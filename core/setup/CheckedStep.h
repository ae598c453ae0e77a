#pragma once

#include "plan/Step.h"
#include "remote/Command.h"

#include <QByteArray>
#include <QList>

#include <functional>
#include <optional>

namespace capataz::setup {

// A setup step whose "already done?" needs more than one command's exit code: the checker is
// a function (read the server's facts, fetch a health endpoint, probe ports) that answers true
// (done: Skipped), false (to apply) or an error with a clear message. The optional apply
// command makes it so; verify runs the checker again, which must then answer true. A step
// without an apply command only checks: false from the checker becomes the error
// `cannotApply` (what the user must do). Rollback runs the rollback command if one is set,
// else nothing (the explanation says so).
class CheckedStep final : public plan::Step {
public:
    using Checker = std::function<void(const plan::StepContext& ctx, CheckedStep& self, CheckDone done)>;

    CheckedStep(QString id, plan::Text title, plan::Text explanation, Checker checker);

    CheckedStep& setApply(remote::Command command, QByteArray input = {});
    CheckedStep& setRollback(remote::Command command);
    CheckedStep& setCannotApply(QString message)
    {
        m_cannotApply = std::move(message);
        return *this;
    }
    // What the preview lists besides the apply/rollback commands: the remote commands the
    // checker runs, and plain descriptions of local work ("GET https://...").
    CheckedStep& addPreviewCommand(plan::Preview::Phase phase, remote::Command command);
    CheckedStep& addPreviewText(plan::Preview::Phase phase, QString text);

    // Output for the run's log and the CLI (masked like any step output).
    void note(const QString& text) { appendOutput(text.endsWith(u'\n') ? text : text + u'\n'); }
    // A sentence of the step itself, translated (Step::appendNote).
    void noteText(const Text& text, QStringView phase = {}) { appendNote(text, phase); }

    void check(const plan::StepContext& ctx, CheckDone done) override;
    void apply(const plan::StepContext& ctx, Done done) override;
    void verify(const plan::StepContext& ctx, Done done) override;
    void rollback(const plan::StepContext& ctx, Done done) override;

protected:
    [[nodiscard]] plan::Preview buildPreview(remote::SudoMode sudo) const override;

private:
    void runCommand(const plan::StepContext& ctx, const remote::Command& command, const QByteArray& input,
                    const QString& phase, Done done);

    Checker m_checker;
    std::optional<remote::Command> m_apply;
    std::optional<remote::Command> m_rollback;
    QByteArray m_applyInput;
    QString m_cannotApply;
    bool m_applied = false;
    struct PreviewItem {
        plan::Preview::Phase phase;
        std::optional<remote::Command> command;
        QString text;
    };
    QList<PreviewItem> m_previewItems;
};

} // namespace capataz::setup
