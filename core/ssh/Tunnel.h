#pragma once

#include "ssh/ChannelJob.h"

#include <QByteArray>

class QSocketNotifier;
using LIBSSH2_CHANNEL = struct _LIBSSH2_CHANNEL;

namespace capataz::ssh {

// A direct-tcpip channel: a TCP stream to host:port as the server sees it (its 127.0.0.1
// included), with no port opened anywhere. Either a byte stream for the caller (write(),
// readyRead, closeWrite) or, for a jump host, a bridge to a local socket: everything the
// socket sends goes into the channel and back.
class Tunnel final : public ChannelJob {
    Q_OBJECT
public:
    Tunnel(QPointer<SessionEngine> engine, QString host, int port, int bridgeFd = -1);
    ~Tunnel() override;

    void write(const QByteArray& data); // thread-safe, queued
    void closeWrite();                  // half-close: EOF to the far end

    [[nodiscard]] QString host() const { return m_host; }
    [[nodiscard]] int port() const { return m_port; }

signals:
    void opened();
    void readyRead(const QByteArray& data);
    void finished(const capataz::Error& error); // error None: the far end closed normally

protected:
    bool step(LIBSSH2_SESSION* session) override;
    void abandon(const Error& error) override;
    [[nodiscard]] bool needsSessionSlot() const override { return false; }

private:
    bool stepOpen(LIBSSH2_SESSION* session);
    bool stepStream();
    bool pumpBridgeIn();
    bool pumpBridgeOut();
    void finish(const Error& error);

    QString m_host;
    int m_port;
    int m_bridgeFd;
    QSocketNotifier* m_bridgeNotifier = nullptr;
    QSocketNotifier* m_bridgeWriteNotifier = nullptr;
    LIBSSH2_CHANNEL* m_channel = nullptr;
    bool m_open = false;
    bool m_done = false;
    QByteArray m_out;     // to the channel
    QByteArray m_toLocal; // bridge: from the channel, not yet written to the socket
    bool m_closeWrite = false;
    bool m_eofSent = false;
    bool m_localEof = false;
};

} // namespace capataz::ssh
