#pragma once

#include <QStringList>

namespace capataz::cli {

class CliContext;

// `capataz-cli metrics parse FILE [--format prometheus|openmetrics] [--json]`: the families and
// samples of an exposition file of this computer, or every problem with its line and exit 1.
// Without --format, a .om file is OpenMetrics and any other Prometheus text.
int runMetricsCommand(CliContext& ctx, const QStringList& args);

} // namespace capataz::cli
