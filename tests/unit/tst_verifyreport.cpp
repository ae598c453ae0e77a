// setup::jsonFields and setup::VerifyReport: the health answers shown as fields and the summary
// a sysadmin pastes into a ticket.
#include "setup/VerifyReport.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace capataz::setup;

class TestVerifyReport : public QObject {
    Q_OBJECT

private slots:
    void nestedJsonBecomesDottedFields()
    {
        const Fields f = jsonFields(R"({"status":"ok","checks":{"db":{"ok":true,"latency_ms":3},"redis":null},
                                       "services":[{"name":"api"},{"name":"worker"}],"load":0.25,"tags":[],"meta":{}})");
        const Fields expected{
            {u"checks.db.latency_ms"_s, u"3"_s},
            {u"checks.db.ok"_s, u"true"_s},
            {u"checks.redis"_s, u"null"_s},
            {u"load"_s, u"0.25"_s},
            {u"meta"_s, u"{}"_s},
            {u"services[0].name"_s, u"api"_s},
            {u"services[1].name"_s, u"worker"_s},
            {u"status"_s, u"ok"_s},
            {u"tags"_s, u"[]"_s},
        };
        QCOMPARE(f, expected);
    }

    void topLevelArrayAndBigNumbers()
    {
        const Fields f = jsonFields(R"([1, "two", {"x": 12345678901}])");
        QCOMPARE(f, (Fields{{u"[0]"_s, u"1"_s}, {u"[1]"_s, u"two"_s}, {u"[2].x"_s, u"12345678901"_s}}));
    }

    void notJsonGivesNoFields()
    {
        QVERIFY(jsonFields("OK").isEmpty());
        QVERIFY(jsonFields("").isEmpty());
        QVERIFY(jsonFields("<html>up</html>").isEmpty());
        QVERIFY(jsonFields(R"({"a": )").isEmpty());
    }

    void newlinesInValuesStayOnOneLine()
    {
        const Fields f = jsonFields(R"({"msg":"line1\nline2"})");
        QCOMPARE(f, (Fields{{u"msg"_s, u"line1 line2"_s}}));
    }

    void manyFieldsAreCut()
    {
        QByteArray body = "{";
        for (int i = 0; i < 50; ++i)
            body += (i ? "," : "") + QByteArray("\"k") + QByteArray::number(100 + i) +
                    "\":" + QByteArray::number(i);
        body += "}";
        const Fields f = jsonFields(body, 10);
        QCOMPARE(f.size(), 11);
        QCOMPARE(f.last().first, u"..."_s);
        QCOMPARE(f.first(), qMakePair(u"k100"_s, u"0"_s));
    }

    void healthyReportSaysOk()
    {
        VerifyReport r;
        r.server = u"ops@203.0.113.7:22"_s;
        r.date = QDateTime(QDate(2026, 11, 23), QTime(22, 30), Qt::UTC);
        VerifyReport::Endpoint e;
        e.via = u"tunnel"_s;
        e.url = u"http://127.0.0.1:8000/health"_s;
        e.status = 200;
        e.fields = {{u"status"_s, u"ok"_s}, {u"checks.db"_s, u"up"_s}};
        r.endpoints << e;
        r.portsHost = u"203.0.113.7"_s;
        r.ports << VerifyReport::Port{22, u"open"_s, true} << VerifyReport::Port{443, u"open"_s, true}
                << VerifyReport::Port{5432, u"closed"_s, false}
                << VerifyReport::Port{6379, u"filtered"_s, false};
        r.certificate = u"api.example.com, issued by R3"_s;
        QVERIFY(r.problems().isEmpty());
        const QString text = r.toText();
        QVERIFY2(
            text.startsWith(u"Capataz verification of ops@203.0.113.7:22\nDate: 2026-11-23T22:30:00Z\n"_s),
            qPrintable(text));
        QVERIFY2(
            text.contains(
                u"[tunnel] http://127.0.0.1:8000/health -> HTTP 200\n      status: ok\n      checks.db: up\n"_s),
            qPrintable(text));
        QVERIFY(text.contains(u"  5432/tcp closed (should be closed)\n"_s));
        QVERIFY(text.contains(u"  6379/tcp filtered (should be closed)\n"_s));
        QVERIFY(text.contains(u"Certificate: api.example.com, issued by R3\n"_s));
        QVERIFY(text.endsWith(u"Result: OK, no problems found.\n"_s));
        QVERIFY(!text.contains(u"PROBLEM"_s));
    }

    void everyProblemIsListed()
    {
        VerifyReport r;
        r.server = u"web"_s;
        r.date = QDateTime::currentDateTimeUtc();
        VerifyReport::Endpoint down;
        down.via = u"public"_s;
        down.url = u"https://api.example.com/health"_s;
        down.error = u"Timeout: no answer"_s;
        VerifyReport::Endpoint sick;
        sick.via = u"tunnel"_s;
        sick.url = u"http://127.0.0.1:8000/health/ready"_s;
        sick.status = 503;
        sick.bodyExcerpt = u"not ready"_s;
        r.endpoints << down << sick;
        r.ports << VerifyReport::Port{443, u"closed"_s, true} << VerifyReport::Port{5432, u"open"_s, false};
        const QStringList problems = r.problems();
        QCOMPARE(problems.size(), 4);
        QVERIFY(problems[0].contains(u"https://api.example.com/health (public): Timeout"_s));
        QVERIFY(problems[1].contains(u"HTTP status 503"_s));
        QVERIFY(problems[2].contains(u"port 443 should be open from outside but is closed"_s));
        QVERIFY(problems[3].contains(u"port 5432 is open from outside"_s));
        const QString text = r.toText();
        QVERIFY(text.contains(u"-> FAILED: Timeout: no answer"_s));
        QVERIFY(text.contains(u"-> HTTP 503 (not healthy)\n      body: not ready\n"_s));
        QVERIFY(text.contains(u"5432/tcp open (should be closed) <- PROBLEM"_s));
        QVERIFY(text.contains(u"Result: 4 problem(s):"_s));
    }
};

QTEST_GUILESS_MAIN(TestVerifyReport)
#include "tst_verifyreport.moc"
