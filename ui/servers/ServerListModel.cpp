#include "ServerListModel.h"

#include "alerts/AlertText.h"
#include "client/AlertService.h"
#include "client/BackupService.h"
#include "client/ServerRegistry.h"
#include "client/StatusService.h"

namespace capataz::ui {

using client::ServerSession;

ServerListModel::ServerListModel(client::ServerRegistry& registry, QObject* parent)
    : QAbstractListModel(parent)
    , m_registry(registry)
{
    connect(&registry, &client::ServerRegistry::aboutToReload, this, [this] { beginResetModel(); });
    connect(&registry, &client::ServerRegistry::reloaded, this, [this] {
        endResetModel();
        for (int i = 0; i < m_registry.count(); ++i)
            watchAlerts(m_registry.at(i));
    });
    connect(&registry, &client::ServerRegistry::aboutToAdd, this,
            [this](int row) { beginInsertRows({}, row, row); });
    connect(&registry, &client::ServerRegistry::added, this, [this](int row) {
        endInsertRows();
        watchAlerts(m_registry.at(row));
    });
    connect(&registry, &client::ServerRegistry::aboutToRemove, this,
            [this](int row) { beginRemoveRows({}, row, row); });
    connect(&registry, &client::ServerRegistry::removed, this, [this](int) { endRemoveRows(); });
    connect(&registry, &client::ServerRegistry::changed, this, [this](int row) {
        const QModelIndex i = index(row);
        emit dataChanged(i, i);
    });
    for (int i = 0; i < m_registry.count(); ++i)
        watchAlerts(m_registry.at(i));
}

// The marker of a server with a firing alert follows every evaluation of its alerts.
void ServerListModel::watchAlerts(ServerSession* session)
{
    client::AlertService* alerts = session ? session->alerts() : nullptr;
    if (!alerts || m_watched.contains(alerts))
        return;
    m_watched.insert(alerts);
    connect(alerts, &QObject::destroyed, this, [this, alerts] { m_watched.remove(alerts); });
    connect(alerts, &client::AlertService::evaluated, this, [this, session] {
        if (const int row = m_registry.indexOf(session); row >= 0) {
            const QModelIndex i = index(row);
            emit dataChanged(i, i, {FiringAlertsRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
        }
    });
    // The same marker for a backup alarm (late, failed, empty, shrunk), checked on connect.
    if (client::BackupService* backups = session->backups()) {
        connect(backups, &client::BackupService::changed, this, [this, session] {
            if (const int row = m_registry.indexOf(session); row >= 0) {
                const QModelIndex i = index(row);
                emit dataChanged(i, i, {BackupAlarmsRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
            }
        });
    }
}

QStringList ServerListModel::backupAlarms(const ServerSession* session)
{
    QStringList out;
    if (const client::BackupService* b = session ? session->backups() : nullptr)
        for (const backup::BackupAlarm& a : b->alarms())
            out << a.sentence.translated();
    return out;
}

int ServerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_registry.count();
}

ServerSession* ServerListModel::session(const QModelIndex& index) const
{
    return index.isValid() ? m_registry.at(index.row()) : nullptr;
}

QString ServerListModel::statusText(int status)
{
    switch (ServerSession::Status(status)) {
    case ServerSession::Status::Unknown:
        return tr("Not connected");
    case ServerSession::Status::Connecting:
        return tr("Connecting…");
    case ServerSession::Status::Connected:
        return tr("Connected");
    case ServerSession::Status::Error:
        return tr("Connection error");
    }
    return {};
}

QString ServerListModel::firingText(const QStringList& rules)
{
    return tr("%n alert(s) firing: %1. Alerts › Alert list shows them.", nullptr, int(rules.size()))
        .arg(rules.join(u", "));
}

QString ServerListModel::roleText(int role)
{
    switch (store::Role(role)) {
    case store::Role::Admin:
        return tr("Administrator");
    case store::Role::Support:
        return tr("Support");
    case store::Role::Owner:
        return tr("Owner");
    }
    return {};
}

namespace {

bool hidesAddress(const ServerSession& s)
{
    return s.profile().role == store::Role::Owner && !s.statusService()->settings().showAddresses;
}

} // namespace

QVariant ServerListModel::data(const QModelIndex& index, int role) const
{
    const ServerSession* s = session(index);
    if (!s)
        return {};
    const store::ServerProfile& p = s->profile();
    switch (role) {
    case Qt::DisplayRole:
        return p.name;
    case SessionRole:
        return QVariant::fromValue(static_cast<QObject*>(const_cast<ServerSession*>(s)));
    case StatusRole:
        return int(s->status());
    case SubtitleRole:
        if (hidesAddress(*s)) // the owner's page's rule: no host name unless the admin allows it
            return s->statusService()->settings().description;
        return p.port == 22 ? QString(p.user + u'@' + p.host)
                            : QString(p.user + u'@' + p.host + u':' + QString::number(p.port));
    case RoleNameRole:
        return roleText(int(p.role));
    case SearchTextRole:
        return QString(p.name + u' ' + p.host + u' ' + p.user);
    case Qt::ToolTipRole: {
        QString tip = tr("%1 — %2").arg(statusText(int(s->status())), roleText(int(p.role)));
        if (s->status() == ServerSession::Status::Error && !s->lastError().detail.isEmpty() &&
            !hidesAddress(*s))
            tip += u'\n' + s->lastError().detail;
        if (const QStringList firing = AlertText::firingRules(s->alerts()); !firing.isEmpty())
            tip += u'\n' + firingText(firing);
        for (const QString& alarm : backupAlarms(s))
            tip += u'\n' + alarm;
        return tip;
    }
    case BackupAlarmsRole:
        return backupAlarms(s);
    case FiringAlertsRole:
        return AlertText::firingRules(s->alerts());
    case Qt::AccessibleTextRole: {
        const QString text =
            tr("%1, %2, %3").arg(p.name, statusText(int(s->status())), roleText(int(p.role)));
        const QStringList firing = AlertText::firingRules(s->alerts());
        QString all = firing.isEmpty() ? text : tr("%1, %2").arg(text, firingText(firing));
        for (const QString& alarm : backupAlarms(s))
            all = tr("%1, %2").arg(all, alarm);
        return all;
    }
    default:
        return {};
    }
}

void ServerFilterModel::setSearch(const QString& text)
{
    m_words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

bool ServerFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString hay =
        sourceModel()->index(sourceRow, 0, sourceParent).data(ServerListModel::SearchTextRole).toString();
    for (const QString& w : m_words)
        if (!hay.contains(w, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace capataz::ui
