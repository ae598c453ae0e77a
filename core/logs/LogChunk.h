#pragma once

#include "logs/LogRecord.h"

#include <QByteArrayView>

#include <atomic>
#include <cstddef>

namespace capataz::logs {

// What the store keeps of one line besides its text: 12 bytes. The text itself is in the
// chunk's byte area, followed by one '\n' (so a search over the whole area never finds a
// needle without '\n' across two lines, and the area reads like the log file it came from).
struct LineEntry {
    enum Flag : quint8 { Stderr = 1, HasTime = 2, HasSpans = 4, Mark = 8 }; // Mark: LogRecord::Kind not Line
    quint32 end = 0;      // offset of the line's '\n' in the chunk's bytes; it starts after the
                          // previous line's (or at 0)
    qint32 timeDelta = 0; // ms after the chunk's baseTimeMs (when HasTime)
    quint16 source = 0;   // LogRecord::source
    Level level = Level::Unknown;
    quint8 flags = 0;
};
static_assert(sizeof(LineEntry) == 12);

// One ANSI style run of a line (LogRecord::spans, UTF-16 positions of the decoded text), kept
// only for the few lines that have any. 20 bytes.
struct StoredSpan {
    quint32 line = 0; // index of the line in its chunk
    quint32 start = 0;
    quint32 length = 0;
    quint32 foreground = 0; // TermColor: kind << 24 | value (Rgb values fit in 24 bits)
    quint32 backgroundAndFlags = 0;
    // The lossless round trip to the exec layer's type.
    [[nodiscard]] static StoredSpan from(quint32 line, const exec::StyleSpan& s);
    [[nodiscard]] exec::StyleSpan toStyleSpan() const;
};
static_assert(sizeof(StoredSpan) == 20);

// A run of consecutive lines in one memory mapping: an area of entries, one of spans and one
// of UTF-8 bytes, each with a fixed capacity reserved at creation (the kernel gives pages only
// when they are first written, so what is reserved and unused costs address space, not memory).
// Nothing in a chunk ever moves: one writer appends, and readers that saw `published` lines
// read those while the writer goes on with the next ones. A chunk is full when one of its
// areas is; the store then starts another. Shared (std::shared_ptr) between the store and its
// snapshots: evicting a chunk frees it when the last snapshot that holds it goes.
class LogChunk {
public:
    static constexpr quint32 kDefaultBytes = 1u << 20;
    static constexpr quint32 kMaxLines = 32768;
    static constexpr quint32 kMaxSpans = 4096;

    // `byteCapacity` at least the longest line + 1. Aborts if the address space is exhausted.
    LogChunk(qint64 firstSeq, quint32 byteCapacity);
    ~LogChunk();
    LogChunk(const LogChunk&) = delete;
    LogChunk& operator=(const LogChunk&) = delete;

    [[nodiscard]] qint64 firstSeq() const { return m_firstSeq; }
    // Lines readers may read (acquire: their bytes and entries are complete).
    [[nodiscard]] quint32 published() const { return m_published.load(std::memory_order_acquire); }

    [[nodiscard]] const LineEntry* entries() const { return m_entries; }
    [[nodiscard]] const char* bytes() const { return m_bytes; }
    [[nodiscard]] qint64 baseTimeMs() const { return m_baseTimeMs; }
    [[nodiscard]] quint32 lineStart(quint32 i) const { return i == 0 ? 0 : m_entries[i - 1].end + 1; }
    [[nodiscard]] QByteArrayView text(quint32 i) const
    {
        const quint32 s = lineStart(i);
        return {m_bytes + s, qsizetype(m_entries[i].end - s)};
    }
    [[nodiscard]] qint64 timeMs(quint32 i) const
    {
        return (m_entries[i].flags & LineEntry::HasTime) ? m_baseTimeMs + m_entries[i].timeDelta : 0;
    }
    // The spans of line `i` (a line with LineEntry::HasSpans), in order.
    [[nodiscard]] QList<exec::StyleSpan> spans(quint32 i) const;
    // Bytes of memory this chunk holds now: the pages of its three areas that were written, and
    // the object itself.
    [[nodiscard]] qint64 memoryBytes() const;

    // Writer only. False when the line does not fit (the store starts a new chunk): bytes,
    // entries, spans, or a time too far from the chunk's base for a 32-bit delta.
    [[nodiscard]] bool append(QByteArrayView utf8, qint64 timeMs, quint16 source, exec::Channel channel,
                              Level level, const QList<exec::StyleSpan>& spans);
    // Writer only, when the store starts the next chunk: gives back the pages made ready ahead
    // of the writer and not used.
    void seal();
    // Writer only, before publish(): the last line appended is a source's mark (a resume or a gap).
    void markLast()
    {
        if (m_count > 0)
            m_entries[m_count - 1].flags |= LineEntry::Mark;
    }
    // Writer only: makes the lines appended so far visible to readers (release).
    void publish() { m_published.store(m_count, std::memory_order_release); }
    [[nodiscard]] quint32 count() const { return m_count; } // writer's view

private:
    qint64 m_firstSeq;
    qint64 m_baseTimeMs = 0;
    bool m_hasBase = false;
    char* m_map = nullptr;
    std::size_t m_mapSize = 0;
    LineEntry* m_entries = nullptr;
    StoredSpan* m_spans = nullptr;
    char* m_bytes = nullptr;
    quint32 m_byteCapacity = 0;
    quint32 m_used = 0; // bytes
    quint32 m_count = 0;
    quint32 m_spanCount = 0;
    // Pages are made ready (MADV_POPULATE_WRITE) ahead of the writer, 64 KiB at a time: one
    // system call instead of a page fault per 4 KiB, which on a VM costs more than the copy.
    std::size_t m_bytesReady = 0;
    std::size_t m_entriesReady = 0; // in bytes of the entry area
    std::atomic<quint32> m_published{0};
    std::atomic<quint32> m_publishedSpans{0};
};

} // namespace capataz::logs
