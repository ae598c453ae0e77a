#pragma once

#include "metrics/QueryError.h"
#include "metrics/QueryParser.h"
#include "metrics/SeriesSet.h"

#include <expected>
#include <vector>

// Evaluates a Query over a SeriesSet with Prometheus 3's semantics: an instant selector sees the
// newest sample in the 5 minutes up to the evaluation time (left-open, (t-5m, t]) unless it is
// a staleness marker; a range selector [r] sees the samples in (t-r, t], staleness markers left
// out; functions, aggregations and operators as in promql/engine.go.
namespace capataz::metrics {

inline constexpr qint64 kLookbackMs = 5 * 60 * 1000;
inline constexpr qsizetype kMaxSteps = 11'000;

struct QuerySeries {
    LabelSet labels;
    std::vector<Point> points; // an instant query: one point (a range vector: the window's samples)
    bool operator==(const QuerySeries&) const = default;
};

struct QueryResult {
    ValueType type = ValueType::InstantVector; // Scalar: one series without labels
    std::vector<QuerySeries> series;
    bool operator==(const QueryResult&) const = default;
};

// At one time (ms since the epoch). A range vector at the top is answered with its samples.
[[nodiscard]] std::expected<QueryResult, QueryError> evaluateInstant(const Query& query,
                                                                     const SeriesSet& data, qint64 timeMs);
// At start, start + step, ... up to end (inclusive), as Prometheus's query_range. Each series
// has the points of the steps where it has a value. At most kMaxSteps steps.
[[nodiscard]] std::expected<QueryResult, QueryError>
evaluateRange(const Query& query, const SeriesSet& data, qint64 startMs, qint64 endMs, qint64 stepMs);

} // namespace capataz::metrics
