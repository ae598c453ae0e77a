#include "MetricsPanel.h"

#include "MetricsChartView.h"
#include "MetricsGauge.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLineItem>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

namespace {

constexpr int kPanelHeight = 230;

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(u"HH:mm:ss"_s);
}

// The point of `points` (increasing x) nearest to x, nullopt when there is none.
std::optional<QPointF> nearest(const QList<QPointF>& points, double x)
{
    if (points.isEmpty())
        return std::nullopt;
    auto it = std::lower_bound(points.begin(), points.end(), x,
                               [](const QPointF& p, double v) { return p.x() < v; });
    if (it == points.end())
        return points.constLast();
    if (it != points.begin() && x - std::prev(it)->x() < it->x() - x)
        --it;
    return *it;
}

} // namespace

MetricsPanel::MetricsPanel(PanelSpec spec, QWidget* parent)
    : QFrame(parent)
    , m_spec(std::move(spec))
    , m_title(new QLabel(this))
    , m_value(new QLabel(this))
    , m_noData(new QLabel(this))
    , m_cursor(new QLabel(this))
    , m_alerts(new QLabel(this))
    , m_chart(new QChart)
    , m_view(new MetricsChartView(m_chart, this))
    , m_timeAxis(new QDateTimeAxis(m_chart))
    , m_valueAxis(new QValueAxis(m_chart))
    , m_cursorLine(new QGraphicsLineItem(m_chart))
    , m_gauge(new MetricsGauge(this))
    , m_table(new QTableWidget(0, 2, this))
{
    setObjectName(u"metricsPanel_"_s + m_spec.id);
    setFrameShape(QFrame::StyledPanel);
    setMinimumHeight(kPanelHeight);
    m_title->setObjectName(u"metricsPanelTitle"_s);
    m_value->setObjectName(u"metricsPanelValue"_s);
    m_noData->setObjectName(u"metricsPanelNoData"_s);
    m_cursor->setObjectName(u"metricsPanelCursor"_s);
    m_alerts->setObjectName(u"metricsPanelAlerts"_s);
    m_alerts->setWordWrap(true);
    m_alerts->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_alerts->hide();
    m_view->setObjectName(u"metricsPanelChart"_s);
    m_gauge->setObjectName(u"metricsPanelGauge"_s);
    m_table->setObjectName(u"metricsPanelTable"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);

    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 2.6);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setAlignment(Qt::AlignCenter);
    m_noData->setAlignment(Qt::AlignCenter);
    m_noData->setForegroundRole(QPalette::PlaceholderText);
    m_cursor->setForegroundRole(QPalette::PlaceholderText);
    m_cursor->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_cursor->setWordWrap(true); // three quantiles do not fit on one line of a narrow panel
    m_cursor->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_timeAxis->setTickCount(5);
    m_valueAxis->setTickCount(5);
    m_valueAxis->setLabelFormat(u"%.4g"_s);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_timeAxis->setLabelsFont(small);
    m_valueAxis->setLabelsFont(small);
    m_valueAxis->setTitleFont(small);
    m_chart->legend()->setFont(small);
    m_cursorLine->setPen(QPen(QColor(0x60, 0x60, 0x60), 1, Qt::DotLine)); // not a threshold's dashes
    m_cursorLine->setZValue(100);
    m_cursorLine->hide();
    applyPalette();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_alerts);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_value, 1);
    layout->addWidget(m_gauge, 1);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_noData, 1);
    layout->addWidget(m_cursor);

    connect(m_view, &MetricsChartView::hovered, this, &MetricsPanel::hovered);
    connect(m_view, &MetricsChartView::zoomRequested, this, &MetricsPanel::zoomRequested);
    connect(m_view, &MetricsChartView::zoomOutRequested, this, &MetricsPanel::zoomOutRequested);
    connect(m_view, &MetricsChartView::logsRequested, this, &MetricsPanel::logsRequested);
    setSpec(m_spec);
    clear();
}

