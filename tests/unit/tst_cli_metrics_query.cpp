// capataz-cli metrics query, end to end: the real binary over a temporary OpenMetrics history
// (the input of promtool tsdb create-blocks-from openmetrics).
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifndef CAPATAZ_CLI_PATH
#error "CAPATAZ_CLI_PATH must name the capataz-cli binary (tests/unit/CMakeLists.txt)"
#endif

using namespace Qt::Literals::StringLiterals;

class TestCliMetricsQuery : public QObject {
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_history;

    using Run = capataz::test::CliRun;

    Run cli(const QStringList& args, const QString& lang = u"C.UTF-8"_s) const
    {
        return capataz::test::runCli(capataz::test::cliEnvironment(m_dir->path(), lang),
                                     m_dir->filePath(u"data"_s), args, {}, 30000);
    }
    QString write(const QString& name, const QByteArray& data) const
    {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(data);
        return path;
    }
    Run query(const QString& expr, const QStringList& more) const
    {
        return cli(QStringList{u"metrics"_s, u"query"_s, u"--file"_s, m_history, expr} + more);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        // Ten minutes of requests every 10 s: 9 good and 1 failed per interval; a gauge each minute.
        QByteArray om = "# HELP http_requests Requests.\n# TYPE http_requests counter\n";
        for (const auto& [code, step] : {std::pair{"200", 9}, std::pair{"500", 1}})
            for (int i = 0; i <= 60; ++i)
                om += "http_requests_total{code=\"" + QByteArray(code) + "\"} " +
                      QByteArray::number(step * i) + ' ' + QByteArray::number(i * 10) + '\n';
        om += "# TYPE temp gauge\n";
        for (int i = 0; i <= 10; ++i)
            om += "temp " + QByteArray::number(20 + i) + ' ' + QByteArray::number(i * 60) + ".000\n";
        om += "# EOF\n";
        m_history = write(u"history.om"_s, om);
    }

    void errorRatioAt()
    {
        const Run r =
            query(u"sum(rate(http_requests_total{code=~\"5..\"}[5m])) / sum(rate(http_requests_total[5m]))"_s,
                  {u"--at"_s, u"600"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, show(r).constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"resultType"_s).toString(), u"vector"_s);
        const QJsonArray result = o.value(u"result"_s).toArray();
        QCOMPARE(result.size(), 1);
        QVERIFY(result[0].toObject().value(u"metric"_s).toObject().isEmpty());
        const QJsonArray value = result[0].toObject().value(u"value"_s).toArray();
        QCOMPARE(value[0].toDouble(), 600.0);
        QVERIFY(qAbs(value[1].toString().toDouble() - 0.1) < 1e-9);
    }

    void textOutput()
    {
        const Run r = query(u"temp"_s, {u"--at"_s, u"1970-01-01T00:05:30Z"_s});
        QVERIFY2(r.exitCode == 0, show(r).constData());
        QCOMPARE(r.out, QByteArray("temp 25\n1 series\n"));
        const Run threshold = query(u"rate(http_requests_total[1m]) > 0.5"_s, {u"--at"_s, u"300"_s});
        QVERIFY2(threshold.exitCode == 0, show(threshold).constData());
        QCOMPARE(threshold.out, QByteArray("{code=\"200\"} 0.9\n1 series\n"));
    }

    void range()
    {
        const Run r = query(u"rate(http_requests_total{code=\"500\"}[1m])"_s,
                            {u"--range"_s, u"0:600:1m"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, show(r).constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"resultType"_s).toString(), u"matrix"_s);
        const QJsonArray result = o.value(u"result"_s).toArray();
        QCOMPARE(result.size(), 1);
        const QJsonArray values = result[0].toObject().value(u"values"_s).toArray();
        QCOMPARE(values.size(), 10); // at 0 s the window holds one sample
        QCOMPARE(values.first().toArray()[0].toDouble(), 60.0);
        for (const QJsonValue& v : values)
            QVERIFY(qAbs(v.toArray()[1].toString().toDouble() - 0.1) < 1e-9);
        // a number as the step, and the text form
        const Run text = query(u"temp"_s, {u"--range"_s, u"0:120:60"_s});
        QVERIFY2(text.exitCode == 0, show(text).constData());
        QCOMPARE(text.out, QByteArray("temp\n  0 20\n  60 21\n  120 22\n1 series\n"));
    }

    void scalar()
    {
        const Run r = query(u"2 * 3"_s, {u"--at"_s, u"5"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, show(r).constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"resultType"_s).toString(), u"scalar"_s);
        QCOMPARE(o.value(u"result"_s).toArray()[1].toString(), u"6"_s);
    }

