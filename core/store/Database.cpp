#include "store/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <vector>

namespace capataz::store {

namespace {

// One entry per schema version, in order: migration N (1-based) takes version N-1 to N.
// Append new migrations at the end; never edit or reorder a released one. SQLite runs one
// statement per exec(), so each migration is a list of statements.
struct Migration {
    QString what;
    std::vector<QString> statements;
};

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> list{
        {QStringLiteral("servers"),
         {QStringLiteral("CREATE TABLE servers ("
                         " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                         " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                         " host TEXT NOT NULL,"
                         " port INTEGER NOT NULL DEFAULT 22 CHECK (port BETWEEN 1 AND 65535),"
                         " user TEXT NOT NULL,"
                         " auth TEXT NOT NULL DEFAULT 'agent',"
                         " key_path TEXT NOT NULL DEFAULT '',"
                         " jump_host TEXT NOT NULL DEFAULT '',"
                         " sudo TEXT NOT NULL DEFAULT 'none',"
                         " project_dir TEXT NOT NULL DEFAULT '',"
                         " role TEXT NOT NULL DEFAULT 'admin',"
                         " known_hosts_file TEXT NOT NULL DEFAULT '',"
                         " created TEXT NOT NULL," // ISO 8601 UTC with milliseconds
                         " updated TEXT NOT NULL"
                         ")")}},
        {QStringLiteral("audit log"),
         {QStringLiteral("CREATE TABLE audit ("
                         " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                         " at TEXT NOT NULL," // ISO 8601 UTC with milliseconds
                         " server TEXT NOT NULL DEFAULT '',"
                         " plan TEXT NOT NULL DEFAULT '',"
                         " step TEXT NOT NULL DEFAULT '',"
                         " action TEXT NOT NULL,"
                         " status TEXT NOT NULL,"
                         " detail TEXT NOT NULL DEFAULT ''"
                         ")"),
          QStringLiteral("CREATE INDEX audit_server ON audit (server, id)")}},
        {QStringLiteral("owner reads logs"),
         {QStringLiteral("ALTER TABLE servers ADD COLUMN owner_reads_logs INTEGER NOT NULL DEFAULT 0")}},
        {QStringLiteral("prometheus url"),
         {QStringLiteral("ALTER TABLE servers ADD COLUMN prometheus_url TEXT NOT NULL DEFAULT ''")}},
        {QStringLiteral("status settings"),
         {QStringLiteral("CREATE TABLE server_status ("
                         " server_id INTEGER PRIMARY KEY REFERENCES servers (id) ON DELETE CASCADE,"
                         " description TEXT NOT NULL DEFAULT '',"
                         " contact_name TEXT NOT NULL DEFAULT '',"
                         " contact_phone TEXT NOT NULL DEFAULT '',"
                         " contact_email TEXT NOT NULL DEFAULT '',"
                         " maintenance_note TEXT NOT NULL DEFAULT '',"
                         " maintenance_until TEXT NOT NULL DEFAULT ''," // ISO 8601 UTC; '': none
                         " show_addresses INTEGER NOT NULL DEFAULT 0"
                         ")")}},
        {QStringLiteral("scrape interval"),
         {QStringLiteral("ALTER TABLE servers ADD COLUMN scrape_interval_s INTEGER NOT NULL DEFAULT 15")}},
    };
    return list;
}

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("capataz-store-%1").arg(++counter);
}

QString sqlDetail(const QString& what, const QSqlError& error)
{
    return what + QStringLiteral(": ") + error.text();
}

Result<int> readUserVersion(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return fail(ErrorCode::DatabaseError,
                    sqlDetail(QStringLiteral("cannot read the schema version"), q.lastError()));
    return q.value(0).toInt();
}

VoidResult exec(QSqlDatabase& db, const QString& sql, const QString& what)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return fail(ErrorCode::DatabaseError, sqlDetail(what, q.lastError()));
    return {};
}

