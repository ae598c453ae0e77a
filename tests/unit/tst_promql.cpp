// The query engine on its own cases: parse errors with their column, precedence, counter resets,
// extrapolation at the window's edges, empty and left-open windows, staleness, histogram_quantile
// without +Inf or with non-monotonic buckets, ratios of rates (error rate), thresholds, vector
// matching and its errors, set operators and range evaluation. Expected values are worked out by
// hand in the comments.
#include "metrics/QueryEngine.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

#include <cmath>
#include <map>

using namespace capataz;
using namespace capataz::metrics;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(capataz::metrics::QueryError::Code)

namespace {

LabelSet ls(std::initializer_list<std::pair<const char*, const char*>> labels)
{
    std::vector<LabelPair> pairs;
    for (const auto& [n, v] : labels)
        pairs.push_back({n, v});
    return LabelSet(std::move(pairs));
}

// Points every `intervalS` seconds from `startS`, with the given values.
std::vector<Point> every(double startS, double intervalS, std::initializer_list<double> values)
{
    std::vector<Point> out;
    double t = startS;
    for (const double v : values) {
        out.push_back(Point{qint64(std::llround(t * 1000)), v});
        t += intervalS;
    }
    return out;
}

// Counter from 0 rising by `step` every 10 s for `count` samples.
std::vector<Point> linear(double step, int count, double start = 0)
{
    std::vector<Point> out;
    for (int i = 0; i < count; ++i)
        out.push_back(Point{qint64(i) * 10'000, start + step * i});
    return out;
}

using Values = std::map<std::string, double>; // LabelSet::toString() -> value

bool close(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    if (std::isinf(a) || std::isinf(b))
        return a == b;
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}

} // namespace

class TestPromql : public QObject {
    Q_OBJECT

    static std::expected<Values, QueryError> evalAt(const QString& text, const SeriesSet& data, double atS)
    {
        const auto q = parseQuery(text);
        if (!q)
            return std::unexpected(q.error());
        const auto r = evaluateInstant(*q, data, qint64(std::llround(atS * 1000)));
        if (!r)
            return std::unexpected(r.error());
        Values out;
        for (const QuerySeries& s : r->series)
            out[s.labels.toString()] = s.points.at(0).v;
        return out;
    }
    static Values values(const QString& text, const SeriesSet& data, double atS)
    {
        const auto v = evalAt(text, data, atS);
        if (!v) {
            qWarning("%s: %s", qPrintable(text), qPrintable(v.error().toError().detail));
            return {{"error", std::nan("")}};
        }
        return *v;
    }
    static double one(const QString& text, const SeriesSet& data, double atS)
    {
        const Values v = values(text, data, atS);
        if (v.size() != 1) {
            qWarning("%s: %zu series", qPrintable(text), v.size());
            return -12345;
        }
        return v.begin()->second;
    }

private slots:
    void parseErrors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QueryError::Code>("code");
        QTest::addColumn<int>("column");
        using C = QueryError::Code;
        QTest::newRow("unclosed call") << u"rate(x[5m]"_s << C::UnexpectedEnd << 11;
        QTest::newRow("unclosed by") << u"sum(x) by (le"_s << C::UnexpectedEnd << 14;
        QTest::newRow("unquoted value") << u"x{a=1}"_s << C::UnexpectedToken << 5;
        QTest::newRow("bad matcher op") << u"x{a~\"b\"}"_s << C::UnexpectedCharacter << 4;
        QTest::newRow("unknown function") << u"  foo(x)"_s << C::UnknownFunction << 3;
        QTest::newRow("rate of instant") << u"rate(x)"_s << C::WrongArgumentType << 6;
        QTest::newRow("rate two args") << u"rate(x[5m], 1)"_s << C::WrongArgumentCount << 6;
        QTest::newRow("quantile of range")
            << u"histogram_quantile(0.9, x[5m])"_s << C::WrongArgumentType << 25;
        QTest::newRow("scalar comparison") << u"1 > 2"_s << C::ComparisonNeedsBool << 3;
        QTest::newRow("bool on arithmetic") << u"x + bool y"_s << C::BoolNotAllowed << 5;
        QTest::newRow("bad duration") << u"rate(x[5min])"_s << C::InvalidDuration << 8;
        QTest::newRow("duration units upward") << u"rate(x[5m1h])"_s << C::InvalidDuration << 8;
        QTest::newRow("range needs a duration") << u"x[5]"_s << C::UnexpectedToken << 3;
        QTest::newRow("empty selector") << u"{}"_s << C::EmptySelector << 1;
        QTest::newRow("selector matching empty") << u"{a=\"\"}"_s << C::EmptySelector << 1;
        QTest::newRow("bad regex") << u"x{a=~\"(\"}"_s << C::InvalidRegex << 6;
        QTest::newRow("unterminated string") << u"x{a=\"b"_s << C::UnterminatedString << 5;
        QTest::newRow("bad escape") << u"x{a=\"\\q\"}"_s << C::InvalidEscape << 6;
        QTest::newRow("string alone") << u"\"abc\""_s << C::UnexpectedToken << 1;
        QTest::newRow("name twice") << u"x{__name__=\"y\"}"_s << C::DuplicateMetricName << 3;
        QTest::newRow("on with a number") << u"1 + on(a) x"_s << C::MatchingNotAllowed << 5;
        QTest::newRow("sum of range") << u"sum(x[5m])"_s << C::WrongArgumentType << 5;
        QTest::newRow("offset without duration") << u"x offset"_s << C::UnexpectedEnd << 9;
        QTest::newRow("range after call") << u"rate(x[1m])[5m]"_s << C::RangeNotAllowed << 12;
        QTest::newRow("trailing token") << u"x y"_s << C::UnexpectedToken << 3;
        QTest::newRow("and with number") << u"x and 1"_s << C::WrongArgumentType << 7;
        QTest::newRow("empty") << u"   "_s << C::UnexpectedEnd << 4;
        // Nesting past kMaxQueryDepth (128): refused where the 129th level starts, not a stack
        // overflow (fuzz_promql: 20,000 parentheses or minus signs crashed the recursive parser).
        QTest::newRow("deep parentheses") << u"("_s.repeated(100'000) + u"x"_s << C::TooDeeplyNested << 129;
        QTest::newRow("deep minus") << u"-"_s.repeated(100'000) + u"x"_s << C::TooDeeplyNested << 129;
        QTest::newRow("deep calls") << u"abs("_s.repeated(200) + u"x"_s << C::TooDeeplyNested << 129 * 4 - 3;
        // A chain nests in the tree only: its 128th operator makes the 129th level.
        QTest::newRow("long chain") << u"x"_s + u" + x"_s.repeated(100'000) << C::TooDeeplyNested << 1;
        QTest::newRow("duration past qint64")
            << u"rate(x[292471208y292471208d])"_s << C::InvalidDuration << 8;
    }
    void deepButAllowed()
    {
        // About 100 levels in the text and in the tree: still answered.
        const QString query = u"sum("_s.repeated(20) + u"-(x + 1) ^ "_s.repeated(30) + u"2"_s +
                              u")"_s.repeated(20) + u" + x"_s.repeated(20);
        SeriesSet data;
        data.add(ls({{"__name__", "x"}}), every(0, 10, {2}));
        data.finish();
        const auto values = evalAt(query, data, 0);
        QVERIFY2(values, qPrintable(values ? QString() : values.error().describe()));
        QCOMPARE(values->size(), size_t(1));
    }
    void parseErrors()
    {
        QFETCH(QString, query);
        QFETCH(QueryError::Code, code);
        QFETCH(int, column);
        const auto q = parseQuery(query);
        QVERIFY2(!q, qPrintable(query));
        QCOMPARE(q.error().code, code);
        QCOMPARE(q.error().position, column);
        QVERIFY(q.error().describe().startsWith(u"column %1: "_s.arg(column)));
        QCOMPARE(q.error().toError().code, ErrorCode::ParseError);
        QVERIFY(!q.error().sentence().contains(u'%')); // every argument filled in
    }

    void errorSentences()
    {
        const auto q = parseQuery(u"rate(x[5m], 1)"_s);
        QVERIFY(!q);
        QCOMPARE(q.error().toError().detail, u"column 6: The function rate takes 1 argument(s)."_s);
        const auto u = parseQuery(u"x{a=1}"_s);
        QVERIFY(!u);
        QCOMPARE(u.error().sentence(), u"Unexpected '1'; expected a quoted string."_s);
        // in Spanish, with the plural and the expected-token description translated too
        QTranslator es;
        QVERIFY(es.load(u":/i18n/capataz_es.qm"_s));
        QCoreApplication::installTranslator(&es);
        const QString countEs = q.error().describe();
        const QString tokenEs = u.error().sentence();
        QCoreApplication::removeTranslator(&es);
        QCOMPARE(countEs, u"columna 6: La función rate recibe 1 argumento."_s);
        QCOMPARE(tokenEs, u"'1' inesperado; se esperaba una cadena entre comillas."_s);
        QTranslator en;
        QVERIFY(en.load(u":/i18n/capataz_en.qm"_s));
        QCoreApplication::installTranslator(&en);
        const QString countEn = q.error().sentence();
        QCoreApplication::removeTranslator(&en);
        QCOMPARE(countEn, u"The function rate takes 1 argument."_s);
    }

    void scalars_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<double>("value");
        QTest::newRow("precedence") << u"1 + 2 * 3"_s << 7.0;
        QTest::newRow("parentheses") << u"(1 + 2) * 3"_s << 9.0;
        QTest::newRow("unary minus below power") << u"-2 ^ 2"_s << -4.0;
        QTest::newRow("power right-associative") << u"2 ^ 3 ^ 2"_s << 512.0;
        QTest::newRow("subtraction left-associative") << u"10 - 4 - 3"_s << 3.0;
        QTest::newRow("modulo") << u"10 % 3"_s << 1.0;
        QTest::newRow("hex and exponent") << u"0x10 + 1e3"_s << 1016.0;
        QTest::newRow("division by zero") << u"1 / 0"_s << std::numeric_limits<double>::infinity();
        QTest::newRow("bool false") << u"1 > bool 2"_s << 0.0;
        QTest::newRow("bool true") << u"2 >= bool 2"_s << 1.0;
        QTest::newRow("time") << u"time()"_s << 600.0;
        QTest::newRow("comment") << u"1 # a comment\n + 1"_s << 2.0;
        QTest::newRow("nan") << u"NaN"_s << std::nan("");
    }
    void scalars()
    {
        QFETCH(QString, query);
        QFETCH(double, value);
        const SeriesSet empty;
        const auto q = parseQuery(query);
        QVERIFY2(q, qPrintable(q ? QString() : q.error().describe()));
        QCOMPARE(q->type(), ValueType::Scalar);
        const auto r = evaluateInstant(*q, empty, 600'000);
        QVERIFY(r);
        QCOMPARE(r->series.size(), size_t(1));
        QVERIFY2(close(r->series[0].points[0].v, value),
                 qPrintable(QString::number(r->series[0].points[0].v)));
    }

    void counterReset()
    {
        SeriesSet data;
        data.add(ls({{"__name__", "c"}}), every(0, 15, {0, 10, 20, 5, 15}));
        data.finish();
        // (0, 60] holds 10, 20, 5, 15: 5 up plus the 20 lost at the reset = 25 over 45 s;
        // the first sample is 15 s (< 1.1 x 15) from the start: extrapolated there (its zero point,
        // 45 x 10/25 = 18 s back, is farther); the last is at the end: 25 x 60/45.
        QVERIFY(close(one(u"increase(c[1m])"_s, data, 60), 25.0 * 60 / 45));
        QVERIFY(close(one(u"rate(c[1m])"_s, data, 60), 25.0 / 45));
        // irate: the last two samples; at 45 s the counter was reset, so the increase is 5.
        QVERIFY(close(one(u"irate(c[1m])"_s, data, 60), 10.0 / 15));
        QVERIFY(close(one(u"irate(c[1m])"_s, data, 45), 5.0 / 15));
        // delta does not know resets: 15 - 10, extrapolated the same way.
        QVERIFY(close(one(u"delta(c[1m])"_s, data, 60), 5.0 * 60 / 45));
        QVERIFY(close(one(u"idelta(c[1m])"_s, data, 45), -15.0));
        // short windows next to and across the reset (the engine skips the reset scan where a
        // window holds none): (0, 30] 10 -> 20 with its zero point 15 s back: 10 x 30/15;
        // (15, 45] 20 -> 5 is a reset: 5 x 30/15; (30, 60] 5 -> 15: zero point 7.5 s back: 10 x 22.5/15
        QVERIFY(close(one(u"increase(c[30s])"_s, data, 30), 20.0));
        QVERIFY(close(one(u"increase(c[30s])"_s, data, 45), 10.0));
        QVERIFY(close(one(u"increase(c[30s])"_s, data, 60), 15.0));
    }

    void extrapolation()
    {
        SeriesSet data;
        // starts at 100 s well inside a 5 m window ending at 160 s
        data.add(ls({{"__name__", "late"}}), every(100, 10, {10, 20, 30, 40, 50, 60, 70}));
        // the same, from 1: its zero point is 1 s before the first sample
        data.add(ls({{"__name__", "low"}}), every(100, 10, {1, 11, 21, 31, 41, 51, 61}));
        // ends 60 s before the window's end
        data.add(ls({{"__name__", "gone"}}), every(0, 10, {0, 10, 20, 30}));
        data.add(ls({{"__name__", "gauge"}}), every(0, 30, {10, 5}));
        data.finish();
        // 60 over 60 s; the start is 240 s away (>= 11 s): half an interval (5 s) is added; the zero
        // point (60 x 10/60 = 10 s back) is farther than that.
        QVERIFY(close(one(u"increase(late[5m])"_s, data, 160), 65.0));
        QVERIFY(close(one(u"rate(late[5m])"_s, data, 160), 65.0 / 300));
        // the zero point is 1 s back: only 1 s is added at the start.
        QVERIFY(close(one(u"increase(low[5m])"_s, data, 160), 61.0));
        // gone, at 90 s: (-210, 90] holds 0..30 over 30 s; the start is far, but the counter's zero
        // point is its first sample: nothing added there; the end is 60 s away: 5 s added.
        QVERIFY(close(one(u"increase(gone[5m])"_s, data, 90), 30.0 * 35 / 30));
        // a gauge goes down: 10 -> 5 over 30 s, the start 30 s (< 33 s) away: extrapolated fully.
        QVERIFY(close(one(u"delta(gauge[1m])"_s, data, 30), -10.0));
    }

    void emptyAndLeftOpenWindows()
    {
        SeriesSet data;
        data.add(ls({{"__name__", "c"}}), every(0, 60, {1, 2, 3}));
        data.finish();
        // (60, 120] holds only the sample at 120 s: no rate from one sample.
        QVERIFY(values(u"rate(c[1m])"_s, data, 120).empty());
        // (59.999, 119.999] holds only the sample at 60 s.
        QVERIFY(values(u"rate(c[1m])"_s, data, 119.999).empty());
        // (0, 120] holds two.
        QVERIFY(close(one(u"increase(c[2m])"_s, data, 120), 2.0));
        // before the first sample, nothing at all
        QVERIFY(values(u"rate(c[5m])"_s, data, -10).empty());
        QVERIFY(values(u"c"_s, data, -0.001).empty());
        // instant lookback (t - 5m, t]: the sample at 120 s is seen until 419.999 s, not at 420 s
        QVERIFY(close(one(u"c"_s, data, 419.999), 3.0));
        QVERIFY(values(u"c"_s, data, 420).empty());
        // offset looks back
        QVERIFY(close(one(u"c offset 1m"_s, data, 120), 2.0));
        // a selector that matches nothing
        QVERIFY(values(u"rate(nothing[5m])"_s, data, 120).empty());
        QVERIFY(values(u"sum(nothing)"_s, data, 120).empty());
    }

    void staleness()
    {
        SeriesSet data;
        data.add(ls({{"__name__", "g"}}), {{0, 1.0}, {30'000, staleNaN()}, {90'000, 4.0}});
        data.add(ls({{"__name__", "n"}}), {{0, std::nan("")}});
        data.finish();
        QVERIFY(close(one(u"g"_s, data, 20), 1.0));
        QVERIFY(values(u"g"_s, data, 40).empty()); // ended by the marker, not 5 minutes later
        QVERIFY(close(one(u"g"_s, data, 100), 4.0));
        // a range leaves the marker out: (0, 120] holds 4 only
        QVERIFY(values(u"delta(g[2m])"_s, data, 120).empty());
        // (-60, 120] holds 1 at 0 s and 4 at 90 s: 3 over 90 s, both ends within 99 s: 3 x 180/90
        QVERIFY(close(one(u"delta(g[3m])"_s, data, 120), 6.0));
        // a plain NaN is a value
        const Values nan = values(u"n"_s, data, 10);
        QCOMPARE(nan.size(), size_t(1));
        QVERIFY(std::isnan(nan.begin()->second));
    }
    void histogramQuantile()
    {
        SeriesSet data;
        auto bucket = [&](const char* name, const char* le, double v) {
            data.add(ls({{"__name__", name}, {"le", le}, {"job", "a"}}), {{0, v}});
        };
        bucket("h_bucket", "0.1", 2);
        bucket("h_bucket", "0.5", 6);
        bucket("h_bucket", "1", 8);
        bucket("h_bucket", "+Inf", 10);
        bucket("noinf_bucket", "0.1", 2);
        bucket("noinf_bucket", "0.5", 6);
        bucket("dip_bucket", "0.1", 5);
        bucket("dip_bucket", "0.2", 3); // below the bucket before it: raised to 5
        bucket("dip_bucket", "+Inf", 10);
        bucket("bad_bucket", "x", 1); // le not a number: left out
        bucket("bad_bucket", "+Inf", 4);
        bucket("onlyinf_bucket", "+Inf", 4);
        bucket("zero_bucket", "1", 0);
        bucket("zero_bucket", "+Inf", 0);
        bucket("neg_bucket", "-1", 3);
        bucket("neg_bucket", "+Inf", 4);
        data.finish();
        const QString job = u"{job=\"a\"}"_s;
        // rank 0.5 x 10 = 5 lies in (0.1, 0.5] (2..6): 0.1 + 0.4 x 3/4
        QVERIFY(close(one(u"histogram_quantile(0.5, h_bucket)"_s, data, 0), 0.4));
        QCOMPARE(values(u"histogram_quantile(0.5, h_bucket)"_s, data, 0).begin()->first, job.toStdString());
        // rank 9.5 is past the last finite bucket: its bound
        QVERIFY(close(one(u"histogram_quantile(0.95, h_bucket)"_s, data, 0), 1.0));
        // rank 1 in the first bucket: from 0
        QVERIFY(close(one(u"histogram_quantile(0.1, h_bucket)"_s, data, 0), 0.05));
        QVERIFY(std::isnan(one(u"histogram_quantile(0.5, noinf_bucket)"_s, data, 0)));
        // monotonic fix: (5, 5, 10); rank 5 is reached in the first bucket: 0.1
        QVERIFY(close(one(u"histogram_quantile(0.5, dip_bucket)"_s, data, 0), 0.1));
        // only +Inf is left of bad_bucket: fewer than two buckets
        QVERIFY(std::isnan(one(u"histogram_quantile(0.5, bad_bucket)"_s, data, 0)));
        QVERIFY(std::isnan(one(u"histogram_quantile(0.5, onlyinf_bucket)"_s, data, 0)));
        QVERIFY(std::isnan(one(u"histogram_quantile(0.5, zero_bucket)"_s, data, 0)));
        // the lowest bucket's bound is not positive: the answer is that bound
        QVERIFY(close(one(u"histogram_quantile(0.5, neg_bucket)"_s, data, 0), -1.0));
        QCOMPARE(one(u"histogram_quantile(1.5, h_bucket)"_s, data, 0),
                 std::numeric_limits<double>::infinity());
        QCOMPARE(one(u"histogram_quantile(-1, h_bucket)"_s, data, 0),
                 -std::numeric_limits<double>::infinity());
        QVERIFY(std::isnan(one(u"histogram_quantile(NaN, h_bucket)"_s, data, 0)));
    }

    void errorRatioAndThresholds()
    {
        SeriesSet data;
        // per 10 s: 9 good and 1 failed request on job a; 3 good and 1 failed on job b
        data.add(ls({{"__name__", "http_requests_total"}, {"job", "a"}, {"code", "200"}}), linear(9, 61));
        data.add(ls({{"__name__", "http_requests_total"}, {"job", "a"}, {"code", "500"}}), linear(1, 61));
        data.add(ls({{"__name__", "http_requests_total"}, {"job", "b"}, {"code", "200"}}), linear(3, 61));
        data.add(ls({{"__name__", "http_requests_total"}, {"job", "b"}, {"code", "503"}}), linear(1, 61));
        data.finish();
        const QString ratio =
            u"sum(rate(http_requests_total{code=~\"5..\"}[5m])) / sum(rate(http_requests_total[5m]))"_s;
        QVERIFY(close(one(ratio, data, 600), 2.0 / 14));
        const QString byJob = u"sum by (job) (rate(http_requests_total{code=~\"5..\"}[5m])) / on(job) "
                              u"sum by (job) (rate(http_requests_total[5m]))"_s;
        const Values perJob = values(byJob, data, 600);
        QCOMPARE(perJob.size(), size_t(2));
        QVERIFY(close(perJob.at("{job=\"a\"}"), 0.1));
        QVERIFY(close(perJob.at("{job=\"b\"}"), 0.25));
        // thresholds: a filter keeps the value, bool gives 1 or 0
        const Values over = values(u"("_s + byJob + u") > 0.2"_s, data, 600);
        QCOMPARE(over.size(), size_t(1));
        QVERIFY(close(over.at("{job=\"b\"}"), 0.25));
        const Values flags = values(u"("_s + byJob + u") > bool 0.2"_s, data, 600);
        QCOMPARE(flags.at("{job=\"a\"}"), 0.0);
        QCOMPARE(flags.at("{job=\"b\"}"), 1.0);
        QVERIFY(values(u"("_s + byJob + u") > 0.5"_s, data, 600).empty());
        // a number on the left keeps the vector's value too
        QCOMPARE(values(u"0.2 < ("_s + byJob + u")"_s, data, 600).size(), size_t(1));
        // a filter keeps the metric name, arithmetic drops it
        QVERIFY(values(u"http_requests_total{job=\"a\"} > 5"_s, data, 600)
                    .begin()
                    ->first.starts_with("http_requests_total{"));
        QVERIFY(values(u"http_requests_total{job=\"a\"} * 1"_s, data, 600).begin()->first.starts_with("{"));
        // the other aggregations over the same data
        QCOMPARE(one(u"count(http_requests_total)"_s, data, 600), 4.0);
        QCOMPARE(one(u"max(http_requests_total)"_s, data, 600), 540.0);
        QCOMPARE(one(u"min(http_requests_total)"_s, data, 600), 60.0);
        QCOMPARE(one(u"avg(http_requests_total{job=\"b\"})"_s, data, 600), 120.0);
        QCOMPARE(values(u"sum without (code) (http_requests_total)"_s, data, 600).at("{job=\"a\"}"), 600.0);
        QCOMPARE(values(u"count by (code) (http_requests_total)"_s, data, 600).size(), size_t(3));
    }

    void vectorMatching()
    {
        SeriesSet data;
        data.add(ls({{"__name__", "x"}, {"job", "a"}, {"i", "1"}}), {{0, 10}});
        data.add(ls({{"__name__", "x"}, {"job", "a"}, {"i", "2"}}), {{0, 20}});
        data.add(ls({{"__name__", "limit"}, {"job", "a"}, {"team", "t"}}), {{0, 4}});
        data.add(ls({{"__name__", "y"}, {"job", "a"}, {"i", "1"}}), {{0, 2}});
        data.add(ls({{"__name__", "dup"}, {"k", "1"}}), {{0, 1}});
        data.add(ls({{"__name__", "dup2"}, {"k", "1"}}), {{0, 2}});
        data.finish();
        // one-to-one on all labels but the name: only i="1" has a partner
        const Values div = values(u"x / y"_s, data, 0);
        QCOMPARE(div.size(), size_t(1));
        QCOMPARE(div.at("{i=\"1\", job=\"a\"}"), 5.0);
        QCOMPARE(values(u"x - ignoring(i) limit"_s, data, 0).size(), size_t(0)); // team differs
        // many-to-one must be explicit
        const auto many = evalAt(u"x / on(job) limit"_s, data, 0);
        QVERIFY(!many);
        QCOMPARE(many.error().code, QueryError::Code::ManyToOneMatching);
        QCOMPARE(many.error().toError().code, ErrorCode::InvalidArgument);
        const Values left = values(u"x / on(job) group_left(team) limit"_s, data, 0);
        QCOMPARE(left.size(), size_t(2));
        QCOMPARE(left.at("{i=\"2\", job=\"a\", team=\"t\"}"), 5.0);
        const Values right = values(u"limit / on(job) group_right x"_s, data, 0);
        QCOMPARE(right.size(), size_t(2));
        QCOMPARE(right.at("{i=\"1\", job=\"a\"}"), 0.4);
        // the right side repeats a match group: many-to-many
        const auto mm = evalAt(u"limit / on(job) group_left x"_s, data, 0);
        QVERIFY(!mm);
        QCOMPARE(mm.error().code, QueryError::Code::ManyToManyMatching);
        // two series that become one once the name is dropped
        const auto d = evalAt(u"{__name__=~\"dup|dup2\"} * 2"_s, data, 0);
        QVERIFY(!d);
        QCOMPARE(d.error().code, QueryError::Code::DuplicateSeries);
        // regexes are anchored
        QCOMPARE(values(u"{__name__=~\"du\"}"_s, data, 0).size(), size_t(0));
        QCOMPARE(values(u"{__name__=~\"du.*\"}"_s, data, 0).size(), size_t(2));
        QCOMPARE(values(u"x{i!~\"1|3\"}"_s, data, 0).size(), size_t(1));
        QCOMPARE(values(u"x{i!=\"1\"}"_s, data, 0).size(), size_t(1));
        // set operators
        QCOMPARE(values(u"x and y"_s, data, 0).size(), size_t(1));
        QCOMPARE(values(u"x unless y"_s, data, 0).size(), size_t(1));
        QCOMPARE(values(u"x or y"_s, data, 0).size(), size_t(2)); // y{i=1} has a partner in x
        QCOMPARE(values(u"x or limit"_s, data, 0).size(), size_t(3));
        QCOMPARE(values(u"x and on(job) limit"_s, data, 0).size(), size_t(2));
        // unary minus and abs drop the name
        QCOMPARE(values(u"-y"_s, data, 0).at("{i=\"1\", job=\"a\"}"), -2.0);
        QCOMPARE(values(u"abs(-y)"_s, data, 0).at("{i=\"1\", job=\"a\"}"), 2.0);
        QCOMPARE(one(u"scalar(y) * 3"_s, data, 0), 6.0);
        QVERIFY(std::isnan(one(u"scalar(x)"_s, data, 0)));
        QCOMPARE(values(u"vector(1)"_s, data, 0).at("{}"), 1.0);
    }

    void rangeEvaluation()
    {
        SeriesSet data;
        data.add(ls({{"__name__", "c"}}), linear(1, 61)); // 0..60 over 0..600 s
        data.add(ls({{"__name__", "g"}}), {{300'000, 5.0}});
        data.finish();
        const auto q = parseQuery(u"rate(c[1m])"_s);
        QVERIFY(q);
        const auto r = evaluateRange(*q, data, 0, 600'000, 60'000);
        QVERIFY(r);
        QCOMPARE(r->series.size(), size_t(1));
        // at 0 s the window (-60, 0] has one sample; from 60 s on, 0.1 per second
        QCOMPARE(r->series[0].points.size(), size_t(10));
        QCOMPARE(r->series[0].points.front().t, 60'000);
        for (const Point& p : r->series[0].points)
            QVERIFY(close(p.v, 0.1));
        // an instant selector over steps: seen for 5 minutes after its sample
        const auto g = evaluateRange(*parseQuery(u"g"_s), data, 0, 900'000, 100'000);
        QVERIFY(g);
        QCOMPARE(g->series.size(), size_t(1));
        QCOMPARE(g->series[0].points.size(), size_t(3)); // 300, 400, 500 s; not 600 s
        QCOMPARE(g->series[0].points.back().t, 500'000);
        // each step equals the instant evaluation at that time
        const auto sum = evaluateRange(*parseQuery(u"sum(c) + g"_s), data, 0, 900'000, 50'000);
        QVERIFY(sum);
        for (const Point& p : sum->series.at(0).points)
            QVERIFY(close(p.v, one(u"sum(c) + g"_s, data, double(p.t) / 1000)));
        const auto bad = evaluateRange(*q, data, 10, 0, 1);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, QueryError::Code::InvalidStep);
        const auto tooMany = evaluateRange(*q, data, 0, 100'000'000, 1'000);
        QVERIFY(!tooMany);
        QCOMPARE(tooMany.error().code, QueryError::Code::TooManySteps);
        // an instant query of a range selector gives its samples
        const auto raw = evaluateInstant(*parseQuery(u"c[30s]"_s), data, 600'000);
        QVERIFY(raw);
        QCOMPARE(raw->type, ValueType::RangeVector);
        QCOMPARE(raw->series.at(0).points.size(), size_t(3));
    }

    // Offsets and ranges of 292 million years and times at the ends of qint64 are answered (the
    // window edges overflowed: undefined behaviour, caught by fuzz_promql's UBSan; a range ending
    // at the end of qint64 never ended).
    void extremeTimes()
    {
        SeriesSet data;
        data.add(ls({{"__name__", "x"}}), linear(1, 10));
        data.finish();
        const qint64 min = std::numeric_limits<qint64>::min();
        const qint64 max = std::numeric_limits<qint64>::max();
        for (const QString& text :
             {u"rate(x[292471208y] offset 292471208y)"_s, u"x[292471208y] offset 292471208y"_s,
              u"x offset -292471208y"_s, u"irate(x[292471208y])"_s})
            for (const qint64 at : {qint64(50'000), min, max})
                QVERIFY2(evaluateInstant(*parseQuery(text), data, at), qPrintable(text));
        const auto all = evalAt(u"increase(x[292471208y])"_s, data, 90); // all 10 samples, not extrapolated
        QVERIFY(all && all->size() == 1 && close(all->begin()->second, 9));
        const Query x = *parseQuery(u"x"_s);
        QVERIFY(evaluateRange(x, data, max - 5, max, 10));
        QCOMPARE(evaluateRange(x, data, min, max, 1).error().code, QueryError::Code::TooManySteps);
    }

    void seriesSetMerges()
    {
        SeriesSet data;
        data.add(ls({{"__name__", "m"}, {"a", "1"}}), {{20, 2}, {10, 1}});
        data.add(ls({{"a", "1"}, {"__name__", "m"}}), {{10, 5}, {30, 3}}); // same series; 10 ms replaced
        data.add(ls({{"__name__", "a"}}), {{0, 0}});
        data.finish();
        QCOMPARE(data.series().size(), size_t(2));
        QCOMPARE(data.series()[0].labels.get("__name__"), std::string_view("a")); // storage order
        const std::vector<Point> expected{{10, 5}, {20, 2}, {30, 3}};
        QCOMPARE(data.series()[1].points, expected);
        QCOMPARE(data.sampleCount(), size_t(4));
    }
    void stringsAndEscapes()
    {
        SeriesSet data;
        data.add(ls({{"__name__", "s"}, {"v", "\xc3\xa9"}}), {{0, 1}}); // é
        data.add(ls({{"__name__", "s"}, {"v", "a\nb"}}), {{0, 2}});
        data.add(ls({{"__name__", "s"}, {"v", "q\"'"}}), {{0, 3}});
        data.add(ls({{"__name__", "s"}, {"v", "\\d"}}), {{0, 4}});
        data.finish();
        QCOMPARE(one(u"s{v=\"\\xc3\\xa9\"}"_s, data, 0), 1.0); // bytes, as Go reads them
        QCOMPARE(one(u"s{v=\"\\u00e9\"}"_s, data, 0), 1.0);
        QCOMPARE(one(u"s{v=\"\\303\\251\"}"_s, data, 0), 1.0); // octal
        QCOMPARE(one(u"s{v=\"é\"}"_s, data, 0), 1.0);
        QCOMPARE(one(u"s{v='a\\nb'}"_s, data, 0), 2.0);
        QCOMPARE(one(u"s{v=\"q\\\"'\"}"_s, data, 0), 3.0);
        QCOMPARE(one(u"s{v='q\"\\''}"_s, data, 0), 3.0);
        QCOMPARE(one(u"s{v=`\\d`}"_s, data, 0), 4.0);         // raw: no escapes
        QCOMPARE(one(u"s{v=~\"a.b\"}"_s, data, 0), 2.0);      // . matches a newline
        QCOMPARE(one(u"s{\"v\"=\"\\\\d\"}"_s, data, 0), 4.0); // a quoted label name
    }

    // Every prefix of these queries either parses or gives an error inside the text (never past
    // its end + 1), and what parses evaluates without failing.
    void everyTruncation()
    {
        SeriesSet data;
        data.add(ls({{"__name__", "h_bucket"}, {"le", "1"}, {"job", "a"}}), linear(1, 40));
        data.add(ls({{"__name__", "h_bucket"}, {"le", "+Inf"}, {"job", "a"}}), linear(2, 40));
        data.finish();
        const QStringList queries{
            u"histogram_quantile(0.9, sum by (le, job) (rate(h_bucket{job=~\"a|b\", le!=\"x\"}[5m] offset 1m)))"_s,
            u"sum without (le) (increase(h_bucket[1h30m])) / ignoring(x) group_left(le) (-count(h_bucket) ^ 2 % 3)"_s,
            u"(h_bucket > bool on(le) h_bucket) or vector(time()) unless h_bucket and h_bucket <= scalar(h_bucket{le='1'}) + 1e3"_s,
        };
        int parsed = 0;
        for (const QString& full : queries) {
            QVERIFY2(parseQuery(full), qPrintable(full));
            for (qsizetype n = 0; n <= full.size(); ++n) {
                const QString prefix = full.left(n);
                const auto q = parseQuery(prefix);
                if (!q) {
                    QVERIFY2(q.error().position >= 1 && q.error().position <= n + 1, qPrintable(prefix));
                    QVERIFY(!q.error().sentence().isEmpty());
                    continue;
                }
                ++parsed;
                const auto r = evaluateRange(*q, data, 0, 400'000, 30'000);
                QVERIFY2(r || r.error().code == QueryError::Code::ManyToManyMatching ||
                             r.error().code == QueryError::Code::ManyToOneMatching ||
                             r.error().code == QueryError::Code::DuplicateSeries ||
                             q->type() == ValueType::RangeVector,
                         qPrintable(prefix));
            }
        }
        QVERIFY(parsed > 10);
    }
};

QTEST_GUILESS_MAIN(TestPromql)
#include "tst_promql.moc"