void MetricsPanel::applyPalette()
{
    const QPalette pal = palette();
    m_chart->setBackgroundBrush(pal.base());
    m_chart->legend()->setLabelColor(pal.color(QPalette::Text));
    for (QAbstractAxis* axis :
         {static_cast<QAbstractAxis*>(m_timeAxis), static_cast<QAbstractAxis*>(m_valueAxis)}) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setTitleBrush(pal.text());
        axis->setGridLineColor(pal.color(QPalette::Mid));
    }
    for (QLineSeries* s : std::as_const(m_lines))
        styleMarker(s);
}

void MetricsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette(); // a dark palette set after the panel was made
    QFrame::changeEvent(event);
}

void MetricsPanel::setSpec(PanelSpec spec)
{
    m_spec = std::move(spec);
    m_title->setText(m_spec.title);
    m_title->setToolTip(m_spec.queries.isEmpty() ? QString() : m_spec.queries.constFirst().expr);
    m_table->setHorizontalHeaderLabels({tr("Series"), tr("Value")});
    if (!m_hasData)
        showNoData(tr("No data"));
}

int MetricsPanel::plotColumns() const
{
    if (m_spec.kind == PanelKind::SingleValue || m_spec.kind == PanelKind::Gauge ||
        m_spec.kind == PanelKind::Table)
        return 2;
    // A chart that is hidden (it says "No data") was never laid out: its own width is a
    // child widget's default 100 px, which made the next request ask for ten steps an hour
    // apart, and so no data again. The panel's width is what the chart will get.
    if (m_view->isHidden())
        return std::max(10, width() - 90);
    return m_view->plotColumns();
}

bool MetricsPanel::hasData() const
{
    return m_hasData;
}

QString MetricsPanel::noDataText() const
{
    return m_noData->isHidden() ? QString() : m_noData->text();
}

QString MetricsPanel::valueText() const
{
    return m_spec.kind == PanelKind::Gauge ? m_gauge->text() : m_value->text();
}

void MetricsPanel::setAlerts(const QList<Alert>& alerts)
{
    if (alerts.isEmpty()) {
        m_alerts->hide();
        m_alerts->clear();
        return;
    }
    QList<Alert> sorted = alerts;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Alert& a, const Alert& b) { return a.severity > b.severity; });
    // Two at most in the strip (a panel stays a chart); all of them in its tooltip.
    QStringList shown;
    QStringList all;
    for (const Alert& a : std::as_const(sorted)) {
        all << a.text;
        if (shown.size() < 2)
            shown << a.text.toHtmlEscaped();
    }
    QString text = shown.join(u"<br>"_s);
    if (sorted.size() > 2)
        text += u"<br>"_s +
                tr("and %n more", "alerts about this panel beyond the two shown", int(sorted.size() - 2));
    const QColor c = severityColor(sorted.constFirst().severity, palette());
    m_alerts->setText(u"<span style=\"color:%1\">&#9888; %2</span>"_s.arg(c.name(), text));
    m_alerts->setToolTip(all.join(u'\n'));
    m_alerts->show();
}

QString MetricsPanel::alertText() const
{
    return m_alerts->isHidden() ? QString() : m_alerts->toolTip();
}

QString MetricsPanel::cursorText() const
{
    return m_cursor->text();
}

QList<QLineSeries*> MetricsPanel::lineSeries() const
{
    QList<QLineSeries*> out;
    for (QAbstractSeries* s : m_chart->series()) {
        auto* line = qobject_cast<QLineSeries*>(s);
        if (line && !m_thresholdLines.contains(line))
            out.append(line);
    }
    return out;
}

QList<QLineSeries*> MetricsPanel::thresholdLines() const
{
    return m_thresholdLines;
}

void MetricsPanel::clear()
{
    for (QLineSeries* s : std::as_const(m_lines)) {
        m_chart->removeSeries(s);
        delete s;
    }
    m_lines.clear();
    removeAreas();
    m_hasData = false;
    showNoData(tr("No data"));
}

