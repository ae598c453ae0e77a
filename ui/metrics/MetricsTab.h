#pragma once

#include "MetricsEvaluator.h"
#include "ServerTab.h"
#include "stack/Recipe.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QThread;
class QTimer;

namespace capataz::ui {

class MetricsPanel;

// The Metrics tab: Grafana-style rows of panels over what the server's MetricsService scraped
// (its SeriesStore), for a time range from 5 minutes to 7 days, refreshed at the scrape
// interval. The queries run on the tab's evaluator thread, never on the GUI thread; each panel
// gets at most as many points per series as its plot has pixel columns. Dragging across a
// chart zooms to that time (and stops following); double-click or "Zoom out" goes back. The
// time under the mouse is shown in every panel with its values.
//
// For admin and support profiles (RolePolicy mayReadMetrics): reading metrics changes nothing.
class MetricsTab final : public ServerTab {
    Q_OBJECT
public:
    explicit MetricsTab(QWidget* parent = nullptr);
    ~MetricsTab() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] bool isForRole(store::Role role) const override;
    [[nodiscard]] bool isForProfile(const store::ServerProfile& profile) const override;

    [[nodiscard]] QList<MetricsPanel*> panels() const { return m_panels; }
    [[nodiscard]] MetricsPanel* panel(const QString& id) const;
    // The time range shown (ms since the epoch).
    [[nodiscard]] std::pair<qint64, qint64> range() const { return {m_shownFrom, m_shownTo}; }
    [[nodiscard]] bool isZoomed() const { return !m_zoomStack.isEmpty(); }
    [[nodiscard]] bool isEvaluating() const { return m_inFlight; }

    // Evaluates again now (the range ending now, unless zoomed).
    void refresh();
    void zoomTo(qint64 fromMs, qint64 toMs);
    void zoomOut();
    void setCursorTime(qint64 timeMs); // in every panel; -1: none

signals:
    void refreshed(); // the panels show a new result
    void evaluateRequested(const capataz::ui::MetricsRequest& request);

protected:
    void sessionChanged() override;
    void retranslateUi() override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void buildPanels();
    // The logs of every source around `timeMs` in the Logs tab (a chart's right-click menu).
    void showLogsAround(qint64 timeMs);
    // Charts offer the logs when the profile may read them.
    void offerLogs();
    // The recipe's row (if a recipe fits the server's project directory), then the default rows.
    [[nodiscard]] QList<DashboardRow> dashboard() const;
    void onEvaluated(const capataz::ui::MetricsResult& result);
    void updateStatus();
    [[nodiscard]] qint64 rangeMs() const;
    [[nodiscard]] int intervalMs() const;
    [[nodiscard]] static QString everyText(int seconds);
    void showEvery();
    void saveInterval(int index);
    // The session's firing and pending alert rules on the panels whose metrics they are about
    // (metrics::metricNames of the rule's and of the panel's queries meet).
    void showAlerts();

    QLabel* m_rangeLabel;
    QComboBox* m_range;
    QLabel* m_everyLabel;
    QComboBox* m_every; // the profile's scrape interval (item data: seconds)
    QPushButton* m_zoomOut;
    QPushButton* m_refresh;
    QLabel* m_status;
    QScrollArea* m_scroll;
    QWidget* m_rows;
    QList<QLabel*> m_rowTitles;
    QList<QSet<QString>> m_panelMetrics;         // per panel, the metric names its queries select
    QHash<QString, QSet<QString>> m_ruleMetrics; // a rule's expression -> the metric names it selects
    QMetaObject::Connection m_alertsWatch;
    QList<MetricsPanel*> m_panels;
    QString m_projectDir;                                  // the one the panels were built for
    mutable std::optional<QList<stack::Recipe>> m_recipes; // read once, when first needed
    QTimer* m_timer;

    QThread* m_thread;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_generation = 0;
    bool m_inFlight = false;
    bool m_again = false;                             // asked while one was in flight
    QList<std::pair<qint64, qint64>> m_zoomStack;     // the ranges before each zoom
    std::optional<std::pair<qint64, qint64>> m_fixed; // a zoomed range (else: ending now)
    qint64 m_shownFrom = 0;
    qint64 m_shownTo = 0;
    qint64 m_lastResultMs = 0;
};

} // namespace capataz::ui
