#pragma once

#include "MetricsUnits.h"

#include <QList>
#include <QString>

#include <optional>

namespace capataz::stack {
struct Recipe;
}

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

// The recipe's own panels (a system's business counters: estimations per breed, invoices made)
// as a row titled with the system's name in `language` ("es", "en"); panel ids "recipe0",
// "recipe1", ... Units as recipes write them: "req/s", "s", "%", "ratio" (shown in percent),
// "bytes", "bytes/s", "" (a count). No row (nullopt) when the recipe has no dashboard.
[[nodiscard]] std::optional<DashboardRow> recipeRow(const stack::Recipe& recipe, const QString& language);

// What the Metrics tab shows for a server whose project is in `projectDir`: the row of the
// recipe that fits it (the first of `recipes` with that project directory), then the default.
[[nodiscard]] QList<DashboardRow> dashboardFor(const QString& projectDir, const QList<stack::Recipe>& recipes,
                                               const QString& language);

} // namespace capataz::ui
