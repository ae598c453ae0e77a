#pragma once

#include "logs/LogFilter.h"

#include <QObject>

#include <deque>
#include <memory>
#include <vector>

namespace capataz::logs {

// A filter's matches over a live store, computed off the owner's (GUI) thread: the scan runs
// on the global QThreadPool in slices (LogFilterRun), looks at its cancel token between them,
// and hands each slice's matches to the owner's thread in one queued call (at most about 30 a
// second), where matchesAdded() follows. The owner's thread only appends those to its list.
//
//   auto* search = new LogSearch(*LogFilter::create(query), this);
//   connect(search, &LogSearch::matchesAdded, view, ...);
//   search->update(store.snapshot());   // the whole store first
//   ... on each batch of new lines: search->update(store.snapshot());  // only the new lines
//
// Lives in the thread that creates it. Destroying it cancels the scan and waits for the slice
// being scanned (milliseconds).
class LogSearch : public QObject {
    Q_OBJECT
public:
    explicit LogSearch(LogFilter filter, QObject* parent = nullptr);
    ~LogSearch() override;

    [[nodiscard]] const LogFilter& filter() const;
    // Scan what `snapshot` has that was not scanned yet. While a scan runs, the newest snapshot
    // given is scanned after it. Never blocks.
    void update(LogSnapshot snapshot);
    // Stops after the current slice; finished(false). A later update() goes on from there.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }

    // The matches that have reached this thread, without those whose lines the store dropped
    // (as of the last update()).
    [[nodiscard]] qint64 matchCount() const { return qint64(m_matches.size()); }
    [[nodiscard]] LogSeq match(qint64 i) const { return LogSeq(m_matches[std::size_t(i)]); }
    [[nodiscard]] qint64 indexOf(LogSeq seq) const; // of the first match at or after seq

signals:
    void progressChanged(qint64 done, qint64 total); // lines of the current scan
    void matchesAdded(qint64 matchCount);
    void finished(bool complete); // the newest snapshot given is scanned (complete) or cancelled

private:
    struct Worker;
    void startWorker();
    void receive(std::vector<qint64> matches, qint64 done, qint64 total,
                 int end); // end: 0 no, 1 done, 2 cancelled
    void forgetBefore(LogSeq first);

    std::shared_ptr<Worker> m_worker;
    bool m_running = false;
    // A deque: dropping the oldest matches costs only their number (never a copy of the rest
    // on this thread), however many there are.
    std::deque<qint64> m_matches;
    LogSeq m_first; // of the newest snapshot given to update()
};

} // namespace capataz::logs
