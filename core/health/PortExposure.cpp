#include "health/PortExposure.h"

namespace capataz::health {

using namespace Qt::Literals::StringLiterals;

QList<int> commonlyLeakedPorts()
{
    return {5432, 6379, 27017, 9000, 9001, 9090, 3000, 8000, 8080, 5678, 6333, 11434};
}

QString portRoleName(PortRole role)
{
    switch (role) {
    case PortRole::Ssh:
        return u"ssh"_s;
    case PortRole::Web:
        return u"web"_s;
    case PortRole::Allowed:
        return u"allowed"_s;
    case PortRole::Published:
        return u"published"_s;
    case PortRole::Common:
        break;
    }
    return u"common"_s;
}

QList<ProbedPort> portsToProbe(int sshPort, const QList<int>& allowed, const QList<int>& published)
{
    QList<ProbedPort> out;
    auto add = [&out](int port, PortRole role) {
        if (port < 1 || port > 65535)
            return;
        for (const ProbedPort& p : std::as_const(out))
            if (p.port == port)
                return;
        out.append(ProbedPort{port, role});
    };
    add(sshPort, PortRole::Ssh);
    add(80, PortRole::Web);
    add(443, PortRole::Web);
    for (int p : allowed)
        add(p, PortRole::Allowed);
    for (int p : published)
        add(p, PortRole::Published);
    for (int p : commonlyLeakedPorts())
        add(p, PortRole::Common);
    return out;
}

} // namespace capataz::health