void MetricsPanel::showNoData(const QString& text)
{
    m_noData->setText(text);
    m_noData->setVisible(true);
    m_noData->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_view->setVisible(false);
    m_value->setVisible(false);
    m_value->clear();
    m_gauge->setVisible(false);
    m_table->setVisible(false);
    m_cursor->clear();
    m_cursorLine->hide();
    m_severity = Severity::None;
}

void MetricsPanel::setResult(const PanelResult& result, qint64 fromMs, qint64 toMs, qint64 staleMs)
{
    if (!result.error.isEmpty() && result.series.isEmpty()) {
        m_hasData = false;
        showNoData(tr("No data: %1").arg(result.error));
        return;
    }
    switch (m_spec.kind) {
    case PanelKind::SingleValue:
    case PanelKind::Gauge:
        setSingle(result, toMs, staleMs);
        break;
    case PanelKind::Table:
        setTable(result, toMs, staleMs);
        break;
    case PanelKind::StackedArea:
        setStacked(result, fromMs, toMs);
        break;
    case PanelKind::Line:
        setLines(result, fromMs, toMs);
        break;
    }
    if (m_hasData && (m_spec.kind == PanelKind::Line || m_spec.kind == PanelKind::StackedArea)) {
        // Values stop before the end: no newer value is no value (not the last one, not zero).
        qint64 newest = 0;
        for (const PanelSeries& s : result.series)
            newest = std::max(newest, s.lastMs);
        const bool stale = newest < toMs - staleMs;
        m_noData->setVisible(stale);
        m_noData->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        if (stale)
            m_noData->setText(tr("No data since %1").arg(timeText(newest)));
    }
    setCursorTime(m_cursorTime); // the values at the cursor, from the new points
}

void MetricsPanel::setSingle(const PanelResult& result, qint64 toMs, qint64 staleMs)
{
    m_view->setVisible(false);
    const PanelSeries* first = result.series.isEmpty() ? nullptr : &result.series.constFirst();
    if (!first || first->lastMs < toMs - staleMs) {
        m_hasData = false;
        showNoData(tr("No data"));
        return;
    }
    m_hasData = true;
    m_noData->setVisible(false);
    const QString text = formatValue(first->last, m_spec.unit);
    m_severity = severityOf(m_spec, first->last);
    const QString tip = valueTip(first->lastMs, m_severity);
    if (m_spec.kind == PanelKind::Gauge) {
        m_gauge->setVisible(true);
        m_gauge->setValue(m_spec, first->last, text);
        m_gauge->setToolTip(text + u"\n"_s + tip);
        return;
    }
    m_value->setVisible(true);
    m_value->setText(text);
    QPalette pal = m_value->palette();
    pal.setColor(QPalette::WindowText, severityColor(m_severity, palette()));
    m_value->setPalette(pal);
    m_value->setToolTip(tip);
}

QString MetricsPanel::valueTip(qint64 timeMs, Severity severity)
{
    const QString state = severityText(severity);
    return state.isEmpty() ? tr("At %1").arg(timeText(timeMs))
                           : tr("At %1: %2", "a time, then the value's state against its thresholds")
                                 .arg(timeText(timeMs), state);
}

void MetricsPanel::setTable(const PanelResult& result, qint64 toMs, qint64 staleMs)
{
    m_view->setVisible(false);
    QList<const PanelSeries*> rows;
    for (const PanelSeries& s : result.series)
        rows.append(&s);
    std::sort(rows.begin(), rows.end(),
              [](const PanelSeries* a, const PanelSeries* b) { return a->name < b->name; });
    bool any = false;
    m_severity = Severity::None;
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const PanelSeries& s = *rows[i];
        auto* name = new QTableWidgetItem(s.name);
        const bool fresh = s.lastMs >= toMs - staleMs && s.lastMs > 0;
        auto* value = new QTableWidgetItem(fresh ? formatValue(s.last, m_spec.unit) : tr("No data"));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (fresh) {
            any = true;
            const Severity sev = severityOf(m_spec, s.last);
            m_severity = std::max(m_severity, sev);
            value->setForeground(severityColor(sev, palette()));
            value->setToolTip(valueTip(s.lastMs, sev));
            if (sev == Severity::Warning || sev == Severity::Critical) {
                QFont f = value->font();
                f.setBold(true);
                value->setFont(f);
            }
        } else {
            value->setForeground(palette().color(QPalette::PlaceholderText));
        }
        m_table->setItem(i, 0, name);
        m_table->setItem(i, 1, value);
    }
    if (!any) {
        m_hasData = false;
        showNoData(tr("No data"));
        return;
    }
    m_hasData = true;
    m_noData->setVisible(false);
    m_table->setVisible(true);
}

