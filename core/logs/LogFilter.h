#pragma once

#include "common/CancelToken.h"
#include "logs/LogStore.h"
#include "logs/TextMatcher.h"

#include <QList>
#include <QString>

#include <functional>
#include <vector>

namespace capataz::logs {

// What a log view asks to see: conditions on the level, the source and the text, all of which
// a line must meet.
struct LogQuery {
    quint8 levels = 0xff;   // one bit per Level (levelBit()); default: all, Unknown included
    QList<quint16> sources; // empty: all
    QString text;           // empty: any text
    TextMatcher::Mode mode = TextMatcher::Mode::Substring;
    bool caseSensitive = false;
    bool invert = false; // lines whose text does NOT match (level and source still apply)

    [[nodiscard]] static constexpr quint8 levelBit(Level l) { return quint8(1u << unsigned(l)); }
    // `min` and above; lines without a level (Unknown) only if `withUnknown`.
    [[nodiscard]] static quint8 levelsFrom(Level min, bool withUnknown = false);
};

// A LogQuery compiled: decides for a line, and scans a snapshot's lines many at a time (the text
// condition runs over whole chunks, not line by line). Copyable, usable on several threads.
class LogFilter {
public:
    LogFilter() = default; // passes every line
    // InvalidArgument when the regular expression does not compile.
    [[nodiscard]] static Result<LogFilter> create(const LogQuery& query);

    [[nodiscard]] const LogQuery& query() const { return m_query; }
    [[nodiscard]] bool passesAll() const
    {
        return m_levels == 0xff && m_sources.empty() && m_matcher.isEmpty();
    }
    [[nodiscard]] bool accepts(const LogLine& line) const;
    // Appends to `out` the numbers of the lines in [from, to) of `snapshot` that pass, in order.
    void scan(const LogSnapshot& snapshot, LogSeq from, LogSeq to, std::vector<qint64>& out) const;
    // Where the text condition matches in a line, as UTF-16 ranges of its QString: for
    // highlighting. Empty when inverted or without a text condition.
    [[nodiscard]] QList<ByteRange> highlights(QByteArrayView utf8) const;

private:
    [[nodiscard]] bool metaPasses(quint16 source, Level level) const
    {
        return (m_levels & LogQuery::levelBit(level)) &&
               (m_sources.empty() || (source < m_sources.size() && m_sources[source]));
    }
    void scanChunk(const LogChunk& c, quint32 from, quint32 to, std::vector<qint64>& out) const;

    LogQuery m_query;
    TextMatcher m_matcher;
    quint8 m_levels = 0xff;
    std::vector<bool> m_sources; // by source index; empty: all
};

// A filter's matches over a store, kept up to date: run() scans what a snapshot has that was not
// scanned yet (everything the first time, then only the new lines), in slices, looking at a
// cancel token between slices and reporting progress. Lines the store has dropped are dropped
// from the matches too. Not thread-safe: one thread at a time (a worker, never the GUI thread
// for a whole store).
class LogFilterRun {
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit LogFilterRun(LogFilter filter = {});

    // Returns false if `token` was cancelled before the end; what was scanned stays scanned and
    // a later run() goes on from there. `slice`: lines between looks at the token; LineCount(0):
    // as many as take about 10 ms (a regex that backtracks a lot gets small slices, so a cancel
    // is still seen soon).
    bool run(const LogSnapshot& snapshot, const CancelToken& token = {}, const Progress& progress = {},
             LineCount slice = LineCount(65536));

    [[nodiscard]] const LogFilter& filter() const { return m_filter; }
    [[nodiscard]] LogSeq scannedEnd() const { return m_scanned; } // scanned: every line before
    [[nodiscard]] qint64 matchCount() const { return qint64(m_matches.size()) - m_head; }
    [[nodiscard]] LogSeq match(qint64 i) const { return LogSeq(m_matches[std::size_t(m_head + i)]); }
    // The position in the matches of the first match at or after `seq` (a view scrolling to a line).
    [[nodiscard]] qint64 indexOf(LogSeq seq) const;
    // The matches dropped with their lines (for "N older matches dropped").
    [[nodiscard]] qint64 droppedMatches() const { return m_droppedMatches; }
    // Hands the matches found so far to the caller, leaving none here (LogSearch moves them to
    // its owner's thread this way, a slice at a time); scanning goes on from scannedEnd().
    [[nodiscard]] std::vector<qint64> takeMatches();

private:
    void forgetBefore(LogSeq first);

    LogFilter m_filter;
    LogSeq m_scanned;
    std::vector<qint64> m_matches;
    qint64 m_head = 0; // matches before it were dropped (compacted now and then)
    qint64 m_droppedMatches = 0;
};

} // namespace capataz::logs