    void parseErrorShowsColumn()
    {
        const Run r = query(u"rate(http_requests_total[1m)"_s, {u"--at"_s, u"600"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("  rate(http_requests_total[1m)\n                             ^ Unexpected "
                                "')'; expected ']'."),
                 r.err.constData());
        QVERIFY(r.err.contains("ParseError: column 28:"));
        const Run spanish =
            cli({u"metrics"_s, u"query"_s, u"--file"_s, m_history, u"sum(x) by (le"_s, u"--at"_s, u"1"_s},
                u"es_ES.UTF-8"_s);
        QCOMPARE(spanish.exitCode, 1);
        QVERIFY2(spanish.err.contains("La consulta termina antes de tiempo; se esperaba ')'."),
                 spanish.err.constData());
        const Run json = query(u"sum(x) by (le"_s, {u"--at"_s, u"1"_s, u"--json"_s});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject err = QJsonDocument::fromJson(json.err).object().value(u"error"_s).toObject();
        QCOMPARE(err.value(u"code"_s).toString(), u"ParseError"_s);
    }

    // A history as promtool reads it: every series at one time, then every series at the next,
    // a histogram without _count and _sum; a malformed line is reported and left out.
    void timeMajorHistory()
    {
        QByteArray om = "# TYPE h histogram\n";
        for (int i = 0; i < 40; ++i) {
            om += "h_bucket{le=\"0.1\"} " + QByteArray::number(i) + ' ' + QByteArray::number(i * 10) + '\n';
            om += "h_bucket{le=\"1\"} " + QByteArray::number(3 * i) + ' ' + QByteArray::number(i * 10) + '\n';
            om += "h_bucket{le=\"+Inf\"} " + QByteArray::number(4 * i) + ' ' + QByteArray::number(i * 10) +
                  '\n';
        }
        om += "# EOF\n";
        const QString path = write(u"time-major.om"_s, om);
        const QStringList args{
            u"metrics"_s, u"query"_s, u"--file"_s, path, u"histogram_quantile(0.5, rate(h_bucket[2m]))"_s,
            u"--at"_s,    u"390"_s};
        const Run r = cli(args);
        QVERIFY2(r.exitCode == 0, show(r).constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        // per second: 0.1 in le=0.1, 0.3 in le=1, 0.4 in all: rank 0.2 lies in (0.1, 1]: 0.1 + 0.9 x 0.1/0.2
        const QList<QByteArray> lines = r.out.split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].startsWith("{} "), r.out.constData());
        QVERIFY2(qAbs(lines[0].mid(3).toDouble() - 0.55) < 1e-9, r.out.constData());
        QCOMPARE(lines[1], QByteArray("1 series"));
        om.insert(om.indexOf("h_bucket{le=\"1\"} 3 10"), "h_bucket{le=\"1\" 3 10\n");
        const Run broken = cli({u"metrics"_s, u"query"_s, u"--file"_s, write(u"broken.om"_s, om),
                                u"h_bucket"_s, u"--at"_s, u"390"_s});
        QVERIFY2(broken.exitCode == 0, show(broken).constData());
        QVERIFY2(broken.err.contains("broken.om:6: "), broken.err.constData());
        QVERIFY(broken.out.endsWith("3 series\n"));
    }

    void evaluationError()
    {
        const Run r = query(u"http_requests_total / on() http_requests_total"_s, {u"--at"_s, u"600"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("InvalidArgument"), r.err.constData());
    }

    void usageErrors()
    {
        QCOMPARE(query(u"temp"_s, {}).exitCode, 2); // neither --at nor --range
        QCOMPARE(query(u"temp"_s, {u"--at"_s, u"1"_s, u"--range"_s, u"0:1:1"_s}).exitCode, 2); // both
        QCOMPARE(query(u"temp"_s, {u"--at"_s, u"yesterday"_s}).exitCode, 2);
        QCOMPARE(query(u"temp"_s, {u"--range"_s, u"0:10"_s}).exitCode, 2);
        QCOMPARE(query(u"temp"_s, {u"--range"_s, u"0:10:0s"_s}).exitCode, 2);
        QCOMPARE(cli({u"metrics"_s, u"query"_s, u"temp"_s, u"--at"_s, u"1"_s}).exitCode, 2); // no --file
        const Run missing = cli({u"metrics"_s, u"query"_s, u"--file"_s, m_dir->filePath(u"none.om"_s),
                                 u"temp"_s, u"--at"_s, u"1"_s});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("NotFound"));
    }
};

QTEST_GUILESS_MAIN(TestCliMetricsQuery)
#include "tst_cli_metrics_query.moc"
