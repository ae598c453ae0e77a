#pragma once

#include "common/Error.h"
#include "setup/ComposeStatus.h"
#include "setup/EnvPlan.h"
#include "setup/FirewallPlan.h"
#include "setup/SetupTarget.h"
#include "stack/ComposeProject.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace capataz::client {

class ServerSession;

// The compose project of a server as the views need it: its services' state, the ports Docker
// publishes past ufw, and its .env with its findings. Each is read on request (a view asks with
// the target it shows), kept until the next read, and announced with a signal; a new request
// replaces the one under way, and a dropped connection ends it. Owned by the ServerSession and
// shared by every view of that server: widgets never run these commands themselves.
class ProjectService final : public QObject {
    Q_OBJECT
public:
    // What the compose files say about published ports.
    struct PublishedPorts {
        bool noFiles = false;              // the target has no compose file on the server yet
        stack::ComposeProject project;     // the files as parsed (for the container side of a port)
        QList<setup::BypassingPort> ports; // published on all interfaces: Docker's rules go past ufw
    };

    explicit ProjectService(ServerSession* session);
    ~ProjectService() override;

    void readStatus(const setup::SetupTarget& target);
    void readPorts(const setup::SetupTarget& target);
    void readEnv(const setup::EnvAnswers& answers, const setup::SetupTarget& target);

    [[nodiscard]] bool isReadingStatus() const { return m_statusReader != nullptr; }
    [[nodiscard]] bool isReadingPorts() const { return m_portsReader != nullptr; }
    [[nodiscard]] bool isReadingEnv() const { return m_envReader != nullptr; }
    // The last results (nullopt before the first read ended).
    [[nodiscard]] const std::optional<Result<setup::ComposeStatus>>& status() const { return m_status; }
    [[nodiscard]] const std::optional<Result<PublishedPorts>>& ports() const { return m_ports; }
    [[nodiscard]] const std::optional<Result<setup::EnvState>>& env() const { return m_env; }

signals:
    void statusChanged();
    void portsChanged();
    void envChanged();

private:
    [[nodiscard]] QObject* startReader(QPointer<QObject>& slot);
    void stopAll();

    ServerSession* m_session;
    QPointer<QObject> m_statusReader;
    QPointer<QObject> m_portsReader;
    QPointer<QObject> m_envReader;
    std::optional<Result<setup::ComposeStatus>> m_status;
    std::optional<Result<PublishedPorts>> m_ports;
    std::optional<Result<setup::EnvState>> m_env;
};

} // namespace capataz::client
