#include "net/PortProbe.h"

#include <QTcpSocket>
#include <QTimer>

namespace capataz::net {

PortProbe::PortProbe(QString host, QList<int> ports, QObject* parent)
    : Job(parent)
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
    if (!beginStart())
        return;
    m_results.clear();
    for (int port : std::as_const(m_ports))
        m_results << PortResult{port, State::Filtered, {}};
    m_pending = static_cast<int>(m_ports.size());
    if (m_pending == 0) {
        emitLater([this] {
            if (claimFinish())
                emit finished(m_results);
        });
        return;
    }
    m_sockets = QList<QTcpSocket*>(m_ports.size(), nullptr);
    m_started = 0;
    startMore();
}

void PortProbe::startMore()
{
    const int limit = m_concurrency > 0 ? m_concurrency : int(m_ports.size());
    while (m_started < m_ports.size() && m_started - (m_ports.size() - m_pending) < limit) {
        const int i = m_started++;
        auto* socket = new QTcpSocket(this);
        m_sockets[i] = socket;
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
    --m_pending;
    reportProgress(m_ports.size() - m_pending, m_ports.size());
    if (m_pending == 0) {
        if (claimFinish())
            emit finished(m_results);
        return;
    }
    startMore();
}

void PortProbe::abortAll()
{
    for (QTcpSocket*& socket : m_sockets) {
        if (!socket)
            continue;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        socket = nullptr;
    }
}

void PortProbe::onCancel()
{
    if (!claimFinish())
        return;
    abortAll();
    emitLater([this] {
        emit finished(std::unexpected(
            cancelledError(QStringLiteral("probing %1 cancelled with %2 of %3 port(s) pending")
                               .arg(m_host)
                               .arg(m_pending)
                               .arg(m_ports.size()))));
    });
}

} // namespace capataz::net
