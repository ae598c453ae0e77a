#include "ssh/SessionEngine.h"

#include "ssh/Authenticator.h"
#include "ssh/ChannelJob.h"
#include "ssh/Libssh2Init.h"

#include <QSocketNotifier>
#include <QTimer>

#include <libssh2.h>

#include <unistd.h>

namespace capataz::ssh {

SessionEngine::SessionEngine(ConnectionSettings settings)
    : m_settings(std::move(settings))
    , m_slotLimit(qMax(1, m_settings.maxSessions))
{
    ensureLibssh2Initialized();
    m_connectTimer = new QTimer(this);
    m_connectTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, [this] {
        fail(Error{ErrorCode::Timeout, QStringLiteral("no SSH session with %1 after %2 ms")
                                           .arg(m_settings.displayName())
                                           .arg(m_settings.connectTimeoutMs)});
    });
    m_keepaliveTimer = new QTimer(this);
    m_keepaliveTimer->setInterval(1000);
    connect(m_keepaliveTimer, &QTimer::timeout, this, &SessionEngine::onKeepaliveTick);
}

SessionEngine::~SessionEngine()
{
    teardown();
}

void SessionEngine::setState(ConnectionState s, const Error& e)
{
    if (m_state == s && !e.isError())
        return;
    m_state = s;
    emit stateChanged(s, e);
}

void SessionEngine::schedulePump()
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pumpScheduled = false;
            pump();
        },
        Qt::QueuedConnection);
}

void SessionEngine::pump()
{
    if (m_inPump) {
        m_pumpAgain = true;
        return;
    }
    if (!m_session)
        return;
    m_inPump = true;
    // Bounded: after a few milliseconds of continuous work, go back to the event loop so that
    // queued calls (cancel, new jobs, stdin) are seen, and come back right after.
    QElapsedTimer busy;
    busy.start();
    for (int round = 0; round < 10000; ++round) {
        if (busy.elapsed() > 10) {
            schedulePump();
            break;
        }
        m_pumpAgain = false;
        bool moved = false;
        if (m_phase == Phase::Handshake || m_phase == Phase::HostKey || m_phase == Phase::Auth)
            moved = stepSetup();
        if (m_session && m_phase == Phase::Ready) {
            moved = stepJobs() || moved;
            moved = stepReleases() || moved;
        }
        if (!m_session || (!moved && !m_pumpAgain))
            break;
    }
    m_inPump = false;
    updateNotifiers();
}

void SessionEngine::disconnectFromHost()
{
    const bool wasActive = m_phase != Phase::Idle;
    teardown();
    if (wasActive || m_state != ConnectionState::Disconnected)
        setState(ConnectionState::Disconnected);
}

void SessionEngine::fail(const Error& e)
{
    teardown(e);
    setState(ConnectionState::Failed, e);
}

void SessionEngine::teardown(const Error& reason)
{
    m_connectTimer->stop();
    m_keepaliveTimer->stop();
    // Jobs end with ConnectionLost; a reason that already is one is passed on as it is (not
    // "ConnectionLost: ConnectionLost: ...").
    Error jobError{ErrorCode::ConnectionLost, QStringLiteral("disconnected")};
    if (reason.code == ErrorCode::ConnectionLost)
        jobError = reason;
    else if (reason.isError())
        jobError.detail = reason.toString();
    auto jobs = m_running + m_queued;
    m_running.clear();
    m_queued.clear();
    m_slotsInUse = 0;
    m_opener = nullptr;
    for (const QPointer<ChannelJob>& j : jobs) {
        if (j && !j->isFinished())
            j->abandon(jobError);
    }
    m_auth.reset();
    m_channelsToFree.clear(); // libssh2_session_free frees them
    m_sftpsToFree.clear();
    delete m_readNotifier;
    m_readNotifier = nullptr;
    delete m_writeNotifier;
    m_writeNotifier = nullptr;
    if (m_session) {
        if (m_phase == Phase::Ready && !reason.isError()) {
            // A polite goodbye if the socket takes it now; never wait for it.
            libssh2_session_disconnect(m_session, "bye");
        }
        libssh2_session_free(m_session);
        m_session = nullptr;
    }
    if (m_fd >= 0 && m_ownsFd)
        ::close(m_fd);
    m_fd = -1;
    m_phase = Phase::Idle;
}

void SessionEngine::updateNotifiers()
{
    if (!m_session || !m_readNotifier)
        return;
    const int dirs = libssh2_session_block_directions(m_session);
    m_writeNotifier->setEnabled(dirs & LIBSSH2_SESSION_BLOCK_OUTBOUND);
    // When nothing reads (no job), the socket is watched by the keepalive tick instead, or
    // pending keepalive answers would wake us in a loop.
    const bool someoneReads = m_phase != Phase::Ready || !m_running.isEmpty() ||
                              !m_channelsToFree.isEmpty() || !m_sftpsToFree.isEmpty();
    m_readNotifier->setEnabled(someoneReads);
}

Error SessionEngine::lastError(ErrorCode code, const QString& what) const
{
    if (!m_session)
        return Error{code, what};
    char* msg = nullptr;
    int len = 0;
    const int rc = libssh2_session_last_error(m_session, &msg, &len, 0);
    QString detail = what;
    if (rc != 0 && msg && len > 0)
        detail += QStringLiteral(" (libssh2 %1: %2)").arg(rc).arg(QString::fromUtf8(msg, len));
    return Error{code, detail};
}

} // namespace capataz::ssh
