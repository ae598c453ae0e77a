#pragma once

#include "status/ServerStatus.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <vector>

namespace capataz::ui {

// The fleet overview's rows: one per server, its last status and when it last answered. Data
// is read from a plain vector (constant time per cell), so a table of 1,000 servers paints as
// fast as one of 10; a new status changes one row only. The sort role orders each column worst
// first (Severity: unreachable, needs attention, not checked, maintenance, all well).
class FleetModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Server,
        Health,
        Reachable,
        Certificate,
        Disk,
        Backup,
        Drill,
        Alerts,
        LastCheck,
        ColumnCount
    };
    enum Roles { SortRole = Qt::UserRole + 1, SeverityRole, NameRole };

    explicit FleetModel(QObject* parent = nullptr);

    // Replaces the rows (names in list order; nothing checked yet).
    void setServers(const QStringList& names);
    [[nodiscard]] int row(const QString& name) const;
    // A new status for a row; keeps when the server last answered across unreachable checks.
    void setStatus(int row, const status::ServerStatus& status);
    [[nodiscard]] const status::ServerStatus& status(int row) const
    {
        return m_rows[std::size_t(row)].status;
    }
    void setNow(const QDateTime& now); // the clock the ages and verdicts are computed with

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    // 0 (worst) .. 4 (all well): unreachable, needs attention, not checked, maintenance, all well.
    [[nodiscard]] static int severity(const status::ServerStatus& s, bool checked, const QDateTime& now);

private:
    struct Row {
        QString name;
        status::ServerStatus status;
        bool checked = false;
    };
    [[nodiscard]] QVariant display(const Row& r, int column) const;
    [[nodiscard]] QVariant sortKey(const Row& r, int column) const;

    std::vector<Row> m_rows;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};

} // namespace capataz::ui
