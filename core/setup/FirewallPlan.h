#pragma once

#include "common/Error.h"
#include "plan/Plan.h"
#include "setup/Answers.h"
#include "setup/SetupTarget.h"
#include "stack/ComposeProject.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace capataz::setup {

// What the firewall page (wizard page 2) asks. Keys of the `firewall:` section of an answers
// file: ssh_ports, allow, deadman_seconds (see README.md).
struct FirewallAnswers {
    // SSH ports to allow; empty: the ports sshd listens on, read on the server when the plan
    // runs (`sshd -T`, `ss -tlnp`). The port of the connection the plan runs over is always
    // allowed as well.
    QList<int> sshPorts;
    QList<int> allowPorts{80, 443}; // tcp, for nginx and certbot
    QStringList extraAllow;         // more ufw port rules: "8443/tcp", "51820/udp", "6000:6010/tcp"
    int deadmanSeconds = 120;       // the revert runs this long after enabling unless a new login cancels it

    // Only for the test of the dead-man switch: leaves the SSH rule out, so the plan locks SSH
    // out on purpose. Never set by the wizard or read from an answers file.
    bool testOmitSshRule = false;

    static constexpr int kMinDeadmanSeconds = 10;
    static constexpr int kMaxDeadmanSeconds = 3600;

    // Reads the `firewall:` section; problems are recorded in `section`.
    static FirewallAnswers fromAnswers(const AnswerMap& section, const SetupTarget& target);
    // allowPorts as "N/tcp", then extraAllow, without repeats.
    [[nodiscard]] QStringList allowRules() const;
};

// Where the dead-man switch keeps ufw's previous state on the server.
[[nodiscard]] QString firewallStateDir(const QString& token); // /var/lib/capataz/firewall-<token>

// The plan, in this order (the SSH rule always before enabling):
//   firewall.allow-ssh       ufw allow N/tcp for sshd's ports and the connection's port
//   firewall.allow-ports     ufw allow 80/tcp, 443/tcp and the extra rules
//   firewall.default-policy  ufw default deny incoming, allow outgoing, under a dead-man switch
//                            of its own (DeadManSwitchStep, Change::DenyIncoming): on a server
//                            where ufw is on already it takes effect at once
//   firewall.enable          ufw --force enable with the dead-man switch (DeadManSwitchStep)
// Every step skips what is already so: a second run finds everything done. InvalidArgument
// with every problem of the answers.
[[nodiscard]] Result<plan::Plan> buildFirewallPlan(const FirewallAnswers& answers, const SetupTarget& target);

// A published compose port reachable from other machines. Docker publishes ports through its
// own iptables rules, ahead of ufw's, so ufw's "deny" does not close them: the page warns
// and suggests binding them to 127.0.0.1 behind nginx.
struct BypassingPort {
    QString service;
    QString hostIp;             // as written; empty = all interfaces
    QString published;          // as written ("8000", "${API_PORT:-8000}", "9000-9001")
    int port = 0;               // first port number, 0 when it is a variable
    QString protocol;           // "tcp" / "udp"
    bool allInterfaces = false; // bound to 0.0.0.0 / :: (not one specific address)
    bool operator==(const BypassingPort&) const = default;
};

// The ports of `project`'s services (started with `profiles`) that bypass ufw, in file order.
[[nodiscard]] QList<BypassingPort> portsBypassingUfw(const stack::ComposeProject& project,
                                                     const QStringList& profiles = {});

} // namespace capataz::setup
