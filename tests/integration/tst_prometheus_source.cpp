// A Prometheus server as the metrics source, against Debian's prometheus (2.42) running in the
// test host on its own 127.0.0.1:9090 and scraping node-exporter every second, asked through
// the SSH connection (PrometheusRequest over ssh::HttpGet: no port opened): query, query_range,
// series and labels answered and read; Prometheus's rate() over node-exporter's CPU counters
// equal, within 1e-6 relative, to the query engine's own over the raw samples the same
// Prometheus holds; its error for a bad query and a closed port reported as such; and
// `capataz-cli metrics SERVER --query` end to end with a profile's --prometheus, and without one
// (one scrape evaluated by the engine, counted as that Prometheus counts).
#include "CliRunner.h"
#include "TestHost.h"
#include "metrics/PrometheusRequest.h"
#include "metrics/QueryParser.h"

#ifndef CAPATAZ_CLI_PATH
#error "CAPATAZ_CLI_PATH must name the capataz-cli binary (tests/integration/CMakeLists.txt)"
#endif

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>

using namespace capataz;
using namespace capataz::metrics;
using namespace Qt::Literals::StringLiterals;

class TestPrometheusSource : public QObject {
    Q_OBJECT
    const test::TestHost* th = nullptr;
    std::unique_ptr<ssh::Connection> m_conn;
    PrometheusEndpoint m_prom;
    QTemporaryDir m_dir;

    struct Asked {
        Result<PrometheusAnswer> result = std::unexpected(Error{ErrorCode::Internal, u"not finished"_s});
        std::optional<PrometheusError> prometheusError;
    };
    Asked ask(PrometheusCall call, const QString& path, const PrometheusEndpoint& at)
    {
        PrometheusRequest request(*m_conn, at, call, path);
        QSignalSpy spy(&request, &PrometheusRequest::finished);
        request.start();
        Asked out;
        if (!spy.wait(30000) || spy.size() != 1)
            return out;
        out.result = spy.at(0).at(0).value<Result<PrometheusAnswer>>();
        out.prometheusError = request.prometheusError();
        return out;
    }
    Asked ask(PrometheusCall call, const QString& path) { return ask(call, path, m_prom); }
    // How many samples the first series of `selector` has in Prometheus's last minute.
    double samplesInLastMinute(const QString& selector)
    {
        const Asked a = ask(PrometheusCall::Query,
                            prometheusQueryPath(m_prom, u"count_over_time("_s + selector + u"[60s])"_s));
        if (!a.result || a.result->result.series.empty())
            return 0;
        return a.result->result.series.front().points.at(0).v;
    }

    static QByteArray why(const Asked& a)
    {
        return a.result ? QByteArray() : a.result.error().toString().toUtf8();
    }

    using Run = capataz::test::CliRun;
    Run cli(const QStringList& args) const
    {
        return capataz::test::runCli(capataz::test::cliEnvironment(m_dir.filePath(u"home"_s)),
                                     m_dir.filePath(u"cli-data"_s), args, {}, 90000);
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<Result<PrometheusAnswer>>();
        QString whyNot;
        th = test::TestHost::instance(&whyNot);
        if (!th)
            QSKIP(qPrintable(whyNot));
        if (th->value(u"TH_PROMETHEUS_PORT"_s).isEmpty() || th->value(u"TH_NODE_EXPORTER_PORT"_s).isEmpty())
            QSKIP("the test host runs no Prometheus server or no node exporter (install prometheus)");
        QVERIFY(m_dir.isValid());
        auto url = parsePrometheusUrl(u"http://127.0.0.1:"_s + th->value(u"TH_PROMETHEUS_PORT"_s));
        QVERIFY(url);
        m_prom = *url;
        m_conn = std::make_unique<ssh::Connection>(th->keySettings(u"ops"_s));
        QVERIFY(test::connectAndWait(*m_conn));
    }

