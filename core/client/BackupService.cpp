#include "client/BackupService.h"

#include "backup/BackupNaming.h"
#include "backup/BackupOps.h"
#include "client/ServerSession.h"

namespace capataz::client {

BackupService::BackupService(ServerSession* session)
    : QObject(session)
    , m_session(session)
{
    connect(session, &ServerSession::statusChanged, this, &BackupService::onStatusChanged);
}

BackupService::~BackupService()
{
    delete m_work; // cancels a listing under way
}

void BackupService::onStatusChanged()
{
    const bool connected = m_session->isConnected();
    if (connected && !m_wasConnected)
        refresh();
    if (!connected && m_work)
        delete m_work;
    m_wasConnected = connected;
}

void BackupService::refresh()
{
    if (!m_session->isConnected() || !m_session->connection() || m_work)
        return;
    m_work = new QObject(this);
    const plan::StepContext ctx{m_session->connection(), m_work, CancelToken::create()};
    const QString dir = backup::defaultBackupDir(backup::projectLabel(m_session->profile().projectDir));
    backup::listBackups(ctx, dir, [this, ctx, dir](Result<QList<backup::BackupEntry>> list) {
        if (!list) {
            m_work->deleteLater(); // an unreadable directory raises nothing here; the Backups tab says why
            return;
        }
        const QList<backup::BackupEntry> entries = *list;
        backup::readLastRun(ctx, dir, [this, entries](Result<std::optional<backup::LastRun>> run) {
            setResult(entries, run ? *run : std::nullopt);
            m_work->deleteLater();
        });
    });
}

void BackupService::setResult(const QList<backup::BackupEntry>& entries,
                              const std::optional<backup::LastRun>& lastRun)
{
    m_alarms.clear();
    if (auto a = backup::lastRunAlarm(lastRun))
        m_alarms << *a;
    if (!entries.isEmpty())
        m_alarms += backup::assessBackups(entries, {}, QDateTime::currentDateTimeUtc());
    m_checked = true;
    emit changed();
}

} // namespace capataz::client
