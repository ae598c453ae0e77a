// Cancelling the caller-thread jobs (capataz::Job): HttpGet, HttpsGet, PortProbe, AtomicWrite,
// each at start and mid-way, against the test host. Every cancel must give exactly one
// finished() with ErrorCode::Cancelled, leave nothing behind (sockets, channels, remote
// processes) and, for AtomicWrite, the old content in place and no temporary file.
#include "TestHost.h"
#include "net/HttpsGet.h"
#include "net/PortProbe.h"
#include "ssh/AtomicWrite.h"
#include "ssh/HttpGet.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace capataz;
using namespace capataz::ssh;
using namespace Qt::Literals::StringLiterals;

namespace {

// What a job emitted.
template <typename R> struct Outcome {
    int finishedCount = 0;
    std::optional<R> result;
    QList<QPair<qint64, qint64>> progress;
    QElapsedTimer sinceCancel;
    qint64 finishedAfterCancelMs = -1;
};

template <typename J, typename R> void watch(J& job, Outcome<R>& o)
{
    QObject::connect(&job, &J::finished, &job, [&o](const R& r) {
        ++o.finishedCount;
        o.result = r;
        if (o.sinceCancel.isValid())
            o.finishedAfterCancelMs = o.sinceCancel.elapsed();
    });
    QObject::connect(&job, &Job::progressChanged, &job, [&o](qint64 done, qint64 total) {
        o.progress.append({done, total});
    });
}

// Waits for the finish, then a while longer: a second finished() must not come.
template <typename R> bool settled(Outcome<R>& o, int timeoutMs = 30000)
{
    QElapsedTimer t;
    t.start();
    while (o.finishedCount == 0 && t.elapsed() < timeoutMs)
        QTest::qWait(20);
    QTest::qWait(1500);
    return o.finishedCount > 0;
}

template <typename R> bool isCancelled(const Outcome<R>& o)
{
    return o.result && !o.result->has_value() && o.result->error().code == ErrorCode::Cancelled;
}

template <typename R> QByteArray describe(const Outcome<R>& o)
{
    if (!o.result)
        return "no finished()";
    if (o.result->has_value())
        return "finished with success";
    return o.result->error().toString().toUtf8();
}

// progressChanged only when it changes: each emission moves the whole percentage (or, total
// unknown, the 64 KiB count) and never goes back.
bool progressOnlyOnChange(const QList<QPair<qint64, qint64>>& p)
{
    auto step = [](const QPair<qint64, qint64>& x) {
        return x.second > 0 ? x.first * 100 / x.second : x.first >> 16;
    };
    for (qsizetype i = 1; i < p.size(); ++i) {
        if (p[i].first < p[i - 1].first || (p[i].second == p[i - 1].second && step(p[i]) == step(p[i - 1])))
            return false;
    }
    return true;
}

void flushDeletes()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }
}

constexpr char kStallHead[] =
    "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 10000000\r\n\r\n";

// An HTTP (or, with a certificate, HTTPS) server that answers any request with a header
// announcing 10 MB and then 200 KB of body, and stalls: a response that is always mid-way.
class StallingServer final : public QTcpServer {
public:
    QSslCertificate cert;
    QSslKey key;
    int connections = 0;
    int disconnections = 0;

protected:
    void incomingConnection(qintptr fd) override
    {
        QTcpSocket* s = nullptr;
        if (cert.isNull()) {
            s = new QTcpSocket(this);
            s->setSocketDescriptor(fd);
        } else {
            auto* tls = new QSslSocket(this);
            tls->setSocketDescriptor(fd);
            tls->setLocalCertificate(cert);
            tls->setPrivateKey(key);
            tls->startServerEncryption();
            s = tls;
        }
        ++connections;
        auto request = std::make_shared<QByteArray>();
        connect(s, &QTcpSocket::readyRead, s, [s, request] {
            *request += s->readAll();
            if (!request->contains("\r\n\r\n") || request->contains("answered"))
                return;
            *request += "answered";
            s->write(kStallHead);
            s->write(QByteArray(200 * 1024, 'a'));
        });
        connect(s, &QTcpSocket::disconnected, this, [this] { ++disconnections; });
    }
};

} // namespace

class TestCancel : public QObject {
    Q_OBJECT
    const test::TestHost* th = nullptr;
    std::unique_ptr<Connection> root;
    std::unique_ptr<Connection> deploy; // sudo with a password on stdin
    QTemporaryDir tmp;

    const QString kDir = u"/srv/cancel"_s;