    void instantQuery()
    {
        const Asked a = ask(PrometheusCall::Query, prometheusQueryPath(m_prom, u"up == 1"_s));
        QVERIFY2(a.result, why(a).constData());
        QCOMPARE(a.result->result.type, ValueType::InstantVector);
        std::map<std::string, double> jobs;
        for (const QuerySeries& s : a.result->result.series) {
            QCOMPARE(s.points.size(), size_t(1));
            jobs[std::string(s.labels.get("job"))] = s.points[0].v;
            QVERIFY(std::abs(s.points[0].t - QDateTime::currentMSecsSinceEpoch()) < 60'000);
        }
        QCOMPARE(jobs, (std::map<std::string, double>{{"node", 1}, {"prometheus", 1}}));
    }

    // A function of Prometheus over a counter that node-exporter and Prometheus itself expose, and
    // the query engine's own over the raw samples that same Prometheus holds, agree step by step.
    void rangeQueryAgreesWithTheEngine_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<QString>("selector");
        QTest::addColumn<bool>("moving"); // some value must not be 0
        const QString alloc = u"go_memstats_alloc_bytes_total"_s;
        QTest::newRow("rate alloc") << u"rate"_s << alloc << true;
        QTest::newRow("increase alloc") << u"increase"_s << alloc << true;
        QTest::newRow("irate alloc") << u"irate"_s << alloc << true;
        QTest::newRow("delta heap") << u"delta"_s << u"go_memstats_heap_alloc_bytes"_s << true;
        // In a sandbox the CPU counters may stand still: then both say 0.
        QTest::newRow("rate node cpu")
            << u"rate"_s << u"node_cpu_seconds_total{job=\"node\",mode=~\"idle|user\"}"_s << false;
    }
    void rangeQueryAgreesWithTheEngine()
    {
        QFETCH(QString, function);
        QFETCH(QString, selector);
        QFETCH(bool, moving);
        // At least 25 s of samples (a test host only just started has fewer).
        QTRY_VERIFY_WITH_TIMEOUT(samplesInLastMinute(selector) >= 25, 60000);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const Asked raw = ask(PrometheusCall::Query, prometheusQueryPath(m_prom, selector + u"[60s]"_s, now));
        QVERIFY2(raw.result, why(raw).constData());
        QCOMPARE(raw.result->result.type, ValueType::RangeVector);
        QVERIFY(raw.result->result.series.size() >= 2);
        SeriesSet data;
        qint64 last = 0;
        for (const QuerySeries& s : raw.result->result.series) {
            data.add(s.labels, s.points);
            last = std::max(last, s.points.back().t);
        }
        data.finish();
        // Half-way between two scrapes: no sample lies on a window's edge, where Prometheus 2.42
        // (closed on the left) and 3 (open) would differ.
        const qint64 end = last - 500;
        const qint64 start = end - 15'000;
        const QString query = function + u'(' + selector + u"[10s])"_s;
        const Asked theirs =
            ask(PrometheusCall::QueryRange, prometheusQueryRangePath(m_prom, query, start, end, 5000));
        QVERIFY2(theirs.result, why(theirs).constData());
        QCOMPARE(theirs.result->result.type, ValueType::InstantVector);
        const auto parsed = parseQuery(query);
        QVERIFY(parsed);
        const auto ours = evaluateRange(*parsed, data, start, end, 5000);
        QVERIFY2(ours, qPrintable(ours ? QString() : ours.error().describe()));
        QCOMPARE(theirs.result->result.series.size(), ours->series.size());
        std::map<std::string, const QuerySeries*> byLabels;
        for (const QuerySeries& s : ours->series)
            byLabels[s.labels.key()] = &s;
        bool nonZero = false;
        for (const QuerySeries& s : theirs.result->result.series) {
            QVERIFY2(!s.labels.has("__name__"), s.labels.toString().c_str());
            const auto it = byLabels.find(s.labels.key());
            QVERIFY2(it != byLabels.end(), s.labels.toString().c_str());
            QCOMPARE(s.points.size(), size_t(4));
            QCOMPARE(it->second->points.size(), s.points.size());
            for (size_t i = 0; i < s.points.size(); ++i) {
                QCOMPARE(it->second->points[i].t, s.points[i].t);
                const double a = s.points[i].v;
                const double b = it->second->points[i].v;
                nonZero = nonZero || a != 0;
                QVERIFY2(std::abs(a - b) <= 1e-6 * std::abs(a) || a == b,
                         qPrintable(u"%1 at %2: Prometheus %3, engine %4"_s
                                        .arg(QString::fromStdString(s.labels.toString()))
                                        .arg(s.points[i].t)
                                        .arg(a, 0, 'g', 17)
                                        .arg(b, 0, 'g', 17)));
            }
        }
        const QuerySeries& first = theirs.result->result.series.front();
        qInfo("%s: %zu series agree, e.g. %s at %lld: %.17g", qPrintable(query),
              theirs.result->result.series.size(), first.labels.toString().c_str(), first.points.back().t,
              first.points.back().v);
        QVERIFY(nonZero || !moving);
    }

