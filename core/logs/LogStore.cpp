#include "logs/LogStore.h"

#include "logs/LogLevel.h"

#include <QStringEncoder>

#include <algorithm>
#include <cstring>

namespace capataz::logs {

namespace {
constexpr qsizetype kMaxLineBytes = qsizetype(64) << 20;

// Most lines are ASCII: 8 bytes at a time; Qt's check (a byte at a time) only for the others.
bool isValidUtf8(QByteArrayView s)
{
    const char* p = s.data();
    const char* end = p + s.size();
    for (; end - p >= 8; p += 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        if (w & 0x8080808080808080ull)
            return QByteArrayView(p, end - p).isValidUtf8();
    }
    for (; p < end; ++p)
        if (static_cast<unsigned char>(*p) >= 0x80)
            return QByteArrayView(p, end - p).isValidUtf8();
    return true;
}
} // namespace

// ---- LogSnapshot ----------------------------------------------------------------------------

int LogSnapshot::chunkOf(LogSeq seq) const
{
    // The last chunk whose first line is at or before seq.
    auto it = std::upper_bound(
        m_chunks.begin(), m_chunks.end(), seq.get(),
        [](qint64 s, const std::shared_ptr<const LogChunk>& c) { return s < c->firstSeq(); });
    return int(it - m_chunks.begin()) - 1;
}

LogLine LogSnapshot::line(LogSeq seq) const
{
    const LogChunk& c = *m_chunks[std::size_t(chunkOf(seq))];
    const auto i = quint32(seq.get() - c.firstSeq());
    const LineEntry& e = c.entries()[i];
    LogLine l;
    l.seq = seq;
    l.utf8 = c.text(i);
    l.timeMs = c.timeMs(i);
    l.source = e.source;
    l.channel = (e.flags & LineEntry::Stderr) ? exec::Channel::Stderr : exec::Channel::Stdout;
    l.level = e.level;
    l.hasSpans = (e.flags & LineEntry::HasSpans) != 0;
    l.mark = (e.flags & LineEntry::Mark) != 0;
    return l;
}

QList<exec::StyleSpan> LogSnapshot::spans(LogSeq seq) const
{
    const LogChunk& c = *m_chunks[std::size_t(chunkOf(seq))];
    return c.spans(quint32(seq.get() - c.firstSeq()));
}

// ---- LogStore -------------------------------------------------------------------------------

LogStore::LogStore(qint64 maxLines, quint32 chunkBytes)
    : m_maxLines(std::max<qint64>(1, maxLines))
    , m_chunkBytes(std::max<quint32>(4096, chunkBytes))
{}

LogStore::~LogStore() = default;

void LogStore::append(const LogBatch& batch)
{
    QStringEncoder toUtf8(QStringEncoder::Utf8);
    for (const LogRecord& r : batch) {
        // Encode straight into the reused buffer (no QByteArray per line).
        const qsizetype need = toUtf8.requiredSpace(r.text.size());
        if (m_scratch.size() < need)
            m_scratch.resize(std::max(need, qsizetype(4096)));
        char* end = toUtf8.appendToBuffer(m_scratch.data(), r.text);
        const QByteArrayView utf8(m_scratch.constData(), end - m_scratch.constData());
        appendLocked(utf8, r.timeMs, r.source, r.channel, r.level, r.spans);
        if (r.kind != LogRecord::Kind::Line && m_open)
            m_open->markLast();
    }
    if (m_open) {
        m_open->publish();
        m_openMemory.store(m_open->memoryBytes(), std::memory_order_relaxed);
    }
}

void LogStore::append(const LogRecord& record)
{
    append(LogBatch{record});
}

LogSeq LogStore::appendUtf8(QByteArrayView utf8, qint64 timeMs, quint16 source, exec::Channel channel,
                            Level level, const QList<exec::StyleSpan>& spans)
{
    const LogSeq seq(m_end.load(std::memory_order_relaxed));
    // Searches run PCRE2 without a UTF-8 check per call (TextMatcher): keep only valid UTF-8.
    if (!isValidUtf8(utf8)) {
        m_scratch = QString::fromUtf8(utf8).toUtf8();
        utf8 = m_scratch;
    }
    appendLocked(utf8, timeMs, source, channel, level, spans);
    m_open->publish();
    return seq;
}

void LogStore::appendLocked(QByteArrayView utf8, qint64 timeMs, quint16 source, exec::Channel channel,
                            Level level, const QList<exec::StyleSpan>& spans)
{
    if (utf8.size() > kMaxLineBytes)
        utf8 = utf8.first(kMaxLineBytes);
    if (level == Level::Unknown)
        level = detectLevel(utf8);
    if (!m_open || !m_open->append(utf8, timeMs, source, channel, level, spans)) {
        newChunk(quint32(utf8.size() + 1));
        const bool ok =
            m_open->append(utf8, timeMs, source, channel, level, spans.mid(0, LogChunk::kMaxSpans));
        Q_ASSERT(ok);
    }
    m_textBytes.fetch_add(utf8.size(), std::memory_order_relaxed);
    const qint64 end = m_end.load(std::memory_order_relaxed) + 1;
    m_end.store(end, std::memory_order_relaxed);
    if (end - m_first.load(std::memory_order_relaxed) > m_maxLines) {
        m_first.store(end - m_maxLines, std::memory_order_release);
        if (m_chunks.front()->firstSeq() + m_chunks.front()->count() <= end - m_maxLines)
            evict();
    }
    // Every 256 lines is enough for a counter that a view shows.
    if ((end & 0xff) == 0)
        m_openMemory.store(m_open->memoryBytes(), std::memory_order_relaxed);
}

void LogStore::newChunk(quint32 minBytes)
{
    if (m_open) {
        m_open->publish();
        m_open->seal();
        m_sealedMemory.fetch_add(m_open->memoryBytes(), std::memory_order_relaxed);
    }
    auto chunk =
        std::make_shared<LogChunk>(m_end.load(std::memory_order_relaxed), std::max(m_chunkBytes, minBytes));
    LogChunk* raw = chunk.get();
    {
        const std::lock_guard lock(m_mutex);
        m_chunks.push_back(std::move(chunk));
    }
    m_open = raw;
    m_openMemory.store(m_open->memoryBytes(), std::memory_order_relaxed);
}

void LogStore::evict()
{
    // Free the chunks every line of which is dropped (never the open one: it has the newest).
    const qint64 first = m_first.load(std::memory_order_relaxed);
    std::vector<std::shared_ptr<LogChunk>> gone; // freed outside the lock
    {
        const std::lock_guard lock(m_mutex);
        auto it = m_chunks.begin();
        while (it + 1 != m_chunks.end() && (*it)->firstSeq() + (*it)->count() <= first)
            ++it;
        gone.assign(std::make_move_iterator(m_chunks.begin()), std::make_move_iterator(it));
        m_chunks.erase(m_chunks.begin(), it);
    }
    for (const auto& c : gone) {
        m_sealedMemory.fetch_sub(c->memoryBytes(), std::memory_order_relaxed);
        m_textBytes.fetch_sub(qint64(c->lineStart(c->count())) - c->count(), std::memory_order_relaxed);
    }
}

void LogStore::clear()
{
    const qint64 end = m_end.load(std::memory_order_relaxed);
    m_first.store(end, std::memory_order_release);
    std::vector<std::shared_ptr<LogChunk>> gone;
    {
        const std::lock_guard lock(m_mutex);
        gone.swap(m_chunks);
    }
    m_open = nullptr;
    m_sealedMemory.store(0, std::memory_order_relaxed);
    m_openMemory.store(0, std::memory_order_relaxed);
    m_textBytes.store(0, std::memory_order_relaxed);
}

LogSnapshot LogStore::snapshot() const
{
    LogSnapshot s;
    const std::lock_guard lock(m_mutex);
    s.m_chunks.assign(m_chunks.begin(), m_chunks.end());
    if (s.m_chunks.empty()) {
        s.m_first = s.m_end = LogSeq(m_first.load(std::memory_order_acquire));
        return s;
    }
    // Count the last chunk's lines first: every line it shows is then complete, and end()
    // follows from it (the writer may be further on).
    const LogChunk& last = *s.m_chunks.back();
    s.m_lastCount = last.published();
    s.m_end = LogSeq(last.firstSeq() + s.m_lastCount);
    const qint64 first = std::min(m_first.load(std::memory_order_acquire), s.m_end.get());
    s.m_first = LogSeq(std::max(first, s.m_chunks.front()->firstSeq()));
    return s;
}

LogSeq LogStore::end() const
{
    return LogSeq(m_end.load(std::memory_order_acquire));
}

LineCount LogStore::dropped() const
{
    return LineCount(m_first.load(std::memory_order_acquire));
}

LineCount LogStore::size() const
{
    return LineCount(m_end.load(std::memory_order_acquire) - m_first.load(std::memory_order_acquire));
}

qint64 LogStore::memoryBytes() const
{
    qint64 n = 0;
    {
        const std::lock_guard lock(m_mutex);
        n = qint64(m_chunks.capacity() * sizeof(m_chunks[0]));
    }
    return n + m_sealedMemory.load(std::memory_order_relaxed) + m_openMemory.load(std::memory_order_relaxed);
}

qint64 LogStore::textBytes() const
{
    return m_textBytes.load(std::memory_order_relaxed);
}

} // namespace capataz::logs
