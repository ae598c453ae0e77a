// The exposition parser on what a user would throw at it: each type, escapes, UTF-8, NaN and
// infinities, timestamps in both formats, _created, exemplars, hostile input (truncated lines,
// bad escapes, huge label sets, duplicate series, invalid UTF-8, a 50 MB body), the line of each
// error, and lenient parsing keeping the good samples.
#include "metrics/ExpositionParser.h"

#include <QElapsedTimer>
#include <QTest>

#include <cmath>

using namespace capataz;
using namespace capataz::metrics;
using namespace Qt::Literals::StringLiterals;

namespace {

std::string_view view(const QByteArray& b)
{
    return {b.constData(), size_t(b.size())};
}

QString str(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString labelsOf(const Exposition& e, const Sample& s)
{
    QStringList out;
    for (const Label& l : e.labels(s.labels))
        out << str(l.name) + u'=' + str(l.value);
    return out.join(u',');
}

const auto Prom = ExpositionFormat::Prometheus;
const auto Om = ExpositionFormat::OpenMetrics;

} // namespace

Q_DECLARE_METATYPE(capataz::metrics::ExpositionFormat)

class TestMetricsParse : public QObject {
    Q_OBJECT

private slots:
    void everyTypePrometheus()
    {
        const QByteArray text =
            "# HELP http_requests_total Requests.\n"
            "# TYPE http_requests_total counter\n"
            "http_requests_total{method=\"GET\",code=\"200\"} 1027 1395066363000\n"
            "\n"
            "# TYPE temp gauge\n"
            "temp -3.5e-2\n"
            "# TYPE lat histogram\n"
            "lat_bucket{le=\"0.1\"} 3\nlat_bucket{le=\"+Inf\"} 5\nlat_sum 1.5\nlat_count 5\n"
            "# TYPE rpc summary\n"
            "rpc{quantile=\"0.99\"} NaN\nrpc_sum 2\nrpc_count 4\n"
            "# TYPE loose untyped\n"
            "loose -Inf\n";
        auto r = parseExposition(view(text), Prom);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        const Exposition& e = *r;
        QCOMPARE(e.families.size(), size_t(5));
        QCOMPARE(e.families[0].type, MetricType::Counter);
        QCOMPARE(QByteArray::fromStdString(e.families[0].help), "Requests.");
        QCOMPARE(e.families[2].type, MetricType::Histogram);
        QCOMPARE(e.families[2].sampleCount, 4u);
        QCOMPARE(e.families[3].type, MetricType::Summary);
        QCOMPARE(e.families[4].type, MetricType::Unknown);
        QCOMPARE(e.samples.size(), size_t(10));
        QCOMPARE(e.samples[0].timestampMs, 1395066363000LL);
        QCOMPARE(labelsOf(e, e.samples[0]), u"method=GET,code=200"_s);
        QCOMPARE(e.samples[1].value, -0.035);
        QVERIFY(std::isinf(e.samples[3].value) == false && e.samples[3].value == 5);
        QCOMPARE(labelsOf(e, e.samples[3]), u"le=+Inf"_s);
        QVERIFY(std::isnan(e.samples[6].value));
        QVERIFY(std::isinf(e.samples[9].value) && e.samples[9].value < 0);
        QCOMPARE(e.samples[9].line, 17);
        QCOMPARE(e.samples[1].timestampMs, kNoTimestamp);
    }

