// capataz-cli metrics parse, end to end: the real binary on temporary exposition files.
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

class TestCliMetrics : public QObject {
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;

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

    // The same OpenMetrics text under two names: the extension chooses the format.
    const QByteArray kOpenMetrics =
        "# HELP req Requests.\n# TYPE req counter\nreq_total{code=\"200\"} 7 # {trace=\"ab\"} 1\n"
        "req_created{code=\"200\"} 1700000000.5\n# EOF\n";

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void openMetricsByExtension()
    {
        const Run r = cli({u"metrics"_s, u"parse"_s, write(u"scrape.om"_s, kOpenMetrics), u"--json"_s});
        QVERIFY2(r.exitCode == 0, show(r).constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"format"_s).toString(), u"openmetrics"_s);
        const QJsonArray families = o.value(u"families"_s).toArray();
        QCOMPARE(families.size(), 1);
        QCOMPARE(families[0].toObject().value(u"type"_s).toString(), u"counter"_s);
        QCOMPARE(families[0].toObject().value(u"help"_s).toString(), u"Requests."_s);
        const QJsonArray samples = families[0].toObject().value(u"samples"_s).toArray();
        QCOMPARE(samples.size(), 1); // _created became the start timestamp
        const QJsonObject s = samples[0].toObject();
        QCOMPARE(s.value(u"name"_s).toString(), u"req_total"_s);
        QCOMPARE(s.value(u"labels"_s).toObject().value(u"code"_s).toString(), u"200"_s);
        QCOMPARE(s.value(u"value"_s).toString(), u"7"_s);
        QCOMPARE(s.value(u"start_timestamp_ms"_s).toDouble(), 1700000000500.0);
        QCOMPARE(s.value(u"exemplar"_s).toObject().value(u"labels"_s).toObject().value(u"trace"_s).toString(),
                 u"ab"_s);
    }

    void prometheusByDefault()
    {
        // Without # EOF: fine as Prometheus text, refused as OpenMetrics.
        const QByteArray text = "# TYPE up gauge\nup{job=\"a b\"}  1  1700000000000\nnan_metric NaN\n";
        const Run r = cli({u"metrics"_s, u"parse"_s, write(u"scrape.txt"_s, text)});
        QVERIFY2(r.exitCode == 0, show(r).constData());
        QVERIFY2(r.out.contains("up{job=\"a b\"} 1 1700000000000"), show(r).constData());
        QVERIFY2(r.out.contains("nan_metric NaN"), show(r).constData());
        QVERIFY2(r.out.contains("2 metric families, 2 samples"), show(r).constData());

        const Run om =
            cli({u"metrics"_s, u"parse"_s, write(u"scrape2.txt"_s, text), u"--format"_s, u"openmetrics"_s});
        QCOMPARE(om.exitCode, 1);
        QVERIFY2(om.err.contains("MissingEof"), show(om).constData());
    }

    void errorsWithLineNumbers()
    {
        const QByteArray text = "good 1\nbad{x=\"1} 2\nalso_good 3\nworse 1_000\n";
        const QString path = write(u"broken.prom"_s, text);
        const Run r = cli({u"metrics"_s, u"parse"_s, path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains((path + u":2: "_s).toUtf8()), show(r).constData());
        QVERIFY2(r.err.contains((path + u":4: "_s).toUtf8()), show(r).constData());
        QVERIFY2(r.err.contains("ParseError: line 2"), show(r).constData());
        QVERIFY2(r.out.isEmpty(), show(r).constData());

        const Run j = cli({u"metrics"_s, u"parse"_s, path, u"--json"_s});
        QCOMPARE(j.exitCode, 1);
        const QJsonArray problems = QJsonDocument::fromJson(j.out).object().value(u"problems"_s).toArray();
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems[0].toObject().value(u"line"_s).toInt(), 2);
        QCOMPARE(problems[0].toObject().value(u"code"_s).toString(), u"InvalidLabels"_s);
        QCOMPARE(problems[1].toObject().value(u"line"_s).toInt(), 4);
        QCOMPARE(problems[1].toObject().value(u"code"_s).toString(), u"InvalidValue"_s);
    }

    void spanishMessages()
    {
        const Run r = cli({u"metrics"_s, u"parse"_s, write(u"b.prom"_s, "x{\n")}, u"es_ES.UTF-8"_s);
        QCOMPARE(r.exitCode, 1);
        // the listing of the problems is in Spanish; the "ParseError: ..." detail line stays English
        QVERIFY2(r.err.contains(":1: Las etiquetas entre llaves están mal formadas."), show(r).constData());
        QVERIFY2(r.err.contains("texto prometheus válido"), show(r).constData());
    }

    void usageErrors()
    {
        QCOMPARE(cli({u"metrics"_s, u"parse"_s}).exitCode, 2);
        QCOMPARE(
            cli({u"metrics"_s, u"parse"_s, write(u"a.prom"_s, "a 1\n"), u"--format"_s, u"json"_s}).exitCode,
            2);
        QCOMPARE(cli({u"metrics"_s}).exitCode, 2);
        // `metrics SERVER` scrapes a server: an unknown profile is not found.
        const Run unknown = cli({u"metrics"_s, u"frobnicate"_s});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("NotFound"), show(unknown).constData());
        QCOMPARE(cli({u"metrics"_s, u"frobnicate"_s, u"--target"_s, u"nowhere"_s}).exitCode, 2);
        const Run missing = cli({u"metrics"_s, u"parse"_s, m_dir->filePath(u"nope.prom"_s)});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("NotFound"), show(missing).constData());
    }
};

QTEST_GUILESS_MAIN(TestCliMetrics)
#include "tst_cli_metrics.moc"
