#include "logs/TextMatcher.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <cstring>

namespace capataz::logs {

struct TextMatcher::Pcre {
    pcre2_code* code = nullptr;
    bool jit = false;
    // One line at a time, a pattern that backtracks badly gives up after this many steps (PCRE2's
    // default, 10 million, is tens of milliseconds per line: a million lines would take hours);
    // over a run of many lines the default stays, and a give-up there goes line by line.
    pcre2_match_context* perLine = nullptr;
    ~Pcre()
    {
        pcre2_match_context_free(perLine);
        pcre2_code_free(code);
    }
};

namespace {

char lowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}

bool isAscii(QByteArrayView s)
{
    for (char c : s)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

bool equalNoCase(const char* hay, const char* lowerNeedle, qsizetype n)
{
    for (qsizetype i = 0; i < n; ++i)
        if (lowerAscii(hay[i]) != lowerNeedle[i])
            return false;
    return true;
}

// Match data for one match (group 0 only) per thread, reused: no allocation per call.
pcre2_match_data* threadMatchData()
{
    struct Holder {
        pcre2_match_data* md = pcre2_match_data_create(1, nullptr);
        ~Holder() { pcre2_match_data_free(md); }
    };
    thread_local Holder holder;
    return holder.md;
}

// Candidates where the first and last byte of the needle are where they should be, 16
// positions at a time; each is then compared in full. `noCase`: letters compared with bit
// 0x20 set (the needle is lower case; the candidates are checked exactly afterwards).
template <bool NoCase> const char* scan(const char* begin, const char* end, const QByteArray& needle)
{
    const qsizetype n = needle.size();
    const char* nd = needle.constData();
    if (end - begin < n)
        return nullptr;
    const char* last = end - n; // last possible start
    const char* p = begin;
#if defined(__SSE2__)
    const __m128i first = _mm_set1_epi8(NoCase ? char(nd[0] | 0x20) : nd[0]);
    const __m128i lastB = _mm_set1_epi8(NoCase ? char(nd[n - 1] | 0x20) : nd[n - 1]);
    const __m128i fold = _mm_set1_epi8(NoCase ? 0x20 : 0);
    for (; p + 16 <= last + 1; p += 16) {
        // Blocks at p and p+n-1 (the latter ends at most at end: p+15+n-1 <= last+n-1 < end).
        const __m128i a = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)), fold);
        const __m128i b = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + n - 1)), fold);
        unsigned mask =
            unsigned(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, lastB))));
        while (mask != 0) {
            const char* c = p + __builtin_ctz(mask);
            if (NoCase ? equalNoCase(c, nd, n) : std::memcmp(c + 1, nd + 1, std::size_t(n - 1)) == 0)
                return c;
            mask &= mask - 1;
        }
    }
#endif
    for (; p <= last; ++p) {
        if (NoCase ? equalNoCase(p, nd, n) : (*p == nd[0] && std::memcmp(p, nd, std::size_t(n)) == 0))
            return p;
    }
    return nullptr;
}

// Parts of a pattern whose meaning changes when the subject is many lines instead of one.
bool dependsOnSubjectBounds(const QString& pattern)
{
    return pattern.contains(QLatin1String("\\A")) || pattern.contains(QLatin1String("\\z")) ||
           pattern.contains(QLatin1String("\\Z")) || pattern.contains(QLatin1String("\\G")) ||
           pattern.contains(QLatin1String("(?<=")) || pattern.contains(QLatin1String("(?<!")) ||
           pattern.contains(QLatin1String("\\K")) || pattern.contains(QLatin1String("(*"));
}

} // namespace

TextMatcher::TextMatcher() = default;
TextMatcher::~TextMatcher() = default;
TextMatcher::TextMatcher(const TextMatcher&) = default;
TextMatcher& TextMatcher::operator=(const TextMatcher&) = default;

Result<TextMatcher> TextMatcher::create(const QString& pattern, Mode mode, bool caseSensitive)
{
    TextMatcher m;
    if (pattern.isEmpty())
        return m;
    const QByteArray utf8 = pattern.toUtf8();
    if (mode == Mode::Substring && (caseSensitive || isAscii(utf8))) {
        m.m_kind = caseSensitive ? Kind::Bytes : Kind::AsciiNoCase;
        m.m_needle = caseSensitive ? utf8 : utf8.toLower();
        return m;
    }
    quint32 options = PCRE2_UTF | PCRE2_MULTILINE;
    if (!caseSensitive)
        options |= PCRE2_CASELESS;
    if (mode == Mode::Substring)
        options = (options & ~quint32(PCRE2_MULTILINE)) | PCRE2_LITERAL; // LITERAL allows no MULTILINE
    int error = 0;
    PCRE2_SIZE errorOffset = 0;
    auto pcre = std::make_shared<Pcre>();
    pcre->code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(utf8.constData()), PCRE2_SIZE(utf8.size()),
                               options, &error, &errorOffset, nullptr);
    if (!pcre->code) {
        PCRE2_UCHAR message[256];
        pcre2_get_error_message(error, message, sizeof message);
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("regular expression: %1 at offset %2")
                        .arg(QString::fromUtf8(reinterpret_cast<const char*>(message)))
                        .arg(qulonglong(errorOffset)));
    }
    pcre->jit = pcre2_jit_compile(pcre->code, PCRE2_JIT_COMPLETE) == 0;
    pcre->perLine = pcre2_match_context_create(nullptr);
    if (pcre->perLine) {
        pcre2_set_match_limit(pcre->perLine, kLineMatchLimit);
        pcre2_set_depth_limit(pcre->perLine, kLineMatchLimit);
    }
    m.m_kind = Kind::Pcre;
    m.m_lineByLine = mode == Mode::Regex && dependsOnSubjectBounds(pattern);
    m.m_pcre = std::move(pcre);
    return m;
}