    void everyTypeOpenMetrics()
    {
        const QByteArray text =
            "# TYPE c_seconds counter\n# UNIT c_seconds seconds\n"
            "# HELP c_seconds help with \\\"quotes\\\" and \\\\ and \\n.\n"
            "c_seconds_total{a=\"1\"} 5 # {trace_id=\"x\"} 1 1700000000.1\n"
            "c_seconds_created{a=\"1\"} 1690000000.5\n"
            "# TYPE g gauge\ng 1.5\n"
            "# TYPE h histogram\nh_bucket{le=\"1\"} 1\nh_bucket{le=\"+Inf\"} 2 # {s=\"y\"} 0.3\n"
            "h_sum 3\nh_count 2\nh_created 10\n"
            "# TYPE gh gaugehistogram\ngh_bucket{le=\"+Inf\"} 1\ngh_gcount 1\ngh_gsum 2\n"
            "# TYPE s summary\ns{quantile=\"0.5\"} 1\ns_sum 1\ns_count 1\n"
            "# TYPE st stateset\nst{st=\"a\"} 1\nst{st=\"b\"} 0\n"
            "# TYPE i info\ni_info{version=\"1.2\"} 1\n"
            "# TYPE u unknown\nu 7\n"
            "# EOF\n";
        auto r = parseExpositionDetailed(view(text), Om);
        QVERIFY2(r, r ? "" : qPrintable(r.error().describe()));
        const Exposition& e = *r;
        QCOMPARE(e.families.size(), size_t(8));
        QCOMPARE(QByteArray::fromStdString(e.families[0].unit), "seconds");
        QCOMPARE(QByteArray::fromStdString(e.families[0].help), "help with \"quotes\" and \\ and \n.");
        const Sample& c = e.samples[0];
        QCOMPARE(str(e.name(c.name)), u"c_seconds_total"_s);
        QCOMPARE(c.timestampMs, kNoTimestamp);
        QCOMPARE(c.startTimestampMs, 1690000000500LL); // c_created folded in
        QVERIFY(c.exemplar >= 0);
        QCOMPARE(e.exemplars[size_t(c.exemplar)].timestampMs, 1700000000100LL);
        QCOMPARE(labelsOf(e, Sample{e.exemplars[size_t(c.exemplar)].labels,
                                    e.exemplars[size_t(c.exemplar)].labels}),
                 u"trace_id=x"_s);
        for (const Sample& s : e.samples)
            QVERIFY(!str(e.name(s.name)).endsWith(u"_created"_s));
        const MetricFamily& h = e.families[2];
        QCOMPARE(h.type, MetricType::Histogram);
        QCOMPARE(h.sampleCount, 4u);
        for (quint32 i = h.firstSample; i < h.firstSample + h.sampleCount; ++i)
            QCOMPARE(e.samples[i].startTimestampMs, 10000LL);
        QCOMPARE(e.families[3].type, MetricType::GaugeHistogram);
        QCOMPARE(e.families[5].type, MetricType::StateSet);
        QCOMPARE(e.families[6].type, MetricType::Info);
        QCOMPARE(e.families[7].type, MetricType::Unknown);
        // a UNIT that does not end the name, and metadata naming another metric, are refused
        QCOMPARE(parseExpositionDetailed("# TYPE c counter\n# UNIT c seconds\n# EOF\n", Om).error().code,
                 ExpositionProblem::Code::UnitMismatch);
        QCOMPARE(
            parseExpositionDetailed("# TYPE c counter\n# UNIT c_s s\n# HELP c x\n# EOF\n", Om).error().code,
            ExpositionProblem::Code::ClashingName);
    }

    void escapesAndUtf8()
    {
        const QByteArray text =
            "m{path=\"C:\\\\dir\",q=\"say \\\"hi\\\"\",nl=\"a\\nb\",odd=\"\\z\",u=\"Peña ☃ 🐄\"} 1\n"
            "{\"weird.name 10€\",\"label with space\"=\"v\"} 2\n";
        auto r = parseExposition(view(text), Prom);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(labelsOf(*r, r->samples[0]), u"path=C:\\dir,q=say \"hi\",nl=a\nb,odd=\\z,u=Peña ☃ 🐄"_s);
        QCOMPARE(str(r->name(r->samples[1].name)), u"weird.name 10€"_s);
        QCOMPARE(labelsOf(*r, r->samples[1]), u"label with space=v"_s);
    }

    void specialValues_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<double>("expected"); // NaN compared with isnan
        QTest::newRow("NaN") << QByteArray("NaN") << std::nan("");
        QTest::newRow("nan") << QByteArray("nan") << std::nan("");
        QTest::newRow("+Inf") << QByteArray("+Inf") << double(INFINITY);
        QTest::newRow("-Inf") << QByteArray("-Inf") << -double(INFINITY);
        QTest::newRow("exponent") << QByteArray("1.5e3") << 1500.0;
        QTest::newRow("leading zeros") << QByteArray("0001.25") << 1.25;
        QTest::newRow("uint64") << QByteArray("18446744073709551615") << 18446744073709551615.0;
        QTest::newRow("overflow") << QByteArray("1e999") << double(INFINITY);
    }
    void specialValues()
    {
        QFETCH(QByteArray, value);
        QFETCH(double, expected);
        for (const auto format : {Prom, Om}) {
            const QByteArray text = "a " + value + (format == Om ? "\n# EOF\n" : "\n");
            auto r = parseExposition(view(text), format);
            QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
            const double v = r->samples.at(0).value;
            QVERIFY2(std::isnan(expected) ? std::isnan(v) : v == expected, qPrintable(QString::number(v)));
        }
    }

