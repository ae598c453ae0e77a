// libFuzzer target for the query parser and engine. Properties: never crashes; a query that
// does not parse fails with a position inside the text (1 to length + 1, the end) and a
// sentence; a query that parses is evaluated, instant and over a range, on a tiny fixed
// SeriesSet (a counter with a reset, a gauge with NaN and a staleness marker, histogram
// buckets) without crashing: its answer has the query's type, points at the evaluation times
// only, one series per label set, each printable; an evaluation error also points inside the
// text (or at 0, the whole query). Also at the ends of qint64 (times, and a range ending there):
// run with UBSan, an overflow of a window edge shows as a "runtime error" in the log.
#include "metrics/QueryEngine.h"

#include <cstdint>
#include <cstdlib>
#include <limits>
#include <set>
#include <string>

using namespace capataz::metrics;

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

LabelSet labels(std::initializer_list<std::pair<const char*, const char*>> list)
{
    std::vector<LabelPair> pairs;
    for (const auto& [n, v] : list)
        pairs.push_back({n, v});
    return LabelSet(std::move(pairs));
}

const SeriesSet& data()
{
    static const SeriesSet set = [] {
        SeriesSet s;
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        s.add(labels({{"__name__", "http_requests_total"}, {"code", "200"}, {"job", "api"}}),
              {{0, 0}, {15'000, 10}, {30'000, 25}, {45'000, 3}, {60'000, 9}, {75'000, 30}});
        s.add(labels({{"__name__", "http_requests_total"}, {"code", "500"}, {"job", "api"}}),
              {{0, 1}, {30'000, 2}, {60'000, 2}, {90'000, 5}});
        s.add(labels({{"__name__", "temperature"}, {"room", "a\"b\n"}}),
              {{0, -3.5}, {15'000, nan}, {30'000, inf}, {45'000, 21}, {60'000, staleNaN()}});
        const char* const les[] = {"0.1", "0.5", "1", "+Inf"};
        double count = 0;
        for (const char* le : les) {
            count += 2;
            s.add(labels({{"__name__", "latency_seconds_bucket"}, {"le", le}, {"job", "api"}}),
                  {{0, 0}, {30'000, count}, {60'000, count * 3}, {90'000, count * 4}});
        }
        s.add(labels({{"__name__", "up"}, {"job", "api"}}), {{0, 1}, {60'000, 0}, {120'000, 1}});
        s.finish();
        return s;
    }();
    return set;
}

void checkError(const QueryError& error, qsizetype length)
{
    check(error.position >= 0 && error.position <= length + 1);
    check(!error.describe().isEmpty() && !error.codeName().isEmpty());
    (void)error.toError();
}

void checkResult(const Query& query, const QueryResult& result, const std::set<qint64>& times)
{
    if (query.type() != ValueType::RangeVector)
        check(result.type == query.type());
    std::set<std::string> seen;
    std::string printed;
    for (const QuerySeries& s : result.series) {
        check(seen.insert(s.labels.key()).second);
        printed += s.labels.toString();
        for (const Point& p : s.points) {
            if (result.type != ValueType::RangeVector)
                check(times.contains(p.t));
            printed += std::to_string(p.t) + ' ' + std::to_string(p.v) + '\n';
        }
    }
    if (result.type == ValueType::Scalar)
        check(result.series.size() == 1 && result.series.front().labels.empty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(bytes), qsizetype(size));
    const auto query = parseQuery(text);
    if (!query) {
        checkError(query.error(), text.size());
        return 0;
    }
    check(!query->isNull());
    constexpr qint64 kMin = std::numeric_limits<qint64>::min();
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    for (const qint64 at : {qint64(0), qint64(45'000), qint64(400'000), kMin, kMax}) {
        const auto r = evaluateInstant(*query, data(), at);
        if (r)
            checkResult(*query, *r, {at});
        else
            checkError(r.error(), text.size());
    }
    const auto range = evaluateRange(*query, data(), -30'000, 150'000, 15'000);
    if (range) {
        std::set<qint64> steps;
        for (qint64 t = -30'000; t <= 150'000; t += 15'000)
            steps.insert(t);
        checkResult(*query, *range, steps);
        for (const QuerySeries& s : range->series)
            check(s.points.size() <= steps.size());
    } else {
        checkError(range.error(), text.size());
    }
    // A range at the end of time: a few steps, each inside it.
    if (const auto end = evaluateRange(*query, data(), kMax - 40'000, kMax, 15'000))
        checkResult(*query, *end, {kMax - 40'000, kMax - 25'000, kMax - 10'000});
    return 0;
}
