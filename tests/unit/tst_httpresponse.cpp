// The HTTP response parser behind /metrics and /health over SSH tunnels.
#include "net/HttpResponse.h"

#include <QTest>

using namespace capataz;
using namespace Qt::Literals::StringLiterals;

class TestHttpResponse : public QObject {
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::newRow("content-length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello")
                                        << 200 << QByteArray("hello") << true;
        QTest::newRow("content-length shorter than data")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhello") << 200 << QByteArray("he")
            << true;
        QTest::newRow("chunked with extension")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;x=y\r\n "
                          "world\r\n0\r\n\r\n")
            << 200 << QByteArray("hello world") << true;
        QTest::newRow("close-delimited 503")
            << QByteArray("HTTP/1.0 503 Service Unavailable\r\n\r\n{\"status\":\"down\"}") << 503
            << QByteArray("{\"status\":\"down\"}") << true;
        QTest::newRow("truncated body")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhello") << 0 << QByteArray() << false;
        QTest::newRow("truncated chunk")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nff\r\nab") << 0
            << QByteArray() << false;
        QTest::newRow("no header end")
            << QByteArray("HTTP/1.1 200 OK\r\nX: y\r\n") << 0 << QByteArray() << false;
        QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n") << 0 << QByteArray() << false;
        QTest::newRow("bad status") << QByteArray("HTTP/1.1 abc OK\r\n\r\n") << 0 << QByteArray() << false;
        QTest::newRow("negative length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n") << 0 << QByteArray() << false;
    }
    void parse()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        const auto r = net::parseHttpResponse(raw);
        QCOMPARE(r.has_value(), ok);
        if (!ok) {
            QCOMPARE(r.error().code, ErrorCode::ParseError);
            return;
        }
        QCOMPARE(r->status, status);
        QCOMPARE(r->body, body);
    }

    void headersAreCaseInsensitive()
    {
        const auto r =
            net::parseHttpResponse("HTTP/1.1 200 OK\r\ncontent-TYPE: text/plain; version=0.0.4\r\n\r\n");
        QVERIFY(r.has_value());
        QCOMPARE(r->header("Content-Type"), QByteArray("text/plain; version=0.0.4"));
        QCOMPARE(r->reason, QByteArray("OK"));
    }

    void expectedSize_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<qint64>("size");
        QTest::newRow("header not complete")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n") << qint64(-1);
        QTest::newRow("length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab") << qint64(43);
        QTest::newRow("case and spaces")
            << QByteArray("HTTP/1.1 200 OK\r\nX: 1\r\ncontent-length:  12 \r\n\r\n") << qint64(59);
        QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n")
                                 << qint64(-1);
        QTest::newRow("not a number")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n") << qint64(-1);
        QTest::newRow("only in the body")
            << QByteArray("HTTP/1.1 200 OK\r\n\r\nContent-Length: 5\r\n\r\n") << qint64(-1);
    }
    void expectedSize()
    {
        QFETCH(QByteArray, raw);
        QFETCH(qint64, size);
        QCOMPARE(net::expectedResponseSize(raw), size);
    }

    void request()
    {
        const QByteArray get = net::buildHttpGet(u"127.0.0.1"_s, 9100, u"/metrics"_s);
        QVERIFY(get.startsWith("GET /metrics HTTP/1.1\r\nHost: 127.0.0.1:9100\r\n"));
        QVERIFY(get.contains("\r\nConnection: close\r\n"));
        QVERIFY(get.endsWith("\r\n\r\n"));
        // A path cannot smuggle a header or a second request.
        const QByteArray evil = net::buildHttpGet(u"localhost"_s, 80, u"/x\r\nX-Evil: 1\r\n\r\nGET /"_s);
        QCOMPARE(evil.count("\r\n\r\n"), 1);
        QVERIFY(!evil.contains("\r\nX-Evil"));
        QVERIFY(evil.contains("Host: localhost\r\n"));
        QCOMPARE(net::buildHttpGet(u"::1"_s, 8000, u"health"_s).mid(0, 40),
                 QByteArray("GET /health HTTP/1.1\r\nHost: [::1]:8000\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestHttpResponse)
#include "tst_httpresponse.moc"
