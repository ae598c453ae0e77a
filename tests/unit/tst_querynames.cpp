// metrics::metricNames: which metrics a query is about (a rule's state is shown on the panels
// that chart the same metrics).
#include "metrics/QueryNames.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using capataz::metrics::metricNames;

class TestQueryNames : public QObject {
    Q_OBJECT
private slots:
    void names_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("plain") << u"up"_s << QStringList{u"up"_s};
        QTest::newRow("matchers") << u"up{job=\"api\"} == 0"_s << QStringList{u"up"_s};
        QTest::newRow("rate of a counter")
            << u"sum(rate(http_requests_total{status=~\"5..\"}[5m])) / sum(rate(http_requests_total[5m]))"_s
            << QStringList{u"http_requests"_s, u"http_requests_total"_s};
        QTest::newRow("histogram")
            << u"histogram_quantile(0.95, sum(rate(x_duration_seconds_bucket[5m])) by (le)) > 3"_s
            << QStringList{u"x_duration_seconds"_s, u"x_duration_seconds_bucket"_s};
        QTest::newRow("two metrics")
            << u"100 * (1 - node_memory_MemAvailable_bytes / node_memory_MemTotal_bytes)"_s
            << QStringList{u"node_memory_MemAvailable_bytes"_s, u"node_memory_MemTotal_bytes"_s};
        QTest::newRow("by __name__") << u"{__name__=\"queue_length\"}"_s << QStringList{u"queue_length"_s};
        QTest::newRow("name by regex") << u"{__name__=~\"queue_.*\"}"_s << QStringList{};
        QTest::newRow("number") << u"1 + 2"_s << QStringList{};
        QTest::newRow("does not parse") << u"sum(("_s << QStringList{};
    }
    void names()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, names);
        QStringList got = metricNames(query).values();
        got.sort();
        names.sort();
        QCOMPARE(got, names);
    }
};

QTEST_GUILESS_MAIN(TestQueryNames)
#include "tst_querynames.moc"
