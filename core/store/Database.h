#pragma once

#include "common/Error.h"

#include <QSqlDatabase>
#include <QString>

namespace capataz::store {

// The SQLite file `capataz.sqlite` in the data directory, opened through QtSql.
//
// Threads: a QSqlDatabase connection belongs to the thread that created it. A Database (and
// every store built on it) must be used, moved and destroyed on the thread that called
// open(). A worker thread that needs the data opens its own Database on the same directory
// (each object gets its own connection name; WAL lets readers and one writer share the file).
//
// Schema: PRAGMA user_version holds the number of migrations applied. open() applies the
// missing ones in order, each in its own transaction. A file whose version is newer than this
// program knows is refused and left untouched.
class Database {
public:
    static constexpr const char* kFileName = "capataz.sqlite";

    // Opens (creating the file if needed) `dir`/capataz.sqlite. `dir` must exist (see
    // ensureDataDirectory()). Turns on WAL and foreign keys and migrates the schema.
    // Errors: LocalFileError (no such directory), DatabaseError (driver missing, cannot open,
    // not a database, newer schema, a migration failed).
    [[nodiscard]] static Result<Database> open(const QString& dir);

    // The schema version this program writes (the number of migrations it knows).
    [[nodiscard]] static int latestSchemaVersion();

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database(); // closes the connection

    [[nodiscard]] bool isOpen() const { return !m_connectionName.isEmpty(); }
    [[nodiscard]] QString filePath() const { return m_filePath; }
    // PRAGMA user_version as read now.
    [[nodiscard]] Result<int> schemaVersion() const;

    // The connection, for stores to build QSqlQuery objects on. Do not keep copies beyond the
    // Database's lifetime.
    [[nodiscard]] QSqlDatabase connection() const;

private:
    Database(QString connectionName, QString filePath);
    void close();

    QString m_connectionName; // empty when moved from
    QString m_filePath;
};

} // namespace capataz::store
