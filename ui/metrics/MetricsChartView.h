#pragma once

#include <QChartView>

#include <optional>

class QMenu;
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
    // Whether a right click offers "Show the logs around HH:MM:SS" (the profile may read logs).
    void setLogsOffered(bool offered) { m_logsOffered = offered; }
    [[nodiscard]] bool logsOffered() const { return m_logsOffered; }
    // The menu a right click at `pos` opens (nullptr outside the plot or with nothing to offer);
    // the caller owns it.
    [[nodiscard]] QMenu* menuAt(QPoint pos);

signals:
    void hovered(qint64 timeMs); // -1: the mouse left the plot
    void zoomRequested(qint64 fromMs, qint64 toMs);
    void zoomOutRequested();
    void logsRequested(qint64 timeMs); // the lines of every source around that time

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    [[nodiscard]] QRect bandFor(int x) const;

    QRubberBand* m_band;
    std::optional<int> m_dragFrom; // x where the left button went down in the plot
    bool m_logsOffered = false;
};

} // namespace capataz::ui
