// The log sources' parsers: compose v1/v2 prefixes, docker's nanosecond timestamps, journald JSON.
#include "logs/LogLevel.h"
#include "logs/LogParse.h"

#include <QTest>

using namespace capataz;
using namespace capataz::logs;
using namespace Qt::Literals::StringLiterals;

class TestLogParse : public QObject {
    Q_OBJECT
private slots:
    void timestamps()
    {
        QCOMPARE(parseRfc3339Nanos(u"1970-01-01T00:00:00Z"), 0);
        QCOMPARE(parseRfc3339Nanos(u"1970-01-01T00:00:01.000000001Z"), 1'000'000'001);
        QCOMPARE(parseRfc3339Nanos(u"2024-02-29T12:34:56.123456789Z"), 1709210096123456789LL);
        // Go's RFC3339Nano trims zeros: fewer digits mean the same instant.
        QCOMPARE(parseRfc3339Nanos(u"2024-02-29T12:34:56.12Z"), 1709210096120000000LL);
        QCOMPARE(parseRfc3339Nanos(u"2024-02-29T14:34:56.12+02:00"), 1709210096120000000LL);
        QVERIFY(!parseRfc3339Nanos(u"2024-02-29 nonsense"));
        QVERIFY(!parseRfc3339Nanos(u"2024-02-29T12:34:56"));
        QVERIFY(!parseRfc3339Nanos(u"2024-13-29T12:34:56Z"));
        QVERIFY(!parseRfc3339Nanos(u"2024-02-29T12:34:56.Z"));
        QCOMPARE(formatRfc3339Nanos(1709210096120000000LL), u"2024-02-29T12:34:56.120000000Z"_s);
        for (qint64 ns : {0LL, 1LL, 999'999'999LL, 1709210096123456789LL})
            QCOMPARE(parseRfc3339Nanos(formatRfc3339Nanos(ns)), ns);
    }

    void composeV2()
    {
        const ComposeLine l =
            parseComposeLine(u"web-1     | 2024-02-29T12:34:56.123456789Z GET / 200 | 3ms", u"app");
        QCOMPARE(l.container, u"web-1"_s);
        QCOMPARE(l.service, u"web"_s);
        QCOMPARE(l.timeNs, 1709210096123456789LL);
        QCOMPARE(l.text, u"GET / 200 | 3ms"_s);
        const ComposeLine empty = parseComposeLine(u"worker-2  | 2024-02-29T12:34:56Z", u"app");
        QCOMPARE(empty.service, u"worker"_s);
        QCOMPARE(empty.text, QString());
    }

    void composeV1()
    {
        // docker-compose 1.29: "<project>_<service>_<n>", project without '-' and '_'.
        const ComposeLine l =
            parseComposeLine(u"capatazlogstest_my-svc_1  | 2024-02-29T12:34:56.000000001Z  indented"_s,
                             composeProjectName(u"/opt/capataz-logs-test/"));
        QCOMPARE(l.container, u"capatazlogstest_my-svc_1"_s);
        QCOMPARE(l.service, u"my-svc"_s);
        QCOMPARE(l.timeNs, 1709210096000000001LL);
        QCOMPARE(l.text, u" indented"_s);
        QCOMPARE(serviceOfContainer(u"capataz-logs-test_web_1", u"capataz-logs-test"), u"web"_s);
        QCOMPARE(serviceOfContainer(u"capataz-logs-test-web-1", u"capataz-logs-test"), u"web"_s);
        QCOMPARE(composeProjectName(u"/opt/My App.v2"), u"myappv2"_s);
    }

    void composeWithoutPrefix()
    {
        for (const auto& text : {u"Attaching to a_web_1, a_db_1"_s, u"a_web_1 exited with code 0"_s,
                                 u"| starts with a bar"_s, u"weird name! | x"_s}) {
            const ComposeLine l = parseComposeLine(text, u"a");
            QVERIFY(l.container.isEmpty());
            QCOMPARE(l.text, text);
        }
        // A prefix without a timestamp (--timestamps not given): text kept whole.
        const ComposeLine l = parseComposeLine(u"web-1  | hello world", u"a");
        QCOMPARE(l.service, u"web"_s);
        QCOMPARE(l.timeNs, 0);
        QCOMPARE(l.text, u"hello world"_s);
    }

    void journal()
    {
        const auto e = parseJournalJson(
            u"{\"__CURSOR\":\"s=abc;i=1\",\"__REALTIME_TIMESTAMP\":\"1709210096123456\",\"PRIORITY\":\"3\",\"_SYSTEMD_UNIT\":\"app.service\",\"MESSAGE\":\"disk \\\"full\\\"\"}"_s);
        QVERIFY(e);
        QCOMPARE(e->cursor, u"s=abc;i=1"_s);
        QCOMPARE(e->timeUs, 1709210096123456LL);
        QCOMPARE(e->priority, 3);
        QCOMPARE(levelOfPriority(e->priority), Level::Error);
        QCOMPARE(e->origin, u"app.service"_s);
        QCOMPARE(e->message, u"disk \"full\""_s);
        // MESSAGE as bytes (not valid UTF-8 or with control characters): an array of numbers.
        const auto b = parseJournalJson(
            u"{\"__CURSOR\":\"c\",\"__REALTIME_TIMESTAMP\":\"1\",\"SYSLOG_IDENTIFIER\":\"x\",\"MESSAGE\":[104,105,9,195,177]}"_s);
        QVERIFY(b);
        QCOMPARE(b->message, u"hi\tñ"_s);
        QCOMPARE(b->priority, -1);
        QCOMPARE(levelOfPriority(b->priority), Level::Unknown);
        QCOMPARE(b->origin, u"x"_s);
        const auto n = parseJournalJson(u"{\"__CURSOR\":\"c\",\"MESSAGE\":null}"_s);
        QVERIFY(n);
        QVERIFY(n->message.isEmpty());
        QVERIFY(!parseJournalJson(u"not json"));
        QVERIFY(!parseJournalJson(u"[1,2]"));
    }

    void priorities()
    {
        QCOMPARE(levelOfPriority(0), Level::Critical);
        QCOMPARE(levelOfPriority(2), Level::Critical);
        QCOMPARE(levelOfPriority(4), Level::Warning);
        QCOMPARE(levelOfPriority(5), Level::Notice);
        QCOMPARE(levelOfPriority(6), Level::Info);
        QCOMPARE(levelOfPriority(7), Level::Debug);
        QCOMPARE(levelOfPriority(8), Level::Unknown);
    }

    void inlineLevels()
    {
        QCOMPARE(detectLevel(QByteArrayView("2024 [ERROR] db down")), Level::Error);
        QCOMPARE(detectLevel(QByteArrayView("level=warn msg=slow")), Level::Warning);
        QCOMPARE(detectLevel(QByteArrayView("INFO started")), Level::Info);
        QCOMPARE(detectLevel(QByteArrayView("FATAL: out of memory")), Level::Critical);
        QCOMPARE(detectLevel(QByteArrayView("errors=0 information")), Level::Unknown);
        QCOMPARE(detectLevel(QByteArrayView("plain text")), Level::Unknown);
        QCOMPARE(levelFromName(u"Warning"), Level::Warning);
        QVERIFY(!levelFromName(u"loud"));
        QCOMPARE(levelKey(Level::Error), u"error"_s);
    }
};

QTEST_GUILESS_MAIN(TestLogParse)
#include "tst_logparse.moc"
