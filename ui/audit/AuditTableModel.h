#pragma once

#include "store/AuditLog.h"

#include <QAbstractTableModel>
#include <QList>

namespace capataz::store {
class AuditReader;
}

namespace capataz::ui {

// The audit entries that match a filter, newest first, read a page at a time from an
// AuditReader (a worker thread): the view asks for more rows as it scrolls (fetchMore), so
// opening a log of 100,000 entries costs one page.
class AuditTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Who, Server, Plan, Step, Action, Result, Duration, Exit, Detail, ColumnCount };
    static constexpr int kPageSize = 500;

    AuditTableModel(store::AuditReader& reader, QObject* parent = nullptr);

    // Starts over with `filter`: the rows go, the first page is asked for.
    void setFilter(const store::AuditFilter& filter);
    [[nodiscard]] const store::AuditFilter& filter() const { return m_filter; }
    [[nodiscard]] const store::AuditEntry* entry(int row) const;
    // True while a page is on its way.
    [[nodiscard]] bool isLoading() const { return m_pending != 0; }
    // Every match has been read.
    [[nodiscard]] bool isComplete() const { return m_complete; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void loaded(); // a page arrived (or the read failed: see lastError)
    void failed(const capataz::Error& error);

private:
    void onFetched(int request, const capataz::Result<QList<store::AuditEntry>>& entries);

    store::AuditReader& m_reader;
    store::AuditFilter m_filter;
    QList<store::AuditEntry> m_rows;
    int m_pending = 0; // request id of the page on its way
    bool m_complete = false;
};

} // namespace capataz::ui