VoidResult applyMigration(QSqlDatabase& db, int version, const Migration& migration)
{
    const QString what = QStringLiteral("migration %1 (%2)").arg(version).arg(migration.what);
    if (!db.transaction())
        return fail(ErrorCode::DatabaseError, sqlDetail(what + QStringLiteral(", begin"), db.lastError()));
    auto run = [&]() -> VoidResult {
        for (const QString& sql : migration.statements) {
            if (auto r = exec(db, sql, what); !r)
                return r;
        }
        // user_version lives in the file header, which is part of the transaction.
        return exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version), what);
    };
    if (auto r = run(); !r) {
        db.rollback();
        return r;
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return fail(ErrorCode::DatabaseError, sqlDetail(what + QStringLiteral(", commit"), error));
    }
    return {};
}

// Version check, pragmas and migrations on a freshly opened connection.
VoidResult prepare(QSqlDatabase& db)
{
    // Read the version before anything that could write: a newer file must stay untouched.
    auto version = readUserVersion(db);
    if (!version)
        return std::unexpected(version.error());
    const int latest = Database::latestSchemaVersion();
    if (*version > latest) {
        return fail(
            ErrorCode::DatabaseError,
            QStringLiteral("schema version %1 is newer than the versions this program knows (up to %2): "
                           "it was written by a newer Capataz; the file was not modified")
                .arg(*version)
                .arg(latest));
    }
    if (*version < 0)
        return fail(ErrorCode::DatabaseError, QStringLiteral("invalid schema version %1").arg(*version));

    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next())
            return fail(ErrorCode::DatabaseError,
                        sqlDetail(QStringLiteral("cannot enable WAL"), q.lastError()));
        if (q.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
            return fail(ErrorCode::DatabaseError,
                        QStringLiteral("cannot enable WAL: journal mode is %1").arg(q.value(0).toString()));
        }
    }
    if (auto r = exec(db, QStringLiteral("PRAGMA foreign_keys = ON"),
                      QStringLiteral("cannot enable foreign keys"));
        !r)
        return r;

    const auto& list = migrations();
    for (int v = *version + 1; v <= latest; ++v) {
        if (auto r = applyMigration(db, v, list[static_cast<std::size_t>(v - 1)]); !r)
            return r;
    }
    return {};
}

} // namespace

int Database::latestSchemaVersion()
{
    return static_cast<int>(migrations().size());
}

Result<Database> Database::open(const QString& dir)
{
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        return fail(ErrorCode::LocalFileError,
                    QStringLiteral("database directory %1 does not exist").arg(dir));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(ErrorCode::DatabaseError,
                    QStringLiteral("the Qt SQLite driver (QSQLITE) is not available"));

    const QString filePath = QDir(dir).absoluteFilePath(QString::fromLatin1(kFileName));
    Database database(nextConnectionName(), filePath);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database.m_connectionName);
        db.setDatabaseName(filePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return fail(ErrorCode::DatabaseError,
                        sqlDetail(QStringLiteral("cannot open ") + filePath, db.lastError()));
        if (auto r = prepare(db); !r)
            return std::unexpected(r.error()); // `database` closes and removes the connection
    }
    return database;
}

Database::Database(QString connectionName, QString filePath)
    : m_connectionName(std::move(connectionName))
    , m_filePath(std::move(filePath))
{}

Database::Database(Database&& other) noexcept
    : m_connectionName(std::exchange(other.m_connectionName, QString()))
    , m_filePath(std::exchange(other.m_filePath, QString()))
{}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_connectionName = std::exchange(other.m_connectionName, QString());
        m_filePath = std::exchange(other.m_filePath, QString());
    }
    return *this;
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

Result<int> Database::schemaVersion() const
{
    if (!isOpen())
        return fail(ErrorCode::DatabaseError, QStringLiteral("database is not open"));
    return readUserVersion(connection());
}

QSqlDatabase Database::connection() const
{
    return m_connectionName.isEmpty() ? QSqlDatabase() : QSqlDatabase::database(m_connectionName, false);
}

} // namespace capataz::store
