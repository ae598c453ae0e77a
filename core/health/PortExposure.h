#pragma once

#include "net/PortProbe.h"

#include <QList>
#include <QString>

namespace capataz::health {

// Ports that services commonly leave reachable from the internet by mistake: PostgreSQL 5432,
// Redis 6379, MongoDB 27017, MinIO 9000/9001, Prometheus 9090, dashboards and app servers 3000,
// 8000, 8080, n8n 5678, Qdrant 6333, Ollama 11434. Probed from outside on every check; the
// verify plan expects them closed.
[[nodiscard]] QList<int> commonlyLeakedPorts();

// Why a port is in the probe set; a port in several roles keeps the first that applies in
// this order.
enum class PortRole {
    Ssh,       // the profile's SSH port: intended open
    Web,       // 80 and 443: intended open
    Allowed,   // the admin allows it to be public: intended open
    Published, // the compose project publishes it on every interface: should not answer
    Common,    // commonlyLeakedPorts(): should not answer
};
[[nodiscard]] QString portRoleName(PortRole role); // "ssh", "web", "allowed", "published", "common"
[[nodiscard]] inline bool isIntendedOpen(PortRole role)
{
    return role == PortRole::Ssh || role == PortRole::Web || role == PortRole::Allowed;
}

struct ProbedPort {
    int port = 0;
    PortRole role = PortRole::Common;
    net::PortProbe::State state = net::PortProbe::State::Filtered;
    // A port that answers and is not intended (the finding "exposed"), or an intended one that
    // does not (e.g. 443 with nothing listening).
    [[nodiscard]] bool exposed() const
    {
        return !isIntendedOpen(role) && state == net::PortProbe::State::Open;
    }
    [[nodiscard]] bool intendedButShut() const
    {
        return isIntendedOpen(role) && state != net::PortProbe::State::Open;
    }
    bool operator==(const ProbedPort&) const = default;
};

// The ports to probe, each once with its role, in this order: SSH, 80, 443, `allowed`,
// `published`, commonlyLeakedPorts(). Ports outside 1..65535 are dropped.
[[nodiscard]] QList<ProbedPort> portsToProbe(int sshPort, const QList<int>& allowed,
                                             const QList<int>& published);

} // namespace capataz::health
