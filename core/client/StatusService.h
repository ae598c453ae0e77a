#pragma once

#include "common/Error.h"
#include "status/ServerStatus.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace capataz::status {
class StatusCheck;
class StatusSettingsStore;
} // namespace capataz::status

namespace capataz::client {

class ServerSession;

// The status of one server for the owner's page and the fleet table: a status::StatusCheck
// (one remote command and the health GETs) when the session connects, then every interval
// while it stays connected, and on refresh(). A session that fails or drops makes the status
// "unreachable" at once, keeping when the server last answered. Owned by the ServerSession;
// the check runs on the connection's thread, the GUI thread only gets the result.
//
// The admin's settings (description, contact, maintenance, addresses) come from the registry's
// StatusSettingsStore; setSettings() saves them (admin only: RoleNotAllowed otherwise).
class StatusService final : public QObject {
    Q_OBJECT
public:
    explicit StatusService(ServerSession* session);
    ~StatusService() override;

    // The last status (checkedAt invalid before the first check ended or the first failure).
    [[nodiscard]] const status::ServerStatus& status() const { return m_status; }
    [[nodiscard]] bool isChecking() const;
    // Starts a check now (no-op while not connected or one is under way).
    void refresh();
    void setInterval(int ms);
    [[nodiscard]] int interval() const;

    [[nodiscard]] const status::StatusSettings& settings() const { return m_status.settings; }
    void setSettingsStore(status::StatusSettingsStore* store);
    [[nodiscard]] VoidResult setSettings(const status::StatusSettings& settings);

signals:
    void changed(); // a check started or ended, the settings changed, the session dropped

private:
    void onSessionChanged();
    void loadSettings();
    void stampProfile();

    ServerSession* m_session;
    status::StatusSettingsStore* m_store = nullptr;
    status::ServerStatus m_status;
    QPointer<status::StatusCheck> m_check;
    QTimer* m_timer;
};

} // namespace capataz::client
