#pragma once

#include "common/LineTypes.h"
#include "logs/LogChunk.h"
#include "logs/LogRecord.h"

#include <QByteArrayView>
#include <QString>

#include <memory>
#include <mutex>
#include <vector>

namespace capataz::logs {

// The number of a line in a log store: 0 for the first line the store ever received, counting
// on across eviction. A line keeps its number as long as it is stored, so a view's position or
// a filter's list of matches stays valid when older lines are dropped; numbers below
// LogSnapshot::first() are gone.
class LogSeq : public StrongNumber<LogSeq> {
public:
    using StrongNumber::StrongNumber;
    constexpr LogSeq& operator++()
    {
        ++m_value;
        return *this;
    }
};
[[nodiscard]] constexpr LogSeq operator+(LogSeq s, LineCount n)
{
    return LogSeq(s.get() + n.get());
}
[[nodiscard]] constexpr LineCount operator-(LogSeq end, LogSeq begin)
{
    return LineCount(end.get() - begin.get());
}

// One stored line as a reader sees it. `utf8` points into the store's memory: valid while the
// snapshot it came from lives.
struct LogLine {
    LogSeq seq;
    QByteArrayView utf8; // without the line end
    qint64 timeMs = 0;   // 0: unknown
    quint16 source = 0;
    exec::Channel channel = exec::Channel::Stdout;
    Level level = Level::Unknown;
    bool hasSpans = false;
    bool mark = false; // a source's mark where reading stopped and went on (LogRecord::Kind)

    [[nodiscard]] QString text() const { return QString::fromUtf8(utf8); }
};

// An immutable view of a store at one moment: the lines [first(), end()). Cheap to copy (a
// list of shared chunk pointers); it keeps its chunks alive, so it stays readable whatever the
// writer does meanwhile (more lines, eviction). Readable from any thread.
class LogSnapshot {
public:
    LogSnapshot() = default;

    [[nodiscard]] LogSeq first() const { return m_first; }
    [[nodiscard]] LogSeq end() const { return m_end; }
    [[nodiscard]] LineCount size() const { return m_end - m_first; }
    [[nodiscard]] bool contains(LogSeq s) const { return s >= m_first && s < m_end; }
    // Lines dropped from the front of the store (evicted) up to this snapshot.
    [[nodiscard]] LineCount dropped() const { return LineCount(m_first.get()); }

    // O(log chunks). `seq` must be contained.
    [[nodiscard]] LogLine line(LogSeq seq) const;
    [[nodiscard]] QList<exec::StyleSpan> spans(LogSeq seq) const; // empty for most lines

    // For scans (filters, search): the chunks in order, and how many of each one's lines this
    // snapshot sees (the first chunk may start before first(): skip those lines).
    [[nodiscard]] int chunkCount() const { return int(m_chunks.size()); }
    [[nodiscard]] const LogChunk& chunk(int i) const { return *m_chunks[std::size_t(i)]; }
    [[nodiscard]] quint32 chunkLines(int i) const
    {
        return i + 1 == chunkCount() ? m_lastCount : m_chunks[std::size_t(i)]->published();
    }
    // The chunk holding `seq` (contained), by binary search.
    [[nodiscard]] int chunkOf(LogSeq seq) const;

private:
    friend class LogStore;
    std::vector<std::shared_ptr<const LogChunk>> m_chunks;
    quint32 m_lastCount = 0; // lines of the last chunk visible here
    LogSeq m_first;
    LogSeq m_end;
};

// The lines of a log session, newest kept up to a cap, stored compactly: UTF-8 text in chunks
// of about 1 MiB with a '\n' after each line, plus 12 bytes of metadata per line (LogChunk).
// Memory per line is its text + 13 bytes; the few lines with colours add 20 bytes per span.
//
// Over the cap, the oldest lines are dropped (dropped() counts them all) and their chunk is
// freed once all its lines are gone; the rest keep their numbers (LogSeq).
//
// Threads: ONE writer (the thread that receives the sources' batches, never the GUI thread)
// calls append(); any thread may call snapshot() and the counters at any time. Appending does
// no locking per line: a line becomes visible to readers with one release store after its
// bytes are written. The mutex is taken only when a chunk is added or freed, and by
// snapshot() for the copy of the chunk list (O(chunks): about one per 10,000 lines).
class LogStore {
public:
    static constexpr qint64 kDefaultMaxLines = 1'000'000;

    // `chunkBytes`: the size of a chunk's text area (tests make it small to see eviction).
    explicit LogStore(qint64 maxLines = kDefaultMaxLines, quint32 chunkBytes = LogChunk::kDefaultBytes);
    ~LogStore();
    LogStore(const LogStore&) = delete;
    LogStore& operator=(const LogStore&) = delete;

    // --- writer thread -------------------------------------------------------------------
    // Stores the records in order; a record with Level::Unknown gets the level detected from
    // its text (LogLevel.h). A mark record (Resumed, Gap) is stored as a line with its text and
    // LogLine::mark set. Lines longer than 64 MiB are cut there.
    void append(const LogBatch& batch);
    void append(const LogRecord& record);
    // The same from UTF-8 that is already masked and split (sources reading bytes, the bench).
    // Visible to readers when it returns.
    LogSeq appendUtf8(QByteArrayView utf8, qint64 timeMs = 0, quint16 source = 0,
                      exec::Channel channel = exec::Channel::Stdout, Level level = Level::Unknown,
                      const QList<exec::StyleSpan>& spans = {});
    // Drops every line (numbering goes on; dropped() counts them).
    void clear();

    // --- any thread ----------------------------------------------------------------------
    [[nodiscard]] LogSnapshot snapshot() const;
    [[nodiscard]] qint64 maxLines() const { return m_maxLines; }
    [[nodiscard]] LogSeq end() const;
    [[nodiscard]] LineCount dropped() const; // lines evicted (or cleared) so far
    [[nodiscard]] LineCount size() const;
    // The memory the store holds for its lines: chunks' written pages and the chunk list.
    [[nodiscard]] qint64 memoryBytes() const;
    // The UTF-8 bytes of the stored lines, line ends not counted (what memoryBytes() compares to).
    [[nodiscard]] qint64 textBytes() const;

private:
    void appendLocked(QByteArrayView utf8, qint64 timeMs, quint16 source, exec::Channel channel, Level level,
                      const QList<exec::StyleSpan>& spans);
    void newChunk(quint32 minBytes);
    void evict();

    const qint64 m_maxLines;
    const quint32 m_chunkBytes;
    mutable std::mutex m_mutex; // guards m_chunks (the list, not the chunks' lines)
    std::vector<std::shared_ptr<LogChunk>> m_chunks;
    LogChunk* m_open = nullptr; // the last chunk: the writer's
    std::atomic<qint64> m_end{0};
    std::atomic<qint64> m_first{0};
    std::atomic<qint64> m_sealedMemory{0}; // memoryBytes() of every chunk but the open one
    std::atomic<qint64> m_openMemory{0};
    std::atomic<qint64> m_textBytes{0}; // of the lines still in chunks (evicted chunks subtracted)
    QByteArray m_scratch;               // UTF-16 to UTF-8 conversion
};

} // namespace capataz::logs
