#include "logs/LogFilter.h"

#include <QElapsedTimer>

#include <algorithm>

namespace capataz::logs {

quint8 LogQuery::levelsFrom(Level min, bool withUnknown)
{
    quint8 bits = withUnknown ? levelBit(Level::Unknown) : 0;
    for (int l = std::max(int(min), int(Level::Trace)); l <= int(Level::Critical); ++l)
        bits |= levelBit(Level(l));
    return bits;
}

// ---- LogFilter ------------------------------------------------------------------------------

Result<LogFilter> LogFilter::create(const LogQuery& query)
{
    auto matcher = TextMatcher::create(query.text, query.mode, query.caseSensitive);
    if (!matcher)
        return std::unexpected(matcher.error());
    LogFilter f;
    f.m_query = query;
    f.m_matcher = std::move(*matcher);
    f.m_levels = query.levels;
    if (!query.sources.isEmpty()) {
        const quint16 max = *std::max_element(query.sources.begin(), query.sources.end());
        f.m_sources.assign(std::size_t(max) + 1, false);
        for (quint16 s : query.sources)
            f.m_sources[s] = true;
    }
    return f;
}

bool LogFilter::accepts(const LogLine& line) const
{
    return metaPasses(line.source, line.level) &&
           (m_matcher.isEmpty() || m_matcher.matches(line.utf8) != m_query.invert);
}

QList<ByteRange> LogFilter::highlights(QByteArrayView utf8) const
{
    if (m_query.invert || m_matcher.isEmpty())
        return {};
    return TextMatcher::toUtf16(utf8, m_matcher.matchesIn(utf8));
}

void LogFilter::scanChunk(const LogChunk& c, quint32 from, quint32 to, std::vector<qint64>& out) const
{
    const LineEntry* e = c.entries();
    const qint64 base = c.firstSeq();
    const bool metaAll = m_levels == 0xff && m_sources.empty();
    auto take = [&](quint32 i) {
        if (metaAll || metaPasses(e[i].source, e[i].level))
            out.push_back(base + i);
    };
    if (m_matcher.isEmpty()) {
        for (quint32 i = from; i < to; ++i)
            take(i);
        return;
    }
    auto lineByLine = [&](quint32 a) {
        for (quint32 i = a; i < to; ++i)
            if ((metaAll || metaPasses(e[i].source, e[i].level)) &&
                m_matcher.matches(c.text(i)) != m_query.invert)
                out.push_back(base + i);
    };
    if (m_matcher.needsLineByLine()) {
        lineByLine(from);
        return;
    }
    // One search over all the lines' bytes, as grep does: a match names its line (binary search
    // of the line ends); the search goes on after that line's end. A match that runs over the
    // line's end (a regex with \s) is checked again on that line alone.
    const char* bytes = c.bytes();
    qsizetype pos = c.lineStart(from);
    const qsizetype end = c.lineStart(to);
    quint32 i = from;
    quint32 notMatchedFrom = from; // invert: lines before the next match that did not match
    while (i < to) {
        ByteRange r;
        const TextMatcher::Found f = m_matcher.find(bytes + pos, bytes + end, &r);
        if (f == TextMatcher::Found::GaveUp) {
            // Too much backtracking over many lines at once: the rest one line at a time.
            if (m_query.invert)
                for (quint32 k = notMatchedFrom; k < i; ++k)
                    take(k);
            lineByLine(i);
            return;
        }
        if (f == TextMatcher::Found::None)
            break;
        const qsizetype at = pos + r.start;
        i = quint32(
            std::lower_bound(e + i, e + to, at, [](const LineEntry& le, qsizetype a) { return le.end < a; }) -
            e);
        const bool hit = at + r.length <= qsizetype(e[i].end) || m_matcher.matches(c.text(i));
        if (hit) {
            if (m_query.invert) {
                for (quint32 k = notMatchedFrom; k < i; ++k)
                    take(k);
                notMatchedFrom = i + 1;
            } else {
                take(i);
            }
        }
        pos = qsizetype(e[i].end) + 1;
        ++i;
    }
    if (m_query.invert)
        for (quint32 k = notMatchedFrom; k < to; ++k)
            take(k);
}

void LogFilter::scan(const LogSnapshot& snapshot, LogSeq from, LogSeq to, std::vector<qint64>& out) const
{
    from = std::max(from, snapshot.first());
    to = std::min(to, snapshot.end());
    if (from >= to)
        return;
    for (int ci = snapshot.chunkOf(from); ci < snapshot.chunkCount(); ++ci) {
        const LogChunk& c = snapshot.chunk(ci);
        if (c.firstSeq() >= to.get())
            break;
        const auto a = quint32(std::max<qint64>(from.get() - c.firstSeq(), 0));
        const auto b = quint32(std::min<qint64>(to.get() - c.firstSeq(), snapshot.chunkLines(ci)));
        if (a < b)
            scanChunk(c, a, b, out);
    }
}

// ---- LogFilterRun ---------------------------------------------------------------------------

LogFilterRun::LogFilterRun(LogFilter filter)
    : m_filter(std::move(filter))
{}

bool LogFilterRun::run(const LogSnapshot& snapshot, const CancelToken& token, const Progress& progress,
                       LineCount slice)
{
    forgetBefore(snapshot.first());
    m_scanned = std::max(m_scanned, snapshot.first());
    const LogSeq start = m_scanned;
    const qint64 total = (snapshot.end() - start).get();
    const bool adaptive = slice.get() <= 0;
    qint64 step = adaptive ? 4096 : slice.get();
    QElapsedTimer clock;
    while (m_scanned < snapshot.end()) {
        if (token.isCancelled())
            return false;
        const LogSeq to = std::min(snapshot.end(), m_scanned + LineCount(step));
        clock.start();
        m_filter.scan(snapshot, m_scanned, to, m_matches);
        m_scanned = to;
        if (adaptive) {
            const qint64 ms = clock.elapsed();
            if (ms < 5)
                step = std::min<qint64>(step * 2, qint64(1) << 20);
            else if (ms > 20)
                step = std::max<qint64>(step / 2, 16);
        }
        if (progress)
            progress((m_scanned - start).get(), total);
    }
    return true;
}

std::vector<qint64> LogFilterRun::takeMatches()
{
    std::vector<qint64> out;
    if (m_head == 0)
        out.swap(m_matches);
    else
        out.assign(m_matches.begin() + m_head, m_matches.end());
    m_matches.clear();
    m_head = 0;
    return out;
}

qint64 LogFilterRun::indexOf(LogSeq seq) const
{
    const auto begin = m_matches.begin() + m_head;
    return std::lower_bound(begin, m_matches.end(), seq.get()) - begin;
}

void LogFilterRun::forgetBefore(LogSeq first)
{
    const auto begin = m_matches.begin() + m_head;
    const qint64 gone = std::lower_bound(begin, m_matches.end(), first.get()) - begin;
    m_head += gone;
    m_droppedMatches += gone;
    // Compact when more than half of the vector is dropped matches: amortised O(1) per match.
    if (m_head > 4096 && m_head * 2 > qint64(m_matches.size())) {
        m_matches.erase(m_matches.begin(), m_matches.begin() + m_head);
        m_head = 0;
    }
}

} // namespace capataz::logs
