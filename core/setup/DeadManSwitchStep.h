#pragma once

#include "exec/Exec.h"
#include "plan/Step.h"
#include "plan/StepContext.h"

#include <QFlags>

#include <functional>

namespace capataz::setup {

// Changes ufw under a dead-man switch on the server (enables it, or sets its default policy to
// deny incoming, or both), so a change that locks SSH out cannot keep the user out. Every
// change that could cut SSH from a live firewall goes through here:
//
// apply:  saves ufw's state (user.rules, user6.rules, ufw.conf, /etc/default/ufw, active or
//         not) in stateDir, starts a detached revert on the server (setsid; it outlives the
//         SSH channel and the console) that restores that state `seconds` after the change
//         has ended (the revert waits for the change, at most a minute, then counts) unless a
//         token file is gone by then, and makes the changes: `ufw default deny incoming` and
//         `ufw default allow outgoing` (DenyIncoming), then `ufw --force enable` (Enable). A
//         change that fails puts the saved state back at once.
// verify: "Checking that a new SSH login still works…": opens a fresh SSH connection with the
//         same settings (created after the change, so the new rules apply to it) and over it
//         claims the token as root, which cancels the revert. A login that fails means ufw
//         would have locked the user out: the step fails and says the server reverts itself.
// rollback: forces the revert now through the plan's connection and checks ufw is back as it
//         was; if that connection does not answer, waits for the server's own revert and
//         checks over a new login.
// check:  every change is in effect already: ufw is active (Enable), its default policy
//         denies incoming and allows outgoing (DenyIncoming).
class DeadManSwitchStep final : public plan::Step {
public:
    enum class Change { Enable = 0x1, DenyIncoming = 0x2 };
    Q_DECLARE_FLAGS(Changes, Change)

    struct Options {
        QString stateDir;  // /var/lib/capataz/firewall-<token>: saved state, token, revert script
        QString token;     // random, written to stateDir/token
        int seconds = 120; // the revert runs this long after the change unless cancelled
        Changes changes = Change::Enable;
    };
    // ChangingPolicy comes last so that the values of the others stay as they were.
    enum class Phase {
        Enabling,
        CheckingFreshLogin,
        Confirmed,
        LoginFailed,
        Reverting,
        Reverted,
        ChangingPolicy
    };

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
    [[nodiscard]] remote::Command checkCommand() const;
    // Arms the switch and makes the changes of Options::changes (only those are in its text).
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
                        exec::Done done);
    void revertByWaiting(const plan::StepContext& ctx, Done done);
    // "enabling ufw", "changing ufw's default policy": for the messages.
    [[nodiscard]] QString changeName() const;

    Options m_options;
    qint64 m_armedAtMs = 0; // QDateTime msecs since epoch when the switch was armed
    std::function<void(Phase)> m_phaseListener;
};

} // namespace capataz::setup

Q_DECLARE_OPERATORS_FOR_FLAGS(capataz::setup::DeadManSwitchStep::Changes)
