// remote::factsCommand against the real test host, as root (login, sudo -n, sudo with password)
// and as a user without sudo; every fact checked against what the host itself says (nsenter).
#include "TestHost.h"
#include "remote/ServerFacts.h"

#include <QTest>

using namespace capataz;
using namespace capataz::ssh;
using namespace Qt::Literals::StringLiterals;
using remote::ServerFacts;
using Compose = remote::ServerFacts::ComposeKind;
using Ufw = remote::ServerFacts::UfwState;

class TestServerFactsIntegration : public QObject {
    Q_OBJECT
    const test::TestHost* th = nullptr;
    std::map<QString, std::unique_ptr<Connection>> conns;

    Connection& conn(const QString& user)
    {
        auto& c = conns[user];
        if (!c) {
            c = std::make_unique<Connection>(th->keySettings(user));
            test::connectAndWait(*c);
        }
        return *c;
    }

    QString inside(const QString& cmd) const { return QString::fromUtf8(th->inside(cmd)).trimmed(); }

    // Runs the facts command; fails the test (returns nullopt) when the call or the parse fails.
    std::optional<ServerFacts> facts(const QString& user, bool asRoot, const QString& projectDir = {})
    {
        Connection& c = conn(user);
        if (!c.isConnected()) {
            qWarning("%s: %s", qPrintable(user), qPrintable(c.lastError().toString()));
            return std::nullopt;
        }
        const auto r = test::run(c, remote::factsCommand(asRoot, projectDir));
        if (!r.result.ok() || !r.err.isEmpty()) {
            qWarning("%s: %s / stderr: %s", qPrintable(user), qPrintable(r.result.error.toString()),
                     r.err.constData());
            return std::nullopt;
        }
        auto parsed = remote::parseServerFacts(r.out);
        if (!parsed) {
            qWarning("%s", qPrintable(parsed.error().toString()));
            return std::nullopt;
        }
        return *parsed;
    }

private slots:
    void initTestCase()
    {
        QString why;
        th = test::TestHost::instance(&why);
        if (!th)
            QSKIP(qPrintable(why));
        // Tests share one test host and CTest may order them by their last duration: another
        // test (nginx, tls, the wizard) can leave nginx running. These facts expect it stopped.
        th->inside(
            u"nginx -s stop 2>/dev/null; i=0; while pgrep -x nginx >/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i+1)); done"_s);
    }
    void cleanupTestCase() { conns.clear(); }

