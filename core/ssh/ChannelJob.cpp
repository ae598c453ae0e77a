#include "ssh/ChannelJob.h"

#include "ssh/SessionEngine.h"

#include <QTimer>

#include <libssh2.h>

namespace capataz::ssh {

ChannelJob::ChannelJob(QPointer<SessionEngine> engine)
    : m_engine(std::move(engine))
    , m_rawEngine(m_engine.data())
{}

ChannelJob::~ChannelJob()
{
    // Runs on the connection thread (deleteLater). The engine drops its pointer to us; a
    // subclass's destructor already released its libssh2 resources through the engine.
    if (m_engine)
        m_engine->forget(this);
}

SessionEngine* ChannelJob::engine() const
{
    return m_engine.data();
}

void ChannelJob::start()
{
    QMetaObject::invokeMethod(this, &ChannelJob::startOnThread, Qt::QueuedConnection);
}

void ChannelJob::startOnThread()
{
    if (m_started)
        return;
    m_started = true;
    if (m_timeoutMs > 0) {
        QTimer::singleShot(m_timeoutMs, this, [this] {
            if (!isFinished())
                requestCancel(ErrorCode::Timeout);
        });
    }
    if (!m_engine) {
        abandon(Error{ErrorCode::ConnectionLost, QStringLiteral("the connection no longer exists")});
        return;
    }
    m_engine->enqueue(this);
}

void ChannelJob::cancel()
{
    QMetaObject::invokeMethod(
        this, [this] { requestCancel(ErrorCode::Cancelled); }, Qt::QueuedConnection);
}

void ChannelJob::requestCancel(ErrorCode code)
{
    if (isFinished() || m_cancelCode != ErrorCode::None)
        return;
    m_cancelCode = code;
    onCancelRequested();
    if (!m_engine || !m_engine->isRunning(this)) {
        // Not on the wire yet (queued, or never started): finish at once.
        if (m_engine)
            m_engine->forget(this);
        abandon(Error{code, code == ErrorCode::Timeout ? QStringLiteral("timed out before it could start")
                                                       : QStringLiteral("cancelled before it started")});
        return;
    }
    wake();
}

void ChannelJob::requeueForSlot()
{
    if (m_engine)
        m_engine->requeue(this);
}

ChannelJob::Opening ChannelJob::openStep(LIBSSH2_SESSION* session, const std::function<bool()>& tryOpen,
                                         ErrorCode failCode, const QString& failWhat)
{
    SessionEngine& e = eng();
    if (!e.holdsOpen(this) && cancelRequested())
        return Opening::Cancelled; // nothing begun yet
    if (!e.acquireOpen(this))
        return Opening::Pending; // another channel is being opened: libssh2 allows one at a time
    if (tryOpen()) {
        e.releaseOpen(this);
        return cancelRequested() ? Opening::Cancelled : Opening::Opened;
    }
    const int err = libssh2_session_last_errno(session);
    if (err == LIBSSH2_ERROR_EAGAIN)
        return Opening::Pending; // keep the token: libssh2 is half-way through our open
    e.releaseOpen(this);
    if (cancelRequested())
        return Opening::Cancelled;
    if (err == LIBSSH2_ERROR_CHANNEL_FAILURE && needsSessionSlot()) {
        // "open failed: administratively prohibited" = the server's MaxSessions is reached.
        requeueForSlot();
        return Opening::Requeued;
    }
    m_openError = e.lastError(failCode, failWhat);
    return Opening::Failed;
}

void ChannelJob::markFinished()
{
    m_finishedFlag = true;
    if (m_engine)
        m_engine->jobFinished(this);
}

void ChannelJob::wake()
{
    if (m_engine)
        m_engine->schedulePump();
}

} // namespace capataz::ssh
