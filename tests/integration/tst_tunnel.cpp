// Tunnels: HTTP GET of node-exporter's /metrics on the test host's own loopback, and jump hosts
// (one, and a two-hop ProxyJump chain).
#include "TestHost.h"
#include "ssh/HttpGet.h"

#include <QEventLoop>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace capataz;
using namespace capataz::ssh;
using namespace Qt::Literals::StringLiterals;

class TestTunnel : public QObject {
    Q_OBJECT
    const test::TestHost* th = nullptr;

    Result<net::HttpResponse> get(Connection& c, const QString& host, int port, const QString& path)
    {
        HttpGet g(c, host, port, path);
        std::optional<Result<net::HttpResponse>> result;
        QEventLoop loop;
        connect(&g, &HttpGet::finished, &loop, [&](const Result<net::HttpResponse>& r) {
            result = r;
            loop.quit();
        });
        g.start();
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        if (!result)
            loop.exec();
        return result ? *result : fail(ErrorCode::Timeout, u"no answer"_s);
    }

private slots:
    void initTestCase()
    {
        QString why;
        th = test::TestHost::instance(&why);
        if (!th)
            QSKIP(qPrintable(why));
    }

    void metricsOverTunnel()
    {
        const int port = th->value(u"TH_NODE_EXPORTER_PORT"_s).toInt();
        if (port == 0)
            QSKIP("the test host runs no node exporter");
        Connection c(th->keySettings(u"ops"_s));
        QVERIFY2(test::connectAndWait(c), qPrintable(c.lastError().toString()));
        auto r = get(c, u"127.0.0.1"_s, port, u"/metrics"_s);
        QVERIFY2(r.has_value(), test::why(r).constData());
        QCOMPARE(r->status, 200);
        QVERIFY(r->header("Content-Type").startsWith("text/plain"));
        QVERIFY(r->body.contains("\nnode_uname_info{"));
        QVERIFY(r->body.count('\n') > 500);
        // The port is on the server's loopback only: not reachable from here.
        QTcpSocket s;
        s.connectToHost(th->host(), quint16(port));
        QVERIFY(!s.waitForConnected(1500));
    }

    void closedPortIsAnError()
    {
        Connection c(th->keySettings(u"ops"_s));
        QVERIFY(test::connectAndWait(c));
        auto r = get(c, u"127.0.0.1"_s, 1, u"/"_s);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, ErrorCode::TunnelOpenFailed);
        // The connection survives.
        QVERIFY(test::run(c, remote::Command({u"true"_s})).result.ok());
    }

    void jumpHost()
    {
        // Jump through the test host to its own 127.0.0.1:22.
        ConnectionSettings target = th->keySettings(u"ops"_s);
        target.host = u"127.0.0.1"_s;
        target.port = 22;
        target.jump = std::make_shared<const ConnectionSettings>(th->keySettings(u"root"_s));
        Connection c(target);
        QVERIFY2(test::connectAndWait(c), qPrintable(c.lastError().toString()));
        const auto r = test::run(c, remote::Command({u"sh"_s, u"-c"_s, u"echo $SSH_CONNECTION; id -un"_s}));
        QVERIFY(r.result.ok());
        // The target saw the connection coming from its own loopback.
        QVERIFY2(r.out.startsWith("127.0.0.1 "), r.out.constData());
        QVERIFY(r.out.endsWith("ops\n"));
        // Large data through both hops.
        QByteArray input(8 * 1024 * 1024, 'x');
        const auto big = test::run(c, remote::Command({u"wc"_s, u"-c"_s}), input);
        QCOMPARE(big.out.trimmed(), QByteArray::number(input.size()));
    }

    // ProxyJump a,b: the test host, then its own 127.0.0.1:22 through it, then the target (its
    // 127.0.0.1:22 again) through that. Every hop checks its own host key: with an empty
    // known_hosts each question names the hop that presented the key, in order.
    void twoHopChain()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString knownHosts = dir.filePath(u"known_hosts"_s);
        auto hop = [&](const QString& user, const QString& host, int port) {
            ConnectionSettings s = th->keySettings(user);
            s.host = host;
            s.port = port;
            s.sudo = remote::SudoMode::None;
            s.knownHostsFiles = {knownHosts};
            s.knownHostsWriteFile = knownHosts;
            s.hostKeyPolicy = HostKeyPolicy::Ask;
            return s;
        };
        ConnectionSettings second = hop(u"ops"_s, u"127.0.0.1"_s, 22);
        second.jump = std::make_shared<const ConnectionSettings>(hop(u"root"_s, th->host(), th->port()));
        ConnectionSettings target = hop(u"ops"_s, u"127.0.0.1"_s, 22);
        target.jump = std::make_shared<const ConnectionSettings>(second);

        Connection c(target);
        QStringList asked;
        connect(&c, &Connection::hostKeyConfirmationRequested, this, [&](const HostKeyInfo& info) {
            asked << info.host + u':' + QString::number(info.port);
            c.acceptHostKey(true);
        });
        QVERIFY2(test::connectAndWait(c, 60000), qPrintable(c.lastError().toString()));
        // The target's key is the second hop's (same sshd): remembered once, not asked again.
        QCOMPARE(asked, (QStringList{th->host() + u':' + QString::number(th->port()), u"127.0.0.1:22"_s}));
        const auto r = test::run(c, remote::Command({u"sh"_s, u"-c"_s, u"echo $SSH_CONNECTION; id -un"_s}));
        QVERIFY(r.result.ok());
        QVERIFY2(r.out.startsWith("127.0.0.1 ") && r.out.endsWith("ops\n"), r.out.constData());
        const QByteArray input(2 * 1024 * 1024, 'y');
        QCOMPARE(test::run(c, remote::Command({u"wc"_s, u"-c"_s}), input).out.trimmed(),
                 QByteArray::number(input.size()));
        c.disconnectFromHost();

        // Both keys are known now: the same chain connects under the strict policy.
        target.hostKeyPolicy = HostKeyPolicy::Strict;
        Connection again(target);
        QVERIFY2(test::connectAndWait(again, 60000), qPrintable(again.lastError().toString()));

        // A refused key stops the chain at the hop that presented it.
        QFile::remove(knownHosts);
        target.hostKeyPolicy = HostKeyPolicy::Ask; // the hops take the target's policy
        Connection refused(target);
        QStringList refusedAsked;
        connect(&refused, &Connection::hostKeyConfirmationRequested, this, [&](const HostKeyInfo& info) {
            refusedAsked << info.host;
            if (refusedAsked.size() == 1)
                refused.acceptHostKey(false);
            else
                refused.rejectHostKey();
        });
        QVERIFY(!test::connectAndWait(refused, 60000));
        QCOMPARE(refusedAsked, (QStringList{th->host(), u"127.0.0.1"_s}));
        QCOMPARE(refused.lastError().code, ErrorCode::HostKeyRejected);
    }

    void jumpHostFailures()
    {
        ConnectionSettings target = th->keySettings(u"ops"_s);
        target.host = u"127.0.0.1"_s;
        target.port = 2; // nothing listens there
        target.jump = std::make_shared<const ConnectionSettings>(th->keySettings(u"root"_s));
        Connection c(target);
        QVERIFY(!test::connectAndWait(c));
        QCOMPARE(c.lastError().code, ErrorCode::TunnelOpenFailed);
    }
};

QTEST_GUILESS_MAIN(TestTunnel)
#include "tst_tunnel.moc"
