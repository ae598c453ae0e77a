// Checks from outside (core/health) on this machine's loopback, with real sockets: the probe set
// (SSH, 80, 443, allowed, published, the common leaks; each port once), the findings a report
// gives (an exposed published port names the compose step, the common list the firewall step,
// certificates and the HTTP redirect the tls step), the HTTP redirect probe against a small
// server that answers 301 or 200, and a whole OutsideCheck of 127.0.0.1: a listening "published"
// port is reported exposed, the listening "SSH" port is fine, a closed port is not reported.
#include "health/HttpRedirectProbe.h"
#include "health/OutsideCheck.h"
#include "health/PortExposure.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace capataz;
using namespace capataz::health;
using namespace Qt::Literals::StringLiterals;
using State = net::PortProbe::State;
using Kind = OutsideFinding::Kind;

namespace {
// Answers every request with `answer`, then closes.
class TinyHttp : public QTcpServer {
public:
    explicit TinyHttp(QByteArray answer)
        : m_answer(std::move(answer))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    if (!s->readAll().contains("\r\n\r\n"))
                        return;
                    s->write(m_answer);
                    s->disconnectFromHost();
                });
            }
        });
    }

private:
    QByteArray m_answer;
};

QList<QString> codes(const QList<OutsideFinding>& findings)
{
    QList<QString> out;
    for (const auto& f : findings)
        out << f.code() + u':' + QString::number(f.port);
    return out;
}
} // namespace

class TestOutsideCheck : public QObject {
    Q_OBJECT

private slots:
    void probeSet()
    {
        const QList<ProbedPort> ports = portsToProbe(2222, {8443, 80}, {18080, 5432, 0, 70000});
        QList<int> numbers;
        for (const auto& p : ports)
            numbers << p.port;
        QCOMPARE(numbers.mid(0, 6), (QList<int>{2222, 80, 443, 8443, 18080, 5432}));
        QCOMPARE(numbers.count(5432), 1); // published and common: once, as published
        QCOMPARE(ports[4].role, PortRole::Published);
        QCOMPARE(ports[5].role, PortRole::Published);
        QVERIFY(numbers.contains(11434) && numbers.contains(9090) && !numbers.contains(0) &&
                !numbers.contains(70000));
        QCOMPARE(numbers.count(80), 1);
    }

    void findings()
    {
        OutsideTarget t;
        t.address = u"203.0.113.7"_s;
        t.publicName = u"api.example.com"_s;
        OutsideReport r;
        r.ports = portsToProbe(22, {}, {18080});
        for (auto& p : r.ports)
            p.state = p.port == 22 || p.port == 80 || p.port == 443 || p.port == 18080 || p.port == 6379
                          ? State::Open
                          : State::Filtered;
        net::TlsProbeResult tls;
        tls.verified = true;
        tls.leaf.subjectAltNames = {u"api.example.com"_s};
        tls.daysLeft = 9;
        r.tls = tls;
        r.http = HttpRedirect{200, {}};
        QList<OutsideFinding> f = judgeOutside(r, t);
        QCOMPARE(codes(f), (QList<QString>{u"port-exposed:18080"_s, u"port-exposed:6379"_s,
                                           u"certificate-expires-soon:443"_s, u"no-https-redirect:80"_s}));
        QCOMPARE(f[0].wizardStep(), u"compose"_s); // published by compose: bind it to 127.0.0.1
        QCOMPARE(f[1].wizardStep(), u"firewall"_s);
        QCOMPARE(f[2].wizardStep(), u"tls"_s);
        QVERIFY(f[0].sentence().contains(u"18080"_s) && f[0].why().contains(u"ufw"_s));
        QVERIFY(f[2].sentence().contains(u"9 day"_s));
        QCOMPARE(f[2].severity(), OutsideFinding::Severity::Warning);

        // All well: a trusted certificate for the name, a redirect, only the intended ports.
        for (auto& p : r.ports)
            p.state = isIntendedOpen(p.role) ? State::Open : State::Closed;
        r.tls->daysLeft = 60;
        r.http = HttpRedirect{301, u"https://api.example.com/"_s};
        QVERIFY(judgeOutside(r, t).isEmpty());

        // The wrong name, an expired one, no TLS, SSH shut.
        r.tls->leaf.subjectAltNames = {u"other.example.com"_s};
        QCOMPARE(codes(judgeOutside(r, t)), (QList<QString>{u"certificate-wrong-name:443"_s}));
        r.tls->daysLeft = -3;
        f = judgeOutside(r, t);
        QCOMPARE(codes(f), (QList<QString>{u"certificate-expired:443"_s}));
        QVERIFY(f[0].sentence().contains(u"3 day"_s));
        r.tls.reset();
        r.tlsError = u"ConnectionRefused: refused"_s;
        r.ports[0].state = State::Filtered; // SSH
        r.ports[2].state = State::Closed;   // 443: said once, by the TLS finding
        QCOMPARE(codes(judgeOutside(r, t)), (QList<QString>{u"ssh-unreachable:22"_s, u"tls-failed:443"_s}));
    }

