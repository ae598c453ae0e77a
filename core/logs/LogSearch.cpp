#include "logs/LogSearch.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QThreadPool>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <optional>

namespace capataz::logs {

// Shared by the owner and the pool thread. `run` is the pool thread's alone while `busy`.
struct LogSearch::Worker {
    explicit Worker(LogFilter filter)
        : run(std::move(filter))
    {}
    LogFilterRun run;
    std::mutex mutex; // guards the rest
    std::condition_variable idle;
    std::optional<LogSnapshot> pending;
    CancelToken token = CancelToken::create();
    bool busy = false;
    bool cancelUnreported = false; // cancel() while busy: finished(false) still to be sent
};

LogSearch::LogSearch(LogFilter filter, QObject* parent)
    : QObject(parent)
    , m_worker(std::make_shared<Worker>(std::move(filter)))
{}

LogSearch::~LogSearch()
{
    std::unique_lock lock(m_worker->mutex);
    m_worker->pending.reset();
    m_worker->token.cancel();
    m_worker->idle.wait(lock, [&] { return !m_worker->busy; });
}

const LogFilter& LogSearch::filter() const
{
    return m_worker->run.filter();
}

void LogSearch::update(LogSnapshot snapshot)
{
    m_first = snapshot.first();
    forgetBefore(m_first);
    bool start = false;
    {
        const std::lock_guard lock(m_worker->mutex);
        m_worker->pending = std::move(snapshot);
        if (m_worker->token.isCancelled())
            m_worker->token = CancelToken::create();
        start = !m_worker->busy;
        m_worker->busy = true;
    }
    m_running = true;
    if (start)
        startWorker();
}

void LogSearch::cancel()
{
    const std::lock_guard lock(m_worker->mutex);
    m_worker->pending.reset();
    m_worker->token.cancel();
    m_worker->cancelUnreported = m_worker->busy;
}

void LogSearch::startWorker()
{
    QPointer<LogSearch> self(this);
    std::shared_ptr<Worker> w = m_worker;
    QThreadPool::globalInstance()->start([self, w] {
        QElapsedTimer sinceSent;
        sinceSent.start();
        // Hands the matches found so far to the owner's thread (queued: runs there).
        auto send = [&](qint64 done, qint64 total, int end) {
            auto matches = std::make_shared<std::vector<qint64>>(w->run.takeMatches());
            QMetaObject::invokeMethod(
                self.data(),
                [self, matches, done, total, end] {
                    if (self)
                        self->receive(std::move(*matches), done, total, end);
                },
                Qt::QueuedConnection);
            sinceSent.restart();
        };
        bool finalSent = false; // finished() is on its way for the last snapshot taken
        for (;;) {
            LogSnapshot snapshot;
            CancelToken token;
            {
                std::unique_lock lock(w->mutex);
                if (!w->pending && w->cancelUnreported && !finalSent) { // cancelled before its scan began
                    w->cancelUnreported = false;
                    finalSent = true;
                    lock.unlock();
                    send(0, 0, 2);
                    continue;
                }
                if (!w->pending) {
                    w->busy = false;
                    w->idle.notify_all();
                    return; // self may be gone already: touch nothing of it
                }
                snapshot = std::move(*w->pending);
                w->pending.reset();
                finalSent = false;
                token = w->token;
            }
            const LogSeq start = std::max(w->run.scannedEnd(), snapshot.first());
            const bool complete = w->run.run(
                snapshot, token,
                [&](qint64 done, qint64 total) {
                    if (sinceSent.elapsed() >= 33 && done < total)
                        send(done, total, 0);
                },
                LineCount(0)); // slices of about 10 ms
            bool last = false;
            {
                const std::lock_guard lock(w->mutex);
                last = !w->pending;
                if (!complete || last)
                    w->cancelUnreported = false; // this one reports
            }
            if (!complete || last) {
                send((w->run.scannedEnd() - start).get(), (snapshot.end() - start).get(), complete ? 1 : 2);
                finalSent = true;
            }
        }
    });
}

void LogSearch::receive(std::vector<qint64> matches, qint64 done, qint64 total, int end)
{
    // A match may come from a line dropped since (its slice was scanned before the drop).
    m_matches.insert(m_matches.end(), matches.begin(), matches.end());
    forgetBefore(m_first);
    emit progressChanged(done, total);
    if (!matches.empty())
        emit matchesAdded(matchCount());
    if (end != 0) {
        m_running = false;
        emit finished(end == 1);
    }
}

qint64 LogSearch::indexOf(LogSeq seq) const
{
    return std::lower_bound(m_matches.begin(), m_matches.end(), seq.get()) - m_matches.begin();
}

void LogSearch::forgetBefore(LogSeq first)
{
    m_matches.erase(m_matches.begin(), std::lower_bound(m_matches.begin(), m_matches.end(), first.get()));
}

} // namespace capataz::logs
