#pragma once

#include "access/Hello.h"
#include "common/Error.h"
#include "ssh/Connection.h"
#include "store/ServerProfile.h"

#include <QObject>

#include <functional>
#include <memory>

namespace capataz::store {
class AuditLog;
}

namespace capataz::client {

class AlertService;
class BackupService;
class FactsService;
class LogService;
class MetricsService;
class ProjectService;
class StatusService;

// One server of the list as the console sees it: its profile, its connection when there
// is one, and a status for the list's light. Lives in the GUI thread; all work happens on
// the connection's own thread.
class ServerSession final : public QObject {
    Q_OBJECT
public:
    enum class Status { Unknown, Connecting, Connected, Error };
    Q_ENUM(Status)

    explicit ServerSession(store::ServerProfile profile, QObject* parent = nullptr);
    ~ServerSession() override;

    [[nodiscard]] const store::ServerProfile& profile() const { return m_profile; }
    void setProfile(const store::ServerProfile& profile);
    // Keeps a changed profile where this session's profile comes from (the registry's store, by
    // the saver it sets) and applies it; a session without a saver only applies it.
    VoidResult saveProfile(const store::ServerProfile& profile);
    using ProfileSaver = std::function<VoidResult(ServerSession*, const store::ServerProfile&)>;
    void setProfileSaver(ProfileSaver saver)
    {
        m_saver = std::move(saver);
    } // drops the connection if where/how changed
    [[nodiscard]] Status status() const { return m_status; }
    [[nodiscard]] const Error& lastError() const { return m_error; }
    [[nodiscard]] ssh::Connection* connection() const { return m_connection.get(); }
    [[nodiscard]] bool isConnected() const { return m_status == Status::Connected; }
    // For a Capataz access account (SudoMode::Access): what the server's dispatcher said the
    // account is, asked ("hello") before the session counts as connected. Empty otherwise.
    [[nodiscard]] const std::optional<access::Hello>& serverAccess() const { return m_access; }
    // The role the server gives this access account differs from the profile's.
    [[nodiscard]] bool accessRoleDiffers() const;
    // The key the server presented during the last connection attempt.
    [[nodiscard]] const ssh::HostKeyInfo& lastHostKey() const { return m_hostKey; }

    // The per-server services: alive as long as the session, shared by every view of it.
    [[nodiscard]] FactsService* facts() const { return m_facts; }
    [[nodiscard]] ProjectService* project() const { return m_project; }
    [[nodiscard]] LogService* logs() const { return m_logs; }
    [[nodiscard]] MetricsService* metrics() const { return m_metrics; }
    [[nodiscard]] AlertService* alerts() const { return m_alerts; }
    // The status for the owner's page and the fleet table (status::StatusCheck while connected).
    [[nodiscard]] StatusService* statusService() const { return m_statusService; }
    [[nodiscard]] BackupService* backups() const { return m_backups; }

    // Where this server's plans are recorded: the registry's audit log (its one database
    // connection). Null for a session outside a registry (then nothing is recorded).
    [[nodiscard]] store::AuditLog* auditLog() const { return m_audit; }
    void setAuditLog(store::AuditLog* audit) { m_audit = audit; }

    void connectWith(const ssh::ConnectionSettings& settings);
    void cancelConnect();
    void disconnectFromServer();

signals:
    void statusChanged(capataz::client::ServerSession::Status status);
    void hostKeyConfirmationRequested(const capataz::ssh::HostKeyInfo& info);
    void connectionStateChanged(capataz::ssh::ConnectionState state);
    void connected();
    void failed(const capataz::Error& error);
    void profileChanged();
    // The connection is about to be deleted (disconnect, cancel, a new one, another target):
    // whatever reads through it from another thread lets go of it now (sent on this thread,
    // connected directly).
    void connectionClosing();

private:
    void setStatus(Status s);
    // Deletes the connection (`later`: with deleteLater, from inside its own callback), after
    // connectionClosing().
    void dropConnection(bool later = false);
    void markConnected();
    void checkAccess(ssh::Connection* c);

    store::ServerProfile m_profile;
    ProfileSaver m_saver;
    std::unique_ptr<ssh::Connection> m_connection;
    Status m_status = Status::Unknown;
    Error m_error;
    ssh::HostKeyInfo m_hostKey;
    std::optional<access::Hello> m_access;
    FactsService* m_facts = nullptr;
    ProjectService* m_project = nullptr;
    LogService* m_logs = nullptr;
    MetricsService* m_metrics = nullptr;
    AlertService* m_alerts = nullptr; // evaluates over m_metrics' store
    StatusService* m_statusService = nullptr;
    BackupService* m_backups = nullptr; // the backups' alarms, checked on connect
    store::AuditLog* m_audit = nullptr; // the registry's
};

} // namespace capataz::client
