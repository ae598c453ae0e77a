#include "logs/TimeMerger.h"

#include <algorithm>

namespace capataz::logs {

TimeMerger::TimeMerger(qint64 holdMs, qint64 idleMs)
    : m_holdMs(holdMs)
    , m_idleMs(idleMs)
{}

void TimeMerger::push(const LogBatch& records, qint64 nowMs)
{
    for (const LogRecord& r : records) {
        Lane& lane = m_lanes[r.source];
        // A line without a time goes with the line before it; in a lane that never had a time
        // (a file without timestamps), after the newest line known.
        lane.timed = lane.timed || r.timeMs > 0;
        const qint64 order = r.timeMs > 0 ? r.timeMs : lane.timed ? lane.lastMs : m_newestMs;
        lane.lastMs = std::max(lane.lastMs, order);
        m_newestMs = std::max(m_newestMs, order);
        lane.lastArrival = nowMs;
        lane.queue.push_back({r, order, nowMs, m_arrivals++});
        ++m_held;
    }
}

LogBatch TimeMerger::take(qint64 nowMs)
{
    return drain(nowMs, false);
}

LogBatch TimeMerger::takeAll()
{
    return drain(0, true);
}

void TimeMerger::clear()
{
    m_lanes.clear();
    m_held = 0;
    m_newestMs = 0;
}

bool TimeMerger::before(const Held& a, const Held& b)
{
    return a.orderMs != b.orderMs ? a.orderMs < b.orderMs : a.arrival < b.arrival; // ties: as they came
}

LogBatch TimeMerger::drain(qint64 nowMs, bool all)
{
    LogBatch out;
    if (m_held == 0 || (!all && nowMs < m_warmUntil))
        return out;
    // One lane with lines: they go as they came (the common case, no comparisons).
    Lane* only = nullptr;
    int withLines = 0;
    for (auto& [id, lane] : m_lanes)
        if (!lane.queue.empty()) {
            only = &lane;
            ++withLines;
        }
    const bool alone = withLines == 1 && std::ranges::none_of(m_lanes, [&](const auto& entry) {
                           const Lane& l = entry.second;
                           return &l != only && nowMs - l.lastArrival < m_idleMs;
                       });
    if (withLines == 1 && (all || alone)) {
        out.reserve(qsizetype(only->queue.size()));
        for (Held& h : only->queue)
            out.append(std::move(h.record));
        only->queue.clear();
        m_held = 0;
        return out;
    }
    for (;;) {
        Lane* first = nullptr;
        for (auto& [id, lane] : m_lanes)
            if (!lane.queue.empty() && (!first || before(lane.queue.front(), first->queue.front())))
                first = &lane;
        if (!first)
            break;
        const Held& head = first->queue.front();
        bool ready = all || nowMs - head.arrivedMs >= m_holdMs;
        if (!ready) {
            // Every other lane has a later line waiting, has already brought one at least as
            // late, or is idle: none of them can still bring an earlier line.
            ready = std::ranges::all_of(m_lanes, [&](const auto& entry) {
                const Lane& l = entry.second;
                return &l == first || !l.queue.empty() || l.lastMs >= head.orderMs ||
                       nowMs - l.lastArrival >= m_idleMs;
            });
        }
        if (!ready)
            break;
        out.append(std::move(first->queue.front().record));
        first->queue.pop_front();
        --m_held;
    }
    return out;
}

} // namespace capataz::logs
