#pragma once

#include "metrics/QueryEngine.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace capataz::cli {

// How a query's answer is printed, the same whoever evaluated it (metrics query over a file,
// metrics SERVER --query asking a Prometheus server).

// As Prometheus's HTTP API writes `data`: {resultType, result}. `range`: the answer of a range
// evaluation (a matrix, whatever the expression's type).
[[nodiscard]] QJsonObject queryResultJson(const metrics::QueryResult& result, bool range);
// One line per series (name{labels} value), or per series its points (seconds value), then
// "N series"; a scalar alone.
[[nodiscard]] QString queryResultText(const metrics::QueryResult& result, bool range);

// "15s", "1m30s" or seconds ("0.5"): ms, nullopt when not a positive duration.
[[nodiscard]] std::optional<qint64> parseStep(const QString& text);

} // namespace capataz::cli
