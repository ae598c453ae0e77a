#pragma once

#include "common/CancelToken.h"
#include "common/Error.h"

#include <QObject>

#include <functional>

class QTimer;

namespace capataz {

// Base of the long jobs that live in the caller's thread and work through its event loop
// (ssh::HttpGet, net::HttpsGet, net::PortProbe, ssh::AtomicWrite); the jobs that run on a
// connection's thread derive from ssh::ChannelJob instead. The shape is the same for both:
//   - start() begins the work and never blocks;
//   - cancel(), or the CancelToken given with setCancelToken(), stops it: finished() then carries
//     ErrorCode::Cancelled (AtomicWrite: unless the write was already past its point of no
//     return, see there);
//   - progressChanged() only when the whole percentage changes (total unknown: every 64 KiB);
//   - exactly one finished(Result<T>) per start(), never emitted from inside start() or
//     cancel(). Each subclass declares its own finished signal (Qt signals cannot be templates).
// cancel() before start() is kept: start() then finishes with Cancelled at once.
class Job : public QObject {
    Q_OBJECT
public:
    ~Job() override;

    // Also cancel when `token` fires (looked at every 100 ms while the job runs). Before start().
    void setCancelToken(CancelToken token) { m_token = std::move(token); }
    void cancel();

    [[nodiscard]] bool isStarted() const { return m_started; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    // cancel() was called, or the token fired (even before the next look at it).
    [[nodiscard]] bool isCancelRequested() const { return m_cancelRequested || m_token.isCancelled(); }

signals:
    void progressChanged(qint64 done, qint64 total); // total -1: unknown

protected:
    explicit Job(QObject* parent);

    // First thing in a subclass's start(): true = go on. False when started already, or when
    // cancelled before it started (onCancel() then runs from the event loop).
    [[nodiscard]] bool beginStart();
    // Stop the work. Either claim the finish now (claimFinish()) and emit finished(Cancelled)
    // through emitLater(), or let the work end and report Cancelled then.
    virtual void onCancel() = 0;
    // The job's one finish: true the first time only. Every path to finished() goes through it.
    [[nodiscard]] bool claimFinish();
    // Runs `f` from the event loop, unless the job is destroyed first.
    void emitLater(std::function<void()> f);
    void reportProgress(qint64 done, qint64 total);
    [[nodiscard]] static Error cancelledError(const QString& what);

private:
    CancelToken m_token;
    QTimer* m_poll = nullptr;
    qint64 m_lastStep = -1;
    qint64 m_lastTotal = -2;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelRequested = false;
};

} // namespace capataz
