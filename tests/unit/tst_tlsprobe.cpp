// TlsProbe against a real local TLS server (QSslServer) with certificates made by `openssl`
// in the test: a test CA, a certificate it signed, an expired one, a self-signed one.
#include "net/TlsProbe.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace capataz;
using namespace capataz::net;

namespace {

const char* const kCaConfig = R"([ ca ]
default_ca = CA_default
[ CA_default ]
database = index.txt
new_certs_dir = .
serial = serial
default_md = sha256
policy = policy_any
copy_extensions = copy
unique_subject = no
[ policy_any ]
commonName = supplied
)";

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

} // namespace

class TestTlsProbe : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    bool openssl(const QStringList& args)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            qWarning() << "openssl" << args << p.readAllStandardError();
            return false;
        }
        return true;
    }
    // A leaf key + certificate signed by the test CA, valid exactly from..until.
    bool makeLeaf(const QString& name, const QString& cn, const QString& san, const QString& from,
                  const QString& until)
    {
        return openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                        QStringLiteral("-nodes"), QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                        QStringLiteral("-out"), name + QStringLiteral(".csr"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=") + cn, QStringLiteral("-addext"),
                        QStringLiteral("subjectAltName=") + san}) &&
               openssl({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"),
                        QStringLiteral("ca.cnf"), QStringLiteral("-cert"), QStringLiteral("ca.pem"),
                        QStringLiteral("-keyfile"), QStringLiteral("ca.key"), QStringLiteral("-in"),
                        name + QStringLiteral(".csr"), QStringLiteral("-out"), name + QStringLiteral(".pem"),
                        QStringLiteral("-startdate"), from, QStringLiteral("-enddate"), until,
                        QStringLiteral("-notext")});
    }

    // A TLS server on 127.0.0.1 serving `name`.pem/.key; its port, 0 on failure.
    quint16 serve(QSslServer& server, const QString& name, QSsl::SslProtocol protocol = QSsl::SecureProtocols)
    {
        QFile certFile(path(name + QStringLiteral(".pem")));
        QFile keyFile(path(name + QStringLiteral(".key")));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return 0;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem));
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        config.setProtocol(protocol);
        server.setSslConfiguration(config);
        if (!server.listen(QHostAddress::LocalHost, 0))
            return 0;
        return server.serverPort();
    }

    static TlsProbe::Options to(quint16 port, const QString& peer = {}, QList<QSslCertificate> ca = {},
                                QDateTime now = {})
    {
        TlsProbe::Options o;
        o.address = QStringLiteral("127.0.0.1");
        o.port = port;
        o.peerName = peer;
        o.extraCaCertificates = std::move(ca);
        o.now = std::move(now);
        return o;
    }

    Result<TlsProbeResult> probe(TlsProbe::Options options)
    {
        TlsProbe probe;
        QSignalSpy spy(&probe, &TlsProbe::finished);
        probe.start(std::move(options));
        if (!spy.wait(20000))
            return fail(ErrorCode::Internal, QStringLiteral("no finished() from the probe"));
        if (spy.count() != 1)
            return fail(ErrorCode::Internal, QStringLiteral("finished() came %1 times").arg(spy.count()));
        return spy.takeFirst().at(0).value<Result<TlsProbeResult>>();
    }

    QList<QSslCertificate> testCa()
    {
        auto ca = TlsProbe::loadCaCertificates(path(QStringLiteral("ca.pem")));
        return ca ? *ca : QList<QSslCertificate>{};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile cnf(path(QStringLiteral("ca.cnf")));
        QVERIFY(cnf.open(QIODevice::WriteOnly));
        cnf.write(kCaConfig);
        cnf.close();
        QFile index(path(QStringLiteral("index.txt")));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.close();
        QFile serial(path(QStringLiteral("serial")));
        QVERIFY(serial.open(QIODevice::WriteOnly));
        serial.write("1000\n");
        serial.close();
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                         QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                         QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                         QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("3650"),
                         QStringLiteral("-subj"), QStringLiteral("/O=Capataz Tests/CN=Capataz Test CA")}));
        QVERIFY(makeLeaf(QStringLiteral("good"), QStringLiteral("good.test"),
                         QStringLiteral("DNS:good.test,DNS:www.good.test"), QStringLiteral("20250101000000Z"),
                         QStringLiteral("20350101000000Z")));
        QVERIFY(makeLeaf(QStringLiteral("expired"), QStringLiteral("old.test"),
                         QStringLiteral("DNS:old.test"), QStringLiteral("20200101000000Z"),
                         QStringLiteral("20200201000000Z")));
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                         QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                         QStringLiteral("-keyout"), QStringLiteral("self.key"), QStringLiteral("-out"),
                         QStringLiteral("self.pem"), QStringLiteral("-days"), QStringLiteral("1"),
                         QStringLiteral("-subj"), QStringLiteral("/CN=self.test"), QStringLiteral("-addext"),
                         QStringLiteral("subjectAltName=DNS:self.test")}));
    }

    void verifiedWithTheRightCaAndName()
    {
        QSslServer server;
        const quint16 port = serve(server, QStringLiteral("good"));
        QVERIFY(port != 0);
        auto r = probe(to(port, QStringLiteral("good.test"), testCa(), utc("2034-12-01T00:00:00Z")));
        QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().toString()));
        QVERIFY2(r->verified, qPrintable(r->verificationErrors.join(u"; ")));
        QVERIFY(r->verificationErrors.isEmpty());
        QCOMPARE(r->leaf.subjectCommonName, QStringLiteral("good.test"));
        QCOMPARE(r->leaf.subjectAltNames,
                 (QStringList{QStringLiteral("good.test"), QStringLiteral("www.good.test")}));
        QCOMPARE(r->leaf.issuerCommonName, QStringLiteral("Capataz Test CA"));
        QCOMPARE(r->leaf.issuerOrganization, QStringLiteral("Capataz Tests"));
        QCOMPARE(r->leaf.notBefore, utc("2025-01-01T00:00:00Z"));
        QCOMPARE(r->leaf.notAfter, utc("2035-01-01T00:00:00Z"));
        QCOMPARE(r->daysLeft, 31);
        QCOMPARE(r->protocol, QStringLiteral("TLS 1.3"));
        QVERIFY(!r->chain.isEmpty());
        QCOMPARE(r->chain.first().sha256, r->leaf.sha256);
        // The fingerprint is the one openssl prints for the file the server serves.
        QProcess fp;
        fp.start(QStringLiteral("openssl"),
                 {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                  QStringLiteral("-sha256"), QStringLiteral("-in"), path(QStringLiteral("good.pem"))});
        QVERIFY(fp.waitForFinished());
        QCOMPARE(QString::fromLatin1(fp.readAllStandardOutput()).trimmed().section(u'=', 1), r->leaf.sha256);
        QVERIFY(r->leaf.coversName(QStringLiteral("www.good.test")));
        QVERIFY(!r->leaf.coversName(QStringLiteral("other.test")));
    }

    void untrustedCaIsReportedButNotVerified()
    {
        QSslServer server;
        const quint16 port = serve(server, QStringLiteral("good"));
        QVERIFY(port != 0);
        auto r = probe(to(port, QStringLiteral("good.test")));
        QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().toString()));
        QVERIFY(!r->verified);
        QVERIFY(!r->verificationErrors.isEmpty());
        QCOMPARE(r->leaf.subjectCommonName, QStringLiteral("good.test"));
    }

    void wrongNameIsNotVerified()
    {
        QSslServer server;
        const quint16 port = serve(server, QStringLiteral("good"));
        QVERIFY(port != 0);
        auto r = probe(to(port, QStringLiteral("other.test"), testCa()));
        QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().toString()));
        QVERIFY(!r->verified);
        QVERIFY2(r->verificationErrors.join(u' ').contains(QStringLiteral("host name"), Qt::CaseInsensitive),
                 qPrintable(r->verificationErrors.join(u"; ")));
        QCOMPARE(r->leaf.subjectCommonName, QStringLiteral("good.test"));
    }

    void expiredIsNotVerifiedAndHasNegativeDays()
    {
        QSslServer server;
        const quint16 port = serve(server, QStringLiteral("expired"));
        QVERIFY(port != 0);
        auto r = probe(to(port, QStringLiteral("old.test"), testCa()));
        QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().toString()));
        QVERIFY(!r->verified);
        QVERIFY2(r->verificationErrors.join(u' ').contains(QStringLiteral("expired"), Qt::CaseInsensitive),
                 qPrintable(r->verificationErrors.join(u"; ")));
        QVERIFY(r->daysLeft < -365);
        QCOMPARE(r->leaf.notAfter, utc("2020-02-01T00:00:00Z"));
    }

    void selfSignedOneDayCertificate()
    {
        QSslServer server;
        const quint16 port = serve(server, QStringLiteral("self"));
        QVERIFY(port != 0);
        auto r = probe(to(port, QStringLiteral("self.test")));
        QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().toString()));
        QVERIFY(!r->verified);
        QCOMPARE(r->leaf.issuerCommonName, QStringLiteral("self.test"));
        // `-days 1`: one day left at the start, none a second later.
        QCOMPARE(r->leaf.daysLeft(r->leaf.notBefore), 1);
        QCOMPARE(r->leaf.daysLeft(r->leaf.notBefore.addSecs(1)), 0);
        QCOMPARE(r->leaf.daysLeft(r->leaf.notAfter.addSecs(1)), -1);
    }

    void reportsTls12()
    {
        QSslServer server;
        const quint16 port = serve(server, QStringLiteral("good"), QSsl::TlsV1_2);
        QVERIFY(port != 0);
        auto r = probe(to(port, QStringLiteral("good.test"), testCa()));
        QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->protocol, QStringLiteral("TLS 1.2"));
        QVERIFY(r->verified);
    }

    void closedPortIsConnectionRefused()
    {
        QTcpServer placeholder; // take a free port, then free it
        QVERIFY(placeholder.listen(QHostAddress::LocalHost, 0));
        const quint16 port = placeholder.serverPort();
        placeholder.close();
        auto r = probe(to(port));
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, ErrorCode::ConnectionRefused);
    }

    void silentServerTimesOut()
    {
        QTcpServer silent; // accepts, never speaks TLS
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        TlsProbe::Options o = to(silent.serverPort());
        o.timeout = std::chrono::milliseconds(500);
        auto r = probe(o);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, ErrorCode::Timeout);
    }

    void cancelEndsOnceWithCancelled()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        TlsProbe probe;
        QSignalSpy spy(&probe, &TlsProbe::finished);
        probe.start(to(silent.serverPort()));
        QVERIFY(probe.isRunning());
        probe.cancel();
        QVERIFY(!probe.isRunning());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Result<TlsProbeResult>>().error().code, ErrorCode::Cancelled);
        QTest::qWait(300); // nothing more comes from the aborted socket
        QCOMPARE(spy.count(), 1);
    }

    void loadCaCertificatesErrors()
    {
        QCOMPARE(TlsProbe::loadCaCertificates(path(QStringLiteral("missing.pem"))).error().code,
                 ErrorCode::LocalFileError);
        QCOMPARE(TlsProbe::loadCaCertificates(path(QStringLiteral("ca.cnf"))).error().code,
                 ErrorCode::ParseError);
        QCOMPARE(TlsProbe::loadCaCertificates(path(QStringLiteral("ca.pem")))->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTlsProbe)
#include "tst_tlsprobe.moc"
