#pragma once

#include "MetricsUnits.h"

#include <QList>
#include <QString>

namespace capataz::ui {

// One query of a panel. `legend` names its series when the query gives one series; with
// several, each is named by its labels (after `legend`, when there is one).
struct PanelQuery {
    QString expr; // PromQL; $rate is replaced by the rate window that suits the range
    QString legend;
};

enum class PanelKind {
    Line,        // a line per series over the time range
    SingleValue, // the newest value of the first series
};

struct PanelSpec {
    QString id; // stable, for object names: "requestsPerSecond"
    QString title;
    PanelKind kind = PanelKind::Line;
    MetricUnit unit = MetricUnit::None;
    QList<PanelQuery> queries;
};

struct DashboardRow {
    QString title;
    QList<PanelSpec> panels;
};

// The default dashboard, translated: a FastAPI service as prometheus-fastapi-instrumentator
// exposes it (requests, latency quantiles, errors) and the server as node-exporter sees it.
[[nodiscard]] QList<DashboardRow> defaultDashboard();

} // namespace capataz::ui