QLineSeries* MetricsPanel::lineFor(const QString& name)
{
    if (QLineSeries* s = m_lines.value(name))
        return s;
    auto* s = new QLineSeries;
    s->setName(name);
    m_chart->addSeries(s);
    s->attachAxis(m_timeAxis);
    s->attachAxis(m_valueAxis);
    m_lines.insert(name, s);
    for (QLegendMarker* marker : m_chart->legend()->markers(s))
        connect(marker, &QLegendMarker::clicked, this, [this, s] { toggleSeries(s); });
    if (m_hidden.contains(name))
        s->setVisible(false);
    styleMarker(s);
    return s;
}

void MetricsPanel::styleMarker(QLineSeries* series)
{
    for (QLegendMarker* marker : m_chart->legend()->markers(series)) {
        marker->setVisible(true); // a hidden series keeps its entry, dimmed, to turn it back on
        QColor c = palette().color(QPalette::Text);
        if (!series->isVisible())
            c.setAlphaF(0.35);
        marker->setLabelBrush(c);
        QBrush b = marker->brush();
        QColor bc = series->color();
        bc.setAlphaF(series->isVisible() ? 1.0 : 0.25);
        b.setColor(bc);
        marker->setBrush(b);
    }
}

void MetricsPanel::toggleSeries(QLineSeries* series)
{
    if (!series)
        return;
    series->setVisible(!series->isVisible());
    if (series->isVisible())
        m_hidden.remove(series->name());
    else
        m_hidden.insert(series->name());
    styleMarker(series);
}

void MetricsPanel::setLines(const PanelResult& result, qint64 fromMs, qint64 toMs)
{
    m_value->setVisible(false);
    m_gauge->setVisible(false);
    m_table->setVisible(false);
    // Series no longer in the result go.
    QSet<QString> names;
    for (const PanelSeries& s : result.series)
        names.insert(s.name);
    for (auto it = m_lines.begin(); it != m_lines.end();) {
        if (!names.contains(it.key())) {
            m_chart->removeSeries(it.value());
            delete it.value();
            it = m_lines.erase(it);
        } else {
            ++it;
        }
    }
    if (result.series.isEmpty()) {
        m_hasData = false;
        showNoData(tr("No data"));
        return;
    }
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (const PanelSeries& s : result.series) {
        for (const QPointF& p : s.points) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
    }
    const UnitScale scale = scaleFor(m_spec.unit, std::max(std::abs(lo), std::abs(hi)));
    m_divisor = scale.divisor;
    for (const PanelSeries& s : result.series) {
        QList<QPointF> points = s.points;
        for (QPointF& p : points)
            p.setY(p.y() / m_divisor);
        lineFor(s.name)->replace(points); // the whole series at once, never point by point
    }
    m_valueAxis->setTitleText(scale.suffix);
    setAxes(lo / m_divisor, hi / m_divisor, fromMs, toMs);
    m_hasData = true;
    m_noData->setVisible(false);
    m_view->setVisible(true);
    for (QLineSeries* s : std::as_const(m_lines))
        styleMarker(s);
}

