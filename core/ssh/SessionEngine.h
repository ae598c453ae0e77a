#pragma once

#include "common/Error.h"
#include "ssh/ConnectionSettings.h"
#include "ssh/ConnectionState.h"
#include "ssh/HostKeyInfo.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QSocketNotifier;
class QTimer;
using LIBSSH2_SESSION = struct _LIBSSH2_SESSION;
using LIBSSH2_CHANNEL = struct _LIBSSH2_CHANNEL;
using LIBSSH2_SFTP = struct _LIBSSH2_SFTP;

namespace capataz::ssh {

class Authenticator;
class ChannelJob;

// The libssh2 session of one server, in non-blocking mode, driven by socket notifiers on the
// connection's own thread. Everything here runs on that thread; Connection is the facade
// other threads talk to. One pump() steps the handshake, authentication and every running
// job until nothing moves, then waits for the socket.
class SessionEngine final : public QObject {
    Q_OBJECT
public:
    explicit SessionEngine(ConnectionSettings settings);
    ~SessionEngine() override;

    void connectToHost();           // resolve, TCP connect, handshake, host key, auth
    void connectOverSocket(int fd); // the same over an already connected stream (jump host)
    void disconnectFromHost();
    void answerHostKey(bool accept, bool remember);

    [[nodiscard]] ConnectionState state() const { return m_state; }
    [[nodiscard]] const ConnectionSettings& settings() const { return m_settings; }
    [[nodiscard]] LIBSSH2_SESSION* session() const { return m_session; }

    // Jobs (called by ChannelJob on this thread)
    void enqueue(ChannelJob* job);
    void requeue(ChannelJob* job);
    void forget(ChannelJob* job);
    void jobFinished(ChannelJob* job);
    [[nodiscard]] bool isRunning(const ChannelJob* job) const;
    void schedulePump();

    // libssh2 keeps the state of a non-blocking channel open (session, SFTP, direct-tcpip)
    // in the session, not the channel: two opens interleaved after EAGAIN would mix up.
    // A job holds this token from its first open call until the open completes.
    [[nodiscard]] bool acquireOpen(const ChannelJob* job);
    void releaseOpen(const ChannelJob* job);
    [[nodiscard]] bool holdsOpen(const ChannelJob* job) const { return m_opener == job; }

    // Frees libssh2 objects whose free may need several non-blocking calls.
    void releaseChannel(LIBSSH2_CHANNEL* channel);
    void releaseSftp(LIBSSH2_SFTP* sftp);

    // A libssh2 error of this session as an Error (never contains secrets).
    [[nodiscard]] Error lastError(ErrorCode code, const QString& what) const;

    void noteReceived(); // called by the recv callback

signals:
    void stateChanged(capataz::ssh::ConnectionState state, const capataz::Error& error);
    void hostKeyReceived(const capataz::ssh::HostKeyInfo& info);
    void hostKeyConfirmationRequested(const capataz::ssh::HostKeyInfo& info);
    void negotiated(const QString& cipher, const QString& mac, const QString& hostKeyType);

private:
    enum class Phase { Idle, TcpConnecting, Handshake, HostKey, WaitHostKey, Auth, Ready };

    void setState(ConnectionState s, const Error& e = {});
    void fail(const Error& e);
    void teardown(const Error& reason = {});
    void startTcpConnect();
    void tryNextAddress();
    void onTcpWritable();
    void beginSession();
    void pump();
    bool stepSetup();
    bool stepHandshake();
    bool stepHostKey();
    bool stepJobs();
    bool stepReleases();
    void startQueuedJobs();
    void updateNotifiers();
    void onKeepaliveTick();
    [[nodiscard]] QString hostKeyPreference() const;

    ConnectionSettings m_settings;
    ConnectionState m_state = ConnectionState::Disconnected;
    Phase m_phase = Phase::Idle;
    int m_fd = -1;
    bool m_ownsFd = true;
    QList<QByteArray> m_addresses; // sockaddr blobs from getaddrinfo
    int m_addressIndex = 0;
    QString m_connectError;
    LIBSSH2_SESSION* m_session = nullptr;
    std::unique_ptr<Authenticator> m_auth;
    HostKeyInfo m_hostKey;
    QByteArray m_hostKeyBlob;
    QSocketNotifier* m_readNotifier = nullptr;
    QSocketNotifier* m_writeNotifier = nullptr;
    QTimer* m_connectTimer = nullptr;
    QTimer* m_keepaliveTimer = nullptr;
    QElapsedTimer m_lastRx;
    qint64 m_lastKeepaliveMs = 0;
    int m_unansweredKeepalives = 0;
    int m_pendingAtKeepalive = 0;

    QList<QPointer<ChannelJob>> m_queued;  // waiting for connection or for a session slot
    QList<QPointer<ChannelJob>> m_running; // on the wire
    int m_slotsInUse = 0;
    const ChannelJob* m_opener = nullptr;
    int m_slotLimit = 10;
    // Channels whose free waits for the server's close; given up on (left to
    // libssh2_session_free) after a deadline, so a hung remote process cannot keep us busy.
    QList<QPair<LIBSSH2_CHANNEL*, qint64>> m_channelsToFree;
    QElapsedTimer m_clock;
    QList<LIBSSH2_SFTP*> m_sftpsToFree;
    bool m_inPump = false;
    bool m_pumpAgain = false;
    bool m_pumpScheduled = false;
};

} // namespace capataz::ssh
