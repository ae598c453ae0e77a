// SessionEngine, job scheduling: the queue, MaxSessions slots, the one-open-at-a-time token,
// stepping running jobs and freeing their libssh2 objects.
#include "ssh/ChannelJob.h"
#include "ssh/SessionEngine.h"

#include <QByteArrayView>

#include <libssh2.h>
#include <libssh2_sftp.h>

namespace capataz::ssh {

void SessionEngine::enqueue(ChannelJob* job)
{
    if (m_state == ConnectionState::Failed || m_state == ConnectionState::Disconnected) {
        job->abandon(Error{ErrorCode::ConnectionLost, QStringLiteral("not connected")});
        return;
    }
    m_queued.append(job);
    if (m_phase == Phase::Ready)
        startQueuedJobs();
}

void SessionEngine::startQueuedJobs()
{
    bool started = false;
    for (auto it = m_queued.begin(); it != m_queued.end();) {
        ChannelJob* job = *it;
        if (!job) {
            it = m_queued.erase(it);
            continue;
        }
        if (job->needsSessionSlot()) {
            if (m_slotsInUse >= m_slotLimit) {
                ++it;
                continue;
            }
            ++m_slotsInUse;
        }
        it = m_queued.erase(it);
        m_running.append(job);
        started = true;
    }
    if (started)
        schedulePump();
}

void SessionEngine::requeue(ChannelJob* job)
{
    if (m_running.removeOne(job) && job->needsSessionSlot()) {
        --m_slotsInUse;
        // The server allows fewer sessions than we thought: remember its real limit.
        m_slotLimit = qMax(1, m_slotsInUse);
    }
    m_queued.prepend(job);
    startQueuedJobs();
}

bool SessionEngine::acquireOpen(const ChannelJob* job)
{
    if (m_opener && m_opener != job)
        return false;
    m_opener = job;
    return true;
}

void SessionEngine::releaseOpen(const ChannelJob* job)
{
    if (m_opener == job) {
        m_opener = nullptr;
        schedulePump(); // another job may be waiting to open
    }
}

void SessionEngine::forget(ChannelJob* job)
{
    releaseOpen(job);
    if (m_running.removeOne(job) && job->needsSessionSlot())
        --m_slotsInUse;
    m_queued.removeOne(job);
}

void SessionEngine::jobFinished(ChannelJob* job)
{
    forget(job);
    startQueuedJobs();
}

bool SessionEngine::isRunning(const ChannelJob* job) const
{
    for (const auto& j : m_running)
        if (j == job)
            return true;
    return false;
}

namespace {

// libssh2 1.10 reports a window adjust it could not send yet (LIBSSH2_ERROR_BAD_USE from the
// transport while an earlier packet is half sent) as LIBSSH2_ERROR_SOCKET_SEND with this text,
// and queues the adjustment for the next read (channel.c, _libssh2_channel_receive_window_adjust).
bool isDeferredWindowAdjust(LIBSSH2_SESSION* session)
{
    char* message = nullptr;
    int length = 0;
    libssh2_session_last_error(session, &message, &length, 0);
    return message && QByteArrayView(message, length).contains("adjustment packet, deferring");
}

} // namespace

bool SessionEngine::stepJobs()
{
    bool moved = false;
    const auto jobs = m_running; // a step may finish a job and change the list
    for (const QPointer<ChannelJob>& j : jobs) {
        if (!j || j->isFinished())
            continue;
        moved = j->step(m_session) || moved;
        if (!m_session)
            return false; // the step found the session dead and failed it
        const int err = libssh2_session_last_errno(m_session);
        if (err == LIBSSH2_ERROR_SOCKET_SEND && isDeferredWindowAdjust(m_session)) {
            // Not a dead socket: a read wanted to send a window adjust while another packet of
            // the session (a stdin write that met EAGAIN half-way) must be finished first.
            // libssh2 keeps the adjustment and sends it with the next read; a socket that is
            // really gone fails the next write or read. Seen under the sanitizers' slower timing:
            // a 3 MiB stdin with its stdout read back lost the connection.
            libssh2_session_set_last_error(m_session, LIBSSH2_ERROR_EAGAIN, "window adjust deferred");
            continue;
        }
        if (err == LIBSSH2_ERROR_SOCKET_DISCONNECT || err == LIBSSH2_ERROR_SOCKET_RECV ||
            err == LIBSSH2_ERROR_SOCKET_SEND || err == LIBSSH2_ERROR_SOCKET_TIMEOUT) {
            fail(lastError(ErrorCode::ConnectionLost,
                           QStringLiteral("connection to %1 lost").arg(m_settings.displayName())));
            return false;
        }
    }
    return moved;
}

void SessionEngine::releaseChannel(LIBSSH2_CHANNEL* channel)
{
    if (!channel)
        return;
    if (!m_session) // already freed with the session
        return;
    if (!m_clock.isValid())
        m_clock.start();
    if (libssh2_channel_free(channel) == LIBSSH2_ERROR_EAGAIN)
        m_channelsToFree.append({channel, m_clock.elapsed() + 10000});
}

void SessionEngine::releaseSftp(LIBSSH2_SFTP* sftp)
{
    if (!sftp || !m_session)
        return;
    if (libssh2_sftp_shutdown(sftp) == LIBSSH2_ERROR_EAGAIN)
        m_sftpsToFree.append(sftp);
}

bool SessionEngine::stepReleases()
{
    bool moved = false;
    for (auto it = m_sftpsToFree.begin(); it != m_sftpsToFree.end();) {
        if (libssh2_sftp_shutdown(*it) == LIBSSH2_ERROR_EAGAIN) {
            ++it;
        } else {
            it = m_sftpsToFree.erase(it);
            moved = true;
        }
    }
    for (auto it = m_channelsToFree.begin(); it != m_channelsToFree.end();) {
        if (libssh2_channel_free(it->first) == LIBSSH2_ERROR_EAGAIN && m_clock.elapsed() < it->second) {
            ++it;
        } else {
            it = m_channelsToFree.erase(it);
            moved = true;
        }
    }
    return moved;
}

} // namespace capataz::ssh