    void factsMatchTheHost_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("asRoot");
        QTest::newRow("root login") << u"root"_s << true;
        QTest::newRow("sudo -n") << u"ops"_s << true;
        QTest::newRow("sudo with password") << u"deploy"_s << true;
        QTest::newRow("plain user") << u"plain"_s << false;
        QTest::newRow("sudo user, not as root") << u"ops"_s << false;
    }
    void factsMatchTheHost()
    {
        QFETCH(QString, user);
        QFETCH(bool, asRoot);
        const auto f = facts(user, asRoot);
        QVERIFY(f.has_value());

        QCOMPARE(f->hostname, u"testhost"_s);
        QCOMPARE(f->osId, inside(u". /etc/os-release; echo \"$ID\""_s));
        QCOMPARE(f->osName, inside(u". /etc/os-release; echo \"$NAME\""_s));
        QCOMPARE(f->osVersion, inside(u". /etc/os-release; echo \"$VERSION_ID\""_s));
        QCOMPARE(f->osPrettyName, inside(u". /etc/os-release; echo \"$PRETTY_NAME\""_s));
        QCOMPARE(f->kernel, inside(u"uname -r"_s));
        QCOMPARE(f->isRoot, asRoot);
        QCOMPARE(f->cpuCount, inside(u"nproc"_s).toInt());

        const qint64 uptime = inside(u"cut -d. -f1 /proc/uptime"_s).toLongLong();
        QVERIFY2(qAbs(f->uptimeSeconds - uptime) < 60, qPrintable(QString::number(f->uptimeSeconds)));
        QVERIFY(f->load1 >= 0 && f->load5 >= 0 && f->load15 >= 0);

        // df -Pk on the host: total exactly, used/available within 1 GiB (others write meanwhile)
        const QStringList df = inside(u"df -Pk / | tail -n 1"_s).split(u' ', Qt::SkipEmptyParts);
        QVERIFY(df.size() >= 6);
        QCOMPARE(f->diskTotalBytes, df[1].toLongLong() * 1024);
        QVERIFY(qAbs(f->diskUsedBytes - df[2].toLongLong() * 1024) < (qint64(1) << 30));
        QVERIFY(qAbs(f->diskAvailBytes - df[3].toLongLong() * 1024) < (qint64(1) << 30));
        QCOMPARE(f->diskProjectPath, QString());
        QCOMPARE(f->diskProjectTotalBytes, qint64(-1));

        const auto meminfo = [this](const QString& key) {
            return inside(u"awk '$1 == \"%1:\" { print $2 }' /proc/meminfo"_s.arg(key)).toLongLong() * 1024;
        };
        QCOMPARE(f->memTotalBytes, meminfo(u"MemTotal"_s));
        QVERIFY(f->memAvailableBytes > 0 && f->memAvailableBytes <= f->memTotalBytes);
        QCOMPARE(f->swapTotal, meminfo(u"SwapTotal"_s));
        QVERIFY(f->swapFree >= 0 && f->swapFree <= f->swapTotal);

        if (th->value(u"TH_DOCKER"_s) == u"1") {
            QVERIFY(f->dockerInstalled);
            // root and ops/deploy through sudo reach the daemon; plain is not in the docker group
            QCOMPARE(f->dockerServerReachable, asRoot);
            if (asRoot) {
                QCOMPARE(f->dockerVersion, inside(u"docker version --format '{{.Server.Version}}'"_s));
            } else {
                QVERIFY2(inside(u"docker --version"_s).contains(f->dockerVersion),
                         qPrintable(f->dockerVersion));
                QVERIFY(!f->dockerVersion.isEmpty());
            }
            // the test host's `docker compose` is a CLI plugin shim running docker-compose 1.29
            QCOMPARE(remote::composeKindName(f->compose), remote::composeKindName(Compose::V2Plugin));
            QCOMPARE(f->composeVersion, inside(u"docker compose version --short"_s));
        }

        QCOMPARE(f->systemd, false);
        QCOMPARE(remote::ufwStateName(f->ufw), remote::ufwStateName(asRoot ? Ufw::Inactive : Ufw::Unknown));
        QVERIFY(f->ufwRules.isEmpty());
        QVERIFY(f->nginxInstalled);
        QCOMPARE(u"nginx version: nginx/"_s + f->nginxVersion, inside(u"nginx -v 2>&1"_s));
        QCOMPARE(f->nginxRunning, false);
    }

    void projectDirectory()
    {
        // An awkward name: it reaches the script as "$1" and nowhere else.
        const QString dir = u"/srv/capataz it's $(touch pwned) `x`"_s;
        th->inside(u"mkdir -p \"/srv/capataz it's \\$(touch pwned) \\`x\\`\" && chmod 0755 /srv"_s);
        for (const QString& user : {u"root"_s, u"plain"_s}) {
            const auto f = facts(user, user == u"root", dir);
            QVERIFY(f.has_value());
            QCOMPARE(f->diskProjectPath, dir);
            const QStringList df = inside(u"df -Pk /srv | tail -n 1"_s).split(u' ', Qt::SkipEmptyParts);
            QVERIFY(df.size() >= 6);
            QCOMPARE(f->diskProjectTotalBytes, df[1].toLongLong() * 1024);
            QCOMPARE(f->diskProjectMountPoint, df.mid(5).join(u' '));
            QVERIFY(f->diskProjectUsedBytes >= 0 && f->diskProjectAvailBytes >= 0);
        }
        QVERIFY(inside(u"ls -d /root/pwned /home/*/pwned /srv/pwned /tmp/pwned 2>/dev/null"_s).isEmpty());

        const auto missing = facts(u"plain"_s, false, u"/srv/does-not-exist"_s);
        QVERIFY(missing.has_value());
        QCOMPARE(missing->diskProjectTotalBytes, qint64(-1));
        QVERIFY(missing->warnings.join(u'\n').contains(u"project directory: not found"_s));
    }

    void ufwActiveListsRules()
    {
        int rc = -1;
        // From a clean ufw: other tests on the shared host (the wizard's firewall page) may leave rules.
        th->inside(
            u"ufw --force reset >/dev/null; ufw allow 22/tcp >/dev/null && ufw allow 8080/tcp >/dev/null && "
            u"ufw --force enable"_s,
            &rc);
        if (rc != 0)
            QSKIP("ufw cannot be enabled on this test host");
        const auto asRoot = facts(u"ops"_s, true);
        const auto asPlain = facts(u"plain"_s, false);
        th->inside(u"ufw --force disable >/dev/null; ufw --force reset >/dev/null"_s);
        QVERIFY(asRoot.has_value());
        QCOMPARE(remote::ufwStateName(asRoot->ufw), remote::ufwStateName(Ufw::Active));
        QCOMPARE(asRoot->ufwRules.size(), 4); // 22 and 8080, IPv4 and IPv6
        QVERIFY2(asRoot->ufwRules.contains(u"22/tcp ALLOW Anywhere"_s),
                 qPrintable(asRoot->ufwRules.join(u'|')));
        QVERIFY2(asRoot->ufwRules.contains(u"8080/tcp (v6) ALLOW Anywhere (v6)"_s),
                 qPrintable(asRoot->ufwRules.join(u'|')));
        QVERIFY(asPlain.has_value());
        QCOMPARE(remote::ufwStateName(asPlain->ufw), remote::ufwStateName(Ufw::Unknown));
        QVERIFY(asPlain->ufwRules.isEmpty());
    }

    void nginxRunningIsSeen()
    {
        int rc = -1;
        th->inside(u"service nginx start >/dev/null 2>&1 || nginx"_s, &rc);
        if (rc != 0)
            QSKIP("nginx does not start on this test host");
        const auto f = facts(u"plain"_s, false);
        th->inside(
            u"nginx -s stop; i=0; while pgrep -x nginx >/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i+1)); done"_s);
        QVERIFY(f.has_value());
        QVERIFY(f->nginxInstalled);
        QVERIFY(f->nginxRunning);
        const auto after = facts(u"plain"_s, false);
        QVERIFY(after.has_value());
        QVERIFY(!after->nginxRunning);
    }
};

QTEST_GUILESS_MAIN(TestServerFactsIntegration)
#include "tst_serverfacts.moc"
