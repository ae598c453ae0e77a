#pragma once

#include "common/Error.h"
#include "remote/Command.h"
#include "ssh/ConnectionSettings.h"
#include "ssh/ConnectionState.h"
#include "ssh/HostKeyInfo.h"
#include "ssh/SftpJob.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QThread;
class QTimer;

namespace capataz::ssh {

class RemoteProcess;
class SessionEngine;
using SftpJobSpec = SftpJob::Spec;
class Tunnel;

// One SSH connection to one server, on its own thread (libssh2: one session per thread).
// This facade lives in the thread that created it; every call returns at once and results
// come back as signals. state(), isConnected() and exec() may be called from any thread (a
// log source reads on the logs' thread); the rest only from the facade's own. Many jobs run at once over it:
// exec, SFTP, tunnels (queued beyond the server's MaxSessions). Keepalives detect a dead link; reconnect()
// retries with backoff.
class Connection final : public QObject {
    Q_OBJECT
public:
    explicit Connection(ConnectionSettings settings, QObject* parent = nullptr);
    ~Connection() override;

    void connectToHost();
    void disconnectFromHost();
    // Reconnects, retrying failed attempts after 0.5 s, 1 s, 2 s ... (at most 30 s) up to
    // `maxAttempts` times. Gives up at once on errors a retry cannot fix (host key, auth).
    void reconnect(int maxAttempts = 6);

    // Answers hostKeyConfirmationRequested().
    void acceptHostKey(bool remember);
    void rejectHostKey();

    [[nodiscard]] ConnectionState state() const { return m_state.load(); }
    [[nodiscard]] bool isConnected() const { return m_state == ConnectionState::Connected; }
    [[nodiscard]] const Error& lastError() const { return m_lastError; }
    [[nodiscard]] const ConnectionSettings& settings() const { return m_settings; }
    [[nodiscard]] QString cipher() const { return m_cipher; }
    [[nodiscard]] QString mac() const { return m_mac; }

    // Job factories. The job is not started: connect to its signals, then call start().
    // Jobs started before the connection is up wait for it. Dispose with deleteLater().
    [[nodiscard]] RemoteProcess* exec(const remote::Command& command);
    [[nodiscard]] Tunnel* openTunnel(const QString& host, int port);
    [[nodiscard]] SftpJob* sftp(SftpJobSpec spec);

signals:
    void stateChanged(capataz::ssh::ConnectionState state);
    void connected();
    void disconnected(const capataz::Error& error); // error None: asked for
    void failed(const capataz::Error& error);
    void hostKeyReceived(const capataz::ssh::HostKeyInfo& info);
    void hostKeyConfirmationRequested(const capataz::ssh::HostKeyInfo& info);
    void reconnectScheduled(int attempt, int delayMs);

private:
    // The session on the connection thread: internal, only jobs and a jump host's tunnel see it.
    [[nodiscard]] QPointer<SessionEngine> engine() const { return m_engine; }
    void onEngineState(ConnectionState state, const Error& error);
    void startJumpThenConnect();
    void attemptReconnect();
    [[nodiscard]] static bool retryable(ErrorCode code);

    ConnectionSettings m_settings;
    QThread* m_thread = nullptr;
    QPointer<SessionEngine> m_engine;
    // Read from any thread (a log source on the logs' thread asks isConnected()); written here.
    std::atomic<ConnectionState> m_state = ConnectionState::Disconnected;
    Error m_lastError;
    QString m_cipher;
    QString m_mac;
    std::unique_ptr<Connection> m_jump;
    QPointer<Tunnel> m_jumpTunnel;
    Connection* m_hostKeyAsker = nullptr; // the connection whose host key is waiting for an answer
    QTimer* m_retryTimer = nullptr;
    int m_retryAttempt = 0;
    int m_retryMax = 0;
};

} // namespace capataz::ssh
