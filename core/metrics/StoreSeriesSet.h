#pragma once

#include "metrics/QueryAst.h"
#include "metrics/SeriesSet.h"

#include <QStringList>

#include <optional>

// What the query engine reads, taken from what the scraper stores: the samples of a SeriesStore
// over [fromMs, toMs] as a SeriesSet (the metric name as __name__, raw samples where memory has
// them, minute rows before).
namespace capataz::metrics {

class SeriesStore;

// Only the series of `metrics` when given (an empty list: none), else every series; series
// without a sample in the window are left out.
[[nodiscard]] SeriesSet seriesSetFromStore(const SeriesStore& store, qint64 fromMs, qint64 toMs,
                                           const std::optional<QStringList>& metrics = std::nullopt);

// The metric names an expression's selectors name with `__name__ = "x"` (or `x{...}`); nullopt
// when a selector names none that way (a regex on __name__: every series may be read).
[[nodiscard]] std::optional<QStringList> queryMetricNames(const Expr& root);

} // namespace capataz::metrics
