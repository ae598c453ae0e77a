#include "ssh/Connection.h"

#include "common/ThreadPriority.h"
#include "ssh/RemoteProcess.h"
#include "ssh/SessionEngine.h"
#include "ssh/Tunnel.h"

#include <QThread>
#include <QTimer>

#include <sys/socket.h>
#include <unistd.h>

namespace capataz::ssh {

Connection::Connection(ConnectionSettings settings, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("ssh:%1").arg(m_settings.host));
    auto* engine = new SessionEngine(m_settings);
    engine->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, engine, &QObject::deleteLater);
    m_engine = engine;
    connect(engine, &SessionEngine::stateChanged, this, &Connection::onEngineState);
    connect(engine, &SessionEngine::hostKeyReceived, this, &Connection::hostKeyReceived);
    connect(engine, &SessionEngine::hostKeyConfirmationRequested, this, [this](const HostKeyInfo& info) {
        m_hostKeyAsker = this;
        emit hostKeyConfirmationRequested(info);
    });
    connect(engine, &SessionEngine::negotiated, this,
            [this](const QString& cipher, const QString& mac, const QString&) {
                m_cipher = cipher;
                m_mac = mac;
            });
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &Connection::attemptReconnect);
    // started() is emitted on the new thread: decrypting and splitting remote output yields the
    // core to the GUI thread when both want it.
    connect(m_thread, &QThread::started, m_thread, &lowerCurrentThreadPriority, Qt::DirectConnection);
    m_thread->start();
}

Connection::~Connection()
{
    m_retryTimer->stop();
    if (m_engine) {
        // Free libssh2 on its own thread; the session is closed politely if it can be.
        QMetaObject::invokeMethod(m_engine, &SessionEngine::disconnectFromHost, Qt::BlockingQueuedConnection);
    }
    m_thread->quit();
    m_thread->wait();
    m_jump.reset();
}

void Connection::connectToHost()
{
    m_retryTimer->stop();
    m_retryMax = 0;
    if (m_state == ConnectionState::Connecting || m_state == ConnectionState::Authenticating ||
        m_state == ConnectionState::WaitingForHostKey || m_state == ConnectionState::Connected)
        return;
    m_lastError = {};
    m_state = ConnectionState::Connecting;
    emit stateChanged(m_state);
    if (m_settings.jump)
        startJumpThenConnect();
    else
        QMetaObject::invokeMethod(m_engine, &SessionEngine::connectToHost, Qt::QueuedConnection);
}

void Connection::startJumpThenConnect()
{
    ConnectionSettings js = *m_settings.jump;
    if (js.knownHostsFiles.isEmpty())
        js.knownHostsFiles = m_settings.knownHostsFiles;
    if (js.knownHostsWriteFile.isEmpty())
        js.knownHostsWriteFile = m_settings.knownHostsWriteFile;
    js.hostKeyPolicy = m_settings.hostKeyPolicy;
    m_jump = std::make_unique<Connection>(js);
    Connection* jump = m_jump.get();
    connect(jump, &Connection::hostKeyReceived, this, &Connection::hostKeyReceived);
    connect(jump, &Connection::hostKeyConfirmationRequested, this, [this, jump](const HostKeyInfo& info) {
        m_hostKeyAsker = jump;
        emit hostKeyConfirmationRequested(info);
    });
    connect(jump, &Connection::failed, this, [this](const Error& e) {
        onEngineState(
            ConnectionState::Failed,
            Error{e.code, QStringLiteral("jump host %1: %2").arg(m_settings.jump->displayName(), e.detail)});
    });
    connect(jump, &Connection::connected, this, [this, jump] {
        int fds[2];
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, fds) != 0) {
            onEngineState(ConnectionState::Failed,
                          Error{ErrorCode::Internal, QStringLiteral("socketpair failed")});
            return;
        }
        auto* tunnel = new Tunnel(jump->engine(), m_settings.host, m_settings.port, fds[1]);
        tunnel->moveToThread(jump->m_thread);
        m_jumpTunnel = tunnel;
        const int targetFd = fds[0];
        connect(tunnel, &Tunnel::opened, this, [this, targetFd] {
            QMetaObject::invokeMethod(
                m_engine, [e = m_engine, targetFd] { e->connectOverSocket(targetFd); }, Qt::QueuedConnection);
        });
        connect(tunnel, &Tunnel::finished, this, [this, targetFd, tunnel](const Error& e) {
            if (!tunnel->property("opened").toBool() && e.isError()) {
                ::close(targetFd);
                onEngineState(ConnectionState::Failed,
                              Error{ErrorCode::TunnelOpenFailed,
                                    QStringLiteral("jump host %1 could not reach %2:%3: %4")
                                        .arg(m_settings.jump->displayName(), m_settings.host)
                                        .arg(m_settings.port)
                                        .arg(e.detail)});
            }
            tunnel->deleteLater();
        });
        connect(tunnel, &Tunnel::opened, tunnel, [tunnel] { tunnel->setProperty("opened", true); });
        tunnel->start();
    });
    jump->connectToHost();
}