    void timestamps()
    {
        auto p = parseExposition("a 1 -5\nb 1 1700000000123\n", Prom);
        QVERIFY(p);
        QCOMPARE(p->samples[0].timestampMs, -5LL);
        QCOMPARE(p->samples[1].timestampMs, 1700000000123LL);
        // OpenMetrics: seconds, exactly (no binary rounding), exponent allowed
        auto o = parseExposition("a 1 1520879607.789\nb 1 1.5e3\nc 1 0.0009\n# EOF\n", Om);
        QVERIFY2(o, qPrintable(o ? QString() : o.error().toString()));
        QCOMPARE(o->samples[0].timestampMs, 1520879607789LL);
        QCOMPARE(o->samples[1].timestampMs, 1500000LL);
        QCOMPARE(o->samples[2].timestampMs, 0LL);
        // a float timestamp is not Prometheus text; a huge one does not wrap
        QCOMPARE(parseExpositionDetailed("a 1 1.5\n", Prom).error().code,
                 ExpositionProblem::Code::InvalidTimestamp);
        QCOMPARE(parseExpositionDetailed("a 1 99999999999999999999\n# EOF\n", Om).error().code,
                 ExpositionProblem::Code::TimestampOutOfRange);
    }

    // The line of the first problem, and its code, for input people do send.
    void errorLines_data()
    {
        QTest::addColumn<ExpositionFormat>("format");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("code");
        QTest::newRow("truncated label value")
            << Prom << QByteArray("a 1\nb{x=\"abc") << 2 << u"InvalidLabels"_s;
        QTest::newRow("truncated after brace") << Prom << QByteArray("a 1\n\nb{") << 3 << u"InvalidLabels"_s;
        QTest::newRow("no value") << Prom << QByteArray("ok 1\nok 2\nnovalue\n") << 3 << u"MissingValue"_s;
        QTest::newRow("bad escape at end") << Prom << QByteArray("a{x=\"abc\\") << 1 << u"InvalidLabels"_s;
        QTest::newRow("unquoted value") << Prom << QByteArray("a 1\na{x=1} 2\n") << 2 << u"InvalidLabels"_s;
        QTest::newRow("hex value") << Prom << QByteArray("a 0x1p3\n") << 1 << u"InvalidValue"_s;
        QTest::newRow("text after timestamp")
            << Prom << QByteArray("a 1 2 3\n") << 1 << u"TrailingCharacters"_s;
        QTest::newRow("invalid utf-8 value")
            << Prom << QByteArray("a 1\nb{x=\"\xff\xfe\"} 1\n") << 2 << u"InvalidUtf8"_s;
        QTest::newRow("overlong utf-8")
            << Prom << QByteArray("b{x=\"\xc0\xaf\"} 1\n") << 1 << u"InvalidUtf8"_s;
        QTest::newRow("invalid utf-8 help")
            << Prom << QByteArray("# HELP a \xff\na 1\n") << 1 << u"InvalidUtf8"_s;
        QTest::newRow("duplicate label")
            << Prom << QByteArray("a{x=\"1\",x=\"2\"} 1\n") << 1 << u"DuplicateLabelName"_s;
        QTest::newRow("bad type") << Prom << QByteArray("# TYPE a thing\n") << 1 << u"UnknownType"_s;
        QTest::newRow("om missing eof") << Om << QByteArray("a 1\nb 2\n") << 2 << u"MissingEof"_s;
        QTest::newRow("om blank line") << Om << QByteArray("a 1\n\n# EOF\n") << 2 << u"BlankLine"_s;
        QTest::newRow("om after eof") << Om << QByteArray("# EOF\na 1\n") << 2 << u"TextAfterEof"_s;
        QTest::newRow("om two spaces") << Om << QByteArray("a  1\n# EOF\n") << 1 << u"TrailingCharacters"_s;
        QTest::newRow("om negative counter")
            << Om << QByteArray("# TYPE c counter\nc_total -1\n# EOF\n") << 2 << u"NegativeValue"_s;
        QTest::newRow("om buckets out of order")
            << Om
            << QByteArray("# TYPE h histogram\nh_bucket{le=\"2\"} 1\nh_bucket{le=\"1\"} "
                          "1\nh_bucket{le=\"+Inf\"} 1\n# EOF\n")
            << 3 << u"HistogramInvalid"_s;
        QTest::newRow("om no +Inf bucket")
            << Om << QByteArray("# TYPE h histogram\nh_bucket{le=\"1\"} 1\n# EOF\n") << 2
            << u"HistogramInvalid"_s;
        QTest::newRow("om interleaved series")
            << Om << QByteArray("a{x=\"1\"} 1\na{x=\"2\"} 1\na{x=\"1\"} 2\n# EOF\n") << 3
            << u"InvalidGrouping"_s;
        QTest::newRow("om time going back")
            << Om << QByteArray("a 1 10\na 1 9\n# EOF\n") << 2 << u"TimestampWentBack"_s;
        QTest::newRow("om exemplar on gauge")
            << Om << QByteArray("# TYPE g gauge\ng 1 # {a=\"b\"} 1\n# EOF\n") << 2 << u"ExemplarNotAllowed"_s;
        QTest::newRow("om metadata late")
            << Om << QByteArray("a 1\n# HELP a late\n# EOF\n") << 2 << u"MetadataAfterSamples"_s;
    }
    void errorLines()
    {
        QFETCH(ExpositionFormat, format);
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, code);
        const auto r = parseExpositionDetailed(view(text), format);
        QVERIFY(!r);
        QCOMPARE(r.error().codeName(), code);
        QCOMPARE(r.error().line, line);
        const Error err = r.error().toError();
        QCOMPARE(err.code, ErrorCode::ParseError);
        QVERIFY2(err.detail.startsWith(u"line "_s + QString::number(line) + u": "_s), qPrintable(err.detail));
    }

    void lenientKeepsTheGoodSamples()
    {
        const QByteArray text = "# TYPE up gauge\nup{job=\"a\"} 1\nup{job=\"b\" 1\nup{job=\"c\"} 1\n"
                                "garbage line here\nup{job=\"d\"} 0\nup{job=\"e\"} 1_0\n";
        const Exposition e = parseExpositionLenient(view(text), Prom);
        QCOMPARE(e.samples.size(), size_t(3));
        QCOMPARE(labelsOf(e, e.samples[2]), u"job=d"_s);
        QCOMPARE(e.problems.size(), size_t(3));
        QCOMPARE(e.problems[0].line, 3);
        QCOMPARE(e.problems[1].line, 5);
        QCOMPARE(e.problems[2].line, 7);
        // strict parsing stops at the first one
        QCOMPARE(parseExpositionDetailed(view(text), Prom).error().line, 3);
    }

    void lenientKeepsSamplesBreakingTypeRules()
    {
        // a negative counter and a missing # EOF: reported, the samples stay
        const Exposition e = parseExpositionLenient("# TYPE c counter\nc_total -1\nc_total{x=\"1\"} 2\n", Om);
        QCOMPARE(e.samples.size(), size_t(2));
        QCOMPARE(e.problems.size(), size_t(2));
        QCOMPARE(e.problems[0].code, ExpositionProblem::Code::NegativeValue);
        QCOMPARE(e.problems[1].code, ExpositionProblem::Code::MissingEof);
    }

    void duplicateSeries()
    {
        // Prometheus text: both kept, as Prometheus's parser does (the store decides)
        auto p = parseExposition("a{x=\"1\"} 1\na{x=\"1\"} 2\n", Prom);
        QVERIFY(p);
        QCOMPARE(p->samples.size(), size_t(2));
        QCOMPARE(p->samples[0].labels, p->samples[1].labels); // one interned label set
        QCOMPARE(p->labelSetCount(), 1u);
        // OpenMetrics: an exact repeat (same series, same timestamp) is dropped, the first kept
        auto o = parseExposition("a{x=\"1\"} 1 5\na{x=\"1\"} 2 5\na{x=\"1\"} 3 6\n# EOF\n", Om);
        QVERIFY(o);
        QCOMPARE(o->samples.size(), size_t(2));
        QCOMPARE(o->samples[0].value, 1.0);
        QCOMPARE(o->samples[1].value, 3.0);
    }

    void hugeLabelSet()
    {
        QByteArray line = "wide{";
        for (int i = 0; i < 20000; ++i)
            line += "label_" + QByteArray::number(i) + "=\"value " + QByteArray::number(i) + "\",";
        line.chop(1);
        QByteArray dup = line + ",label_77=\"again\"} 1\n";
        line += "} 1\n";
        auto r = parseExposition(view(line), Prom);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->labels(r->samples[0].labels).size(), size_t(20000));
        const auto d = parseExpositionDetailed(view(dup), Prom);
        QVERIFY(!d);
        QCOMPARE(d.error().code, ExpositionProblem::Code::DuplicateLabelName);
    }

    void exemplarLimits()
    {
        const QByteArray ok =
            "# TYPE c counter\nc_total 1 # {id=\"" + QByteArray(126, 'x') + "\"} 1\n# EOF\n";
        QVERIFY(parseExposition(view(ok), Om));
        const QByteArray tooLong =
            "# TYPE c counter\nc_total 1 # {id=\"" + QByteArray(128, 'x') + "\"} 1\n# EOF\n";
        QCOMPARE(parseExpositionDetailed(view(tooLong), Om).error().code,
                 ExpositionProblem::Code::ExemplarTooLong);
        QCOMPARE(
            parseExpositionDetailed("# TYPE c counter\nc_total 1 # {id=\"a\"}\n# EOF\n", Om).error().code,
            ExpositionProblem::Code::InvalidExemplar);
    }

    // Every prefix of a valid exposition is either parsed or refused with a line inside the text:
    // never a crash, never a line out of range.
    void everyTruncation()
    {
        const QByteArray text =
            "# HELP a_seconds x\n# TYPE a_seconds histogram\n# UNIT a_seconds seconds\n"
            "a_seconds_bucket{le=\"0.5\",p=\"q\\\"r\"} 1 1.5 # {t=\"1\"} 0.4 1.2\n"
            "a_seconds_bucket{le=\"+Inf\",p=\"q\\\"r\"} 2 1.5\na_seconds_sum{p=\"q\\\"r\"} 0.9 1.5\n"
            "a_seconds_count{p=\"q\\\"r\"} 2 1.5\n# EOF\n";
        QVERIFY(parseExposition(view(text), Om));
        for (qsizetype n = 0; n < text.size(); ++n) {
            const QByteArray cut = text.left(n);
            for (const auto format : {Prom, Om}) {
                const auto r = parseExpositionDetailed(view(cut), format);
                if (!r)
                    QVERIFY2(r.error().line >= 1 && r.error().line <= cut.count('\n') + 1,
                             qPrintable(QString::number(n)));
                const Exposition e = parseExpositionLenient(view(cut), format);
                for (const ExpositionProblem& p : e.problems)
                    QVERIFY(p.line >= 1 && p.line <= cut.count('\n') + 1);
            }
            if (n < text.size() - 1) // "...# EOF" without its newline is complete
                QVERIFY(!parseExpositionDetailed(view(cut), Om));
        }
    }

    // A 50 MB scrape body: parsed, without a crash, in reasonable time.
    void fiftyMegabytes()
    {
        QByteArray body;
        body.reserve(52 * 1024 * 1024);
        body += "# HELP big_requests_total Requests.\n# TYPE big_requests_total counter\n";
        int i = 0;
        while (body.size() < 50 * 1024 * 1024) {
            body += "big_requests_total{handler=\"/api/v1/item/" + QByteArray::number(i % 5000) +
                    "\",instance=\"10.0.0." + QByteArray::number(i % 250) + ":8000\",n=\"" +
                    QByteArray::number(i) + "\"} " + QByteArray::number(i) + "\n";
            ++i;
        }
        QElapsedTimer t;
        t.start();
        auto r = parseExposition(view(body), Prom);
        const qint64 ms = t.elapsed();
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->samples.size(), size_t(i));
        QCOMPARE(r->samples.back().value, double(i - 1));
        qInfo("50 MB, %d samples: %lld ms", i, ms);
        QVERIFY2(ms < 30000, qPrintable(QString::number(ms)));
        // and garbage of the same size: refused at line 1, not a crash
        QByteArray noise(50 * 1024 * 1024, '\0');
        for (qsizetype k = 0; k < noise.size(); ++k)
            noise[k] = char((k * 2654435761u) >> 13);
        const Exposition e = parseExpositionLenient(view(noise), Om);
        QVERIFY(!e.problems.empty());
        QCOMPARE(e.problems.front().line, 1);
    }

    void problemSentences()
    {
        const ExpositionProblem p{ExpositionProblem::Code::BlankLine, 7};
        QCOMPARE(p.codeName(), u"BlankLine"_s);
        QCOMPARE(p.toError().detail, u"line 7: OpenMetrics text may not contain blank lines."_s);
        QVERIFY(p.describe().contains(u"7"_s));
    }
};

QTEST_GUILESS_MAIN(TestMetricsParse)
#include "tst_metricsparse.moc"
