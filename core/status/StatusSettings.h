#pragma once

#include "common/Error.h"

#include <QDateTime>
#include <QString>

namespace capataz::store {
class Database;
}

namespace capataz::status {

// What the admin tells the owner's page about one server (schema migration 5, table
// server_status): a plain description ("Sistema de pesaje de ganado"), whom to call, a
// maintenance note that replaces the alarms until its end, and whether the page may show the
// server's host name or address. Holds no secret.
struct StatusSettings {
    QString description;
    QString contactName;
    QString contactPhone;
    QString contactEmail;
    QString maintenanceNote;
    QDateTime maintenanceUntil; // UTC; invalid: no maintenance
    bool showAddresses = false; // owners see host names and addresses

    // A maintenance note with an end still ahead of `now`.
    [[nodiscard]] bool inMaintenance(const QDateTime& now) const;
    [[nodiscard]] bool hasContact() const;
    // InvalidArgument naming the field: a text over kMaxTextLength characters, an e-mail
    // without '@', a maintenance note without an end (or an end without a note).
    [[nodiscard]] VoidResult validate() const;

    bool operator==(const StatusSettings&) const = default;
};

inline constexpr int kMaxStatusTextLength = 500;

// Reads and writes StatusSettings per server id. Same thread rule as store::Database. A server
// without a row has the default (empty) settings; removing the server removes its row (foreign
// key, ON DELETE CASCADE).
class StatusSettingsStore {
public:
    explicit StatusSettingsStore(store::Database& db);

    [[nodiscard]] Result<StatusSettings> get(qint64 serverId) const;
    // Validates first (InvalidArgument); NotFound when no server has that id.
    [[nodiscard]] VoidResult set(qint64 serverId, const StatusSettings& settings);

private:
    store::Database& m_db;
};

} // namespace capataz::status
