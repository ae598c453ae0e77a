// Checks from outside against the real test host, with ufw on and denying everything but SSH:
// a container published with docker's `-p 18080:80` answers from outside anyway (Docker's rules
// come before ufw's), and the check reports it exposed, naming the compose step; the compose
// file's published port is read through SSH (health::readPublishedPorts); SSH answers and is
// not reported; a port that ufw drops (5432) or where nothing listens outside (9090, the test
// host's Prometheus on its own 127.0.0.1) is not reported. `capataz-cli check-outside` prints
// the same and exits 3.
#include "TestHost.h"
#include "health/OutsideCheck.h"
#include "health/PublishedPorts.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace capataz;
using namespace capataz::health;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kDir = u"/opt/capataz-outside-test"_s;
const QString kContainer = u"capataz-outside-test"_s;
constexpr int kPublished = 18080;
} // namespace

class TestOutside : public QObject {
    Q_OBJECT
    const test::TestHost* th = nullptr;
    std::unique_ptr<ssh::Connection> ops;

    void cleanUp() const
    {
        th->inside(u"docker rm -f "_s + kContainer + u" >/dev/null 2>&1; rm -rf "_s + kDir +
                   u"; ufw --force reset >/dev/null 2>&1; ufw default deny incoming >/dev/null; "
                   u"ufw default allow outgoing >/dev/null; rm -f /etc/ufw/*.rules.20*"_s);
    }

private slots:
    void initTestCase()
    {
        QString why;
        th = test::TestHost::instance(&why);
        if (!th)
            QSKIP(qPrintable(why));
        if (th->value(u"TH_DOCKER"_s) != u"1")
            QSKIP("the test host runs without docker");
        cleanUp();
        int rc = -1;
        // ufw on: SSH allowed, everything else denied.
        th->inside(u"ufw allow %1/tcp >/dev/null && ufw --force enable >/dev/null"_s.arg(th->port()), &rc);
        QCOMPARE(rc, 0);
        // A compose file that publishes the port (read through SSH), and the container itself,
        // published the same way by docker.
        th->inside(
            u"mkdir -p %1 && printf 'services:\\n  web:\\n    image: %2\\n    ports:\\n      - \"%3:80\"\\n' "
            u"> %1/docker-compose.yml && docker run -d --name %4 -p %3:80 %2 httpd -f -p 80 >/dev/null"_s
                .arg(kDir, th->value(u"TH_IMAGE"_s))
                .arg(kPublished)
                .arg(kContainer),
            &rc);
        QCOMPARE(rc, 0);
        ops = std::make_unique<ssh::Connection>(th->keySettings(u"ops"_s));
        QVERIFY2(test::connectAndWait(*ops), qPrintable(ops->lastError().toString()));
    }
    void cleanupTestCase()
    {
        ops.reset();
        if (th)
            cleanUp(); // later tests (certbot needs port 80) must find ufw off
    }

    void publishedPortIsReportedExposed()
    {
        // The published ports, as the compose file says, through SSH.
        std::optional<Result<QList<int>>> published;
        QObject owner;
        readPublishedPorts(plan::StepContext{ops.get(), &owner, {}}, kDir, {}, {},
                           [&](Result<QList<int>> r) { published = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(published.has_value(), 20000);
        QVERIFY2(*published, test::why(*published).constData());
        QCOMPARE(**published, QList<int>{kPublished});

        OutsideTarget t;
        t.address = th->host();
        t.sshPort = th->port();
        t.published = **published;
        t.checkWeb = false; // nothing serves 80/443 here; the TLS checks have tests of their own
        t.timeoutMs = 1500; // ufw drops: a dropped port costs the whole timeout
        OutsideCheck check(t);
        QSignalSpy done(&check, &OutsideCheck::finished);
        QElapsedTimer clock;
        clock.start();
        check.start();
        QVERIFY(done.wait(30000));
        qInfo("checked %d ports in %lld ms", int(portsToProbe(t.sshPort, {}, t.published).size()),
              clock.elapsed());
        const auto r = done[0][0].value<Result<OutsideReport>>();
        QVERIFY(r.has_value());
        QStringList found;
        for (const OutsideFinding& f : r->findings)
            found << u"%1:%2"_s.arg(f.code()).arg(f.port);
        QVERIFY2(found.contains(u"port-exposed:%1"_s.arg(kPublished)), qPrintable(found.join(u' ')));
        for (const OutsideFinding& f : r->findings) {
            if (f.port == kPublished)
                QCOMPARE(f.wizardStep(), u"compose"_s);
            QVERIFY2(f.port != t.sshPort && f.port != 5432 && f.port != 9090, qPrintable(found.join(u' ')));
        }
        for (const ProbedPort& p : r->ports) {
            if (p.port == t.sshPort)
                QCOMPARE(p.state, net::PortProbe::State::Open);
            if (p.port == 5432)
                QCOMPARE(p.state, net::PortProbe::State::Filtered); // ufw drops it
        }
    }

#ifdef CAPATAZ_CLI_PATH
    void cliReportsItToo()
    {
        QTemporaryDir dir;
        auto cli = [&](const QStringList& args) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"CAPATAZ_KEYCHAIN"_s, u"memory"_s);
            env.insert(u"LANG"_s, u"C.UTF-8"_s);
            env.remove(u"LC_ALL"_s);
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(CAPATAZ_CLI_PATH), QStringList{u"--data-dir"_s, dir.path()} + args);
            p.waitForFinished(60000);
            return std::pair<int, QByteArray>{p.exitCode(),
                                              p.readAllStandardOutput() + p.readAllStandardError()};
        };
        auto [rc, out] = cli({u"servers"_s, u"add"_s, u"th"_s, u"--host"_s, th->host(), u"--port"_s,
                              QString::number(th->port()), u"--user"_s, u"ops"_s, u"--key"_s,
                              th->value(u"TH_KEY_OPS"_s), u"--sudo"_s, u"sudo"_s, u"--known-hosts"_s,
                              th->value(u"TH_KNOWN_HOSTS"_s), u"--project-dir"_s, kDir});
        QVERIFY2(rc == 0, out.constData());
        std::tie(rc, out) = cli({u"check-outside"_s, u"th"_s, u"--read-compose"_s, u"--no-web"_s,
                                 u"--timeout"_s, u"2"_s, u"--json"_s});
        QVERIFY2(rc == 3, out.constData()); // a problem found
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        bool exposed = false;
        for (const QJsonValue& f : o.value(u"findings"_s).toArray())
            exposed |= f[u"code"_s] == u"port-exposed"_s && f[u"port"_s].toInt() == kPublished &&
                       f[u"fix_step"_s] == u"compose"_s;
        QVERIFY2(exposed, out.constData());
    }
#endif
};

QTEST_GUILESS_MAIN(TestOutside)
#include "tst_outside.moc"
