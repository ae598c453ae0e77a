#pragma once

#include "plan/Step.h"

namespace capataz::access {

// Puts an access account's Match block in place (or removes it) the way a change to sshd must
// be made on a server one cannot walk up to:
// apply:    keeps the current file in the state folder, writes the new one, `sshd -t` (a refusal
//           puts the old file back at once), arms a revert on the server (setsid: it outlives
//           the SSH channel and the console) that puts the old file back and reloads sshd
//           `seconds` later unless cancelled, and reloads sshd;
// verify:   a new login of the administrator (same settings, after the reload) cancels the
//           revert and asks sshd (-T) whether the block applies to the account as written;
// rollback: runs the revert now;
// check:    the file already holds exactly this content (or, to remove, is gone).
class AccessSshdStep final : public plan::Step {
public:
    // Empty content: remove the account's block.
    AccessSshdStep(QString id, plan::Text title, plan::Text explanation, QString account, QByteArray content,
                   int seconds = 120);

    void check(const plan::StepContext& ctx, CheckDone done) override;
    void apply(const plan::StepContext& ctx, Done done) override;
    void verify(const plan::StepContext& ctx, Done done) override;
    void rollback(const plan::StepContext& ctx, Done done) override;

protected:
    [[nodiscard]] plan::Preview buildPreview(remote::SudoMode sudo) const override;

private:
    [[nodiscard]] remote::Command checkCommand() const;
    [[nodiscard]] remote::Command applyCommand() const;
    [[nodiscard]] remote::Command confirmCommand() const;
    [[nodiscard]] remote::Command revertCommand() const;
    void tryFreshLogin(const plan::StepContext& ctx, int attempt, Done done);

    QString m_account;
    QByteArray m_content;
    int m_seconds;
};

} // namespace capataz::access
