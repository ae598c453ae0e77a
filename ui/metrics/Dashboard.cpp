#include "Dashboard.h"

#include "stack/Recipe.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

namespace {

// Requests that end in a 5xx status, over all requests (instrumentator writes "5xx").
const QString kErrorRatio = u"100 * sum(rate(http_requests_total{status=~\"5..\"}[$rate]))"
                            u" / sum(rate(http_requests_total[$rate]))"_s;

QString quantile(const char* q)
{
    return u"histogram_quantile(%1, sum(rate(http_request_duration_seconds_bucket[$rate])) by (le))"_s.arg(
        QLatin1StringView(q));
}

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

PanelSpec panel(QString id, QString title, PanelKind kind, MetricUnit unit, QList<PanelQuery> queries,
                double warning = kNone, double critical = kNone)
{
    PanelSpec p;
    p.id = std::move(id);
    p.title = std::move(title);
    p.kind = kind;
    p.unit = unit;
    p.queries = std::move(queries);
    p.warning = warning;
    p.critical = critical;
    return p;
}

DashboardRow serviceRow()
{
    DashboardRow row;
    row.title = QCoreApplication::translate("capataz::ui::Dashboard", "Service");
    row.panels = {
        panel(u"requestsNow"_s, QCoreApplication::translate("capataz::ui::Dashboard", "Requests now"),
              PanelKind::SingleValue, MetricUnit::PerSecond,
              {{u"sum(rate(http_requests_total[$rate]))"_s, {}}}),
        panel(u"requestsPerSecond"_s,
              QCoreApplication::translate("capataz::ui::Dashboard", "Requests per second"), PanelKind::Line,
              MetricUnit::PerSecond, {{u"sum(rate(http_requests_total[$rate])) by (method)"_s, {}}}),
        // The seeds' alert: p99 over 2 s.
        panel(u"latency"_s, QCoreApplication::translate("capataz::ui::Dashboard", "Latency"), PanelKind::Line,
              MetricUnit::Seconds,
              {{quantile("0.5"), u"p50"_s}, {quantile("0.95"), u"p95"_s}, {quantile("0.99"), u"p99"_s}}, 1.0,
              2.0),
        // The seeds' alert: more than 5 % of requests fail.
        panel(u"errorRate"_s, QCoreApplication::translate("capataz::ui::Dashboard", "Error rate (5xx)"),
              PanelKind::Line, MetricUnit::Percent,
              {{kErrorRatio, QCoreApplication::translate("capataz::ui::Dashboard", "errors")}}, 1.0, 5.0),
    };
    return row;
}

DashboardRow serverRow()
{
    DashboardRow row;
    row.title = QCoreApplication::translate("capataz::ui::Dashboard", "Server (node-exporter)");
    row.panels = {
        panel(u"cpu"_s, QCoreApplication::translate("capataz::ui::Dashboard", "CPU"), PanelKind::Line,
              MetricUnit::Percent,
              {{u"100 * (1 - avg(rate(node_cpu_seconds_total{mode=\"idle\"}[$rate])))"_s, u"cpu"_s}}),
        // The seeds' alerts: memory over 80 %, disk over 90 %.
        panel(u"memory"_s, QCoreApplication::translate("capataz::ui::Dashboard", "Memory used"),
              PanelKind::Gauge, MetricUnit::Percent,
              {{u"100 * (1 - node_memory_MemAvailable_bytes / node_memory_MemTotal_bytes)"_s, {}}}, 80.0,
              90.0),
        panel(u"disk"_s, QCoreApplication::translate("capataz::ui::Dashboard", "Disk used"), PanelKind::Table,
              MetricUnit::Percent,
              {{u"100 * (1 - max(node_filesystem_avail_bytes{fstype!~\"tmpfs|overlay|squashfs\"}) by "
                u"(mountpoint)"
                u" / max(node_filesystem_size_bytes{fstype!~\"tmpfs|overlay|squashfs\"}) by (mountpoint))"_s,
                {}}},
              80.0, 90.0),
        panel(u"network"_s, QCoreApplication::translate("capataz::ui::Dashboard", "Network"), PanelKind::Line,
              MetricUnit::BytesPerSecond,
              {{u"sum(rate(node_network_receive_bytes_total{device!=\"lo\"}[$rate]))"_s,
                QCoreApplication::translate("capataz::ui::Dashboard", "received")},
               {u"sum(rate(node_network_transmit_bytes_total{device!=\"lo\"}[$rate]))"_s,
                QCoreApplication::translate("capataz::ui::Dashboard", "sent")}}),
    };
    return row;
}

} // namespace

