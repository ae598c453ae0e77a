#pragma once

#include "common/Error.h"
#include "store/ServerProfile.h"

#include <QList>
#include <QStringView>

namespace capataz::store {

class Database;

// Create, read, update and delete server profiles in the `servers` table. Names are unique
// regardless of case ("web" and "Web" are the same server) and get() finds them regardless of
// case. Same thread rule as Database. Renaming a profile does not move its secrets: the caller
// moves them (secrets::SecretStore::key() is built from the name).
class ServerStore {
public:
    explicit ServerStore(Database& db);

    // All profiles, ordered by name (case-insensitively).
    [[nodiscard]] Result<QList<ServerProfile>> list() const;
    // NotFound when no profile has that name.
    [[nodiscard]] Result<ServerProfile> get(QStringView name) const;
    // Validates (InvalidArgument), refuses a taken name (AlreadyExists), and returns the stored
    // profile with id, created and updated set. The given id, created and updated are ignored.
    [[nodiscard]] Result<ServerProfile> add(ServerProfile profile);
    // Replaces the stored profile with the same id (or, when id is 0, the same name) and sets
    // `updated`; `created` is kept. InvalidArgument, NotFound, AlreadyExists (renamed onto
    // another profile's name).
    [[nodiscard]] VoidResult update(const ServerProfile& profile);
    // NotFound when no profile has that name.
    [[nodiscard]] VoidResult remove(QStringView name);

private:
    Database& m_db;
};

} // namespace capataz::store
