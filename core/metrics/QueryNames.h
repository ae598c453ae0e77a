#pragma once

#include "metrics/QueryParser.h"

#include <QSet>
#include <QString>

namespace capataz::metrics {

// The metric names a query selects by name (`rate(x_total[5m])`, `{__name__="x"}`): what a
// dashboard panel and an alert rule are about, to show a rule's state on the panels that chart
// the same metrics. A histogram's or summary's series (_bucket, _sum, _count) count as their
// family's name too. Selectors by a regular expression on the name give no name.
[[nodiscard]] QSet<QString> metricNames(const Query& query);
// The same for a query's text; empty when it does not parse.
[[nodiscard]] QSet<QString> metricNames(const QString& text);

} // namespace capataz::metrics