Severity severityOf(const PanelSpec& spec, double value)
{
    const bool hasWarning = std::isfinite(spec.warning);
    const bool hasCritical = std::isfinite(spec.critical);
    if (!hasWarning && !hasCritical)
        return Severity::None;
    if (std::isnan(value))
        return Severity::None;
    // Lower is worse when warning > critical; with a lone threshold, higher is worse.
    const bool lowerIsWorse = hasWarning && hasCritical && spec.warning > spec.critical;
    auto past = [&](double threshold) {
        return lowerIsWorse ? value < threshold : value > threshold;
    };
    if (hasCritical && past(spec.critical))
        return Severity::Critical;
    if (hasWarning && past(spec.warning))
        return Severity::Warning;
    return Severity::Ok;
}

std::pair<double, double> gaugeRange(const PanelSpec& spec, double value)
{
    const double lo = std::isfinite(spec.min) ? spec.min : 0.0;
    if (std::isfinite(spec.max))
        return {lo, spec.max};
    if (spec.unit == MetricUnit::Percent)
        return {lo, std::max(100.0, std::isfinite(value) ? value : 0.0)};
    double top = std::isfinite(value) ? value : 0.0;
    for (double t : {spec.warning, spec.critical})
        if (std::isfinite(t))
            top = std::max(top, t * 1.25);
    if (top <= lo)
        top = lo + 1;
    // A round top: 1, 2 or 5 times a power of ten.
    const double p = std::pow(10.0, std::floor(std::log10(top - lo)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (lo + m * p >= top)
            return {lo, lo + m * p};
    return {lo, top};
}

QList<DashboardRow> defaultDashboard()
{
    return {serviceRow(), serverRow()};
}

std::optional<DashboardRow> recipeRow(const stack::Recipe& recipe, const QString& language)
{
    if (recipe.dashboard.isEmpty())
        return std::nullopt;
    DashboardRow row;
    row.title = recipe.name.forLanguage(language);
    int i = 0;
    for (const stack::RecipePanel& panel : recipe.dashboard) {
        PanelSpec spec;
        spec.id = u"recipe%1"_s.arg(i++);
        spec.title = panel.title.forLanguage(language);
        const QString kind = panel.kind.trimmed().toLower();
        spec.kind = kind == u"stacked" ? PanelKind::StackedArea
                    : kind == u"value" ? PanelKind::SingleValue
                    : kind == u"gauge" ? PanelKind::Gauge
                    : kind == u"table" ? PanelKind::Table
                                       : PanelKind::Line;
        spec.warning = panel.warning;
        spec.critical = panel.critical;
        spec.min = panel.min;
        spec.max = panel.max;
        QString expr = panel.expr;
        const QString unit = panel.unit.trimmed().toLower();
        if (unit == u"req/s" || unit == u"/s")
            spec.unit = MetricUnit::PerSecond;
        else if (unit == u"s")
            spec.unit = MetricUnit::Seconds;
        else if (unit == u"%")
            spec.unit = MetricUnit::Percent;
        else if (unit == u"ratio") {
            spec.unit = MetricUnit::Percent;
            expr = u"100 * ("_s + expr + u')';
            for (double* v : {&spec.warning, &spec.critical, &spec.min, &spec.max})
                *v *= 100; // the recipe writes them as the expression gives them (NaN stays NaN)
        } else if (unit == u"bytes")
            spec.unit = MetricUnit::Bytes;
        else if (unit == u"bytes/s")
            spec.unit = MetricUnit::BytesPerSecond;
        spec.queries = {{expr, {}}};
        row.panels.append(std::move(spec));
    }
    return row;
}

QList<DashboardRow> dashboardFor(const QString& projectDir, const QList<stack::Recipe>& recipes,
                                 const QString& language)
{
    QList<DashboardRow> rows;
    const QString id = stack::recipeIdForProjectDir(recipes, projectDir);
    for (const stack::Recipe& recipe : recipes) {
        if (recipe.id == id && !projectDir.trimmed().isEmpty()) {
            if (auto row = recipeRow(recipe, language))
                rows.append(std::move(*row));
            break;
        }
    }
    rows.append(defaultDashboard());
    return rows;
}

} // namespace capataz::ui
