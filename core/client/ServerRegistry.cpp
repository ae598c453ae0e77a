#include "client/ServerRegistry.h"

#include "client/StatusService.h"
#include "status/StatusSettings.h"

#include <QFileInfo>

namespace capataz::client {

ServerRegistry::ServerRegistry(QObject* parent)
    : QObject(parent)
{}

ServerRegistry::~ServerRegistry()
{
    qDeleteAll(m_sessions);
}

QString ServerRegistry::dataDirectory() const
{
    return m_db ? QFileInfo(m_db->filePath()).absolutePath() : QString();
}

VoidResult ServerRegistry::open(const QString& dataDir)
{
    auto db = store::Database::open(dataDir);
    if (!db)
        return std::unexpected(db.error());
    m_db = std::make_unique<store::Database>(std::move(*db));
    m_store = std::make_unique<store::ServerStore>(*m_db);
    m_audit = std::make_unique<store::AuditLog>(*m_db);
    m_statusSettings = std::make_unique<status::StatusSettingsStore>(*m_db);
    auto profiles = m_store->list();
    if (!profiles)
        return std::unexpected(profiles.error());
    emit aboutToReload();
    qDeleteAll(m_sessions);
    m_sessions.clear();
    for (const store::ServerProfile& p : *profiles) {
        auto* s = new ServerSession(p, this);
        s->setAuditLog(m_audit.get());
        watch(s);
        m_sessions.append(s);
    }
    emit reloaded();
    return {};
}

void ServerRegistry::watch(ServerSession* s)
{
    s->setProfileSaver([this](ServerSession* session, const store::ServerProfile& profile) {
        return update(session, profile);
    });
    s->statusService()->setSettingsStore(m_statusSettings.get());
    connect(s, &ServerSession::statusChanged, this, [this, s] {
        if (const int row = indexOf(s); row >= 0)
            emit changed(row);
    });
}

ServerSession* ServerRegistry::find(QStringView name) const
{
    for (ServerSession* s : m_sessions)
        if (s->profile().name.compare(name, Qt::CaseInsensitive) == 0)
            return s;
    return nullptr;
}

int ServerRegistry::insertPosition(const QString& name) const
{
    int row = 0;
    while (row < m_sessions.size() &&
           m_sessions.at(row)->profile().name.compare(name, Qt::CaseInsensitive) < 0)
        ++row;
    return row;
}

Result<ServerSession*> ServerRegistry::add(const store::ServerProfile& profile)
{
    if (!m_store)
        return fail(ErrorCode::DatabaseError, QStringLiteral("the database is not open"));
    auto stored = m_store->add(profile);
    if (!stored)
        return std::unexpected(stored.error());
    auto* s = new ServerSession(*stored, this);
    s->setAuditLog(m_audit.get());
    watch(s);
    const int row = insertPosition(stored->name);
    emit aboutToAdd(row);
    m_sessions.insert(row, s);
    emit added(row);
    return s;
}

VoidResult ServerRegistry::update(ServerSession* session, const store::ServerProfile& profile)
{
    const int row = indexOf(session);
    if (row < 0 || !m_store)
        return fail(ErrorCode::NotFound, QStringLiteral("no such server in the list"));
    store::ServerProfile p = profile;
    p.id = session->profile().id;
    if (auto r = m_store->update(p); !r)
        return r;
    auto stored = m_store->get(p.name);
    const bool renamed = session->profile().name != p.name;
    session->setProfile(stored ? *stored : p);
    if (!renamed) {
        emit changed(row); // the same row: views that show it stay where they are
        return {};
    }
    // Keep the list sorted after a rename.
    emit aboutToRemove(row);
    m_sessions.removeAt(row);
    emit removed(row);
    const int newRow = insertPosition(session->profile().name);
    emit aboutToAdd(newRow);
    m_sessions.insert(newRow, session);
    emit added(newRow);
    return {};
}

VoidResult ServerRegistry::remove(ServerSession* session)
{
    const int row = indexOf(session);
    if (row < 0 || !m_store)
        return fail(ErrorCode::NotFound, QStringLiteral("no such server in the list"));
    if (auto r = m_store->remove(session->profile().name); !r)
        return r;
    emit aboutToRemove(row);
    m_sessions.removeAt(row);
    emit removed(row);
    session->deleteLater();
    return {};
}

QString ServerRegistry::freeName(const QString& base) const
{
    QString candidate = base + QStringLiteral("-copy");
    for (int i = 2; find(candidate); ++i)
        candidate = base + QStringLiteral("-copy-") + QString::number(i);
    return candidate;
}

} // namespace capataz::client
