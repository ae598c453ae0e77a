#pragma once

#include "common/Job.h"

#include <QList>
#include <QString>

class QTcpSocket;

namespace capataz::net {

// Tries a TCP connection from this computer to host:port for each port, at most
// setConcurrency() at a time (0, the default: all at once), each with its own timeout, to tell which ports of
// a server the world can reach (verify's port check). Lives in the caller's thread; never blocks; a
// capataz::Job: cancel() or the cancel token aborts every connection still pending, progressChanged() counts
// the ports settled, exactly one finished() per start().
class PortProbe final : public Job {
    Q_OBJECT
public:
    enum class State {
        Open,     // the connection was accepted
        Closed,   // refused (nothing listens, or a firewall rejects)
        Filtered, // no answer within the timeout (a firewall drops), or unreachable
    };
    struct PortResult {
        int port = 0;
        State state = State::Filtered;
        QString detail; // the socket error, untranslated; empty when open
        bool operator==(const PortResult&) const = default;
    };

    PortProbe(QString host, QList<int> ports, QObject* parent = nullptr);
    ~PortProbe() override;

    void setTimeout(int ms) { m_timeoutMs = ms; }
    void setConcurrency(int connections) { m_concurrency = connections; }
    void start();

    [[nodiscard]] static QString stateName(State state); // "open", "closed", "filtered"

signals:
    // One result per port, in the order given; an error only when cancelled.
    void finished(const capataz::Result<QList<capataz::net::PortProbe::PortResult>>& results);

protected:
    void onCancel() override;

private:
    void startMore();
    void settle(int index, State state, const QString& detail);
    void abortAll();

    QString m_host;
    QList<int> m_ports;
    QList<PortResult> m_results;
    QList<QTcpSocket*> m_sockets;
    int m_pending = 0;
    int m_timeoutMs = 4000;
    int m_concurrency = 0;
    int m_started = 0; // sockets opened so far (settled ones included)
};

} // namespace capataz::net
