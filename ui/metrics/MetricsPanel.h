#pragma once

#include "Dashboard.h"
#include "MetricsEvaluator.h"

#include <QFrame>
#include <QHash>
#include <QSet>

class QAreaSeries;
class QChart;
class QDateTimeAxis;
class QGraphicsLineItem;
class QLabel;
class QLineSeries;
class QTableWidget;
class QValueAxis;

namespace capataz::ui {

class MetricsChartView;
class MetricsGauge;

// One panel of the Metrics tab: a title and, by its kind, a line chart (a QLineSeries per
// series, replaced as a whole on each refresh, the legend's entries toggle them), stacked areas
// (a QAreaSeries per series over the ones before it, on a common grid of time columns), a single
// value, a gauge (MetricsGauge) or a table of the series' newest values. Thresholds are dashed
// lines on charts and colour values (with the state in words in the tooltip). Nothing to show,
// or only values older than the result's stale limit, says "No data": never a zero. Shows the
// values at the shared cursor time (setCursorTime).
class MetricsPanel final : public QFrame {
    Q_OBJECT
public:
    MetricsPanel(PanelSpec spec, QWidget* parent = nullptr);

    [[nodiscard]] const PanelSpec& spec() const { return m_spec; }
    void setSpec(PanelSpec spec); // the same panel, retranslated
    void setResult(const PanelResult& result, qint64 fromMs, qint64 toMs, qint64 staleMs);
    void clear(); // no session: nothing to show
    // The columns a series may fill (the plot's width in pixels).
    [[nodiscard]] int plotColumns() const;
    void setCursorTime(qint64 timeMs); // -1: none

    // For tests and the tab.
    [[nodiscard]] bool hasData() const;
    [[nodiscard]] QString noDataText() const;
    [[nodiscard]] QString valueText() const;              // a single value panel's value
    [[nodiscard]] QString cursorText() const;             // the values at the cursor
    [[nodiscard]] QList<QLineSeries*> lineSeries() const; // a line chart's series (no threshold)
    [[nodiscard]] QList<QAreaSeries*> areaSeries() const; // stacked areas, bottom first
    [[nodiscard]] QList<QLineSeries*> thresholdLines() const;
    [[nodiscard]] MetricsGauge* gauge() const { return m_gauge; }
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    // Where the value shown stands (single value, gauge: the value; table: its worst row).
    [[nodiscard]] Severity severity() const { return m_severity; }
    // The alert rules about this panel's metrics that are firing (Critical) or pending (Warning),
    // each as a sentence: shown above the chart, the worst first. Empty: none shown.
    struct Alert {
        Severity severity = Severity::Warning;
        QString text;
    };
    void setAlerts(const QList<Alert>& alerts);
    [[nodiscard]] QString alertText() const; // what the strip says; empty when hidden
    [[nodiscard]] QChart* chart() const { return m_chart; }
    [[nodiscard]] MetricsChartView* chartView() const { return m_view; }
    // Shows or hides a series (as a click on its legend entry does).
    void toggleSeries(QLineSeries* series);
    void toggleArea(QAreaSeries* series);

signals:
    void hovered(qint64 timeMs);
    void zoomRequested(qint64 fromMs, qint64 toMs);
    void zoomOutRequested();
    void logsRequested(qint64 timeMs);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();
    void showNoData(const QString& text);
    void setLines(const PanelResult& result, qint64 fromMs, qint64 toMs);
    void setSingle(const PanelResult& result, qint64 toMs, qint64 staleMs);
    void setTable(const PanelResult& result, qint64 toMs, qint64 staleMs);
    // "At 14:32" or "At 14:32: Critical": a value's tooltip.
    [[nodiscard]] static QString valueTip(qint64 timeMs, Severity severity);
    void setAxes(double lo, double hi, qint64 fromMs, qint64 toMs);
    void setThresholdLines(qint64 fromMs, qint64 toMs);
    // MetricsPanelStack.cpp
    void setStacked(const PanelResult& result, qint64 fromMs, qint64 toMs);
    void restack();
    void removeAreas();
    [[nodiscard]] QStringList stackedCursorValues(qint64 timeMs) const;
    [[nodiscard]] QLineSeries* lineFor(const QString& name);
    void styleMarker(QLineSeries* series);

    PanelSpec m_spec;
    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_noData;
    QLabel* m_cursor;
    QLabel* m_alerts;
    QChart* m_chart;
    MetricsChartView* m_view;
    QDateTimeAxis* m_timeAxis;
    QValueAxis* m_valueAxis;
    QGraphicsLineItem* m_cursorLine;
    MetricsGauge* m_gauge;
    QTableWidget* m_table;
    QHash<QString, QLineSeries*> m_lines;
    QList<QLineSeries*> m_thresholdLines;
    // Stacked areas: each series' values on the common grid (NaN: none in that column), in
    // the result's order, and the areas made of them.
    QList<std::pair<QString, QList<QPointF>>> m_stackInput;
    QHash<QString, QAreaSeries*> m_areas;
    Severity m_severity = Severity::None;
    QSet<QString> m_hidden; // names of series the legend turned off
    qint64 m_cursorTime = -1;
    qint64 m_fromMs = 0; // the time range the lines show
    qint64 m_toMs = 0;
    double m_divisor = 1; // the values are shown divided by this (the axis' unit)
    bool m_hasData = false;
};

} // namespace capataz::ui
