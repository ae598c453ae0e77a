#pragma once

#include "common/Error.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>

using LIBSSH2_SESSION = struct _LIBSSH2_SESSION;

namespace capataz::ssh {

class SessionEngine;

// Base of every job that runs on a connection: exec, SFTP, tunnels. A job object lives on its
// connection's thread; create it with one of Connection's factory functions, connect to its
// signals (delivery to your thread is queued), then call start(). start(), cancel() and the
// subclasses' input functions are safe to call from the thread that owns the Connection.
// Dispose of a job with deleteLater(), never `delete` from another thread. Exactly one
// finished signal is emitted per started job.
class ChannelJob : public QObject {
    Q_OBJECT
public:
    ~ChannelJob() override;

    void start();
    void cancel();
    [[nodiscard]] bool isFinished() const { return m_finishedFlag.load(); }

    // Fails the job with Timeout if it has not finished after `ms` (0 = no limit). Call before start().
    void setTimeout(int ms) { m_timeoutMs = ms; }

protected:
    explicit ChannelJob(QPointer<SessionEngine> engine);

    // --- called on the connection thread by SessionEngine ---
    friend class SessionEngine;
    // Does as much as it can without blocking; returns true if anything moved (bytes or state).
    virtual bool step(LIBSSH2_SESSION* session) = 0;
    // The connection is gone: finish with `error` without touching libssh2 (it is freed).
    virtual void abandon(const Error& error) = 0;
    // Cancel or timeout asked for: subclasses stop at their next step.
    virtual void onCancelRequested() {}
    // Counts against the server's MaxSessions (exec and SFTP do; direct-tcpip does not).
    [[nodiscard]] virtual bool needsSessionSlot() const { return true; }
    // The server refused the channel for lack of sessions: go back to the queue.
    void requeueForSlot();

    // Opening this job's channel (exec session, SFTP or direct-tcpip), one non-blocking step per
    // call. libssh2 keeps the state of an open in progress in the session, so only one job opens
    // at a time (the engine's open token), and an open that has begun is driven to its end even
    // when the job is cancelled meanwhile: abandoning it would hand its half-done state to the
    // next job's open.
    enum class Opening {
        Pending,   // wait for the socket or for another job's open: return false from step()
        Opened,    // `handle` is set
        Requeued,  // the server refused for lack of sessions (MaxSessions): back in the queue
        Cancelled, // cancel or timeout asked for; `handle` may be set: finish() must release it
        Failed,    // openError() says why
    };
    template <typename Handle, typename Open>
    Opening openChannel(LIBSSH2_SESSION* session, Handle*& handle, Open&& open, ErrorCode failCode,
                        const QString& failWhat)
    {
        return openStep(
            session,
            [&] {
                handle = open();
                return handle != nullptr;
            },
            failCode, failWhat);
    }
    [[nodiscard]] const Error& openError() const { return m_openError; }

    void markFinished();
    void wake(); // ask the engine to step jobs soon (after input arrived)
    [[nodiscard]] bool cancelRequested() const { return m_cancelCode != ErrorCode::None; }
    [[nodiscard]] ErrorCode cancelCode() const { return m_cancelCode; }
    [[nodiscard]] SessionEngine* engine() const; // null once the connection is gone
    // Only inside step(): the engine that is stepping us, so it exists.
    [[nodiscard]] SessionEngine& eng() const { return *m_rawEngine; }

private:
    Opening openStep(LIBSSH2_SESSION* session, const std::function<bool()>& tryOpen, ErrorCode failCode,
                     const QString& failWhat);
    void startOnThread();
    void requestCancel(ErrorCode code);

    QPointer<SessionEngine> m_engine;
    SessionEngine* m_rawEngine = nullptr;
    std::atomic_bool m_finishedFlag{false};
    ErrorCode m_cancelCode = ErrorCode::None;
    Error m_openError;
    bool m_started = false;
    int m_timeoutMs = 0;
};

} // namespace capataz::ssh
