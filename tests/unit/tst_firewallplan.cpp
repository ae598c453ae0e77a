// The firewall plan without a server: reading sshd's ports, ufw's output, the `firewall:`
// answers, the plan's order and preview, and the compose ports that bypass ufw.
#include "setup/DeadManSwitchStep.h"
#include "setup/FirewallPlan.h"
#include "setup/SshdPorts.h"
#include "setup/UfwAllowStep.h"
#include "setup/UfwRules.h"
#include "stack/ComposeParser.h"

#include <QFile>
#include <QTest>

using namespace capataz;
using namespace capataz::setup;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(QList<int>)

namespace {

// `sshd -T` as root on Debian 12 with "Port 22" and "Port 2222" in sshd_config (trimmed).
const QString kSshdTwoPorts = u"port 2222\nport 22\naddressfamily any\nlistenaddress [::]:2222\n"
                              "listenaddress [::]:22\nlistenaddress 0.0.0.0:2222\nlistenaddress 0.0.0.0:22\n"
                              "usepam yes\nlogingracetime 120\n"_s;

// `ss -Htlnp` as root: sshd on 22 and 2222, nginx on 80, node exporter on loopback.
const QString kSs =
    u"LISTEN 0      4096   127.0.0.1:9100 0.0.0.0:* users:((\"prometheus-node\",pid=61,fd=3))\n"
    "LISTEN 0      128      0.0.0.0:22   0.0.0.0:* users:((\"sshd\",pid=51,fd=4))\n"
    "LISTEN 0      128         [::]:22      [::]:* users:((\"sshd\",pid=51,fd=5))\n"
    "LISTEN 0      128      0.0.0.0:2222 0.0.0.0:* users:((\"sshd\",pid=51,fd=6))\n"
    "LISTEN 0      511      0.0.0.0:80   0.0.0.0:* users:((\"nginx\",pid=90,fd=6),(\"nginx\",pid=89,fd=6))\n"_s;

QByteArray readData(const QString& relative)
{
    QFile f(qEnvironmentVariable("CAPATAZ_TEST_DATA") + u'/' + relative);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

SetupTarget target()
{
    SetupTarget t;
    t.projectDir = u"/srv/app"_s;
    t.composeFiles = {u"docker-compose.yml"_s};
    return t;
}

QStringList stepIds(const plan::Plan& p)
{
    QStringList ids;
    for (const auto& s : p.steps())
        ids << s->id();
    return ids;
}

} // namespace

class TestFirewallPlan : public QObject {
    Q_OBJECT
private slots:
    void sshdConfigPorts_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QList<int>>("ports");
        QTest::newRow("default") << u"port 22\nlistenaddress [::]:22\nlistenaddress 0.0.0.0:22\n"_s
                                 << QList<int>{22};
        QTest::newRow("two ports") << kSshdTwoPorts << QList<int>{22, 2222};
        QTest::newRow("not 22") << u"port 4422\nlistenaddress 0.0.0.0:4422\n"_s << QList<int>{4422};
        // ListenAddress with its own port: sshd listens there only, whatever Port says.
        QTest::newRow("listen address wins")
            << u"port 22\nlistenaddress 10.0.0.2:2200 rdomain vrf1\nlistenaddress [fe80::1%eth0]:2201\n"_s
            << QList<int>{2200, 2201};
        QTest::newRow("port lines only") << u"port 22\r\nport 8022\r\n"_s << QList<int>{22, 8022};
        QTest::newRow("nothing (sshd -T failed)") << QString() << QList<int>{};
        QTest::newRow("not a port") << u"port x\nport 70000\nportal 5\n"_s << QList<int>{};
    }
    void sshdConfigPorts()
    {
        QFETCH(QString, output);
        QFETCH(QList<int>, ports);
        QCOMPARE(parseSshdConfigPorts(output), ports);
    }

