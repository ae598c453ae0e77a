#include "net/PortProbe.h"

#include <QTcpSocket>
#include <QTimer>

namespace capataz::net {

PortProbe::PortProbe(QString host, QList<int> ports, QObject* parent)
    : QObject(parent)
    , m_host(std::move(host))
    , m_ports(std::move(ports))
{}

PortProbe::~PortProbe() = default;

QString PortProbe::stateName(State state)
{
    switch (state) {
    case State::Open:
        return QStringLiteral("open");
    case State::Closed:
        return QStringLiteral("closed");
    case State::Filtered:
        break;
    }
    return QStringLiteral("filtered");
}

void PortProbe::start()
{
    if (m_started)
        return;
    m_started = true;
    m_results.clear();
    for (int port : std::as_const(m_ports))
        m_results << PortResult{port, State::Filtered, {}};
    m_pending = static_cast<int>(m_ports.size());
    if (m_pending == 0) {
        QTimer::singleShot(0, this, [this] { emit finished(m_results); });
        return;
    }
    for (int i = 0; i < m_ports.size(); ++i) {
        auto* socket = new QTcpSocket(this);
        m_sockets << socket;
        connect(socket, &QTcpSocket::connected, this, [this, i] { settle(i, State::Open, {}); });
        connect(socket, &QTcpSocket::errorOccurred, this, [this, i, socket](QAbstractSocket::SocketError e) {
            const State s = e == QAbstractSocket::ConnectionRefusedError ? State::Closed : State::Filtered;
            settle(i, s, socket->errorString());
        });
        QTimer::singleShot(m_timeoutMs, socket, [this, i] {
            settle(i, State::Filtered, QStringLiteral("no answer within %1 ms").arg(m_timeoutMs));
        });
        socket->connectToHost(m_host, static_cast<quint16>(m_ports[i]));
    }
}

void PortProbe::settle(int index, State state, const QString& detail)
{
    QTcpSocket* socket = m_sockets.value(index);
    if (!socket)
        return; // already settled
    m_sockets[index] = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    m_results[index].state = state;
    m_results[index].detail = detail;
    if (--m_pending == 0)
        emit finished(m_results);
}

} // namespace capataz::net
