// MetricsPanel's stacked areas (PanelKind::StackedArea): each series averaged on a common grid of
// time columns (two pixel columns each, as the lines are reduced), then drawn as an area from the
// sum of the visible series before it to that sum plus its own value.
#include "MetricsChartView.h"
#include "MetricsGauge.h"
#include "MetricsPanel.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QTableWidget>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

namespace {

void styleAreaMarker(QChart* chart, QAreaSeries* area, const QPalette& palette)
{
    for (QLegendMarker* marker : chart->legend()->markers(area)) {
        marker->setVisible(true); // a hidden series keeps its entry, dimmed, to turn it back on
        QColor c = palette.color(QPalette::Text);
        if (!area->isVisible())
            c.setAlphaF(0.35);
        marker->setLabelBrush(c);
        QColor bc = area->color();
        bc.setAlphaF(area->isVisible() ? 1.0 : 0.25);
        marker->setBrush(bc);
    }
}

} // namespace

QList<QAreaSeries*> MetricsPanel::areaSeries() const
{
    QList<QAreaSeries*> out;
    for (QAbstractSeries* s : m_chart->series())
        if (auto* area = qobject_cast<QAreaSeries*>(s))
            out.append(area);
    return out;
}

void MetricsPanel::removeAreas()
{
    for (QAreaSeries* a : std::as_const(m_areas)) {
        m_chart->removeSeries(a);
        delete a; // with its upper and lower lines (its children)
    }
    m_areas.clear();
}

void MetricsPanel::setStacked(const PanelResult& result, qint64 fromMs, qint64 toMs)
{
    m_value->setVisible(false);
    m_gauge->setVisible(false);
    m_table->setVisible(false);
    m_stackInput.clear();
    if (result.series.isEmpty()) {
        removeAreas();
        m_hasData = false;
        showNoData(tr("No data"));
        return;
    }
    const int columns = std::max(2, plotColumns() / 2);
    const double width = double(std::max<qint64>(1, toMs - fromMs)) / columns;
    for (const PanelSeries& s : result.series) {
        QList<double> sum(columns, 0.0);
        QList<int> count(columns, 0);
        for (const QPointF& p : s.points) {
            const int c = int((p.x() - double(fromMs)) / width);
            if (c < 0 || c >= columns || !std::isfinite(p.y()))
                continue;
            sum[c] += p.y();
            ++count[c];
        }
        QList<QPointF> grid;
        grid.reserve(columns);
        for (int c = 0; c < columns; ++c)
            grid.append(QPointF(double(fromMs) + (c + 0.5) * width,
                                count[c] ? sum[c] / count[c] : std::numeric_limits<double>::quiet_NaN()));
        m_stackInput.append({s.name, std::move(grid)});
    }
    m_fromMs = fromMs;
    m_toMs = toMs;
    restack();
    m_hasData = true;
    m_noData->setVisible(false);
    m_view->setVisible(true);
}

void MetricsPanel::restack()
{
    // Areas of series no longer there go; new ones come in the result's order (bottom first).
    QSet<QString> names;
    for (const auto& [name, grid] : std::as_const(m_stackInput))
        names.insert(name);
    for (auto it = m_areas.begin(); it != m_areas.end();) {
        if (!names.contains(it.key())) {
            m_chart->removeSeries(it.value());
            delete it.value();
            it = m_areas.erase(it);
        } else {
            ++it;
        }
    }
    // The top of the stack sets the unit's scale.
    qsizetype columns = m_stackInput.isEmpty() ? 0 : m_stackInput.constFirst().second.size();
    QList<double> top(columns, 0.0);
    for (const auto& [name, grid] : std::as_const(m_stackInput)) {
        if (m_hidden.contains(name))
            continue;
        for (qsizetype c = 0; c < columns && c < grid.size(); ++c)
            if (std::isfinite(grid[c].y()))
                top[c] += grid[c].y();
    }
    double hi = 0;
    for (double v : std::as_const(top))
        hi = std::max(hi, v);
    const UnitScale scale = scaleFor(m_spec.unit, hi);
    m_divisor = scale.divisor;
    QList<QPointF> below;
    for (const auto& [name, grid] : std::as_const(m_stackInput)) {
        QAreaSeries* area = m_areas.value(name);
        if (!area) {
            area = new QAreaSeries;
            area->setUpperSeries(new QLineSeries(area));
            area->setLowerSeries(new QLineSeries(area));
            area->setName(name);
            m_chart->addSeries(area);
            area->attachAxis(m_timeAxis);
            area->attachAxis(m_valueAxis);
            QPen pen = area->pen();
            pen.setWidthF(1);
            area->setPen(pen);
            m_areas.insert(name, area);
            for (QLegendMarker* marker : m_chart->legend()->markers(area))
                connect(marker, &QLegendMarker::clicked, this, [this, area] { toggleArea(area); });
        }
        const bool shown = !m_hidden.contains(name);
        area->setVisible(shown);
        if (below.isEmpty()) {
            for (const QPointF& p : grid)
                below.append(QPointF(p.x(), 0));
        }
        QList<QPointF> upper = below;
        if (shown) {
            for (qsizetype c = 0; c < upper.size() && c < grid.size(); ++c)
                if (std::isfinite(grid[c].y()))
                    upper[c].setY(upper[c].y() + grid[c].y() / m_divisor);
        }
        area->lowerSeries()->replace(below); // whole series at once, never point by point
        area->upperSeries()->replace(upper);
        if (shown)
            below = std::move(upper);
        styleAreaMarker(m_chart, area, palette());
    }
    m_valueAxis->setTitleText(scale.suffix);
    setAxes(0, hi / m_divisor, m_fromMs, m_toMs);
}

void MetricsPanel::toggleArea(QAreaSeries* series)
{
    if (!series)
        return;
    if (m_hidden.contains(series->name()))
        m_hidden.remove(series->name());
    else
        m_hidden.insert(series->name());
    restack();
    setCursorTime(m_cursorTime);
}

QStringList MetricsPanel::stackedCursorValues(qint64 timeMs) const
{
    QStringList parts;
    if (m_spec.kind != PanelKind::StackedArea || m_toMs <= m_fromMs)
        return parts;
    // Each series' own value (not the stack's height), the newest first like the stack's top.
    for (auto it = m_stackInput.crbegin(); it != m_stackInput.crend(); ++it) {
        const auto& [name, grid] = *it;
        if (m_hidden.contains(name) || grid.isEmpty())
            continue;
        const double width = double(m_toMs - m_fromMs) / double(grid.size());
        const qsizetype c = qsizetype((double(timeMs) - double(m_fromMs)) / width);
        if (c < 0 || c >= grid.size() || !std::isfinite(grid[c].y()))
            continue;
        parts.append(
            tr("%1: %2", "a series' name and its value").arg(name, formatValue(grid[c].y(), m_spec.unit)));
    }
    return parts;
}

} // namespace capataz::ui
