// Alert rules over series built here, evaluated every 15 s of a simulated clock (the engine reads
// no clock: the time is passed in): pending then firing after `for`, resolved, the anti-storm
// rules (a rule flapping 60 times in 4 hours notifies at least once and at most twice, one
// message per rule), no data is neither resolved nor zero, a failing query shows its error, each
// label set has its own state, and the seeds' rules over the series their services expose.
#include "metrics/AlertEngine.h"

#include <QTest>

#include <functional>
#include <random>

using namespace capataz;
using namespace capataz::metrics;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(capataz::metrics::AlertState)

namespace {

constexpr qint64 kT0 = 1'700'000'000'000; // the simulated clock starts here
constexpr qint64 kStep = 15'000;          // scrape and evaluation interval
constexpr qint64 kMin = 60'000;

LabelSet ls(std::initializer_list<std::pair<const char*, const char*>> labels)
{
    std::vector<LabelPair> pairs;
    for (const auto& [n, v] : labels)
        pairs.push_back({n, v});
    return LabelSet(std::move(pairs));
}

// A sample every 15 s from kT0 + fromMs up to kT0 + toMs (inclusive), value(ms since kT0).
void sampled(SeriesSet& set, const LabelSet& labels, qint64 fromMs, qint64 toMs,
             const std::function<double(qint64)>& value)
{
    std::vector<Point> points;
    for (qint64 t = fromMs; t <= toMs; t += kStep)
        points.push_back({kT0 + t, value(t)});
    set.add(labels, std::move(points));
}

AlertRule rule(const QString& name, const QString& expr, qint64 forMs, const QString& summary = {})
{
    AlertRule r;
    r.name = name;
    r.expr = expr;
    r.forMs = forMs;
    r.summaryEn = summary.isEmpty() ? name : summary;
    return r;
}

struct Run {
    std::vector<AlertTransition> transitions;
    std::vector<AlertNotification> notifications;
};

// Evaluates at kT0 + fromMs, every 15 s, up to kT0 + toMs (inclusive).
Run run(AlertEngine& engine, const SeriesSet& data, qint64 fromMs, qint64 toMs)
{
    Run out;
    for (qint64 t = fromMs; t <= toMs; t += kStep) {
        AlertEvaluation e = engine.evaluate(data, kT0 + t);
        out.transitions.insert(out.transitions.end(), e.transitions.begin(), e.transitions.end());
        out.notifications.insert(out.notifications.end(), e.notifications.begin(), e.notifications.end());
    }
    return out;
}

AlertState stateOf(const AlertEngine& engine, const QString& name)
{
    const AlertRuleStatus* s = engine.status(name);
    return s ? s->state : AlertState::Error;
}

} // namespace

class TestAlertEngine : public QObject {
    Q_OBJECT

private slots:
    void pendingThenFiringAfterFor();
    void resolvedAndForgotten();
    void flappingNotifiesAtMostTwice_data();
    void flappingNotifiesAtMostTwice();
    void firingAgainAfterTheQuietPeriodNotifies();
    void noDataIsNotResolvedNorZero();
    void staleSeriesIsNoData();
    void errorShowsTheQueryError();
    void labelSetsHaveTheirOwnState();
    void thresholdGivenApart();
    void turnedOffNeverFires();
    void seedRules_data();
    void seedRules();
};

