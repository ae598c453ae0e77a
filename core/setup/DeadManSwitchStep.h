#pragma once

#include "plan/RemoteCall.h"
#include "plan/Step.h"

#include <functional>

namespace capataz::setup {

// Enables ufw with a dead-man switch on the server, so a rule set that locks SSH out cannot
// keep the user out:
//
// apply:  saves ufw's state (user.rules, user6.rules, ufw.conf, /etc/default/ufw, active or
//         not) in stateDir, starts a detached revert on the server (setsid; it outlives the
//         SSH channel and the console) that restores that state after `seconds` unless a
//         token file is gone by then, and runs `ufw --force enable`.
// verify: "Checking that a new SSH login still works…": opens a fresh SSH connection with the
//         same settings (created after the change, so the new rules apply to it) and over it
//         claims the token as root, which cancels the revert. A login that fails means ufw
//         would have locked the user out: the step fails and says the server reverts itself.
// rollback: forces the revert now through the plan's connection and checks ufw is back as it
//         was; if that connection does not answer, waits for the server's own revert and
//         checks over a new login.
// check:  ufw is active already (nothing to enable).
class DeadManSwitchStep final : public plan::Step {
public:
    struct Options {
        QString stateDir;  // /var/lib/capataz/firewall-<token>: saved state, token, revert script
        QString token;     // random, written to stateDir/token
        int seconds = 120; // the revert runs this long after enabling unless cancelled
    };
    enum class Phase { Enabling, CheckingFreshLogin, Confirmed, LoginFailed, Reverting, Reverted };

    DeadManSwitchStep(QString id, plan::Text title, plan::Text explanation, Options options);
    ~DeadManSwitchStep() override;

    [[nodiscard]] const Options& options() const { return m_options; }
    // A sentence for each phase ("Checking that a new SSH login still works…").
    [[nodiscard]] static plan::Text phaseText(Phase phase);
    // Told on the owner's thread as the step moves on (the GUI shows phaseText()). Each phase
    // is also written to the step's output.
    void setPhaseListener(std::function<void(Phase)> listener) { m_phaseListener = std::move(listener); }

    // How long the fresh login may take: half the switch's time, 3 to 15 seconds, so the
    // revert cannot fire while a slow login is still on its way.
    [[nodiscard]] int freshLoginTimeoutMs() const;

    void check(const plan::StepContext& ctx, CheckDone done) override;
    void apply(const plan::StepContext& ctx, Done done) override;
    void verify(const plan::StepContext& ctx, Done done) override;
    void rollback(const plan::StepContext& ctx, Done done) override;

    // The scripts (fixed text; the state dir, token and seconds go in as "$1"...), for tests
    // and previews.
    [[nodiscard]] remote::Command armAndEnableCommand() const;
    [[nodiscard]] remote::Command confirmCommand() const;
    [[nodiscard]] remote::Command forceRevertCommand() const;

protected:
    [[nodiscard]] plan::Preview buildPreview(remote::SudoMode sudo) const override;

private:
    void setPhase(Phase phase);
    // Opens a new connection with the settings of ctx.connection (on ctx.owner's thread), runs
    // `command` over it and hands back what it printed and its exit code; an error when the
    // login or the channel failed. The connection is closed and deleted afterwards.
    void overFreshLogin(const plan::StepContext& ctx, const remote::Command& command, int connectTimeoutMs,
                        std::function<void(Result<plan::RemoteCallOutput>)> done);
    void revertByWaiting(const plan::StepContext& ctx, Done done);

    Options m_options;
    qint64 m_armedAtMs = 0; // QDateTime msecs since epoch when the switch was armed
    std::function<void(Phase)> m_phaseListener;
};

} // namespace capataz::setup
