#include "store/ServerStore.h"

#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace capataz::store {

namespace {

const QString kColumns =
    QStringLiteral("id, name, host, port, user, auth, key_path, jump_host, sudo, "
                   "project_dir, role, known_hosts_file, created, updated, owner_reads_logs, prometheus_url, "
                   "scrape_interval_s");

QString timestamp(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// Millisecond precision, so a profile read back compares equal to the one returned by add().
QDateTime now()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
}

std::unexpected<Error> sqlFail(const QString& what, const QSqlQuery& q)
{
    return fail(ErrorCode::DatabaseError, what + QStringLiteral(": ") + q.lastError().text());
}

Result<ServerProfile> fromRow(const QSqlQuery& q)
{
    ServerProfile p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.host = q.value(2).toString();
    p.port = q.value(3).toInt();
    p.user = q.value(4).toString();
    const auto auth = authMethodFromName(q.value(5).toString());
    const auto sudo = remote::sudoModeFromName(q.value(8).toString());
    const auto role = roleFromName(q.value(10).toString());
    if (!auth || !sudo || !role) {
        return fail(
            ErrorCode::DatabaseError,
            QStringLiteral("server %1: unknown auth, sudo or role value in the database").arg(p.name));
    }
    p.auth = *auth;
    p.keyPath = q.value(6).toString();
    p.jumpHost = q.value(7).toString();
    p.sudo = *sudo;
    p.projectDir = q.value(9).toString();
    p.role = *role;
    p.knownHostsFile = q.value(11).toString();
    p.created = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
    p.updated = QDateTime::fromString(q.value(13).toString(), Qt::ISODateWithMs);
    p.ownerReadsLogs = q.value(14).toInt() != 0;
    p.prometheusUrl = q.value(15).toString();
    p.scrapeIntervalS = q.value(16).toInt();
    return p;
}

// The optional text columns are NOT NULL DEFAULT '': a null QString would bind as NULL.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// Binds the editable fields: name .. known_hosts_file, owner_reads_logs, prometheus_url,
// scrape_interval_s.
void bindFields(QSqlQuery& q, const ServerProfile& p)
{
    q.addBindValue(p.name);
    q.addBindValue(p.host);
    q.addBindValue(p.port);
    q.addBindValue(p.user);
    q.addBindValue(authMethodName(p.auth));
    q.addBindValue(text(p.keyPath));
    q.addBindValue(text(p.jumpHost));
    q.addBindValue(remote::sudoModeName(p.sudo));
    q.addBindValue(text(p.projectDir));
    q.addBindValue(roleName(p.role));
    q.addBindValue(text(p.knownHostsFile));
    q.addBindValue(p.ownerReadsLogs ? 1 : 0);
    q.addBindValue(text(p.prometheusUrl));
    q.addBindValue(p.scrapeIntervalS);
}

// The id of the profile called `name` (case-insensitively), 0 if none.
Result<qint64> idOf(const QSqlDatabase& db, QStringView name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM servers WHERE name = ?"));
    q.addBindValue(name.toString());
    if (!q.exec())
        return sqlFail(QStringLiteral("cannot look up server"), q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::unexpected<Error> nameTaken(const QString& name)
{
    return fail(ErrorCode::AlreadyExists, QStringLiteral("a server named %1 already exists").arg(name));
}

std::unexpected<Error> noSuchServer(QStringView name)
{
    return fail(ErrorCode::NotFound, QStringLiteral("no server named %1").arg(name));
}

} // namespace

ServerStore::ServerStore(Database& db)
    : m_db(db)
{}

Result<QList<ServerProfile>> ServerStore::list() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM servers ORDER BY name, id")))
        return sqlFail(QStringLiteral("cannot list servers"), q);
    QList<ServerProfile> profiles;
    while (q.next()) {
        auto p = fromRow(q);
        if (!p)
            return std::unexpected(p.error());
        profiles.append(std::move(*p));
    }
    return profiles;
}

Result<ServerProfile> ServerStore::get(QStringView name) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM servers WHERE name = ?"));
    q.addBindValue(name.toString());
    if (!q.exec())
        return sqlFail(QStringLiteral("cannot read server"), q);
    if (!q.next())
        return noSuchServer(name);
    return fromRow(q);
}

Result<ServerProfile> ServerStore::add(ServerProfile profile)
{
    if (auto valid = profile.validate(); !valid)
        return std::unexpected(valid.error());
    QSqlDatabase db = m_db.connection();
    auto existing = idOf(db, profile.name);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing != 0)
        return nameTaken(profile.name);

    profile.created = profile.updated = now();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO servers (name, host, port, user, auth, key_path, jump_host, sudo, "
        "project_dir, role, known_hosts_file, owner_reads_logs, prometheus_url, "
        "scrape_interval_s, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindFields(q, profile);
    q.addBindValue(timestamp(profile.created));
    q.addBindValue(timestamp(profile.updated));
    if (!q.exec()) {
        // Lost a race with another connection adding the same name.
        if (auto again = idOf(db, profile.name); again && *again != 0)
            return nameTaken(profile.name);
        return sqlFail(QStringLiteral("cannot add server %1").arg(profile.name), q);
    }
    profile.id = q.lastInsertId().toLongLong();
    return profile;
}

VoidResult ServerStore::update(const ServerProfile& profile)
{
    if (auto valid = profile.validate(); !valid)
        return valid;
    QSqlDatabase db = m_db.connection();
    qint64 id = profile.id;
    if (id == 0) {
        auto byName = idOf(db, profile.name);
        if (!byName)
            return std::unexpected(byName.error());
        if (*byName == 0)
            return noSuchServer(profile.name);
        id = *byName;
    } else {
        auto owner = idOf(db, profile.name);
        if (!owner)
            return std::unexpected(owner.error());
        if (*owner != 0 && *owner != id)
            return nameTaken(profile.name);
    }

    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE servers SET name = ?, host = ?, port = ?, user = ?, auth = ?, key_path = ?, "
        "jump_host = ?, sudo = ?, project_dir = ?, role = ?, known_hosts_file = ?, "
        "owner_reads_logs = ?, prometheus_url = ?, scrape_interval_s = ?, updated = ? WHERE id = ?"));
    bindFields(q, profile);
    q.addBindValue(timestamp(now()));
    q.addBindValue(id);
    if (!q.exec()) {
        if (auto again = idOf(db, profile.name); again && *again != 0 && *again != id)
            return nameTaken(profile.name);
        return sqlFail(QStringLiteral("cannot update server %1").arg(profile.name), q);
    }
    if (q.numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, QStringLiteral("no server with id %1").arg(id));
    return {};
}

VoidResult ServerStore::remove(QStringView name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM servers WHERE name = ?"));
    q.addBindValue(name.toString());
    if (!q.exec())
        return sqlFail(QStringLiteral("cannot remove server"), q);
    if (q.numRowsAffected() == 0)
        return noSuchServer(name);
    return {};
}

} // namespace capataz::store