    // The directory holds only the target with its old content: no temporary file, no backup.
    void checkUntouched(const QString& name, const QByteArray& old)
    {
        QCOMPARE(th->inside(u"ls -A /srv/cancel"_s), name.toUtf8() + '\n');
        QCOMPARE(th->inside(u"cat /srv/cancel/"_s + name), old);
        // The script is not running any more (the pattern does not match its own pgrep).
        QCOMPARE(th->inside(u"pgrep -f 'capataz-receive[d]' || true"_s), QByteArray());
    }

    void prepare(const QString& name, const QByteArray& old)
    {
        th->inside(u"rm -rf /srv/cancel && mkdir -p /srv/cancel && printf '%s' '"_s + QString::fromUtf8(old) +
                   u"' > /srv/cancel/"_s + name);
        QCOMPARE(th->inside(u"cat /srv/cancel/"_s + name), old);
    }

    void atomicWriteCancel(Connection& c, bool asRoot, bool midway, bool viaToken)
    {
        const QByteArray old = "OLD=1\n";
        prepare(u"app.env"_s, old);
        AtomicWrite::Options o;
        o.asRoot = asRoot;
        const QByteArray content(midway ? 64 * 1024 * 1024 : 1024 * 1024, 'n');
        AtomicWrite w(c, kDir + u"/app.env"_s, content, o);
        const CancelToken token = CancelToken::create();
        if (viaToken)
            w.setCancelToken(token);
        Outcome<Result<AtomicWriteReport>> out;
        watch(w, out);
        auto doCancel = [&] {
            out.sinceCancel.start();
            viaToken ? token.cancel() : w.cancel();
        };
        qint64 cancelledAt = -1;
        if (midway) {
            connect(&w, &Job::progressChanged, &w, [&](qint64 done, qint64 total) {
                if (cancelledAt < 0 && done > 0 && done < total) {
                    cancelledAt = done;
                    doCancel();
                }
            });
        }
        w.start();
        if (!midway)
            doCancel();
        QVERIFY(settled(out));
        QCOMPARE(out.finishedCount, 1);
        QVERIFY2(isCancelled(out), describe(out).constData());
        if (midway)
            QVERIFY2(cancelledAt > 0 && cancelledAt < content.size(), "no progress before the end");
        QVERIFY(progressOnlyOnChange(out.progress));
        qInfo("AtomicWrite cancelled %s: finished %lld ms after cancel, %lld of %lld bytes sent, %lld "
              "progress signals",
              midway ? "mid-way" : "at start", out.finishedAfterCancelMs, cancelledAt, qint64(content.size()),
              qint64(out.progress.size()));
        checkUntouched(u"app.env"_s, old);
    }

private slots:
    void initTestCase()
    {
        QString why;
        th = test::TestHost::instance(&why);
        if (!th)
            QSKIP(qPrintable(why));
        root = std::make_unique<Connection>(th->keySettings(u"root"_s));
        QVERIFY2(test::connectAndWait(*root), qPrintable(root->lastError().toString()));
        deploy = std::make_unique<Connection>(th->keySettings(u"deploy"_s));
        QVERIFY2(test::connectAndWait(*deploy), qPrintable(deploy->lastError().toString()));
    }

    void cleanupTestCase()
    {
        if (th)
            th->inside(u"rm -rf /srv/cancel"_s);
        root.reset();
        deploy.reset();
    }

    // --- AtomicWrite -----------------------------------------------------------------------

    void atomicWriteStillWorks()
    {
        // The control: not cancelled, the same write replaces the file and reports progress to 100 %.
        prepare(u"app.env"_s, "OLD=1\n");
        const QByteArray content(4 * 1024 * 1024, 'n');
        AtomicWrite w(*deploy, kDir + u"/app.env"_s, content, AtomicWrite::Options{0644, true, true, {}});
        Outcome<Result<AtomicWriteReport>> out;
        watch(w, out);
        w.start();
        QVERIFY(settled(out));
        QCOMPARE(out.finishedCount, 1);
        QVERIFY2(out.result->has_value(), describe(out).constData());
        QCOMPARE(th->inside(u"wc -c < /srv/cancel/app.env"_s).trimmed(), QByteArray::number(content.size()));
        QVERIFY(!out.progress.isEmpty());
        QCOMPARE(out.progress.constLast(), qMakePair(qint64(content.size()), qint64(content.size())));
        QVERIFY(out.progress.size() <= 101);
        QVERIFY(progressOnlyOnChange(out.progress));
        QCOMPARE(th->inside(u"ls -A /srv/cancel | grep -cF '.capataz.' || true"_s).trimmed(),
                 QByteArray("0"));
    }

    void atomicWriteCancelAtStart() { atomicWriteCancel(*root, false, false, false); }
    void atomicWriteCancelAtStartSudo() { atomicWriteCancel(*deploy, true, false, false); }
    void atomicWriteCancelMidway() { atomicWriteCancel(*root, false, true, false); }
    void atomicWriteCancelMidwaySudoToken() { atomicWriteCancel(*deploy, true, true, true); }