void Connection::disconnectFromHost()
{
    m_retryTimer->stop();
    m_retryMax = 0;
    QMetaObject::invokeMethod(m_engine, &SessionEngine::disconnectFromHost, Qt::QueuedConnection);
    if (m_jump)
        m_jump->disconnectFromHost();
}

void Connection::reconnect(int maxAttempts)
{
    m_retryTimer->stop();
    m_retryAttempt = 0;
    m_retryMax = qMax(1, maxAttempts);
    attemptReconnect();
}

void Connection::attemptReconnect()
{
    ++m_retryAttempt;
    const int keepMax = m_retryMax;
    const int keepAttempt = m_retryAttempt;
    QMetaObject::invokeMethod(m_engine, &SessionEngine::disconnectFromHost, Qt::BlockingQueuedConnection);
    m_jump.reset();
    m_state = ConnectionState::Disconnected;
    connectToHost();
    m_retryMax = keepMax; // connectToHost() clears it for manual connects
    m_retryAttempt = keepAttempt;
}

bool Connection::retryable(ErrorCode code)
{
    switch (code) {
    case ErrorCode::HostKeyChanged:
    case ErrorCode::HostKeyRejected:
    case ErrorCode::HostKeyUnknown:
    case ErrorCode::AuthenticationFailed:
    case ErrorCode::AuthMethodNotOffered:
    case ErrorCode::KeyFileUnreadable:
    case ErrorCode::KeyPassphraseWrong:
    case ErrorCode::KeyPassphraseNeeded:
    case ErrorCode::PasswordNeeded:
    case ErrorCode::RsaSha1Rejected:
    case ErrorCode::AgentUnavailable:
    case ErrorCode::InvalidArgument:
        return false;
    default:
        return true;
    }
}

void Connection::onEngineState(ConnectionState state, const Error& error)
{
    if (m_state == state && !error.isError())
        return;
    m_state = state;
    if (error.isError())
        m_lastError = error;
    emit stateChanged(state);
    switch (state) {
    case ConnectionState::Connected:
        m_retryMax = 0;
        emit connected();
        break;
    case ConnectionState::Failed:
        if (m_jump && m_jump->state() != ConnectionState::Failed)
            m_jump->disconnectFromHost();
        if (m_retryMax > 0 && m_retryAttempt < m_retryMax && retryable(error.code)) {
            const int delay = qMin(30000, 500 << qMin(m_retryAttempt - 1, 6));
            emit reconnectScheduled(m_retryAttempt + 1, delay);
            m_retryTimer->start(delay);
        } else {
            m_retryMax = 0;
        }
        emit failed(error);
        emit disconnected(error);
        break;
    case ConnectionState::Disconnected:
        emit disconnected(Error{});
        break;
    default:
        break;
    }
}

void Connection::acceptHostKey(bool remember)
{
    Connection* target = m_hostKeyAsker ? m_hostKeyAsker : this;
    m_hostKeyAsker = nullptr;
    if (target != this) {
        target->acceptHostKey(remember); // a hop of the chain: it knows which of its hops asked
        return;
    }
    QMetaObject::invokeMethod(
        target->m_engine, [e = target->m_engine, remember] { e->answerHostKey(true, remember); },
        Qt::QueuedConnection);
}

void Connection::rejectHostKey()
{
    Connection* target = m_hostKeyAsker ? m_hostKeyAsker : this;
    m_hostKeyAsker = nullptr;
    if (target != this) {
        target->rejectHostKey();
        return;
    }
    QMetaObject::invokeMethod(
        target->m_engine, [e = target->m_engine] { e->answerHostKey(false, false); }, Qt::QueuedConnection);
}

RemoteProcess* Connection::exec(const remote::Command& command)
{
    auto* p = new RemoteProcess(m_engine, command);
    p->moveToThread(m_thread);
    return p;
}

Tunnel* Connection::openTunnel(const QString& host, int port)
{
    auto* t = new Tunnel(m_engine, host, port);
    t->moveToThread(m_thread);
    return t;
}

} // namespace capataz::ssh

namespace capataz::ssh {

SftpJob* Connection::sftp(SftpJobSpec spec)
{
    auto* j = new SftpJob(m_engine, std::move(spec));
    j->moveToThread(m_thread);
    return j;
}

} // namespace capataz::ssh
