#include "AuditTableModel.h"

#include "AuditText.h"
#include "store/AuditReader.h"

#include <QBrush>
#include <QColor>

namespace capataz::ui {

AuditTableModel::AuditTableModel(store::AuditReader& reader, QObject* parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
{
    connect(&m_reader, &store::AuditReader::fetched, this, &AuditTableModel::onFetched);
}

void AuditTableModel::setFilter(const store::AuditFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_complete = false;
    m_pending = m_reader.fetch(m_filter, 0, kPageSize);
    endResetModel();
}

const store::AuditEntry* AuditTableModel::entry(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    const store::AuditEntry* e = entry(index.row());
    if (!e)
        return {};
    if (role == Qt::ForegroundRole && index.column() == Result && store::isFailedAuditStatus(e->status))
        return QBrush(QColor(0xd0, 0x30, 0x30));
    if (role == Qt::ToolTipRole && index.column() == Detail && !e->detail.isEmpty())
        return e->detail.left(2000);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When:
        return audittext::when(e->at);
    case Who:
        return e->user;
    case Server:
        return e->server;
    case Plan:
        return audittext::plan(e->plan);
    case Step:
        return e->step;
    case Action:
        return audittext::action(e->action);
    case Result:
        return audittext::status(e->status);
    case Duration:
        return audittext::duration(e->durationMs);
    case Exit: {
        const int code = store::auditExitCode(e->detail);
        return code >= 0 ? QString::number(code) : QString();
    }
    case Detail:
        return audittext::detail(store::auditSummaryLine(e->detail)).left(300);
    default:
        break;
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Server:
        return tr("Server");
    case Plan:
        return tr("Plan");
    case Step:
        return tr("Step");
    case Action:
        return tr("Action");
    case Result:
        return tr("Result");
    case Duration:
        return tr("Duration");
    case Exit:
        return tr("Exit code");
    case Detail:
        return tr("Detail");
    default:
        break;
    }
    return {};
}

bool AuditTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_complete && m_pending == 0;
}

void AuditTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_pending = m_reader.fetch(m_filter, m_rows.isEmpty() ? 0 : m_rows.constLast().id, kPageSize);
}

void AuditTableModel::onFetched(int request, const capataz::Result<QList<store::AuditEntry>>& entries)
{
    if (request != m_pending)
        return; // an answer for a filter that is gone
    m_pending = 0;
    if (!entries) {
        m_complete = true;
        emit failed(entries.error());
        emit loaded();
        return;
    }
    if (entries->size() < kPageSize)
        m_complete = true;
    if (!entries->isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + entries->size() - 1));
        m_rows += *entries;
        endInsertRows();
    }
    emit loaded();
}

} // namespace capataz::ui
