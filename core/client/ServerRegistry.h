#pragma once

#include "client/ServerSession.h"
#include "common/Error.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/ServerStore.h"

#include <QList>
#include <QObject>

#include <memory>

namespace capataz::status {
class StatusSettingsStore;
}

namespace capataz::client {

// The servers of the console: the stored profiles (SQLite) and one ServerSession each.
// Every change goes to the database first; the list follows only when it succeeded.
class ServerRegistry final : public QObject {
    Q_OBJECT
public:
    explicit ServerRegistry(QObject* parent = nullptr);
    ~ServerRegistry() override;

    // Opens the database in `dataDir` and loads the profiles.
    [[nodiscard]] VoidResult open(const QString& dataDir);

    [[nodiscard]] int count() const { return int(m_sessions.size()); }
    [[nodiscard]] ServerSession* at(int row) const { return m_sessions.value(row); }
    [[nodiscard]] ServerSession* find(QStringView name) const;
    [[nodiscard]] int indexOf(const ServerSession* session) const { return int(m_sessions.indexOf(session)); }
    [[nodiscard]] const store::ServerStore* store() const { return m_store.get(); }
    // The audit log on the same connection (one database connection per thread, opened once):
    // every session's plans record here. Null until open() succeeded.
    [[nodiscard]] store::AuditLog* auditLog() const { return m_audit.get(); }
    // The admin's status settings per server (owner's page); null until open() succeeded.
    [[nodiscard]] status::StatusSettingsStore* statusSettings() const { return m_statusSettings.get(); }
    // The directory of the open database (for readers on other threads: store::AuditReader);
    // empty before open().
    [[nodiscard]] QString dataDirectory() const;

    [[nodiscard]] Result<ServerSession*> add(const store::ServerProfile& profile);
    [[nodiscard]] VoidResult update(ServerSession* session, const store::ServerProfile& profile);
    [[nodiscard]] VoidResult remove(ServerSession* session);
    // A free name like "web (copy)", "web-copy-2" for duplicating.
    [[nodiscard]] QString freeName(const QString& base) const;

signals:
    void aboutToReload();
    void reloaded();
    void aboutToAdd(int row);
    void added(int row);
    void aboutToRemove(int row);
    void removed(int row);
    void changed(int row);

private:
    void watch(ServerSession* s);
    [[nodiscard]] int insertPosition(const QString& name) const;

    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<store::ServerStore> m_store;
    std::unique_ptr<store::AuditLog> m_audit;
    std::unique_ptr<status::StatusSettingsStore> m_statusSettings;
    QList<ServerSession*> m_sessions; // sorted by name, case-insensitively
};

} // namespace capataz::client
