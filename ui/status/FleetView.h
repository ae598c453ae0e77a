#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace capataz::client {
class ServerRegistry;
}
namespace capataz::status {
class StatusRunner;
}

namespace capataz::ui {

class FleetModel;

// The fleet overview (Server › Fleet overview…): a table of every server, worst first (no
// answer, needs attention, not checked, maintenance, all well), sortable by any column and
// filtered by name or description; a double click (or Enter) opens that server. Connected servers
// report through their own StatusService; the others are checked every few minutes, at most 8 at
// a time, each with its own short connection (keys and the agent only: a server that needs a
// typed password is shown as not answering until it is connected once). One slow or dead server
// costs its connect timeout and holds back no other; it shows "No answer since HH:MM", never a
// stale green.
class FleetView final : public QWidget {
    Q_OBJECT
public:
    explicit FleetView(client::ServerRegistry& registry, QWidget* parent = nullptr);
    ~FleetView() override;

    [[nodiscard]] FleetModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    // Checks every server now (no-op while a round is under way).
    void checkAll();
    [[nodiscard]] bool isChecking() const;
    void setInterval(int ms);

signals:
    void openRequested(const QString& server);

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void retranslateUi();
    void updateSummary();

    client::ServerRegistry& m_registry;
    FleetModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QPushButton* m_check;
    QLabel* m_summary;
    QTableView* m_table;
    QTimer* m_timer;
    QPointer<status::StatusRunner> m_runner;
};

} // namespace capataz::ui