void TestAlertEngine::pendingThenFiringAfterFor()
{
    // 10 until 100 s, then 50: the condition first holds at the sample of 105 s.
    SeriesSet data;
    sampled(data, ls({{"__name__", "temperature"}, {"room", "a"}}), 0, 20 * kMin,
            [](qint64 t) { return t < 100'000 ? 10.0 : 50.0; });
    data.finish();
    AlertEngine engine;
    engine.setRules(
        {rule(u"Hot"_s, u"temperature > 30"_s, 5 * kMin, u"Room {{ $labels.room }} at {{ $value }}"_s)});

    Run r = run(engine, data, 0, 90'000);
    QCOMPARE(stateOf(engine, u"Hot"_s), AlertState::Inactive);
    QVERIFY(r.transitions.empty());
    r = run(engine, data, 105'000, 105'000);
    QCOMPARE(stateOf(engine, u"Hot"_s), AlertState::Pending);
    r = run(engine, data, 120'000, 105'000 + 5 * kMin - kStep);
    QCOMPARE(stateOf(engine, u"Hot"_s), AlertState::Pending);
    QVERIFY(r.notifications.empty());
    r = run(engine, data, 105'000 + 5 * kMin, 105'000 + 5 * kMin);
    QCOMPARE(stateOf(engine, u"Hot"_s), AlertState::Firing);
    const auto firing =
        std::ranges::find_if(r.transitions, [](const AlertTransition& t) { return !t.wholeRule; });
    QVERIFY(firing != r.transitions.end());
    QCOMPARE(firing->from, AlertState::Pending);
    QCOMPARE(firing->to, AlertState::Firing);
    QCOMPARE(firing->labels, ls({{"room", "a"}})); // the metric name is not an alert label
    QVERIFY(r.notifications.empty());              // firing, but not for the minimum time yet

    // A minute of firing later: one notification, with the template filled.
    r = run(engine, data, 105'000 + 5 * kMin + kStep, 20 * kMin);
    QCOMPARE(r.notifications.size(), size_t(1));
    QCOMPARE(r.notifications[0].timeMs, kT0 + 105'000 + 6 * kMin);
    QCOMPARE(r.notifications[0].text, u"Room a at 50"_s);
    QCOMPARE(r.notifications[0].firing, 1);
    QVERIFY(engine.status(u"Hot"_s)->describe().contains(u"Room a at 50"_s));
}

void TestAlertEngine::resolvedAndForgotten()
{
    // High from 0 to 10 min, then low: fires at once (no `for`), resolves at 10 min.
    SeriesSet data;
    sampled(data, ls({{"__name__", "queue_length"}}), 0, 60 * kMin,
            [](qint64 t) { return t < 10 * kMin ? 500.0 : 3.0; });
    data.finish();
    AlertEngine engine;
    engine.setRules({rule(u"Queue"_s, u"queue_length > 100"_s, 0)});
    Run r = run(engine, data, 0, 10 * kMin - kStep);
    QCOMPARE(stateOf(engine, u"Queue"_s), AlertState::Firing);
    QCOMPARE(r.notifications.size(), size_t(1));
    r = run(engine, data, 10 * kMin, 10 * kMin);
    QCOMPARE(stateOf(engine, u"Queue"_s), AlertState::Resolved);
    QCOMPARE(engine.status(u"Queue"_s)->instances.at(0).resolvedAtMs, kT0 + 10 * kMin);
    QVERIFY(r.notifications.empty()); // resolving sends nothing
    r = run(engine, data, 10 * kMin + kStep, 25 * kMin - kStep);
    QCOMPARE(stateOf(engine, u"Queue"_s), AlertState::Resolved); // shown as resolved for 15 minutes
    r = run(engine, data, 25 * kMin, 25 * kMin);
    QCOMPARE(stateOf(engine, u"Queue"_s), AlertState::Inactive);
    QVERIFY(engine.status(u"Queue"_s)->instances.empty());
}

void TestAlertEngine::flappingNotifiesAtMostTwice_data()
{
    QTest::addColumn<qint64>("forMs");
    QTest::addColumn<QList<qint64>>("phases"); // alternately below and above the threshold, ms

    // 60 threshold crossings in 4 hours: a minute below, then 30 times above and below.
    auto regular = [](qint64 aboveMs, qint64 belowMs) {
        QList<qint64> out{kMin};
        for (int i = 0; i < 30; ++i)
            out << aboveMs << belowMs;
        return out;
    };
    QTest::newRow("2 min above, 6 below, no for") << qint64(0) << regular(2 * kMin, 6 * kMin);
    QTest::newRow("4 min above, 4 below, for 1m") << kMin << regular(4 * kMin, 4 * kMin);
    QTest::newRow("7 min above, 1 below, for 1m") << kMin << regular(7 * kMin, 1 * kMin);
    // Uneven: between 2 and 5 minutes above, between 1 and 6 below, on the 15 s grid.
    std::mt19937 random(11);
    std::uniform_int_distribution<int> above(8, 20);
    std::uniform_int_distribution<int> below(4, 24);
    QList<qint64> uneven{kMin};
    for (int i = 0; i < 30; ++i)
        uneven << above(random) * kStep << below(random) * kStep;
    QTest::newRow("uneven, for 1m") << kMin << uneven;
}

void TestAlertEngine::flappingNotifiesAtMostTwice()
{
    QFETCH(qint64, forMs);
    QFETCH(QList<qint64>, phases);
    std::vector<qint64> bounds{0}; // where each phase starts; odd phases are above
    for (const qint64 p : phases)
        bounds.push_back(bounds.back() + p);
    auto above = [&bounds](qint64 t) {
        const auto it = std::ranges::upper_bound(bounds, t);
        return it != bounds.end() && (it - bounds.begin() - 1) % 2 == 1;
    };
    SeriesSet data;
    sampled(data, ls({{"__name__", "error_ratio"}}), 0, 240 * kMin,
            [&](qint64 t) { return above(t) ? 0.2 : 0.01; });
    data.finish();
    int crossings = 0;
    for (qint64 t = kStep; t <= 240 * kMin; t += kStep)
        crossings += above(t) != above(t - kStep) ? 1 : 0;
    QCOMPARE(crossings, 60);

    AlertEngine engine;
    engine.setRules({rule(u"Errors"_s, u"error_ratio > 0.05"_s, forMs)});
    const Run r = run(engine, data, 0, 240 * kMin);
    const auto fired = std::ranges::count_if(
        r.transitions, [](const AlertTransition& t) { return !t.wholeRule && t.to == AlertState::Firing; });
    QVERIFY2(fired >= 25, qPrintable(u"it fired %1 times"_s.arg(fired))); // it did flap
    QVERIFY2(!r.notifications.empty(), "a flapping rule still says once that it fires");
    QVERIFY2(r.notifications.size() <= 2, qPrintable(u"%1 notifications"_s.arg(r.notifications.size())));
}

void TestAlertEngine::firingAgainAfterTheQuietPeriodNotifies()
{
    // Fires 0-5 min, resolves; fires again 10-15 min (within the quiet: silent) and 40-50 min
    // (20 minutes after the last resolution: a new notification).
    SeriesSet data;
    sampled(data, ls({{"__name__", "load"}}), 0, 60 * kMin, [](qint64 t) {
        const bool high =
            t < 5 * kMin || (t >= 10 * kMin && t < 20 * kMin) || (t >= 40 * kMin && t < 50 * kMin);
        return high ? 9.0 : 1.0;
    });
    data.finish();
    AlertEngine engine;
    engine.setRules({rule(u"Load"_s, u"load > 4"_s, 0)});
    const Run r = run(engine, data, 0, 60 * kMin);
    QCOMPARE(r.notifications.size(), size_t(2));
    QCOMPARE(r.notifications[0].timeMs, kT0 + kMin);
    QCOMPARE(r.notifications[1].timeMs, kT0 + 41 * kMin);
}

void TestAlertEngine::noDataIsNotResolvedNorZero()
{
    // `x < 1` would fire if a missing series counted as 0; `up == 0` has no `up` at all.
    SeriesSet data;
    sampled(data, ls({{"__name__", "other"}}), 0, 10 * kMin, [](qint64) { return 0.0; });
    data.finish();
    AlertEngine engine;
    engine.setRules(
        {rule(u"Low"_s, u"free_ratio < 1"_s, 0), rule(u"Down"_s, u"up{job=\"service\"} == 0"_s, 0)});
    const Run r = run(engine, data, 0, 10 * kMin);
    QCOMPARE(stateOf(engine, u"Low"_s), AlertState::NoData);
    QCOMPARE(stateOf(engine, u"Down"_s), AlertState::NoData);
    QVERIFY(r.notifications.empty());
    QVERIFY(engine.status(u"Low"_s)->instances.empty());
    QVERIFY(engine.status(u"Low"_s)->describe().startsWith(u"No data"_s));
}

void TestAlertEngine::staleSeriesIsNoData()
{
    // Firing, then the series stops (a staleness marker at 6 min): no data, not resolved; when
    // it comes back still high it fires on without a second notification.
    SeriesSet data;
    std::vector<Point> points;
    for (qint64 t = 0; t < 6 * kMin; t += kStep)
        points.push_back({kT0 + t, 0.97});
    points.push_back({kT0 + 6 * kMin, staleNaN()});
    for (qint64 t = 9 * kMin; t <= 12 * kMin; t += kStep)
        points.push_back({kT0 + t, 0.97});
    data.add(ls({{"__name__", "disk_used_ratio"}, {"mountpoint", "/"}}), std::move(points));
    data.finish();
    AlertEngine engine;
    engine.setRules({rule(u"Disk"_s, u"disk_used_ratio > 0.9"_s, 0)});
    Run r = run(engine, data, 0, 5 * kMin);
    QCOMPARE(stateOf(engine, u"Disk"_s), AlertState::Firing);
    QCOMPARE(r.notifications.size(), size_t(1));
    r = run(engine, data, 5 * kMin + kStep, 8 * kMin);
    QCOMPARE(stateOf(engine, u"Disk"_s), AlertState::NoData);
    QCOMPARE(engine.status(u"Disk"_s)->instances.at(0).state, AlertState::NoData);
    QVERIFY(std::ranges::none_of(r.transitions,
                                 [](const AlertTransition& t) { return t.to == AlertState::Resolved; }));
    r = run(engine, data, 9 * kMin, 12 * kMin);
    QCOMPARE(stateOf(engine, u"Disk"_s), AlertState::Firing);
    QVERIFY(r.notifications.empty());
}

void TestAlertEngine::errorShowsTheQueryError()
{
    SeriesSet data;
    sampled(data, ls({{"__name__", "a"}, {"x", "1"}}), 0, kMin, [](qint64) { return 1.0; });
    sampled(data, ls({{"__name__", "a"}, {"x", "2"}}), 0, kMin, [](qint64) { return 1.0; });
    sampled(data, ls({{"__name__", "b"}, {"y", "1"}}), 0, kMin, [](qint64) { return 1.0; });
    sampled(data, ls({{"__name__", "b"}, {"y", "2"}}), 0, kMin, [](qint64) { return 1.0; });
    data.finish();
    AlertEngine engine;
    engine.setRules(
        {rule(u"Typo"_s, u"rate(http_requests_total[5m]"_s, 0), rule(u"Matching"_s, u"a + on() b > 1"_s, 0)});
    run(engine, data, 0, kMin);
    const AlertRuleStatus* typo = engine.status(u"Typo"_s);
    QCOMPARE(typo->state, AlertState::Error);
    QVERIFY(typo->error.has_value());
    QCOMPARE(typo->error->code, QueryError::Code::UnexpectedEnd);
    QVERIFY2(typo->describe().contains(typo->error->describe()), qPrintable(typo->describe()));
    const AlertRuleStatus* matching = engine.status(u"Matching"_s);
    QCOMPARE(matching->state, AlertState::Error);
    QCOMPARE(matching->error->code, QueryError::Code::ManyToManyMatching);
    QVERIFY(matching->describe().contains(matching->error->describe()));
}

void TestAlertEngine::labelSetsHaveTheirOwnState()
{
    // Core 0 is busy from the start, core 1 from 10 min, core 2 never.
    SeriesSet data;
    sampled(data, ls({{"__name__", "cpu_busy"}, {"core", "0"}}), 0, 30 * kMin, [](qint64) { return 0.99; });
    sampled(data, ls({{"__name__", "cpu_busy"}, {"core", "1"}}), 0, 30 * kMin,
            [](qint64 t) { return t < 10 * kMin ? 0.2 : 0.99; });
    sampled(data, ls({{"__name__", "cpu_busy"}, {"core", "2"}}), 0, 30 * kMin, [](qint64) { return 0.1; });
    data.finish();
    AlertEngine engine;
    engine.setRules({rule(u"Busy"_s, u"cpu_busy > 0.9"_s, 5 * kMin, u"Core {{ $labels.core }} busy"_s)});
    Run r = run(engine, data, 0, 12 * kMin);
    const AlertRuleStatus* s = engine.status(u"Busy"_s);
    QCOMPARE(s->state, AlertState::Firing);
    QCOMPARE(s->instances.size(), size_t(2)); // core 2 never met the condition
    QCOMPARE(s->instances[0].labels, ls({{"core", "0"}}));
    QCOMPARE(s->instances[0].state, AlertState::Firing);
    QCOMPARE(s->instances[1].labels, ls({{"core", "1"}}));
    QCOMPARE(s->instances[1].state, AlertState::Pending);
    r = run(engine, data, 12 * kMin + kStep, 30 * kMin);
    QCOMPARE(s->firingCount(), 2);
    QVERIFY(r.notifications.empty()); // notified once already, while only core 0 fired
    // Both fire at once: still one message for the rule, about the first label set.
    AlertEngine fresh;
    fresh.setRules({rule(u"Busy"_s, u"cpu_busy > 0.9"_s, 0, u"Core {{ $labels.core }} busy"_s)});
    const Run all = run(fresh, data, 10 * kMin, 30 * kMin);
    QCOMPARE(all.notifications.size(), size_t(1));
    QCOMPARE(all.notifications[0].firing, 2);
    QVERIFY2(all.notifications[0].text.startsWith(u"Core 0 busy"_s), qPrintable(all.notifications[0].text));
}

void TestAlertEngine::thresholdGivenApart()
{
    // The comparison as the rule's own fields: the same states as in the expression.
    SeriesSet data;
    sampled(data, ls({{"__name__", "latency_seconds"}}), 0, 10 * kMin,
            [](qint64 t) { return t < 5 * kMin ? 1.0 : 3.0; });
    data.finish();
    AlertRule r = rule(u"Slow"_s, u"latency_seconds"_s, 0);
    r.comparison = AlertComparison::Greater;
    r.threshold = 2;
    QCOMPARE(r.condition(), u"latency_seconds > 2"_s);
    AlertEngine engine;
    engine.setRules({r});
    run(engine, data, 0, 4 * kMin);
    QCOMPARE(stateOf(engine, u"Slow"_s), AlertState::Inactive);
    run(engine, data, 5 * kMin, 6 * kMin);
    QCOMPARE(stateOf(engine, u"Slow"_s), AlertState::Firing);
    QCOMPARE(engine.status(u"Slow"_s)->instances.at(0).value, 3.0);
}

namespace {

// The series the seeds' services and node-exporter expose, for 15 minutes, every 15 s.
SeriesSet seedData(const QString& name)
{
    SeriesSet d;
    const qint64 end = 15 * kMin;
    auto counter = [&](const LabelSet& l, double perStep) {
        sampled(d, l, 0, end, [perStep](qint64 t) { return perStep * double(t / kStep); });
    };
    auto gauge = [&](const LabelSet& l, double v) {
        sampled(d, l, 0, end, [v](qint64) { return v; });
    };
    if (name.startsWith(u"errors"_s)) {
        counter(ls({{"__name__", "http_requests_total"}, {"job", "service"}, {"status", "200"}}), 100);
        counter(ls({{"__name__", "http_requests_total"}, {"job", "service"}, {"status", "404"}}), 20);
        counter(ls({{"__name__", "http_requests_total"}, {"job", "service"}, {"status", "500"}}),
                name == u"errors-high"_s ? 10 : 2); // 10/130 = 7.7 %, 2/122 = 1.6 %
    } else if (name.startsWith(u"latency"_s)) {
        // Per 15 s: slow has 97 of 100 requests between 2.5 and 5 s (p99 about 4.97 s), fast all under 0.5 s.
        const bool slow = name == u"latency-slow"_s;
        const std::pair<const char*, double> buckets[] = {{"0.5", slow ? 1 : 100},
                                                          {"1", slow ? 2 : 100},
                                                          {"2.5", slow ? 3 : 100},
                                                          {"5", 100},
                                                          {"+Inf", 100}};
        for (const auto& [le, perStep] : buckets)
            counter(ls({{"__name__", "http_request_duration_seconds_bucket"}, {"le", le}}), perStep);
    } else if (name.startsWith(u"memory"_s)) {
        gauge(ls({{"__name__", "node_memory_MemTotal_bytes"}, {"job", "node"}}), 8e9);
        gauge(ls({{"__name__", "node_memory_MemAvailable_bytes"}, {"job", "node"}}),
              name == u"memory-high"_s ? 1e9 : 4e9); // 87.5 % or 50 % used
    } else if (name == u"disk"_s) {
        auto fs = [&](const char* mount, const char* type, double size, double avail) {
            gauge(ls({{"__name__", "node_filesystem_size_bytes"}, {"mountpoint", mount}, {"fstype", type}}),
                  size);
            gauge(ls({{"__name__", "node_filesystem_avail_bytes"}, {"mountpoint", mount}, {"fstype", type}}),
                  avail);
        };
        fs("/", "ext4", 100e9, 5e9);     // 95 % used
        fs("/boot", "ext4", 1e9, 0.5e9); // 50 %
        fs("/run", "tmpfs", 1e9, 0);     // full, but a tmpfs
    } else if (name.startsWith(u"up"_s)) {
        gauge(ls({{"__name__", "up"}, {"job", "service"}, {"instance", "127.0.0.1:8000"}}),
              name == u"up-0"_s ? 0 : 1);
        gauge(ls({{"__name__", "up"}, {"job", "node"}, {"instance", "127.0.0.1:9100"}}), 1);
    } else if (name.startsWith(u"confidence"_s)) {
        const bool low = name == u"confidence-low"_s;
        gauge(ls({{"__name__", "weighing_estimation_confidence"}, {"breed_type", "brahman"}}),
              low ? 0.90 : 0.97);
        gauge(ls({{"__name__", "weighing_estimation_confidence"}, {"breed_type", "nelore"}}),
              low ? 0.93 : 0.96);
    }
    d.finish();
    return d;
}

} // namespace

void TestAlertEngine::turnedOffNeverFires()
{
    // Firing, then turned off: inactive at once, no label sets, no notification; turned on again
    // (same rule, so its memory is kept) it goes through pending to firing as a new episode.
    SeriesSet data;
    sampled(data, ls({{"__name__", "temperature"}, {"room", "a"}}), 0, 60 * kMin,
            [](qint64) { return 50.0; });
    data.finish();
    AlertEngine engine;
    AlertRule hot = rule(u"Hot"_s, u"temperature > 30"_s, kMin);
    engine.setRules({hot});
    Run r = run(engine, data, 0, 3 * kMin);
    QCOMPARE(stateOf(engine, u"Hot"_s), AlertState::Firing);
    QCOMPARE(r.notifications.size(), size_t(1));
    hot.enabled = false;
    engine.setRules({hot});
    r = run(engine, data, 3 * kMin + kStep, 20 * kMin);
    QCOMPARE(stateOf(engine, u"Hot"_s), AlertState::Inactive);
    QVERIFY(engine.status(u"Hot"_s)->instances.empty());
    QVERIFY(r.notifications.empty());
    QCOMPARE(r.transitions.size(), size_t(1)); // the rule's own firing -> inactive
    hot.enabled = true;
    engine.setRules({hot});
    r = run(engine, data, 20 * kMin + kStep, 20 * kMin + kStep);
    QCOMPARE(stateOf(engine, u"Hot"_s), AlertState::Pending);
}

void TestAlertEngine::seedRules_data()
{
    QTest::addColumn<QString>("expr");
    QTest::addColumn<qint64>("forMs");
    QTest::addColumn<QString>("dataset");
    QTest::addColumn<qint64>("untilMs");
    QTest::addColumn<AlertState>("state");
    QTest::addColumn<QString>("labels"); // of the first label set, when it fires

    const QString errorRate =
        uR"(sum(rate(http_requests_total{status=~"5.."}[5m])) / sum(rate(http_requests_total[5m])) > 0.05)"_s;
    const QString p99 =
        u"histogram_quantile(0.99, sum(rate(http_request_duration_seconds_bucket[5m])) by (le)) > 2"_s;
    const QString memory = u"(1 - node_memory_MemAvailable_bytes / node_memory_MemTotal_bytes) * 100 > 80"_s;
    const QString disk =
        uR"((1 - node_filesystem_avail_bytes{fstype!="tmpfs"} / node_filesystem_size_bytes{fstype!="tmpfs"}) * 100 > 90)"_s;
    const QString down = uR"(up{job="service"} == 0)"_s;
    const QString confidence = u"avg(weighing_estimation_confidence) < 0.95"_s;
    const qint64 five = 5 * kMin;
    const qint64 end = 15 * kMin;
    QTest::newRow("error rate 7.7 %")
        << errorRate << five << u"errors-high"_s << end << AlertState::Firing << u"{}"_s;
    QTest::newRow("error rate 1.6 %")
        << errorRate << five << u"errors-low"_s << end << AlertState::Inactive << QString();
    QTest::newRow("p99 4.97 s") << p99 << five << u"latency-slow"_s << end << AlertState::Firing << u"{}"_s;
    QTest::newRow("p99 0.5 s") << p99 << five << u"latency-fast"_s << end << AlertState::Inactive
                               << QString();
    QTest::newRow("memory 87.5 %") << memory << five << u"memory-high"_s << end << AlertState::Firing
                                   << uR"({job="node"})"_s;
    QTest::newRow("memory 50 %") << memory << five << u"memory-low"_s << end << AlertState::Inactive
                                 << QString();
    QTest::newRow("disk / 95 %") << disk << five << u"disk"_s << end << AlertState::Firing
                                 << uR"({fstype="ext4", mountpoint="/"})"_s;
    QTest::newRow("service down") << down << 2 * kMin << u"up-0"_s << end << AlertState::Firing
                                  << uR"({instance="127.0.0.1:8000", job="service"})"_s;
    QTest::newRow("service up") << down << 2 * kMin << u"up-1"_s << end << AlertState::Inactive << QString();
    QTest::newRow("service never scraped")
        << down << 2 * kMin << u"memory-low"_s << end << AlertState::NoData << QString();
    QTest::newRow("confidence 0.915, 10 min")
        << confidence << five << u"confidence-low"_s << 10 * kMin << AlertState::Firing << u"{}"_s;
    QTest::newRow("confidence 0.915, 4 min")
        << confidence << five << u"confidence-low"_s << 4 * kMin << AlertState::Pending << QString();
    QTest::newRow("confidence 0.965")
        << confidence << five << u"confidence-ok"_s << end << AlertState::Inactive << QString();
}

void TestAlertEngine::seedRules()
{
    QFETCH(QString, expr);
    QFETCH(qint64, forMs);
    QFETCH(QString, dataset);
    QFETCH(qint64, untilMs);
    QFETCH(AlertState, state);
    QFETCH(QString, labels);
    const SeriesSet data = seedData(dataset);
    QVERIFY(data.sampleCount() > 0);
    AlertEngine engine;
    engine.setRules({rule(u"Seed"_s, expr, forMs)});
    run(engine, data, 0, untilMs);
    const AlertRuleStatus* s = engine.status(u"Seed"_s);
    QVERIFY2(!s->error, qPrintable(s->describe()));
    QCOMPARE(s->state, state);
    if (state == AlertState::Firing) {
        QCOMPARE(s->firingCount(), 1);
        QCOMPARE(QString::fromStdString(s->instances.at(0).labels.toString()), labels);
    }
}

QTEST_GUILESS_MAIN(TestAlertEngine)
#include "tst_alertengine.moc"
