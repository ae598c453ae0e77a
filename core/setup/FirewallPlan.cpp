#include "setup/FirewallPlan.h"

#include "setup/DeadManSwitchStep.h"
#include "setup/UfwAllowStep.h"
#include "setup/UfwRules.h"

#include <QRandomGenerator>

namespace capataz::setup {

using namespace Qt::Literals::StringLiterals;

namespace {

QString randomToken()
{
    return QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, u'0');
}

} // namespace

QString firewallStateDir(const QString& token)
{
    return u"/var/lib/capataz/firewall-"_s + token;
}

QStringList FirewallAnswers::allowRules() const
{
    QStringList rules;
    for (int p : allowPorts) {
        const QString r = u"%1/tcp"_s.arg(p);
        if (!rules.contains(r))
            rules.append(r);
    }
    for (const QString& r : extraAllow) {
        if (!rules.contains(r))
            rules.append(r);
    }
    return rules;
}

FirewallAnswers FirewallAnswers::fromAnswers(const AnswerMap& section, const SetupTarget& target)
{
    Q_UNUSED(target) // the firewall does not depend on the recipe: nginx is the only way in
    FirewallAnswers a;
    section.allowOnly({u"ssh_ports"_s, u"allow"_s, u"deadman_seconds"_s});
    const QStringList ssh = section.stringList(u"ssh_ports"_s);
    for (qsizetype i = 0; i < ssh.size(); ++i) {
        bool ok = false;
        const int p = ssh[i].trimmed().toInt(&ok);
        if (!ok || p < 1 || p > 65535)
            section.problem(u"ssh_ports[%1]"_s.arg(i),
                            u"expected a port from 1 to 65535, not \"%1\""_s.arg(ssh[i]));
        else if (!a.sshPorts.contains(p))
            a.sshPorts.append(p);
    }
    const QStringList extra = section.stringList(u"allow"_s);
    for (qsizetype i = 0; i < extra.size(); ++i) {
        if (const auto rule = normalizeUfwPortRule(extra[i]))
            a.extraAllow.append(*rule);
        else
            section.problem(
                u"allow[%1]"_s.arg(i),
                u"expected PORT, PORT/tcp, PORT/udp or FIRST:LAST/tcp|udp, not \"%1\""_s.arg(extra[i]));
    }
    a.deadmanSeconds =
        section.integer(u"deadman_seconds"_s, a.deadmanSeconds, kMinDeadmanSeconds, kMaxDeadmanSeconds);
    return a;
}

Result<plan::Plan> buildFirewallPlan(const FirewallAnswers& answers, const SetupTarget& target)
{
    Q_UNUSED(target)
    QStringList problems;
    for (int p : answers.sshPorts + answers.allowPorts) {
        if (p < 1 || p > 65535)
            problems << u"port %1 is not from 1 to 65535"_s.arg(p);
    }
    for (const QString& r : answers.extraAllow) {
        if (normalizeUfwPortRule(r) != r)
            problems << u"\"%1\" is not a port rule (PORT/tcp, PORT/udp or FIRST:LAST/tcp|udp)"_s.arg(r);
    }
    if (answers.deadmanSeconds < FirewallAnswers::kMinDeadmanSeconds ||
        answers.deadmanSeconds > FirewallAnswers::kMaxDeadmanSeconds)
        problems << u"the dead-man switch needs %1 to %2 seconds, not %3"_s
                        .arg(FirewallAnswers::kMinDeadmanSeconds)
                        .arg(FirewallAnswers::kMaxDeadmanSeconds)
                        .arg(answers.deadmanSeconds);
    if (!problems.isEmpty())
        return fail(ErrorCode::InvalidArgument, problems.join(u'\n'));

    const QString token = randomToken();
    const QString stateDir = firewallStateDir(token);
    plan::Plan plan(plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Firewall (ufw)")));

    if (!answers.testOmitSshRule) {
        UfwAllowStep::Options ssh;
        for (int p : answers.sshPorts)
            ssh.rules << u"%1/tcp"_s.arg(p);
        ssh.readSshdPorts = answers.sshPorts.isEmpty();
        ssh.addConnectionPort = true;
        plan.add(std::make_shared<UfwAllowStep>(
            u"firewall.allow-ssh"_s,
            plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Allow SSH before enabling the firewall")),
            plan::Text(QT_TRANSLATE_NOOP("capataz::plan",
                                         "Opens the ports sshd really listens on (read on the server, never "
                                         "assumed to be 22) and the port of this connection, so enabling ufw "
                                         "keeps you able to log in.")),
            ssh));
    }
    const QStringList rules = answers.allowRules();
    if (!rules.isEmpty()) {
        UfwAllowStep::Options open;
        open.rules = rules;
        plan.add(std::make_shared<UfwAllowStep>(
            u"firewall.allow-ports"_s,
            plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Allow %1"), {rules.join(u", "_s)}),
            plan::Text(QT_TRANSLATE_NOOP(
                "capataz::plan", "HTTP (80) and HTTPS (443) reach nginx, and certbot proves the domain "
                                 "over port 80. Rules that exist already are left as they are.")),
            open));
    }
    // On a server where ufw is on already, the new policy takes effect at once and could cut
    // SSH: it gets a dead-man switch of its own (its own token and saved state), confirmed by
    // a new login before the plan goes on.
    const QString policyToken = randomToken();
    DeadManSwitchStep::Options policy;
    policy.stateDir = firewallStateDir(policyToken);
    policy.token = policyToken;
    policy.seconds = answers.deadmanSeconds;
    policy.changes = DeadManSwitchStep::Change::DenyIncoming;
    plan.add(std::make_shared<DeadManSwitchStep>(
        u"firewall.default-policy"_s,
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Deny incoming connections, allow outgoing ones")),
        plan::Text(QT_TRANSLATE_NOOP(
                       "capataz::plan",
                       "ufw's default policy: anything not allowed by a rule above is refused when it comes "
                       "in; the server may still connect out. Where ufw is on already this takes effect at "
                       "once, so the server first schedules its own revert to the previous firewall, %1 "
                       "seconds after the change; a new SSH login, opened after the change, cancels it. "
                       "Rollback puts the previous policy back."),
                   {QString::number(answers.deadmanSeconds)}),
        policy));

    DeadManSwitchStep::Options dm;
    dm.stateDir = stateDir;
    dm.token = token;
    dm.seconds = answers.deadmanSeconds;
    dm.changes = DeadManSwitchStep::Change::Enable;
    plan.add(std::make_shared<DeadManSwitchStep>(
        u"firewall.enable"_s,
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Enable ufw with a dead-man switch")),
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan",
                                     "Before enabling, the server schedules its own revert to the previous "
                                     "firewall in %1 seconds. Then a new SSH login, opened after the change, "
                                     "cancels it. If that login fails, ufw would have locked you out: the "
                                     "previous firewall comes back by itself."),
                   {QString::number(answers.deadmanSeconds)}),
        dm));
    return plan;
}

QList<BypassingPort> portsBypassingUfw(const stack::ComposeProject& project, const QStringList& profiles)
{
    QList<BypassingPort> out;
    for (const stack::ComposeServicePort& sp : project.exposedPorts(profiles)) {
        BypassingPort b;
        b.service = sp.service;
        b.hostIp = sp.port.hostIp;
        b.published = sp.port.published;
        b.port = sp.port.publishedPort();
        b.protocol = sp.port.protocol.isEmpty() ? u"tcp"_s : sp.port.protocol;
        b.allInterfaces = sp.port.bindsAllInterfaces();
        out.append(b);
    }
    return out;
}

} // namespace capataz::setup
