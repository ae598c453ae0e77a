#pragma once

#include <QStringList>

namespace capataz::cli {

class CliContext;

// `capataz-cli metrics query --file HISTORY.om EXPR (--at T | --range START:END:STEP) [--json]`:
// evaluates a PromQL expression over the timestamped samples of an exposition file (the
// OpenMetrics input of `promtool tsdb create-blocks-from openmetrics`; Prometheus text when the
// name does not end in .om). Times are Unix seconds (or ISO 8601 for --at); STEP a duration (15s)
// or seconds. --json answers as Prometheus's HTTP API: {resultType, result}.
int runMetricsQueryCommand(CliContext& ctx, const QStringList& args);

} // namespace capataz::cli
