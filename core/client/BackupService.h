#pragma once

#include "backup/BackupHealth.h"
#include "backup/BackupSchedule.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace capataz::client {

class ServerSession;

// The loud failures of a server's backups, checked on every connect: the backups of its
// project's directory on the server and the last scheduled run, judged by backup::assessBackups
// (late, failed, empty, shrunk) and lastRunAlarm. Owned by the ServerSession, read by the server
// list (a warning sign) and the Backups tab. A server without any backup raises nothing here.
class BackupService final : public QObject {
    Q_OBJECT
public:
    explicit BackupService(ServerSession* session);
    ~BackupService() override;

    // Lists again (no-op while not connected or already listing).
    void refresh();
    // What the Backups tab read itself after an operation: the same judgement, no second listing.
    void setResult(const QList<backup::BackupEntry>& entries, const std::optional<backup::LastRun>& lastRun);

    [[nodiscard]] const QList<backup::BackupAlarm>& alarms() const { return m_alarms; }
    [[nodiscard]] bool hasChecked() const { return m_checked; }

signals:
    void changed();

private:
    void onStatusChanged();

    ServerSession* m_session;
    QPointer<QObject> m_work;
    QList<backup::BackupAlarm> m_alarms;
    bool m_checked = false;
    bool m_wasConnected = false;
};

} // namespace capataz::client
