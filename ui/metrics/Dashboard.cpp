#include "Dashboard.h"

#include "stack/Recipe.h"

#include <QCoreApplication>

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

DashboardRow serviceRow()
{
    DashboardRow row;
    row.title = QCoreApplication::translate("capataz::ui::Dashboard", "Service");
    row.panels = {
        {u"requestsNow"_s,
         QCoreApplication::translate("capataz::ui::Dashboard", "Requests now"),
         PanelKind::SingleValue,
         MetricUnit::PerSecond,
         {{u"sum(rate(http_requests_total[$rate]))"_s, {}}}},
        {u"requestsPerSecond"_s,
         QCoreApplication::translate("capataz::ui::Dashboard", "Requests per second"),
         PanelKind::Line,
         MetricUnit::PerSecond,
         {{u"sum(rate(http_requests_total[$rate])) by (method)"_s, {}}}},
        {u"latency"_s,
         QCoreApplication::translate("capataz::ui::Dashboard", "Latency"),
         PanelKind::Line,
         MetricUnit::Seconds,
         {{quantile("0.5"), u"p50"_s}, {quantile("0.95"), u"p95"_s}, {quantile("0.99"), u"p99"_s}}},
        {u"errorRate"_s,
         QCoreApplication::translate("capataz::ui::Dashboard", "Error rate (5xx)"),
         PanelKind::Line,
         MetricUnit::Percent,
         {{kErrorRatio, QCoreApplication::translate("capataz::ui::Dashboard", "errors")}}},
    };
    return row;
}

DashboardRow serverRow()
{
    DashboardRow row;
    row.title = QCoreApplication::translate("capataz::ui::Dashboard", "Server (node-exporter)");
    row.panels = {
        {u"cpu"_s,
         QCoreApplication::translate("capataz::ui::Dashboard", "CPU"),
         PanelKind::Line,
         MetricUnit::Percent,
         {{u"100 * (1 - avg(rate(node_cpu_seconds_total{mode=\"idle\"}[$rate])))"_s, u"cpu"_s}}},
        {u"memory"_s,
         QCoreApplication::translate("capataz::ui::Dashboard", "Memory used"),
         PanelKind::SingleValue,
         MetricUnit::Percent,
         {{u"100 * (1 - node_memory_MemAvailable_bytes / node_memory_MemTotal_bytes)"_s, {}}}},
        {u"disk"_s,
         QCoreApplication::translate("capataz::ui::Dashboard", "Disk used"),
         PanelKind::Line,
         MetricUnit::Percent,
         {{u"100 * (1 - max(node_filesystem_avail_bytes{fstype!~\"tmpfs|overlay|squashfs\"}) by (mountpoint)"
           u" / max(node_filesystem_size_bytes{fstype!~\"tmpfs|overlay|squashfs\"}) by (mountpoint))"_s,
           {}}}},
        {u"network"_s,
         QCoreApplication::translate("capataz::ui::Dashboard", "Network"),
         PanelKind::Line,
         MetricUnit::BytesPerSecond,
         {{u"sum(rate(node_network_receive_bytes_total{device!=\"lo\"}[$rate]))"_s,
           QCoreApplication::translate("capataz::ui::Dashboard", "received")},
          {u"sum(rate(node_network_transmit_bytes_total{device!=\"lo\"}[$rate]))"_s,
           QCoreApplication::translate("capataz::ui::Dashboard", "sent")}}},
    };
    return row;
}

} // namespace

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
        spec.kind = PanelKind::Line;
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
