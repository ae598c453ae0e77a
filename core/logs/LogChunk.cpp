#include "logs/LogChunk.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <sys/mman.h>

namespace capataz::logs {

namespace {

constexpr std::size_t kPage = 4096;

constexpr std::size_t kReadyStep = 64 * 1024;

std::size_t roundUp(std::size_t n)
{
    return (n + kPage - 1) / kPage * kPage;
}

std::atomic_bool g_populateWorks{true}; // false once the kernel said it cannot (before 5.14)

// Makes [*ready, need) of an area writable in one go, a step at a time (up to `capacity`).
void makeReady(char* area, std::size_t* ready, std::size_t need, std::size_t capacity)
{
    if (need <= *ready)
        return;
    const std::size_t to = std::min(roundUp(capacity), roundUp(need) + kReadyStep);
    if (g_populateWorks.load(std::memory_order_relaxed) &&
        madvise(area + *ready, to - *ready, MADV_POPULATE_WRITE) != 0)
        g_populateWorks = false; // the page faults will do it
    *ready = to;
}

// Gives back the pages of an area past `used` that were made ready ahead and never written.
void giveBack(char* area, std::size_t used, std::size_t ready)
{
    const std::size_t from = roundUp(used);
    if (ready > from)
        madvise(area + from, ready - from, MADV_DONTNEED);
}

quint32 packColor(exec::TermColor c)
{
    return (quint32(c.kind()) << 24) |
           (c.kind() == exec::TermColor::Kind::Rgb ? c.rgbValue() : quint32(c.index()));
}

exec::TermColor unpackColor(quint32 v)
{
    switch (exec::TermColor::Kind(v >> 24)) {
    case exec::TermColor::Kind::Indexed:
        return exec::TermColor::indexed(int(v & 0xff));
    case exec::TermColor::Kind::Rgb:
        return exec::TermColor::rgb(int((v >> 16) & 0xff), int((v >> 8) & 0xff), int(v & 0xff));
    case exec::TermColor::Kind::Default:
        break;
    }
    return {};
}

} // namespace

StoredSpan StoredSpan::from(quint32 line, const exec::StyleSpan& s)
{
    return {line, quint32(s.start), quint32(s.length), packColor(s.style.foreground),
            packColor(s.style.background) | (quint32(s.style.flags) << 26)};
}

exec::StyleSpan StoredSpan::toStyleSpan() const
{
    exec::StyleSpan s;
    s.start = start;
    s.length = length;
    s.style.foreground = unpackColor(foreground);
    s.style.background = unpackColor(backgroundAndFlags & 0x03ffffffu);
    s.style.flags = quint8(backgroundAndFlags >> 26);
    return s;
}

LogChunk::LogChunk(qint64 firstSeq, quint32 byteCapacity)
    : m_firstSeq(firstSeq)
    , m_byteCapacity(byteCapacity)
{
    // One mapping: [entries][spans][bytes], each area page-aligned.
    const std::size_t entryArea = roundUp(sizeof(LineEntry) * kMaxLines);
    const std::size_t spanArea = roundUp(sizeof(StoredSpan) * kMaxSpans);
    m_mapSize = entryArea + spanArea + roundUp(byteCapacity);
    void* p =
        mmap(nullptr, m_mapSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED)
        std::abort(); // out of address space: nothing sensible is left to do
    m_map = static_cast<char*>(p);
    m_entries = reinterpret_cast<LineEntry*>(m_map);
    m_spans = reinterpret_cast<StoredSpan*>(m_map + entryArea);
    m_bytes = m_map + entryArea + spanArea;
}

LogChunk::~LogChunk()
{
    munmap(m_map, m_mapSize);
}

bool LogChunk::append(QByteArrayView utf8, qint64 timeMs, quint16 source, exec::Channel channel, Level level,
                      const QList<exec::StyleSpan>& spans)
{
    const std::size_t need = std::size_t(utf8.size()) + 1;
    if (m_count == kMaxLines || need > m_byteCapacity - m_used ||
        std::size_t(spans.size()) > kMaxSpans - m_spanCount)
        return false;
    LineEntry e;
    if (timeMs != 0) {
        if (!m_hasBase) {
            m_baseTimeMs = timeMs;
            m_hasBase = true;
        }
        const qint64 delta = timeMs - m_baseTimeMs;
        if (delta < std::numeric_limits<qint32>::min() || delta > std::numeric_limits<qint32>::max())
            return false; // more than 24 days from the chunk's first time: a new chunk
        e.timeDelta = qint32(delta);
        e.flags |= LineEntry::HasTime;
    }
    makeReady(m_bytes, &m_bytesReady, m_used + need, m_byteCapacity);
    makeReady(reinterpret_cast<char*>(m_entries), &m_entriesReady, sizeof(LineEntry) * (m_count + 1),
              sizeof(LineEntry) * kMaxLines);
    if (utf8.size() > 0)
        std::memcpy(m_bytes + m_used, utf8.data(), std::size_t(utf8.size()));
    m_used += quint32(utf8.size());
    m_bytes[m_used] = '\n';
    e.end = m_used;
    ++m_used;
    e.source = source;
    e.level = level;
    if (channel == exec::Channel::Stderr)
        e.flags |= LineEntry::Stderr;
    if (!spans.isEmpty()) {
        e.flags |= LineEntry::HasSpans;
        for (const exec::StyleSpan& s : spans)
            m_spans[m_spanCount++] = StoredSpan::from(m_count, s);
        m_publishedSpans.store(m_spanCount, std::memory_order_release);
    }
    m_entries[m_count++] = e;
    return true;
}

void LogChunk::seal()
{
    giveBack(m_bytes, m_used, m_bytesReady);
    giveBack(reinterpret_cast<char*>(m_entries), sizeof(LineEntry) * m_count, m_entriesReady);
    m_bytesReady = roundUp(m_used);
    m_entriesReady = roundUp(sizeof(LineEntry) * m_count);
}

QList<exec::StyleSpan> LogChunk::spans(quint32 i) const
{
    QList<exec::StyleSpan> out;
    if (!(m_entries[i].flags & LineEntry::HasSpans))
        return out;
    const StoredSpan* end = m_spans + m_publishedSpans.load(std::memory_order_acquire);
    const StoredSpan* begin = m_spans;
    auto it =
        std::lower_bound(begin, end, i, [](const StoredSpan& s, quint32 line) { return s.line < line; });
    for (; it != end && it->line == i; ++it)
        out.append(it->toStyleSpan());
    return out;
}

qint64 LogChunk::memoryBytes() const
{
    // The pages made ready ahead count: they are resident.
    return qint64(sizeof(LogChunk) + std::max(roundUp(sizeof(LineEntry) * m_count), m_entriesReady) +
                  roundUp(sizeof(StoredSpan) * m_spanCount) + std::max(roundUp(m_used), m_bytesReady));
}

} // namespace capataz::logs