    void atomicWriteCancelAfterLastByte_data()
    {
        QTest::addColumn<bool>("sudo");
        QTest::newRow("root") << false;
        QTest::newRow("sudo with password") << true;
    }
    void atomicWriteCancelAfterLastByte()
    {
        // All the content is in the channel, the script has not confirmed it yet: a write that
        // renamed at EOF would replace the file now. The last progress always comes before the
        // script's "received" (which needs every byte first), so this cancel is before the commit.
        QFETCH(bool, sudo);
        prepare(u"app.env"_s, "OLD=1\n");
        AtomicWrite::Options o;
        o.asRoot = sudo;
        const QByteArray content(256 * 1024, 'n');
        AtomicWrite w(sudo ? *deploy : *root, kDir + u"/app.env"_s, content, o);
        Outcome<Result<AtomicWriteReport>> out;
        watch(w, out);
        connect(&w, &Job::progressChanged, &w, [&](qint64 done, qint64 total) {
            if (done == total && !out.sinceCancel.isValid()) {
                out.sinceCancel.start();
                w.cancel();
            }
        });
        w.start();
        QVERIFY(settled(out));
        QVERIFY(out.sinceCancel.isValid());
        QCOMPARE(out.finishedCount, 1);
        QVERIFY2(isCancelled(out), describe(out).constData());
        checkUntouched(u"app.env"_s, "OLD=1\n");
    }

    void atomicWriteCancelBeforeStart()
    {
        prepare(u"app.env"_s, "OLD=1\n");
        AtomicWrite w(*root, kDir + u"/app.env"_s, "NEW=2\n", AtomicWrite::Options{});
        Outcome<Result<AtomicWriteReport>> out;
        watch(w, out);
        w.cancel();
        w.start();
        QCOMPARE(out.finishedCount, 0); // never from inside start()
        QVERIFY(settled(out));
        QCOMPARE(out.finishedCount, 1);
        QVERIFY2(isCancelled(out), describe(out).constData());
        checkUntouched(u"app.env"_s, "OLD=1\n");
    }

    // --- HttpGet (through the SSH connection) --------------------------------------------

    void httpGetCancel_data()
    {
        QTest::addColumn<bool>("midway");
        QTest::newRow("at start") << false;
        QTest::newRow("mid-way") << true;
    }
    void httpGetCancel()
    {
        QFETCH(bool, midway);
        // The server listens on this machine's side of the test host's link; the test host's
        // sshd connects to it for the direct-tcpip channel.
        StallingServer server;
        const QString hostSide = th->value(u"TH_HOST_SIDE_IP"_s);
        QVERIFY(server.listen(QHostAddress(hostSide)));
        HttpGet g(*root, hostSide, server.serverPort(), u"/slow"_s);
        g.setTimeout(60000);
        Outcome<Result<net::HttpResponse>> out;
        watch(g, out);
        connect(&g, &Job::progressChanged, &g, [&](qint64 done, qint64) {
            if (midway && !out.sinceCancel.isValid() && done > 0) {
                out.sinceCancel.start();
                g.cancel();
            }
        });
        g.start();
        if (!midway) {
            out.sinceCancel.start();
            g.cancel();
        }
        QVERIFY(settled(out));
        QCOMPARE(out.finishedCount, 1);
        QVERIFY2(isCancelled(out), describe(out).constData());
        QVERIFY(progressOnlyOnChange(out.progress));
        if (midway) {
            QVERIFY(!out.progress.isEmpty());
            QCOMPARE(out.progress.constFirst().second,
                     qint64(10000000 + sizeof(kStallHead) - 1)); // from Content-Length
            // The channel was closed: the server sees its connection go.
            QTRY_COMPARE_WITH_TIMEOUT(server.disconnections, server.connections, 10000);
            QCOMPARE(server.connections, 1);
        } else {
            QTRY_COMPARE_WITH_TIMEOUT(server.disconnections, server.connections, 10000);
        }
        // The connection is fine afterwards.
        QVERIFY(test::run(*root, remote::Command({u"true"_s})).result.ok());
    }

    // --- HttpsGet (from this computer) -----------------------------------------------------

