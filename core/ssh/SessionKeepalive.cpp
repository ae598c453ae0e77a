// SessionEngine, keepalive: noticing a dead link while no job reads.
#include "ssh/SessionEngine.h"

#include <QTimer>

#include <libssh2.h>

#include <cerrno>
#include <sys/ioctl.h>
#include <sys/socket.h>

namespace capataz::ssh {

void SessionEngine::noteReceived()
{
    m_lastRx.restart();
    m_unansweredKeepalives = 0;
}

void SessionEngine::onKeepaliveTick()
{
    if (m_phase != Phase::Ready || !m_session)
        return;
    // A closed or reset socket shows at once, even when no job is reading.
    char c = 0;
    const ssize_t n = ::recv(m_fd, &c, 1, MSG_PEEK | MSG_DONTWAIT);
    if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
        fail(Error{ErrorCode::ConnectionLost, QStringLiteral("the server closed the connection")});
        return;
    }
    int pending = 0;
    ::ioctl(m_fd, FIONREAD, &pending);
    if (pending > m_pendingAtKeepalive)
        noteReceived(); // an answer arrived, not read yet because no job is running
    m_pendingAtKeepalive = pending;

    const qint64 interval = qint64(qMax(1, m_settings.keepaliveIntervalSec)) * 1000;
    if (m_lastRx.elapsed() < interval)
        return;
    if (m_unansweredKeepalives >= qMax(1, m_settings.keepaliveCountMax)) {
        fail(Error{ErrorCode::ConnectionLost, QStringLiteral("no answer from %1 to %2 keepalive requests")
                                                  .arg(m_settings.displayName())
                                                  .arg(m_unansweredKeepalives)});
        return;
    }
    const qint64 now = m_lastRx.elapsed();
    if (now - m_lastKeepaliveMs < interval && m_unansweredKeepalives > 0)
        return;
    int next = 0;
    const int rc = libssh2_keepalive_send(m_session, &next);
    if (rc == 0) {
        ++m_unansweredKeepalives;
        m_lastKeepaliveMs = now;
    }
    if (m_running.isEmpty() && pending > 32 * 1024) {
        // Keepalive answers pile up in the socket while idle; libssh2 drains them on the
        // next channel operation. Nothing to do until then but make sure it is not forever.
        schedulePump();
    }
    updateNotifiers();
}

} // namespace capataz::ssh
