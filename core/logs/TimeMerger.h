#pragma once

#include "logs/LogRecord.h"

#include <deque>
#include <map>

namespace capataz::logs {

// Merges the lines of several lanes (a compose service, a file, a journald unit) by time as they
// arrive, so that one list shows them in the order they were written and not in the order the
// network brought them: the history of three sources read at once comes interleaved by time,
// not in three blocks. Each lane is in time order already; a line is released when no other
// active lane can still bring an earlier one, or when it has been held `holdMs`. A lane that
// brought nothing for `idleMs` is not waited for. Lines without a time go with the line before
// them in their lane. With one lane nothing is held (after the warm-up, see warmUp()).
//
// Not thread-safe: LogService uses it on its writer thread.
class TimeMerger {
public:
    static constexpr qint64 kDefaultHoldMs = 500;
    static constexpr qint64 kDefaultIdleMs = 2000;

    explicit TimeMerger(qint64 holdMs = kDefaultHoldMs, qint64 idleMs = kDefaultIdleMs);

    // Records whose `source` is their lane, in the lane's order; `nowMs` is when they arrived.
    void push(const LogBatch& records, qint64 nowMs);
    // What can go into the store now, in time order.
    [[nodiscard]] LogBatch take(qint64 nowMs);
    // Everything held, in time order (a source stopped, a mark follows).
    [[nodiscard]] LogBatch takeAll();
    void clear();
    // Sources are starting: lanes not seen yet may still bring their history. Until `untilMs`
    // nothing is released (takeAll aside), so the first histories are merged whichever comes
    // first.
    void warmUp(qint64 untilMs) { m_warmUntil = untilMs; }
    [[nodiscard]] bool isHolding() const { return m_held > 0; }

private:
    struct Held {
        LogRecord record;
        qint64 orderMs; // its time, or the time of the line before it in its lane
        qint64 arrivedMs;
        quint64 arrival; // order of arrival over all lanes
    };
    struct Lane {
        std::deque<Held> queue;
        qint64 lastMs = 0;      // the newest time pushed
        qint64 lastArrival = 0; // when it last brought something
        bool timed = false;     // it had a line with a time
    };
    LogBatch drain(qint64 nowMs, bool all);
    [[nodiscard]] static bool before(const Held& a, const Held& b);

    qint64 m_holdMs;
    qint64 m_idleMs;
    std::map<quint16, Lane> m_lanes;
    qint64 m_held = 0;
    qint64 m_warmUntil = 0;
    qint64 m_newestMs = 0;
    quint64 m_arrivals = 0;
};

} // namespace capataz::logs