    void httpsGetCancel_data()
    {
        QTest::addColumn<bool>("midway");
        QTest::newRow("at start") << false;
        QTest::newRow("mid-way") << true;
    }
    void httpsGetCancel()
    {
        QFETCH(bool, midway);
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        const QString certPath = tmp.filePath(u"cert.pem"_s);
        const QString keyPath = tmp.filePath(u"key.pem"_s);
        if (!QFile::exists(certPath)) {
            QProcess openssl;
            openssl.start(u"openssl"_s,
                          {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                           u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"1"_s, u"-subj"_s,
                           u"/CN=cancel.test"_s, u"-addext"_s, u"subjectAltName=DNS:cancel.test"_s,
                           u"-keyout"_s, keyPath, u"-out"_s, certPath});
            if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
                QSKIP("openssl could not make a test certificate");
        }
        QFile certFile(certPath);
        QFile keyFile(keyPath);
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        const QByteArray pem = certFile.readAll();
        StallingServer server;
        server.cert = QSslCertificate(pem);
        server.key = QSslKey(keyFile.readAll(), QSsl::Ec);
        QVERIFY(!server.cert.isNull() && !server.key.isNull());
        QVERIFY(server.listen(QHostAddress::LocalHost));

        net::HttpsGet g(u"cancel.test"_s, u"/slow"_s, u"127.0.0.1"_s, server.serverPort());
        QVERIFY(g.addCaCertificates(pem).has_value());
        g.setTimeout(60000);
        g.setMaxBytes(64 * 1024 * 1024);
        Outcome<Result<net::HttpResponse>> out;
        watch(g, out);
        connect(&g, &Job::progressChanged, &g, [&](qint64 done, qint64) {
            if (midway && !out.sinceCancel.isValid() && done > 0) {
                out.sinceCancel.start();
                g.cancel();
            }
        });
        g.start();
        if (!midway) {
            out.sinceCancel.start();
            g.cancel();
        }
        QVERIFY(settled(out));
        QCOMPARE(out.finishedCount, 1);
        QVERIFY2(isCancelled(out), describe(out).constData());
        QVERIFY(progressOnlyOnChange(out.progress));
        if (midway) {
            QVERIFY(!out.progress.isEmpty());
            QVERIFY(!g.certificate().notAfter.isNull()); // the handshake was done
        }
        flushDeletes();
        QVERIFY(g.findChildren<QSslSocket*>().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(server.disconnections, server.connections, 10000);
    }

    // --- PortProbe ---------------------------------------------------------------------------

    void portProbeCancelAtStart()
    {
        net::PortProbe p(th->host(), {th->port(), 9});
        Outcome<Result<QList<net::PortProbe::PortResult>>> out;
        watch(p, out);
        p.start();
        p.cancel();
        QCOMPARE(out.finishedCount, 0); // never from inside cancel()
        QVERIFY(settled(out));
        QCOMPARE(out.finishedCount, 1);
        QVERIFY2(isCancelled(out), describe(out).constData());
        flushDeletes();
        QVERIFY(p.findChildren<QTcpSocket*>().isEmpty());
    }

    void portProbeCancelMidway()
    {
        // Port 9999 of the test host drops every packet: its probe waits for the timeout (20 s);
        // the SSH port answers at once. Cancel when the first port is settled.
        int rc = -1;
        th->inside(u"iptables -I INPUT -p tcp --dport 9999 -j DROP"_s, &rc);
        if (rc != 0)
            QSKIP("no iptables in the test host");
        net::PortProbe p(th->host(), {th->port(), 9999});
        p.setTimeout(20000);
        Outcome<Result<QList<net::PortProbe::PortResult>>> out;
        watch(p, out);
        qint64 settledAtCancel = -1;
        connect(&p, &Job::progressChanged, &p, [&](qint64 done, qint64 total) {
            if (settledAtCancel < 0 && done > 0 && done < total) {
                settledAtCancel = done;
                out.sinceCancel.start();
                p.cancel();
            }
        });
        QElapsedTimer t;
        t.start();
        p.start();
        const bool ok = settled(out);
        th->inside(u"iptables -D INPUT -p tcp --dport 9999 -j DROP"_s);
        QVERIFY(ok);
        QCOMPARE(out.finishedCount, 1);
        QVERIFY2(isCancelled(out), describe(out).constData());
        QCOMPARE(settledAtCancel, 1);
        QCOMPARE(out.progress.size(), 1);
        QVERIFY2(t.elapsed() < 10000, "the cancel waited for the probe's timeout");
        flushDeletes();
        QVERIFY(p.findChildren<QTcpSocket*>().isEmpty());
    }

    // --- the plan's token reaches the jobs -----------------------------------------------------

    void tokenCancelledBeforeStart()
    {
        const CancelToken token = CancelToken::create();
        token.cancel();
        net::PortProbe p(th->host(), {th->port()});
        p.setCancelToken(token);
        Outcome<Result<QList<net::PortProbe::PortResult>>> out;
        watch(p, out);
        p.start();
        QVERIFY(settled(out));
        QCOMPARE(out.finishedCount, 1);
        QVERIFY2(isCancelled(out), describe(out).constData());
    }
};

QTEST_GUILESS_MAIN(TestCancel)
#include "tst_cancel.moc"