    void seriesAndLabels()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const Asked series =
            ask(PrometheusCall::Series,
                prometheusSeriesPath(m_prom, {u"up"_s, u"{__name__=\"node_load1\"}"_s}, now - 60'000, now));
        QVERIFY2(series.result, why(series).constData());
        QStringList names;
        for (const LabelSet& l : series.result->series)
            names << QString::fromStdString(std::string(l.get("__name__"))) + u'/' +
                         QString::fromStdString(std::string(l.get("job")));
        names.sort();
        QCOMPARE(names, (QStringList{u"node_load1/node"_s, u"up/node"_s, u"up/prometheus"_s}));
        const Asked labels = ask(PrometheusCall::Labels, prometheusLabelsPath(m_prom));
        QVERIFY2(labels.result, why(labels).constData());
        for (const QString& l : {u"__name__"_s, u"instance"_s, u"job"_s, u"mode"_s, u"cpu"_s})
            QVERIFY2(labels.result->labels.contains(l), qPrintable(labels.result->labels.join(u',')));
    }

    void errors()
    {
        const Asked bad = ask(PrometheusCall::Query, prometheusQueryPath(m_prom, u"rate(up[5m]"_s));
        QVERIFY(!bad.result);
        QVERIFY(bad.prometheusError);
        QCOMPARE(bad.prometheusError->code, PrometheusError::Code::BadData);
        QCOMPARE(bad.prometheusError->httpStatus, 400);
        QVERIFY2(bad.prometheusError->message.contains(u"parse error"_s),
                 qPrintable(bad.prometheusError->message));
        QCOMPARE(bad.result.error().code, ErrorCode::InvalidArgument);
        // A step giving more than 11,000 points: refused by Prometheus, not by us.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const Asked many = ask(PrometheusCall::QueryRange,
                               prometheusQueryRangePath(m_prom, u"up"_s, now - 3'600'000, now, 100));
        QVERIFY(!many.result && many.prometheusError);
        QCOMPARE(many.prometheusError->code, PrometheusError::Code::BadData);
        // Nothing listens there: the tunnel fails, there is no Prometheus error.
        PrometheusEndpoint closed = m_prom;
        closed.port = 9;
        const Asked none = ask(PrometheusCall::Query, prometheusQueryPath(closed, u"up"_s), closed);
        QVERIFY(!none.result);
        QVERIFY(!none.prometheusError);
        QVERIFY2(none.result.error().code != ErrorCode::Internal, why(none).constData()); // it finished
        // node-exporter is no Prometheus: its 404 for /api/v1/query says so.
        PrometheusEndpoint node = m_prom;
        node.port = th->value(u"TH_NODE_EXPORTER_PORT"_s).toInt();
        const Asked notProm = ask(PrometheusCall::Query, prometheusQueryPath(node, u"up"_s), node);
        QVERIFY(!notProm.result && notProm.prometheusError);
        QVERIFY2(notProm.prometheusError->code == PrometheusError::Code::NotFound ||
                     notProm.prometheusError->code == PrometheusError::Code::BadAnswer,
                 qPrintable(notProm.prometheusError->describe()));
    }

