#pragma once

#include "common/Error.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <optional>

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
    // Returns std::nullopt once `handle` is set (step() goes on), else what step() returns now:
    // false to wait for the socket or another job's open, true when the job went back to the queue
    // (the server refused for lack of sessions) or ended. A cancel (an Error with the cancel's code
    // and `cancelWhat`) or a failure is handed to `fail`, which finishes the job; `handle` may be
    // set then, and finishing releases it.
    template <typename Handle, typename Open, typename Fail>
    std::optional<bool> openChannel(LIBSSH2_SESSION* session, Handle*& handle, Open&& open,
                                    ErrorCode failCode, const QString& failWhat, const QString& cancelWhat,
                                    Fail&& fail)
    {
        const Opening opening = openStep(
            session,
            [&] {
                handle = open();
                return handle != nullptr;
            },
            failCode, failWhat);
        switch (opening) {
        case Opening::Pending:
            return false;
        case Opening::Requeued:
            return true;
        case Opening::Cancelled:
            fail(Error{cancelCode(), cancelWhat});
            return true;
        case Opening::Failed:
            fail(m_openError);
            return true;
        case Opening::Opened:
            break;
        }
        return std::nullopt;
    }

    void markFinished();
    void wake(); // ask the engine to step jobs soon (after input arrived)
    [[nodiscard]] bool cancelRequested() const { return m_cancelCode != ErrorCode::None; }
    [[nodiscard]] ErrorCode cancelCode() const { return m_cancelCode; }
    [[nodiscard]] SessionEngine* engine() const; // null once the connection is gone
    // Only inside step(): the engine that is stepping us, so it exists.
    [[nodiscard]] SessionEngine& eng() const { return *m_rawEngine; }

private:
    enum class Opening { Pending, Opened, Requeued, Cancelled, Failed };
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