    void listeningPorts_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QList<int>>("ports");
        QTest::newRow("ss -Htlnp") << kSs << QList<int>{22, 2222};
        QTest::newRow("ss with header")
            << u"State  Recv-Q Send-Q Local Address:Port Peer Address:Port Process\n"_s + kSs
            << QList<int>{22, 2222};
        QTest::newRow("netstat -tlnp")
            << u"Active Internet connections (only servers)\n"
               "Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program "
               "name\n"
               "tcp        0      0 0.0.0.0:5022            0.0.0.0:*               LISTEN      412/sshd: "
               "/usr/sbin\n"
               "tcp        0      0 127.0.0.1:5432          0.0.0.0:*               LISTEN      "
               "500/postgres\n"
               "tcp6       0      0 :::5022                 :::*                    LISTEN      412/sshd: /usr/sbin\n"_s
            << QList<int>{5022};
        QTest::newRow("another sshd-like name")
            << u"LISTEN 0 128 0.0.0.0:23 0.0.0.0:* users:((\"sshd-proxy\",pid=7,fd=3))\n"_s << QList<int>{};
        QTest::newRow("ss without root (no process column)")
            << u"LISTEN 0      128      0.0.0.0:22   0.0.0.0:*\n"_s << QList<int>{};
    }
    void listeningPorts()
    {
        QFETCH(QString, output);
        QFETCH(QList<int>, ports);
        QCOMPARE(parseListeningPorts(output), ports);
    }

    void sshdPortsCombineConfigAndListening()
    {
        // The configuration says 2222 (not restarted yet); the daemon still listens on 22: both.
        const QByteArray out = "port 2222\nlistenaddress 0.0.0.0:2222\n@@capataz-listening@@\n"
                               "LISTEN 0 128 0.0.0.0:22 0.0.0.0:* users:((\"sshd\",pid=51,fd=4))\n";
        QCOMPARE(sshdPortsFromOutput(out), (QList<int>{22, 2222}));
        QCOMPARE(sshdPortsFromOutput(QByteArray("@@capataz-listening@@\n")), QList<int>{});
        // The command runs as root and reads sshd's configuration and its sockets.
        const auto shell = readSshdPortsCommand().toShell(remote::SudoMode::NoPassword);
        QVERIFY(shell.has_value());
        QVERIFY(shell->startsWith(u"sudo -n -- sh -c"_s));
        QVERIFY(shell->contains(u"sshd -T"_s));
        QVERIFY(shell->contains(u"ss -Htlnp"_s));
    }

    void portRules_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("rule"); // empty: refused
        QTest::newRow("bare port") << u"8443"_s << u"8443/tcp"_s;
        QTest::newRow("tcp") << u"8443/tcp"_s << u"8443/tcp"_s;
        QTest::newRow("udp, upper case") << u" 51820/UDP "_s << u"51820/udp"_s;
        QTest::newRow("range") << u"6000:6010/tcp"_s << u"6000:6010/tcp"_s;
        QTest::newRow("range without protocol") << u"6000:6010"_s << QString();
        QTest::newRow("range backwards") << u"6010:6000/tcp"_s << QString();
        QTest::newRow("port 0") << u"0/tcp"_s << QString();
        QTest::newRow("too big") << u"65536"_s << QString();
        QTest::newRow("sctp") << u"80/sctp"_s << QString();
        QTest::newRow("shell") << u"80; reboot"_s << QString();
        QTest::newRow("service name") << u"http"_s << QString();
    }
    void portRules()
    {
        QFETCH(QString, input);
        QFETCH(QString, rule);
        QCOMPARE(normalizeUfwPortRule(input).value_or(QString()), rule);
    }

    void ufwOutput()
    {
        const QString added =
            u"Added user rules (see 'ufw status' for running firewall):\n"
            "ufw allow 22/tcp\nufw limit 2222/tcp\nufw allow 8443\nufw allow 6000:6010/udp\n"
            "ufw allow from 10.0.0.0/8 to any port 5432\n"_s;
        const QStringList rules = parseUfwShowAdded(added);
        QCOMPARE(rules.size(), 5);
        QVERIFY(ufwRulesAllow(rules, u"22/tcp"_s));
        QVERIFY(ufwRulesAllow(rules, u"2222/tcp"_s)); // limit lets SSH in too
        QVERIFY(ufwRulesAllow(rules, u"8443/tcp"_s)); // a rule without protocol covers tcp
        QVERIFY(ufwRulesAllow(rules, u"6000:6010/udp"_s));
        QVERIFY(!ufwRulesAllow(rules, u"6000:6010/tcp"_s));
        QVERIFY(!ufwRulesAllow(rules, u"80/tcp"_s));
        QVERIFY(!ufwRulesAllow(rules, u"5432/tcp"_s)); // only from one network
        QVERIFY(!ufwRulesAllow(rules, u"2/tcp"_s));
        // SSH restricted to some sources is a choice the plan keeps (it must not widen it).
        const QStringList restricted =
            parseUfwShowAdded(u"ufw allow from 10.0.0.0/8 to any port 22 proto tcp\n"
                              "ufw limit in on eth0 from 192.0.2.7 to any port 2200:2210 proto tcp\n"
                              "ufw allow from 198.51.100.0/24 to any port 53 proto udp\n"
                              "ufw allow from 10.0.0.0/8 to any port 80,443\n"_s);
        QVERIFY(ufwRulesAllowFromSomeSources(restricted, 22));
        QVERIFY(ufwRulesAllowFromSomeSources(restricted, 2205));
        QVERIFY(ufwRulesAllowFromSomeSources(restricted, 443));
        QVERIFY(!ufwRulesAllowFromSomeSources(restricted, 53)); // udp only
        QVERIFY(!ufwRulesAllowFromSomeSources(restricted, 2222));
        QVERIFY(!ufwRulesAllowFromSomeSources(rules, 22)); // "allow 22/tcp" is from everywhere
        QVERIFY(parseUfwShowAdded(u"Added user rules (see 'ufw status' for running firewall):\n(None)\n"_s)
                    .isEmpty());

        QCOMPARE(parseUfwStatusActive(u"Status: active\n\nTo  Action  From\n"_s), std::optional<bool>(true));
        QCOMPARE(parseUfwStatusActive(u"Status: inactive\n"_s), std::optional<bool>(false));
        QCOMPARE(parseUfwStatusActive(u"sh: 1: ufw: not found\n"_s), std::nullopt);
    }

    void answersAreRead()
    {
        auto parsed =
            parseAnswers("firewall:\n  ssh_ports: [2222, \"22\"]\n  allow: [8443/tcp, 51820/udp, 8443]\n"
                         "  deadman_seconds: 300\n");
        QVERIFY(parsed.has_value());
        const AnswerMap section = parsed->section(u"firewall"_s);
        const FirewallAnswers a = FirewallAnswers::fromAnswers(section, target());
        QVERIFY2(parsed->result().has_value(), qPrintable(parsed->problems().join(u'\n')));
        QCOMPARE(a.sshPorts, (QList<int>{2222, 22}));
        QCOMPARE(a.extraAllow, (QStringList{u"8443/tcp"_s, u"51820/udp"_s, u"8443/tcp"_s}));
        QCOMPARE(a.allowRules(), (QStringList{u"80/tcp"_s, u"443/tcp"_s, u"8443/tcp"_s, u"51820/udp"_s}));
        QCOMPARE(a.deadmanSeconds, 300);
        QVERIFY(!a.testOmitSshRule);

        // No section at all: the defaults.
        auto empty = parseAnswers("recipe: generic\n");
        QVERIFY(empty.has_value());
        const FirewallAnswers d = FirewallAnswers::fromAnswers(empty->section(u"firewall"_s), target());
        QVERIFY(empty->result().has_value());
        QVERIFY(d.sshPorts.isEmpty());
        QCOMPARE(d.allowRules(), (QStringList{u"80/tcp"_s, u"443/tcp"_s}));
        QCOMPARE(d.deadmanSeconds, 120);
    }

    void answerProblems()
    {
        auto parsed =
            parseAnswers("firewall:\n  ssh_ports: [22, ssh, 70000]\n  allow: [8443/tcp, 6000:6010]\n"
                         "  deadman_seconds: 5\n  test_omit_ssh_rule: true\n");
        QVERIFY(parsed.has_value());
        const FirewallAnswers a = FirewallAnswers::fromAnswers(parsed->section(u"firewall"_s), target());
        const QStringList problems = parsed->problems();
        auto has = [&](const QString& prefix) {
            return std::any_of(problems.cbegin(), problems.cend(),
                               [&](const QString& p) { return p.startsWith(prefix); });
        };
        QVERIFY2(has(u"firewall.ssh_ports[1]:"_s), qPrintable(problems.join(u'\n')));
        QVERIFY(has(u"firewall.ssh_ports[2]:"_s));
        QVERIFY(has(u"firewall.allow[1]:"_s));
        QVERIFY(has(u"firewall.deadman_seconds:"_s));
        // The test hook is not an answers key: it is refused, never read.
        QVERIFY(has(u"firewall.test_omit_ssh_rule: unknown key"_s));
        QVERIFY(!a.testOmitSshRule);
        QCOMPARE(problems.size(), 5);
        QCOMPARE(parsed->result().error().code, ErrorCode::InvalidArgument);
    }

    void buildRefusesBadAnswers()
    {
        FirewallAnswers a;
        a.deadmanSeconds = 5;
        auto p = buildFirewallPlan(a, target());
        QVERIFY(!p.has_value());
        QCOMPARE(p.error().code, ErrorCode::InvalidArgument);
        a.deadmanSeconds = 120;
        a.extraAllow = {u"80; reboot"_s};
        QCOMPARE(buildFirewallPlan(a, target()).error().code, ErrorCode::InvalidArgument);
        a.extraAllow = {};
        a.sshPorts = {0};
        QCOMPARE(buildFirewallPlan(a, target()).error().code, ErrorCode::InvalidArgument);
    }

    void planAllowsSshBeforeEnabling()
    {
        FirewallAnswers a;
        a.sshPorts = {2222};
        a.extraAllow = {u"8443/tcp"_s};
        auto p = buildFirewallPlan(a, target());
        QVERIFY2(p.has_value(), p ? "" : qPrintable(p.error().toString()));
        QCOMPARE(stepIds(*p), (QStringList{u"firewall.allow-ssh"_s, u"firewall.allow-ports"_s,
                                           u"firewall.default-policy"_s, u"firewall.enable"_s}));
        const QString text = p->previewText(remote::SudoMode::Password);
        const qsizetype sshRule = text.indexOf(u"ufw allow \"$r\" || exit 1; done' capataz 2222/tcp"_s);
        const qsizetype webRule = text.indexOf(u"capataz 80/tcp 443/tcp 8443/tcp"_s);
        const qsizetype deny = text.indexOf(u"ufw default deny incoming"_s);
        const qsizetype enable = text.indexOf(u"ufw --force enable"_s);
        QVERIFY2(sshRule >= 0, qPrintable(text));
        QVERIFY(webRule > sshRule);
        QVERIFY(deny > webRule);
        QVERIFY(enable > deny);
        QVERIFY(text.contains(u"sudo -S -k -p '' -- "_s)); // root through sudo with the password on stdin
        QVERIFY(text.contains(u"setsid nohup sh"_s));      // the revert outlives the SSH channel
        QVERIFY(text.contains(u"(over a new SSH login)"_s));

        // Without ports in the answers, the check reads sshd's ports.
        auto learned = buildFirewallPlan(FirewallAnswers{}, target());
        QVERIFY(learned.has_value());
        const QString learnedText = learned->previewText(remote::SudoMode::NoPassword);
        QVERIFY(learnedText.contains(u"sshd -T"_s));
        QVERIFY(learnedText.indexOf(u"sshd -T"_s) < learnedText.indexOf(u"ufw --force enable"_s));
    }

    void deadManSwitchUsesTheAnswers()
    {
        FirewallAnswers a;
        a.deadmanSeconds = 600;
        auto p = buildFirewallPlan(a, target());
        QVERIFY(p.has_value());
        auto* dm = dynamic_cast<DeadManSwitchStep*>(p->steps().back().get());
        QVERIFY(dm);
        QCOMPARE(dm->options().seconds, 600);
        QVERIFY(dm->options().stateDir.startsWith(u"/var/lib/capataz/firewall-"_s));
        QVERIFY(dm->options().stateDir.endsWith(dm->options().token));
        QCOMPARE(dm->options().token.size(), 16);
        QCOMPARE(dm->freshLoginTimeoutMs(), 15000);
        // The script gets the state dir, token and seconds as arguments, never in its text.
        const QStringList argv = dm->armAndEnableCommand().argv();
        QCOMPARE(argv.mid(4, 3), (QStringList{dm->options().stateDir, dm->options().token, u"600"_s}));
        QVERIFY(!argv[2].contains(dm->options().token));
        QCOMPARE(DeadManSwitchStep::phaseText(DeadManSwitchStep::Phase::CheckingFreshLogin).untranslated(),
                 u"Checking that a new SSH login still works…"_s);

        QCOMPARE(dm->options().changes, DeadManSwitchStep::Changes(DeadManSwitchStep::Change::Enable));
        QVERIFY(argv[2].contains(u"ufw --force enable"_s));
        QVERIFY(!argv[2].contains(u"ufw default deny incoming"_s));

        // The default policy has a switch of its own (on a server where ufw is on, the policy
        // takes effect at once): its own token and state, the same time, only its change.
        auto* policy = dynamic_cast<DeadManSwitchStep*>(p->steps().at(p->steps().size() - 2).get());
        QVERIFY(policy);
        QCOMPARE(policy->id(), u"firewall.default-policy"_s);
        QCOMPARE(policy->options().changes,
                 DeadManSwitchStep::Changes(DeadManSwitchStep::Change::DenyIncoming));
        QCOMPARE(policy->options().seconds, 600);
        QVERIFY(policy->options().token != dm->options().token);
        QCOMPARE(policy->options().stateDir, firewallStateDir(policy->options().token));
        const QStringList policyArgv = policy->armAndEnableCommand().argv();
        QVERIFY(policyArgv[2].contains(u"ufw default deny incoming"_s));
        QVERIFY(policyArgv[2].contains(u"ufw default allow outgoing"_s));
        QVERIFY(!policyArgv[2].contains(u"ufw --force enable"_s));
        // The revert is armed before the change and counts from its end.
        const QString arm = policyArgv[2];
        QVERIFY(arm.indexOf(u"setsid nohup sh"_s) < arm.indexOf(u"ufw default deny incoming"_s));
        QVERIFY(arm.indexOf(u"ufw default allow outgoing"_s) < arm.lastIndexOf(u"\"$dir/changed\""_s));
        QVERIFY(policyArgv[7].contains(u"[ ! -e \"$dir/changed\" ]"_s));
        QCOMPARE(DeadManSwitchStep::phaseText(DeadManSwitchStep::Phase::ChangingPolicy).untranslated(),
                 u"Changing ufw's default policy with a dead-man switch on the server…"_s);
        // Its check asks for the policy, not for ufw being on.
        QVERIFY(policy->checkCommand().argv()[2].contains(u"DEFAULT_INPUT_POLICY=\"DROP\""_s));

        // Two plans never share a state dir.
        auto q = buildFirewallPlan(a, target());
        QVERIFY(q.has_value());
        QVERIFY(dynamic_cast<DeadManSwitchStep*>(q->steps().back().get())->options().token !=
                dm->options().token);

        // A short switch leaves the login less time, so it cannot outlast the switch.
        a.deadmanSeconds = 10;
        auto shortPlan = buildFirewallPlan(a, target());
        QVERIFY(shortPlan.has_value());
        QCOMPARE(dynamic_cast<DeadManSwitchStep*>(shortPlan->steps().back().get())->freshLoginTimeoutMs(),
                 5000);
    }

    void testHookLeavesSshOut()
    {
        FirewallAnswers a;
        a.testOmitSshRule = true;
        auto p = buildFirewallPlan(a, target());
        QVERIFY(p.has_value());
        QCOMPARE(stepIds(*p), (QStringList{u"firewall.allow-ports"_s, u"firewall.default-policy"_s,
                                           u"firewall.enable"_s}));
        QVERIFY(!p->previewText(remote::SudoMode::RootLogin).contains(u"sshd -T"_s));
    }

    void portsBypassingUfw_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("profiles");
        QTest::addColumn<QStringList>("expected"); // service host-ip published port protocol all
        QTest::newRow("call automation: all on 0.0.0.0")
            << u"compose/call-automation.yml"_s << QStringList()
            << QStringList{u"backend - 8000 8000 tcp all"_s, u"frontend - 3000 3000 tcp all"_s,
                           u"redis - 6379 6379 tcp all"_s};
        QTest::newRow("call automation prod: loopback only")
            << u"compose/call-automation.prod.yml"_s << QStringList() << QStringList();
        QTest::newRow("invoice bot: loopback api, n8n only with profile full")
            << u"compose/invoice-bot.yml"_s << QStringList() << QStringList();
        QTest::newRow("invoice bot, profile full") << u"compose/invoice-bot.yml"_s << QStringList{u"full"_s}
                                                   << QStringList{u"n8n - 5678 5678 tcp all"_s};
    }
    void portsBypassingUfw()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, profiles);
        QFETCH(QStringList, expected);
        const QByteArray yaml = readData(file);
        QVERIFY2(!yaml.isEmpty(), qPrintable(file));
        auto project = stack::parseCompose(yaml);
        QVERIFY(project.has_value());
        QStringList got;
        for (const BypassingPort& b : setup::portsBypassingUfw(*project, profiles))
            got << u"%1 %2 %3 %4 %5 %6"_s.arg(b.service, b.hostIp.isEmpty() ? u"-"_s : b.hostIp, b.published)
                       .arg(b.port)
                       .arg(b.protocol, b.allInterfaces ? u"all"_s : u"one"_s);
        QCOMPARE(got, expected);
    }

    void portsBypassingUfwAddresses()
    {
        auto project = stack::parseCompose("services:\n  web:\n    image: nginx\n    ports:\n"
                                           "      - \"127.0.0.1:8080:80\"\n      - \"10.0.0.5:9000:9000\"\n"
                                           "      - \"0.0.0.0:53:53/udp\"\n      - \"[::]:8443:443\"\n"
                                           "      - \"${BIND:-127.0.0.1}:7000:7000\"\n      - \"9999\"\n");
        QVERIFY(project.has_value());
        const QList<BypassingPort> ports = setup::portsBypassingUfw(*project);
        QCOMPARE(ports.size(), 4);
        QCOMPARE(ports[0].hostIp, u"10.0.0.5"_s); // one address, still beyond loopback
        QCOMPARE(ports[0].allInterfaces, false);
        QCOMPARE(ports[1].port, 53);
        QCOMPARE(ports[1].protocol, u"udp"_s);
        QCOMPARE(ports[1].allInterfaces, true);
        QCOMPARE(ports[2].port, 8443);
        QCOMPARE(ports[2].allInterfaces, true);
        QCOMPARE(ports[3].published, u"7000"_s); // a variable address: assume the worst
    }
};

QTEST_GUILESS_MAIN(TestFirewallPlan)
#include "tst_firewallplan.moc"