void MetricsPanel::setAxes(double lo, double hi, qint64 fromMs, qint64 toMs)
{
    lo = std::min(0.0, lo);
    // A threshold stays in sight: the line it is drawn as says how far the values are from it.
    for (double t : {m_spec.warning, m_spec.critical})
        if (std::isfinite(t))
            hi = std::max(hi, t / m_divisor);
    if (m_spec.unit == MetricUnit::Percent && hi <= 100 && hi > 50)
        hi = 100;
    if (hi <= lo)
        hi = lo + 1;
    m_valueAxis->setRange(lo, hi + (hi - lo) * 0.05);
    m_valueAxis->applyNiceNumbers();
    m_fromMs = fromMs;
    m_toMs = toMs;
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    m_timeAxis->setFormat(toMs - fromMs > 24LL * 3600 * 1000 ? u"dd/MM HH:mm"_s : u"HH:mm"_s);
    setThresholdLines(fromMs, toMs);
}

void MetricsPanel::setThresholdLines(qint64 fromMs, qint64 toMs)
{
    QList<std::pair<double, Severity>> wanted;
    if (std::isfinite(m_spec.warning))
        wanted.append({m_spec.warning, Severity::Warning});
    if (std::isfinite(m_spec.critical))
        wanted.append({m_spec.critical, Severity::Critical});
    while (m_thresholdLines.size() > wanted.size()) {
        QLineSeries* s = m_thresholdLines.takeLast();
        m_chart->removeSeries(s);
        delete s;
    }
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        if (i == m_thresholdLines.size()) {
            auto* s = new QLineSeries;
            m_chart->addSeries(s);
            s->attachAxis(m_timeAxis);
            s->attachAxis(m_valueAxis);
            for (QLegendMarker* marker : m_chart->legend()->markers(s))
                marker->setVisible(false); // a threshold is no series to toggle
            m_thresholdLines.append(s);
        }
        QLineSeries* s = m_thresholdLines[i];
        const auto [value, severity] = wanted[i];
        s->setName(severity == Severity::Warning ? tr("warning") : tr("critical"));
        s->setPen(QPen(severityColor(severity, palette()), 1, Qt::DashLine));
        const double y = value / m_divisor;
        s->replace({QPointF(double(fromMs), y), QPointF(double(toMs), y)});
        for (QLegendMarker* marker : m_chart->legend()->markers(s))
            marker->setVisible(false);
    }
}

void MetricsPanel::setCursorTime(qint64 timeMs)
{
    m_cursorTime = timeMs;
    const bool chart = m_spec.kind == PanelKind::Line || m_spec.kind == PanelKind::StackedArea;
    if (timeMs < 0 || !m_hasData || !chart || (m_lines.isEmpty() && m_areas.isEmpty())) {
        m_cursorLine->hide();
        m_cursor->clear();
        return;
    }
    QAbstractSeries* any = m_lines.isEmpty() ? static_cast<QAbstractSeries*>(m_areas.begin().value())
                                             : static_cast<QAbstractSeries*>(m_lines.begin().value());
    const QRectF plot = m_chart->plotArea();
    const double x = m_chart->mapToPosition(QPointF(double(timeMs), 0), any).x();
    if (x < plot.left() || x > plot.right()) {
        m_cursorLine->hide();
        m_cursor->clear();
        return;
    }
    m_cursorLine->setLine(x, plot.top(), x, plot.bottom());
    m_cursorLine->show();
    // About two pairs of pixel columns either side.
    const double tolerance = 4.0 * double(m_toMs - m_fromMs) / std::max(1.0, plot.width());
    QStringList parts = stackedCursorValues(timeMs);
    for (QLineSeries* s : lineSeries()) {
        if (!s->isVisible())
            continue;
        const auto p = nearest(s->points(), double(timeMs));
        if (p && std::abs(p->x() - double(timeMs)) <= tolerance) // a point far away is no value here
            parts.append(tr("%1: %2", "a series' name and its value")
                             .arg(s->name(), formatValue(p->y() * m_divisor, m_spec.unit)));
    }
    m_cursor->setText(timeText(timeMs) + u"  "_s + parts.join(u"  ·  "_s));
    m_cursor->setToolTip(m_cursor->text());
}

} // namespace capataz::ui
