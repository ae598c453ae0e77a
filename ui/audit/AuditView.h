#pragma once

#include "store/AuditLog.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace capataz::client {
class ServerRegistry;
}
namespace capataz::store {
class AuditReader;
}

namespace capataz::ui {

class AuditTableModel;

// File › Audit log…: every action Capataz took on the servers of this computer, newest first:
// when (local time), who (the local user), server, plan, step, action, result, duration and
// detail; filters by server, plan, result, time and text; the selected entry's commands,
// output and diffs below; Export CSV… writes what the filters show. Reads on a worker thread
// (store::AuditReader) a page at a time. Entries of servers whose profile has the owner role
// are never shown (store::auditHiddenServers).
class AuditView final : public QDialog {
    Q_OBJECT
public:
    AuditView(client::ServerRegistry& registry, QWidget* parent = nullptr);
    ~AuditView() override;

    [[nodiscard]] AuditTableModel* model() const { return m_model; }
    // The filter the widgets describe now.
    [[nodiscard]] store::AuditFilter currentFilter() const;
    // Writes the shown entries as CSV to `path` on the worker; exportFinished() follows.
    void exportTo(const QString& path);
    // Reads the log again with the current filters (also after a plan ran).
    void reload();

signals:
    void exportFinished(const capataz::Result<qint64>& rows);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillChoices(const QStringList& servers, const QStringList& plans);
    void showCurrent();
    void updateCount();
    void chooseExportFile();

    client::ServerRegistry& m_registry;
    store::AuditReader* m_reader;
    AuditTableModel* m_model;
    QStringList m_hidden; // servers whose role may not read the log
    QLabel* m_serverLabel;
    QComboBox* m_server;
    QLabel* m_planLabel;
    QComboBox* m_plan;
    QLabel* m_resultLabel;
    QComboBox* m_result;
    QLabel* m_sinceLabel;
    QComboBox* m_since;
    QLabel* m_searchLabel;
    QLineEdit* m_search;
    QTableView* m_table;
    QLabel* m_detailLabel;
    QPlainTextEdit* m_detail;
    QLabel* m_count;
    QPushButton* m_export;
    QPushButton* m_close;
    QTimer* m_searchDelay;
    int m_countRequest = 0;
    qint64 m_total = -1;
};

} // namespace capataz::ui
