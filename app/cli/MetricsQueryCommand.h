#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace capataz::metrics {
class SeriesSet;
}

namespace capataz::cli {

class CliContext;

// `capataz-cli metrics query --file HISTORY.om EXPR (--at T | --range START:END:STEP) [--json]`:
// evaluates a PromQL expression over the timestamped samples of an exposition file (the
// OpenMetrics input of `promtool tsdb create-blocks-from openmetrics`; Prometheus text when the
// name does not end in .om). Times are Unix seconds (or ISO 8601 for --at); STEP a duration (15s)
// or seconds. --json answers as Prometheus's HTTP API: {resultType, result}.
int runMetricsQueryCommand(CliContext& ctx, const QStringList& args);

// Reads a history file (as metrics query --file does: lenient, the first ten unreadable lines
// warned about) into `data`, finished. ExitOk, or the exit code after reporting the error.
int readHistoryFile(const QString& path, metrics::SeriesSet& data);
// Unix seconds ("1700000000", "1700000000.25") or, where allowed, ISO 8601 with a zone.
[[nodiscard]] std::optional<qint64> parseTime(const QString& text, bool allowIso);

} // namespace capataz::cli
