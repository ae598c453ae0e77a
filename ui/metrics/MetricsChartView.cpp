#include "MetricsChartView.h"

#include <QContextMenuEvent>
#include <QDateTime>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QRubberBand>

#include <algorithm>

namespace capataz::ui {

namespace {
constexpr int kMinDragPixels = 4;
}

MetricsChartView::MetricsChartView(QChart* chart, QWidget* parent)
    : QChartView(chart, parent)
    , m_band(new QRubberBand(QRubberBand::Rectangle, viewport()))
{
    setRubberBand(QChartView::NoRubberBand); // the tab zooms the time range, not the axes
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    m_band->setObjectName(QStringLiteral("metricsRubberBand"));
}

QMenu* MetricsChartView::menuAt(QPoint pos)
{
    const std::optional<qint64> t = timeAt(pos);
    if (!t || !m_logsOffered)
        return nullptr;
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("metricsChartMenu"));
    const QString time = QLocale().toString(QDateTime::fromMSecsSinceEpoch(*t).time(), QLocale::LongFormat);
    QAction* logs = menu->addAction(tr("Show the &logs around %1").arg(time));
    logs->setObjectName(QStringLiteral("metricsShowLogs"));
    logs->setToolTip(tr("The lines of every log source from two minutes before to two minutes after"));
    const qint64 at = *t;
    connect(logs, &QAction::triggered, this, [this, at] { emit logsRequested(at); });
    return menu;
}

void MetricsChartView::contextMenuEvent(QContextMenuEvent* event)
{
    if (QMenu* menu = menuAt(event->pos())) {
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(event->globalPos());
        event->accept();
        return;
    }
    QChartView::contextMenuEvent(event);
}

std::optional<qint64> MetricsChartView::timeAt(QPoint pos) const
{
    const QPointF scenePos = mapToScene(pos);
    const QPointF inChart = chart()->mapFromScene(scenePos);
    if (!chart()->plotArea().contains(inChart) || chart()->series().isEmpty())
        return std::nullopt;
    return qint64(chart()->mapToValue(inChart, chart()->series().constFirst()).x());
}

int MetricsChartView::plotColumns() const
{
    const int w = int(chart()->plotArea().width());
    return w > 10 ? w : std::max(10, width() - 90);
}

QRect MetricsChartView::bandFor(int x) const
{
    const QRectF plot = chart()->mapRectToScene(chart()->plotArea());
    const QRect area = mapFromScene(plot).boundingRect();
    const int left = std::clamp(std::min(x, *m_dragFrom), area.left(), area.right());
    const int right = std::clamp(std::max(x, *m_dragFrom), area.left(), area.right());
    return QRect(QPoint(left, area.top()), QPoint(right, area.bottom()));
}

void MetricsChartView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && timeAt(event->position().toPoint())) {
        m_dragFrom = event->position().toPoint().x();
        m_band->setGeometry(bandFor(*m_dragFrom));
        m_band->show();
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void MetricsChartView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (m_dragFrom)
        m_band->setGeometry(bandFor(pos.x()));
    const std::optional<qint64> t = timeAt(pos);
    emit hovered(t ? *t : -1);
    QChartView::mouseMoveEvent(event);
}

void MetricsChartView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_dragFrom) {
        const QRect band = bandFor(event->position().toPoint().x());
        m_band->hide();
        m_dragFrom.reset();
        if (band.width() >= kMinDragPixels) {
            const auto at = [this](int x) {
                const QPointF p = chart()->mapFromScene(mapToScene(QPoint(x, 0)));
                return qint64(chart()->mapToValue(p, chart()->series().constFirst()).x());
            };
            if (!chart()->series().isEmpty() && at(band.right()) > at(band.left()))
                emit zoomRequested(at(band.left()), at(band.right()));
        }
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void MetricsChartView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        emit zoomOutRequested();
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

void MetricsChartView::leaveEvent(QEvent* event)
{
    emit hovered(-1);
    QChartView::leaveEvent(event);
}

} // namespace capataz::ui
