#include "status/StatusSettings.h"

#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace capataz::status {

using namespace Qt::Literals::StringLiterals;

bool StatusSettings::inMaintenance(const QDateTime& now) const
{
    return !maintenanceNote.trimmed().isEmpty() && maintenanceUntil.isValid() && now < maintenanceUntil;
}

bool StatusSettings::hasContact() const
{
    return !contactName.trimmed().isEmpty() || !contactPhone.trimmed().isEmpty() ||
           !contactEmail.trimmed().isEmpty();
}

VoidResult StatusSettings::validate() const
{
    const std::pair<const char*, const QString*> texts[] = {
        {"description", &description},          {"contact name", &contactName},
        {"contact phone", &contactPhone},       {"contact e-mail", &contactEmail},
        {"maintenance note", &maintenanceNote},
    };
    for (const auto& [name, value] : texts)
        if (value->size() > kMaxStatusTextLength)
            return fail(
                ErrorCode::InvalidArgument,
                u"%1: longer than %2 characters"_s.arg(QLatin1StringView(name)).arg(kMaxStatusTextLength));
    const QString mail = contactEmail.trimmed();
    if (!mail.isEmpty() && (!mail.contains(u'@') || mail.contains(u' ')))
        return fail(ErrorCode::InvalidArgument, u"contact e-mail: not an e-mail address"_s);
    if (!maintenanceNote.trimmed().isEmpty() && !maintenanceUntil.isValid())
        return fail(ErrorCode::InvalidArgument, u"maintenance note: needs an end time"_s);
    if (maintenanceNote.trimmed().isEmpty() && maintenanceUntil.isValid())
        return fail(ErrorCode::InvalidArgument, u"maintenance end: needs a note"_s);
    return {};
}

namespace {

QString text(const QString& s)
{
    return s.isNull() ? u""_s : s;
}

std::unexpected<Error> sqlFail(const QString& what, const QSqlQuery& q)
{
    return fail(ErrorCode::DatabaseError, what + u": "_s + q.lastError().text());
}

} // namespace

StatusSettingsStore::StatusSettingsStore(store::Database& db)
    : m_db(db)
{}

Result<StatusSettings> StatusSettingsStore::get(qint64 serverId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT description, contact_name, contact_phone, contact_email, maintenance_note, "
              "maintenance_until, show_addresses FROM server_status WHERE server_id = ?"_s);
    q.addBindValue(serverId);
    if (!q.exec())
        return sqlFail(u"cannot read the status settings"_s, q);
    StatusSettings s;
    if (!q.next())
        return s;
    s.description = q.value(0).toString();
    s.contactName = q.value(1).toString();
    s.contactPhone = q.value(2).toString();
    s.contactEmail = q.value(3).toString();
    s.maintenanceNote = q.value(4).toString();
    const QString until = q.value(5).toString();
    if (!until.isEmpty())
        s.maintenanceUntil = QDateTime::fromString(until, Qt::ISODateWithMs).toUTC();
    s.showAddresses = q.value(6).toInt() != 0;
    return s;
}

VoidResult StatusSettingsStore::set(qint64 serverId, const StatusSettings& s)
{
    if (auto v = s.validate(); !v)
        return v;
    QSqlQuery exists(m_db.connection());
    exists.prepare(u"SELECT 1 FROM servers WHERE id = ?"_s);
    exists.addBindValue(serverId);
    if (!exists.exec())
        return sqlFail(u"cannot read the servers"_s, exists);
    if (!exists.next())
        return fail(ErrorCode::NotFound, u"no server with id %1"_s.arg(serverId));
    QSqlQuery q(m_db.connection());
    q.prepare(
        u"INSERT INTO server_status (server_id, description, contact_name, contact_phone, "
        "contact_email, maintenance_note, maintenance_until, show_addresses) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (server_id) DO UPDATE SET description = excluded.description, "
        "contact_name = excluded.contact_name, contact_phone = excluded.contact_phone, "
        "contact_email = excluded.contact_email, maintenance_note = excluded.maintenance_note, "
        "maintenance_until = excluded.maintenance_until, show_addresses = excluded.show_addresses"_s);
    q.addBindValue(serverId);
    q.addBindValue(text(s.description.trimmed()));
    q.addBindValue(text(s.contactName.trimmed()));
    q.addBindValue(text(s.contactPhone.trimmed()));
    q.addBindValue(text(s.contactEmail.trimmed()));
    q.addBindValue(text(s.maintenanceNote.trimmed()));
    q.addBindValue(s.maintenanceUntil.isValid() ? s.maintenanceUntil.toUTC().toString(Qt::ISODateWithMs)
                                                : u""_s);
    q.addBindValue(s.showAddresses ? 1 : 0);
    if (!q.exec())
        return sqlFail(u"cannot save the status settings"_s, q);
    return {};
}

} // namespace capataz::status
