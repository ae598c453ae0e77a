// parseJsonLine: structured log lines as python-json-logger, structlog, pino and MongoDB write
// them become columns (time, level, logger, message) plus the other fields; anything else,
// malformed JSON included, stays plain text.
#include "logs/LogJson.h"

#include <QTest>

using namespace capataz;
using namespace capataz::logs;
using namespace Qt::Literals::StringLiterals;

class TestLogJson : public QObject {
    Q_OBJECT
private slots:
    void columnsAndFields()
    {
        const auto l =
            parseJsonLine("{\"timestamp\":\"2024-01-01T10:00:00.250Z\",\"level\":\"INFO\",\"logger\":\"app\","
                          "\"message\":\"order paid\",\"order_id\":42,\"ok\":true,\"tags\":[\"a\",\"b\"],"
                          "\"user\":{\"id\":7},\"note\":\"déjà vu\"}");
        QVERIFY(l);
        QCOMPARE(l->time, u"2024-01-01T10:00:00.250Z"_s);
        QCOMPARE(l->timeMs, 1'704'103'200'250);
        QCOMPARE(l->level, Level::Info);
        QCOMPARE(l->logger, u"app"_s);
        QCOMPARE(l->message, u"order paid"_s);
        const QList<std::pair<QString, QString>> fields{{u"note"_s, u"déjà vu"_s},
                                                        {u"ok"_s, u"true"_s},
                                                        {u"order_id"_s, u"42"_s},
                                                        {u"tags"_s, u"[\"a\",\"b\"]"_s},
                                                        {u"user"_s, u"{\"id\":7}"_s}};
        QCOMPARE(l->fields, fields);
    }

    void otherSpellings()
    {
        const auto py =
            parseJsonLine("{\"asctime\": \"2024-01-01 10:00:00,123\", \"levelname\": \"WARNING\", "
                          "\"name\": \"app.db\", \"message\": \"slow\"}");
        QVERIFY(py);
        QCOMPARE(py->level, Level::Warning);
        QCOMPARE(py->logger, u"app.db"_s);
        QCOMPARE(py->time, u"2024-01-01 10:00:00,123"_s);
        QVERIFY(py->fields.isEmpty());

        const auto pino = parseJsonLine("{\"level\":50,\"time\":1704103200000,\"pid\":1,\"msg\":\"failed\"}");
        QVERIFY(pino);
        QCOMPARE(pino->level, Level::Error);
        QCOMPARE(pino->timeMs, 1'704'103'200'000);
        QCOMPARE(pino->message, u"failed"_s);
        QCOMPARE(pino->fields, (QList<std::pair<QString, QString>>{{u"pid"_s, u"1"_s}}));

        const auto structlog =
            parseJsonLine("  {\"event\": \"login\", \"severity\": \"error\", \"ts\": 1704103200.5}");
        QVERIFY(structlog);
        QCOMPARE(structlog->message, u"login"_s);
        QCOMPARE(structlog->level, Level::Error);
        QCOMPARE(structlog->timeMs, 1'704'103'200'500);

        const auto mongo =
            parseJsonLine("{\"t\":{\"$date\":\"2024-01-01T10:00:00.000+00:00\"},\"s\":\"W\",\"c\":"
                          "\"NETWORK\",\"id\":22943,\"ctx\":\"listener\",\"msg\":\"Connection accepted\"}");
        QVERIFY(mongo);
        QCOMPARE(mongo->time, u"2024-01-01T10:00:00.000+00:00"_s);
        QCOMPARE(mongo->timeMs, 1'704'103'200'000);
        QCOMPARE(mongo->level, Level::Warning);
        QCOMPARE(mongo->logger, u"NETWORK"_s);
        QCOMPARE(mongo->message, u"Connection accepted"_s);
        QCOMPARE(mongo->fields.size(), 2);
    }

    void notJsonStaysText()
    {
        QVERIFY(!parseJsonLine("INFO plain text"));
        QVERIFY(!parseJsonLine("{\"level\":\"info\",\"msg\":\"cut in the midd"));
        QVERIFY(!parseJsonLine("{not json at all}"));
        QVERIFY(!parseJsonLine("[1,2,3]"));
        QVERIFY(!parseJsonLine(""));
        QVERIFY(!parseJsonLine("{\"a\":1} trailing"));
    }
};

QTEST_GUILESS_MAIN(TestLogJson)
#include "tst_logjson.moc"