    void cliAsksThePrometheusOfTheProfile()
    {
        const Run add =
            cli({u"servers"_s, u"add"_s, u"withprom"_s, u"--host"_s, th->host(), u"--port"_s,
                 QString::number(th->port()), u"--user"_s, u"ops"_s, u"--key"_s, th->value(u"TH_KEY_OPS"_s),
                 u"--known-hosts"_s, th->value(u"TH_KNOWN_HOSTS"_s), u"--role"_s, u"support"_s,
                 u"--prometheus"_s, u"http://127.0.0.1:"_s + th->value(u"TH_PROMETHEUS_PORT"_s)});
        QVERIFY2(add.exitCode == 0, show(add).constData());
        Run r = cli({u"metrics"_s, u"withprom"_s, u"--query"_s, u"sum by (job) (up)"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, show(r).constData());
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"resultType"_s).toString(), u"vector"_s);
        QCOMPARE(o.value(u"result"_s).toArray().size(), 2);
        QCOMPARE(o.value(u"server"_s).toString(), u"withprom"_s);

        r = cli({u"metrics"_s, u"withprom"_s, u"--query"_s, u"up{job=\"node\"}"_s, u"--range"_s, u"10s"_s,
                 u"--step"_s, u"2s"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, show(r).constData());
        o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"resultType"_s).toString(), u"matrix"_s);
        const QJsonArray values =
            o.value(u"result"_s).toArray().at(0).toObject().value(u"values"_s).toArray();
        QVERIFY2(values.size() >= 5 && values.size() <= 6, show(r).constData());
        QCOMPARE(values.at(1).toArray().at(0).toDouble() - values.at(0).toArray().at(0).toDouble(), 2.0);

        r = cli({u"metrics"_s, u"withprom"_s, u"--query"_s, u"rate(up[5m]"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("parse error") && r.err.contains("InvalidArgument"), show(r).constData());
    }

    // Without a Prometheus server, --query is evaluated over one scrape by the engine: the same
    // node-exporter counted by the test host's Prometheus and by one scrape agrees.
    void cliEvaluatesAScrapeWithoutPrometheus()
    {
        const Run add = cli({u"servers"_s, u"add"_s, u"noprom"_s, u"--host"_s, th->host(), u"--port"_s,
                             QString::number(th->port()), u"--user"_s, u"ops"_s, u"--key"_s,
                             th->value(u"TH_KEY_OPS"_s), u"--known-hosts"_s, th->value(u"TH_KNOWN_HOSTS"_s)});
        QVERIFY2(add.exitCode == 0, show(add).constData());
        const QString query = u"count by (job, instance) (node_cpu_seconds_total)"_s;
        const Run r = cli({u"metrics"_s, u"noprom"_s, u"--query"_s, query, u"--json"_s});
        QVERIFY2(r.exitCode == 0, show(r).constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"resultType"_s).toString(), u"vector"_s);
        const QJsonArray result = o.value(u"result"_s).toArray();
        QCOMPARE(result.size(), 1);
        const QJsonObject metric = result.at(0).toObject().value(u"metric"_s).toObject();
        QCOMPARE(metric.value(u"job"_s).toString(), u"node"_s);
        QCOMPARE(metric.value(u"instance"_s).toString(), u"127.0.0.1:9100"_s);
        const double scraped =
            result.at(0).toObject().value(u"value"_s).toArray().at(1).toString().toDouble();
        const Asked theirs = ask(PrometheusCall::Query, prometheusQueryPath(m_prom, query));
        QVERIFY2(theirs.result, why(theirs).constData());
        double prometheus = 0;
        for (const QuerySeries& s : theirs.result->result.series)
            if (s.labels.get("job") == "node")
                prometheus = s.points.at(0).v;
        QVERIFY(prometheus >= 8); // 8 modes per CPU
        QCOMPARE(scraped, prometheus);
    }
};

QTEST_GUILESS_MAIN(TestPrometheusSource)
#include "tst_prometheus_source.moc"
