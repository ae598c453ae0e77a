#include "ConsoleLines.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace capataz::ui {

namespace {
// Dropped lines are removed from the front of the buffers only once they are this many (and
// half of what the buffers hold): moving the rest costs a little, and not per line.
constexpr size_t kCompactEntries = 4096;
constexpr qsizetype kCompactBytes = 1024 * 1024;
} // namespace

ConsoleLines::ConsoleLines(LineCount maxLines, qsizetype maxBytes)
    : m_maxLines(std::max<qint64>(maxLines.get(), 1))
    , m_maxBytes(std::max<qsizetype>(maxBytes, 1))
{}

const ConsoleLines::Entry& ConsoleLines::entry(LineIndex i) const
{
    Q_ASSERT(contains(i));
    return m_entries[m_head + size_t((i - m_first).get())];
}

QByteArrayView ConsoleLines::utf8(LineIndex i) const
{
    const Entry& e = entry(i);
    return QByteArrayView(m_bytes.constData() + (e.offset - m_byteBase), e.bytes);
}

QString ConsoleLines::text(LineIndex i) const
{
    return QString::fromUtf8(utf8(i));
}

qsizetype ConsoleLines::length(LineIndex i) const
{
    return entry(i).length;
}

ConsoleKind ConsoleLines::kind(LineIndex i) const
{
    return entry(i).kind;
}

bool ConsoleLines::isCut(LineIndex i) const
{
    return entry(i).cut;
}

QList<ConsoleSpan> ConsoleLines::spans(LineIndex i) const
{
    const Entry& e = entry(i);
    if (e.spanCount == 0)
        return {};
    const auto from = m_spans.begin() + std::ptrdiff_t(e.firstSpan - m_spanBase);
    return QList<ConsoleSpan>(from, from + e.spanCount);
}

void ConsoleLines::addSpan(Entry& e, const ConsoleSpan& span)
{
    if (span.length <= 0 || e.spanCount == std::numeric_limits<quint16>::max())
        return;
    m_spans.push_back(span);
    ++e.spanCount;
}

void ConsoleLines::reserveOnce()
{
    // Growing a buffer of megabytes copies it all into fresh memory (measured: up to 50 ms in
    // one append on the VM, most of it page faults). Address space is cheap: the buffers get
    // room for twice the caps at once (what is kept plus what compact() waits to remove), and
    // memory is only used as it is written.
    if (m_reserved)
        return;
    m_reserved = true;
    m_bytes.reserve(2 * m_maxBytes + 64 * 1024);
    m_entries.reserve(size_t(2 * m_maxLines.get() + 1));
}

qint32 ConsoleLines::appendUtf8(QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    m_bytes.append(utf8);
    return qint32(utf8.size());
}

void ConsoleLines::append(ConsoleKind kind, QStringView text, const QList<ConsoleSpan>& spans, bool cut)
{
    reserveOnce();
    const qint64 offset = m_byteBase + m_bytes.size();
    const qint32 bytes = appendUtf8(text);
    Entry e{offset, m_spanBase + qint64(m_spans.size()), bytes, qint32(text.size()), 0, kind, cut};
    for (const ConsoleSpan& s : spans) {
        ConsoleSpan clipped = s;
        clipped.start = std::clamp<qint32>(s.start, 0, e.length);
        clipped.length = std::clamp<qint32>(s.length, 0, e.length - clipped.start);
        addSpan(e, clipped);
    }
    m_entries.push_back(e);
    m_maxLength = std::max<qsizetype>(m_maxLength, text.size());
    dropOld();
}

void ConsoleLines::extendLast(ConsoleKind kind, QStringView text)
{
    if (isEmpty()) {
        append(kind, text);
        return;
    }
    // The last line's bytes and spans are the last ones in the buffers: they just grow.
    Entry& e = m_entries.back();
    if (kind != e.kind)
        addSpan(e, ConsoleSpan{e.length, qint32(text.size()), kind, {}});
    e.bytes += appendUtf8(text);
    e.length += qint32(text.size());
    m_maxLength = std::max<qsizetype>(m_maxLength, e.length);
    dropOld();
}

void ConsoleLines::replaceLast(ConsoleKind kind, QStringView text, const QList<ConsoleSpan>& spans, bool cut)
{
    if (!isEmpty()) {
        const Entry& e = m_entries.back();
        m_bytes.truncate(e.offset - m_byteBase);
        m_spans.resize(size_t(e.firstSpan - m_spanBase));
        m_entries.pop_back();
    }
    append(kind, text, spans, cut);
}

void ConsoleLines::markLastCut()
{
    if (!isEmpty())
        m_entries.back().cut = true;
}

void ConsoleLines::clear()
{
    m_bytes.clear();
    m_byteHead = 0;
    m_byteBase = 0;
    m_entries.clear();
    m_head = 0;
    m_spans.clear();
    m_spanHead = 0;
    m_spanBase = 0;
    m_first = LineIndex(0);
    m_maxLength = 0;
    m_reserved = false;
}

void ConsoleLines::dropOld()
{
    // The last line always stays, whatever its size.
    while (count().get() > 1 && (count() > m_maxLines || byteCount() > m_maxBytes)) {
        const Entry& next = m_entries[m_head + 1];
        m_byteHead = qsizetype(next.offset - m_byteBase);
        m_spanHead = size_t(next.firstSpan - m_spanBase);
        ++m_head;
        ++m_first;
    }
    compact();
}

void ConsoleLines::compact()
{
    if (m_head >= kCompactEntries && m_head * 2 >= m_entries.size()) {
        m_entries.erase(m_entries.begin(), m_entries.begin() + std::ptrdiff_t(m_head));
        m_head = 0;
    }
    if (m_spanHead >= kCompactEntries && m_spanHead * 2 >= m_spans.size()) {
        m_spans.erase(m_spans.begin(), m_spans.begin() + std::ptrdiff_t(m_spanHead));
        m_spanBase += qint64(m_spanHead);
        m_spanHead = 0;
    }
    if (m_byteHead >= kCompactBytes && m_byteHead * 2 >= m_bytes.size()) {
        // By hand rather than remove(0, n), which may only move the start of the data and
        // leave the room in front unused by the appends that follow.
        const qsizetype keep = m_bytes.size() - m_byteHead;
        std::memmove(m_bytes.data(), m_bytes.constData() + m_byteHead, size_t(keep));
        m_bytes.resize(keep);
        m_byteBase += m_byteHead;
        m_byteHead = 0;
    }
}

} // namespace capataz::ui
