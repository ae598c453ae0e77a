#pragma once

#include "MetricsUnits.h"

#include <QList>
#include <QString>

#include <limits>
#include <optional>
#include <utility>

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
    StackedArea, // an area per series, each on top of the ones before: the top is their sum
    SingleValue, // the newest value of the first series
    Gauge,       // the newest value of the first series on a dial, its thresholds coloured
    Table,       // a row per series: its name and newest value
};

// How a value stands against a panel's thresholds.
enum class Severity {
    None,     // the panel has no thresholds
    Ok,       // within them
    Warning,  // past `warning`
    Critical, // past `critical`
};

struct PanelSpec {
    QString id; // stable, for object names: "requestsPerSecond"
    QString title;
    PanelKind kind = PanelKind::Line;
    MetricUnit unit = MetricUnit::None;
    QList<PanelQuery> queries;
    // Thresholds in the values' own numbers (a percentage: 0 to 100). Higher is worse when
    // warning < critical, lower is worse when warning > critical. NaN: none. Charts draw them
    // as dashed lines; single values, gauges and tables colour their values.
    double warning = std::numeric_limits<double>::quiet_NaN();
    double critical = std::numeric_limits<double>::quiet_NaN();
    // A gauge's scale; NaN: from 0, to 100 for a percentage, else past the highest threshold.
    double min = std::numeric_limits<double>::quiet_NaN();
    double max = std::numeric_limits<double>::quiet_NaN();
};

[[nodiscard]] Severity severityOf(const PanelSpec& spec, double value);
// A gauge's scale for `spec` showing `value`.
[[nodiscard]] std::pair<double, double> gaugeRange(const PanelSpec& spec, double value);

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
