#pragma once

#include "exec/Exec.h"
#include "plan/Step.h"
#include "plan/StepContext.h"

#include <QStringList>

namespace capataz::setup {

// Opens ports in ufw ("ufw allow 80/tcp"), only those not open yet, and on rollback closes
// exactly the ones it opened. With readSshdPorts/addConnectionPort the check first learns
// which ports SSH needs: the ones sshd listens on (see SshdPorts.h) and the port of the
// connection the plan runs over, so the SSH rule never rests on an assumed port 22.
// Works whether ufw is active or not (`ufw show added` lists the rules either way).
class UfwAllowStep final : public plan::Step {
public:
    struct Options {
        QStringList rules;              // normalized port rules ("80/tcp", see normalizeUfwPortRule)
        bool readSshdPorts = false;     // check adds "N/tcp" for each port sshd listens on
        bool addConnectionPort = false; // check adds "N/tcp" for the connection's port
    };

    UfwAllowStep(QString id, plan::Text title, plan::Text explanation, Options options);

    // The rules of this step: Options::rules, and after a check the SSH ports it found.
    [[nodiscard]] const QStringList& rules() const { return m_rules; }
    // The rules the last apply opened (what rollback closes).
    [[nodiscard]] const QStringList& added() const { return m_added; }

    void check(const plan::StepContext& ctx, CheckDone done) override;
    void apply(const plan::StepContext& ctx, Done done) override;
    void verify(const plan::StepContext& ctx, Done done) override;
    void rollback(const plan::StepContext& ctx, Done done) override;

protected:
    [[nodiscard]] plan::Preview buildPreview(remote::SudoMode sudo) const override;

private:
    // Fills m_rules (reads sshd's ports when asked); then `done`.
    void resolveRules(const plan::StepContext& ctx, Done done);
    // The rules of m_rules that `ufw show added` does not list yet.
    void findMissing(const plan::StepContext& ctx, std::function<void(Result<QStringList>)> done);
    void runChecked(const plan::StepContext& ctx, const remote::Command& command, const QString& what,
                    Done done);

    Options m_options;
    QStringList m_rules;
    QList<int> m_sshPorts; // the ports of m_rules that are sshd's
    bool m_resolved = false;
    QStringList m_added;
};

// The command that opens `rules` ("for r; do ufw allow "$r"; done") and the one that closes
// them again; exposed for previews and tests.
[[nodiscard]] remote::Command ufwAllowCommand(const QStringList& rules);
[[nodiscard]] remote::Command ufwDeleteAllowCommand(const QStringList& rules);
[[nodiscard]] remote::Command ufwShowAddedCommand();
[[nodiscard]] remote::Command ufwStatusCommand(); // LC_ALL=C ufw status

// The first line of every firewall script run as root: a full PATH (ufw lives in /usr/sbin)
// and LC_ALL=C (the scripts read ufw's English output).
[[nodiscard]] QString ufwScriptPrelude();
// "[what] exit N", then what the command printed: the firewall steps' output.
[[nodiscard]] QString ufwOutputLog(const QString& what, const Result<exec::Output>& res);

} // namespace capataz::setup
