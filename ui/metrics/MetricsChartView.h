#pragma once

#include <QChartView>

#include <optional>

class QRubberBand;

namespace capataz::ui {

// A panel's chart: the time under the mouse (hovered), a range dragged across it (a rubber
// band: zoomRequested) and a double-click (zoomOutRequested). Times are ms since the epoch.
class MetricsChartView final : public QChartView {
    Q_OBJECT
public:
    explicit MetricsChartView(QChart* chart, QWidget* parent = nullptr);

    // The time at a position of the view, nullopt outside the plot area.
    [[nodiscard]] std::optional<qint64> timeAt(QPoint pos) const;
    // The plot area's width in pixels (the columns a series may fill).
    [[nodiscard]] int plotColumns() const;

signals:
    void hovered(qint64 timeMs); // -1: the mouse left the plot
    void zoomRequested(qint64 fromMs, qint64 toMs);
    void zoomOutRequested();

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    [[nodiscard]] QRect bandFor(int x) const;

    QRubberBand* m_band;
    std::optional<int> m_dragFrom; // x where the left button went down in the plot
};

} // namespace capataz::ui
