#include "store/AuditLog.h"

#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace capataz::store {

namespace {
const QString kTimeFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ");

// A null QString binds as SQL NULL; the columns are NOT NULL with '' for "none".
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
} // namespace

Result<qint64> AuditLog::append(const AuditEntry& entry)
{
    if (!m_db.isOpen())
        return fail(ErrorCode::DatabaseError, QStringLiteral("database is not open"));
    const QDateTime at = entry.at.isValid() ? entry.at.toUTC() : QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO audit (at, server, plan, step, action, status, detail)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(at.toString(kTimeFormat));
    q.addBindValue(text(entry.server));
    q.addBindValue(text(entry.plan));
    q.addBindValue(text(entry.step));
    q.addBindValue(text(entry.action));
    q.addBindValue(text(entry.status));
    q.addBindValue(text(entry.detail));
    if (!q.exec())
        return fail(ErrorCode::DatabaseError,
                    QStringLiteral("cannot append to the audit log: ") + q.lastError().text());
    return q.lastInsertId().toLongLong();
}

Result<QList<AuditEntry>> AuditLog::list(const QString& server, int limit) const
{
    if (!m_db.isOpen())
        return fail(ErrorCode::DatabaseError, QStringLiteral("database is not open"));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, at, server, plan, step, action, status, detail FROM audit") +
              (server.isEmpty() ? QString() : QStringLiteral(" WHERE server = ?")) +
              QStringLiteral(" ORDER BY id DESC LIMIT ?"));
    if (!server.isEmpty())
        q.addBindValue(server);
    q.addBindValue(std::max(0, limit));
    if (!q.exec())
        return fail(ErrorCode::DatabaseError,
                    QStringLiteral("cannot read the audit log: ") + q.lastError().text());
    QList<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), kTimeFormat);
        e.at.setTimeZone(QTimeZone::utc());
        e.server = q.value(2).toString();
        e.plan = q.value(3).toString();
        e.step = q.value(4).toString();
        e.action = q.value(5).toString();
        e.status = q.value(6).toString();
        e.detail = q.value(7).toString();
        entries.append(e);
    }
    return entries;
}

} // namespace capataz::store