const char* TextMatcher::findBytes(const char* begin, const char* end) const
{
    if (m_kind == Kind::Bytes) {
        if (m_needle.size() == 1)
            return static_cast<const char*>(std::memchr(begin, m_needle[0], std::size_t(end - begin)));
        return scan<false>(begin, end, m_needle);
    }
    return scan<true>(begin, end, m_needle);
}

TextMatcher::Found TextMatcher::pcreFind(const char* subject, qsizetype length, qsizetype from,
                                         ByteRange* found, bool oneLine) const
{
    pcre2_match_context* context = oneLine ? m_pcre->perLine : nullptr;
    // The store keeps valid UTF-8 only (LogStore checks what it is given), so no UTF check per
    // call: with it, PCRE2 would check the whole rest of the chunk at every match.
    pcre2_match_data* md = threadMatchData();
    const auto s = reinterpret_cast<PCRE2_SPTR>(subject);
    const int rc = m_pcre->jit ? pcre2_jit_match(m_pcre->code, s, PCRE2_SIZE(length), PCRE2_SIZE(from),
                                                 PCRE2_NO_UTF_CHECK, md, context)
                               : pcre2_match(m_pcre->code, s, PCRE2_SIZE(length), PCRE2_SIZE(from),
                                             PCRE2_NO_UTF_CHECK, md, context);
    if (rc == PCRE2_ERROR_NOMATCH)
        return Found::None;
    if (rc < 0)
        return Found::GaveUp; // match, depth or heap limit, JIT stack: too much backtracking
    const PCRE2_SIZE* ov = pcre2_get_ovector_pointer(md);
    found->start = qsizetype(ov[0]);
    found->length = qsizetype(ov[1] - ov[0]);
    return Found::Match;
}

TextMatcher::Found TextMatcher::find(const char* begin, const char* end, ByteRange* found) const
{
    switch (m_kind) {
    case Kind::Empty:
        if (begin == end)
            return Found::None;
        *found = {0, 0};
        return Found::Match;
    case Kind::Bytes:
    case Kind::AsciiNoCase:
        if (const char* at = findBytes(begin, end)) {
            *found = {at - begin, m_needle.size()};
            return Found::Match;
        }
        return Found::None;
    case Kind::Pcre:
        return pcreFind(begin, end - begin, 0, found, false);
    }
    return Found::None;
}

bool TextMatcher::matches(QByteArrayView line) const
{
    if (m_kind == Kind::Empty)
        return true;
    ByteRange r;
    if (m_kind == Kind::Pcre)
        return pcreFind(line.data(), line.size(), 0, &r, true) == Found::Match;
    return findBytes(line.data(), line.data() + line.size()) != nullptr;
}

QList<ByteRange> TextMatcher::matchesIn(QByteArrayView line) const
{
    QList<ByteRange> out;
    if (m_kind == Kind::Empty)
        return out;
    qsizetype from = 0;
    while (from <= line.size()) {
        ByteRange r;
        if (m_kind == Kind::Pcre) {
            if (pcreFind(line.data(), line.size(), from, &r, true) != Found::Match)
                break;
        } else {
            const char* at = findBytes(line.data() + from, line.data() + line.size());
            if (!at)
                break;
            r = {at - line.data(), m_needle.size()};
        }
        if (r.length == 0) { // an empty match: step over one character (UTF-8)
            from = r.start + 1;
            while (from < line.size() && (static_cast<unsigned char>(line[from]) & 0xc0) == 0x80)
                ++from;
            continue;
        }
        out.append(r);
        from = r.start + r.length;
    }
    return out;
}

QList<ByteRange> TextMatcher::toUtf16(QByteArrayView utf8, const QList<ByteRange>& ranges)
{
    // One pass: count UTF-16 units up to each range boundary (ranges are in order).
    QList<ByteRange> out;
    out.reserve(ranges.size());
    qsizetype byte = 0;
    qsizetype unit = 0;
    auto advanceTo = [&](qsizetype target) {
        while (byte < target && byte < utf8.size()) {
            const auto c = static_cast<unsigned char>(utf8[byte]);
            const int len = c < 0x80 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
            byte += len;
            unit += len == 4 ? 2 : 1;
        }
        return unit;
    };
    for (const ByteRange& r : ranges) {
        const qsizetype s = advanceTo(r.start);
        const qsizetype e = advanceTo(r.start + r.length);
        out.append({s, e - s});
    }
    return out;
}

} // namespace capataz::logs
