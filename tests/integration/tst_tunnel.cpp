// Tunnels: HTTP GET of node-exporter's /metrics on the test host's own loopback, and a jump host.
#include "TestHost.h"
#include "ssh/HttpGet.h"

#include <QEventLoop>
#include <QTcpSocket>
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
