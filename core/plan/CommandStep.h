#pragma once

#include "plan/Step.h"

#include <optional>

namespace capataz::plan {

// A step made of remote commands: success is exit status 0. The check command's exit 0 means
// "already done" (any other exit: not done); without one the step always applies. Without a
// rollback command, rollback does nothing (say so in the explanation). What the commands print
// is kept for the audit log, secrets masked. A command line that would contain one of the
// step's secrets is refused: secrets go on stdin (setApplyInput), never in argv.
class CommandStep final : public Step {
public:
    CommandStep(QString id, Text title, Text explanation, remote::Command apply);

    CommandStep& setCheck(remote::Command command);
    CommandStep& setVerify(remote::Command command);
    CommandStep& setRollback(remote::Command command);
    CommandStep& setApplyInput(QByteArray input); // written to the apply command's stdin

    void check(const StepContext& ctx, CheckDone done) override;
    void apply(const StepContext& ctx, Done done) override;
    void verify(const StepContext& ctx, Done done) override;
    void rollback(const StepContext& ctx, Done done) override;

protected:
    [[nodiscard]] Preview buildPreview(remote::SudoMode sudo) const override;

private:
    // Runs `command`; `done` gets the exit code (>= 0), or an error when it did not run to its end.
    void run(const StepContext& ctx, Preview::Phase phase, const remote::Command& command,
             const QByteArray& input, std::function<void(Result<int>)> done);
    [[nodiscard]] VoidResult refuseSecretsInArgv(const remote::Command& command) const;

    remote::Command m_apply;
    std::optional<remote::Command> m_check;
    std::optional<remote::Command> m_verify;
    std::optional<remote::Command> m_rollback;
    QByteArray m_applyInput;
};

} // namespace capataz::plan