    void redirect_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("toHttps");
        QTest::newRow("301 https") << QByteArray(
                                          "HTTP/1.1 301 Moved Permanently\r\nServer: nginx\r\n"
                                          "Location: https://api.example.com/\r\nContent-Length: 0\r\n\r\n")
                                   << 301 << true;
        QTest::newRow("308 lower-case header")
            << QByteArray("HTTP/1.1 308 X\r\nlocation: https://a/\r\n\r\n") << 308 << true;
        QTest::newRow("200 page") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi") << 200
                                  << false;
        QTest::newRow("302 to http") << QByteArray("HTTP/1.1 302 Found\r\nLocation: http://a/\r\n\r\n") << 302
                                     << false;
    }
    void redirect()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, status);
        QFETCH(bool, toHttps);
        TinyHttp server(answer);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        HttpRedirectProbe probe(u"127.0.0.1"_s, u"api.example.com"_s, server.serverPort());
        QSignalSpy done(&probe, &HttpRedirectProbe::finished);
        probe.start();
        QVERIFY(done.wait(5000));
        const auto r = done[0][0].value<Result<HttpRedirect>>();
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->status, status);
        QCOMPARE(r->toHttps(), toHttps);
    }

    void redirectRefused()
    {
        QTcpServer s;
        QVERIFY(s.listen(QHostAddress::LocalHost));
        const quint16 port = s.serverPort();
        s.close(); // nothing listens there now
        HttpRedirectProbe probe(u"127.0.0.1"_s, {}, port);
        QSignalSpy done(&probe, &HttpRedirectProbe::finished);
        probe.start();
        QVERIFY(done.wait(5000));
        const auto r = done[0][0].value<Result<HttpRedirect>>();
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::ConnectionRefused);
    }

    void wholeCheckOnLoopback()
    {
        QTcpServer ssh, published, shut;
        QVERIFY(ssh.listen(QHostAddress::LocalHost));
        QVERIFY(published.listen(QHostAddress::LocalHost));
        QVERIFY(shut.listen(QHostAddress::LocalHost));
        const int shutPort = shut.serverPort();
        shut.close();
        OutsideTarget t;
        t.address = u"127.0.0.1"_s;
        t.sshPort = ssh.serverPort();
        t.published = {published.serverPort(), shutPort};
        t.checkWeb = false;
        t.concurrency = 2; // fewer connections at a time than ports: every port still settles
        t.timeoutMs = 3000;
        OutsideCheck check(t);
        QSignalSpy done(&check, &OutsideCheck::finished);
        check.start();
        QVERIFY(done.wait(20000));
        const auto r = done[0][0].value<Result<OutsideReport>>();
        QVERIFY(r.has_value());
        QCOMPARE(r->ports.size(), portsToProbe(t.sshPort, {}, t.published).size());
        QCOMPARE(r->ports[0].state, State::Open); // SSH
        QList<QString> found = codes(r->findings);
        QVERIFY2(found.contains(u"port-exposed:%1"_s.arg(published.serverPort())),
                 qPrintable(found.join(u' ')));
        for (const QString& c : found) // nothing about the closed port, nothing about SSH
            QVERIFY2(!c.endsWith(u':' + QString::number(shutPort)) && !c.startsWith(u"ssh"_s), qPrintable(c));
    }
};

QTEST_GUILESS_MAIN(TestOutsideCheck)
#include "tst_outsidecheck.moc"
