#pragma once

#include <QAbstractListModel>
#include <QSet>
#include <QSortFilterProxyModel>

namespace capataz::client {
class ServerRegistry;
class ServerSession;
} // namespace capataz::client

namespace capataz::ui {

// The servers of the registry as a list model for the left-hand view.
class ServerListModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        SessionRole = Qt::UserRole + 1,
        StatusRole,
        SubtitleRole,
        RoleNameRole,
        SearchTextRole,
        FiringAlertsRole, // the names of the rules firing (a QStringList)
        BackupAlarmsRole, // the backups' alarms, as sentences (a QStringList)
    };
    explicit ServerListModel(client::ServerRegistry& registry, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] client::ServerSession* session(const QModelIndex& index) const;

    [[nodiscard]] static QString statusText(int status);
    [[nodiscard]] static QString roleText(int role);
    // The marker's sentence for a server whose rules `rules` are firing.
    [[nodiscard]] static QString firingText(const QStringList& rules);
    // The backup alarms of a server, translated (empty: none, or not checked yet).
    [[nodiscard]] static QStringList backupAlarms(const client::ServerSession* session);

private:
    void watchAlerts(client::ServerSession* session);

    client::ServerRegistry& m_registry;
    QSet<const QObject*> m_watched; // the AlertServices whose evaluations update their row
};

// Case-insensitive search over name, host and user; stays fast with hundreds of servers.
class ServerFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSearch(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace capataz::ui
