#include "FleetModel.h"

#include "status/StatusText.h"

#include <QBrush>
#include <QColor>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

FleetModel::FleetModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void FleetModel::setServers(const QStringList& names)
{
    beginResetModel();
    std::vector<Row> rows;
    rows.reserve(std::size_t(names.size()));
    for (const QString& n : names) {
        Row r;
        r.name = n;
        r.status.server = n;
        // Keep what was known of a server that stays in the list.
        if (const int old = row(n); old >= 0)
            r = m_rows[std::size_t(old)];
        rows.push_back(std::move(r));
    }
    m_rows = std::move(rows);
    endResetModel();
}

int FleetModel::row(const QString& name) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].name == name)
            return int(i);
    return -1;
}

void FleetModel::setStatus(int row, const status::ServerStatus& s)
{
    if (row < 0 || row >= int(m_rows.size()))
        return;
    Row& r = m_rows[std::size_t(row)];
    const QDateTime lastAnswer = r.status.lastAnswerAt;
    r.status = s;
    if (!s.reachable && !s.lastAnswerAt.isValid())
        r.status.lastAnswerAt = lastAnswer;
    r.checked = s.checkedAt.isValid();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void FleetModel::setNow(const QDateTime& now)
{
    m_now = now;
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int FleetModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FleetModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int FleetModel::severity(const status::ServerStatus& s, bool checked, const QDateTime& now)
{
    if (!checked)
        return 2;
    switch (s.verdict(now)) {
    case status::ServerStatus::Verdict::Unreachable:
        return 0;
    case status::ServerStatus::Verdict::NeedsAttention:
        return 1;
    case status::ServerStatus::Verdict::Maintenance:
        return 3;
    case status::ServerStatus::Verdict::AllWell:
        return 4;
    }
    return 2;
}

QVariant FleetModel::display(const Row& r, int column) const
{
    const status::ServerStatus& s = r.status;
    const QLocale loc;
    switch (column) {
    case Server:
        return s.settings.description.isEmpty() ? r.name : tr("%1 (%2)").arg(r.name, s.settings.description);
    case Health:
        if (!r.checked)
            return tr("Not checked yet");
        switch (s.verdict(m_now)) {
        case status::ServerStatus::Verdict::AllWell:
            return tr("All well");
        case status::ServerStatus::Verdict::Maintenance:
            return tr("Maintenance");
        case status::ServerStatus::Verdict::Unreachable:
            return tr("No answer");
        case status::ServerStatus::Verdict::NeedsAttention: {
            const QList<status::Finding> f = s.findings(m_now);
            return f.isEmpty() ? QString() : status::findingText(f.first(), m_now, loc);
        }
        }
        return {};
    case Reachable:
        if (!r.checked)
            return QString();
        if (s.reachable)
            return tr("Yes");
        return s.lastAnswerAt.isValid()
                   ? tr("No answer since %1").arg(status::whenText(s.lastAnswerAt, m_now, loc))
                   : tr("No answer");
    case Certificate:
        if (const auto d = s.certificateDaysLeft(m_now))
            return tr("%n day(s)", nullptr, *d);
        return r.checked && s.reachable ? tr("none") : QString();
    case Disk:
        if (const auto u = s.diskUsedPercent(); u && s.reachable)
            return tr("%1% used").arg(*u);
        return {};
    case Backup:
        if (!s.backup.configured)
            return tr("not set up");
        return s.backup.lastBackup.isValid()
                   ? tr("%1 ago").arg(status::durationText(s.backup.lastBackup.secsTo(m_now)))
                   : tr("none yet");
    case Drill:
        if (!s.backup.configured)
            return QString();
        return s.backup.lastVerifiedRestore.isValid()
                   ? tr("%1 ago").arg(status::durationText(s.backup.lastVerifiedRestore.secsTo(m_now)))
                   : tr("never");
    case Alerts:
        return s.firingAlerts.isEmpty() ? QString() : QString::number(s.firingAlerts.size());
    case LastCheck:
        return s.checkedAt.isValid() ? status::whenText(s.checkedAt, m_now, loc) : QString();
    default:
        return {};
    }
}

QVariant FleetModel::sortKey(const Row& r, int column) const
{
    const status::ServerStatus& s = r.status;
    switch (column) {
    case Server:
        return r.name.toLower();
    case Health:
        return severity(s, r.checked, m_now);
    case Reachable:
        return r.checked ? (s.reachable ? 2 : 0) : 1;
    case Certificate:
        return s.certificateDaysLeft(m_now).value_or(100000);
    case Disk:
        return -s.diskUsedPercent().value_or(-1);
    case Backup:
        return s.backup.configured
                   ? (s.backup.lastBackup.isValid() ? -s.backup.lastBackup.secsTo(m_now) : -(1LL << 40))
                   : qint64(0);
    case Drill:
        return s.backup.configured
                   ? (s.backup.lastVerifiedRestore.isValid() ? -s.backup.lastVerifiedRestore.secsTo(m_now)
                                                             : -(qint64(1) << 40))
                   : qint64(0);
    case Alerts:
        return -int(s.firingAlerts.size());
    case LastCheck:
        return s.checkedAt.isValid() ? s.checkedAt.toMSecsSinceEpoch() : 0;
    default:
        return {};
    }
}

QVariant FleetModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row& r = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case SortRole:
        return sortKey(r, index.column());
    case SeverityRole:
        return severity(r.status, r.checked, m_now);
    case NameRole:
        return r.name;
    case Qt::ForegroundRole:
        if (index.column() == Health) {
            static const QColor colors[] = {QColor(0xc6, 0x28, 0x28), QColor(0xb2, 0x6a, 0x00),
                                            QColor(0x75, 0x75, 0x75), QColor(0x15, 0x65, 0xc0),
                                            QColor(0x2e, 0x7d, 0x32)};
            return QBrush(colors[severity(r.status, r.checked, m_now)]);
        }
        return {};
    default:
        return {};
    }
}

QVariant FleetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Server:
        return tr("Server");
    case Health:
        return tr("Health");
    case Reachable:
        return tr("Answers");
    case Certificate:
        return tr("Certificate");
    case Disk:
        return tr("Disk");
    case Backup:
        return tr("Last backup");
    case Drill:
        return tr("Last restore test");
    case Alerts:
        return tr("Alerts firing");
    case LastCheck:
        return tr("Last check");
    default:
        return {};
    }
}

} // namespace capataz::ui
