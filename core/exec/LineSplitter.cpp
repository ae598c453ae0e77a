#include "exec/LineSplitter.h"

#include <QVarLengthArray>

#include <algorithm>

namespace capataz::exec {

namespace {

constexpr char16_t kEsc = 0x1b;
constexpr char16_t kBel = 0x07;
constexpr char16_t kC1Csi = 0x9b;
constexpr char16_t kC1St = 0x9c;
// A sequence longer than this is not one (a stray ESC, or binary output): give up on it so
// the rest of the output is not swallowed.
constexpr int kMaxSequence = 4096;
constexpr qsizetype kMaxParams = 256;
constexpr qsizetype kMinLineLength = 16;

bool isSpecial(char16_t c)
{
    return (c < 0x20 && c != u'\t') || c == 0x7f || c == kC1Csi || c == kC1St;
}

// How many bytes of `bytes`' end start a UTF-8 character that is not complete yet.
qsizetype incompleteTail(QByteArrayView bytes)
{
    const qsizetype n = bytes.size();
    for (qsizetype back = 1; back <= std::min<qsizetype>(3, n); ++back) {
        const auto b = quint8(bytes[n - back]);
        if ((b & 0xc0) == 0x80)
            continue; // a continuation byte: look further back
        const qsizetype need = (b & 0xe0) == 0xc0 ? 2 : (b & 0xf0) == 0xe0 ? 3 : (b & 0xf8) == 0xf0 ? 4 : 1;
        return need > back ? back : 0;
    }
    return 0;
}

// One SGR parameter group: "1", "38;5;200" arrives as separate groups, "38:2::10:20:30" as one.
using Params = QVarLengthArray<int, 16>;

} // namespace

LineSplitter::LineSplitter(Channel channel)
    : LineSplitter(channel, Options{})
{}

LineSplitter::LineSplitter(Channel channel, Options options)
    : m_channel(channel)
    , m_options(options)
{
    m_options.maxLineLength = std::max(m_options.maxLineLength, kMinLineLength);
}

void LineSplitter::feed(QByteArrayView bytes, LineBatch& out)
{
    if (bytes.isEmpty())
        return;
    m_bytes += ByteCount(bytes.size());
    QByteArray joined;
    if (!m_carry.isEmpty()) {
        joined = m_carry + bytes;
        m_carry.clear();
        bytes = joined;
    }
    const qsizetype tail = incompleteTail(bytes);
    if (tail > 0) {
        m_carry = bytes.last(tail).toByteArray();
        bytes = bytes.first(bytes.size() - tail);
    }
    if (!bytes.isEmpty())
        process(QString::fromUtf8(bytes), out); // invalid bytes become U+FFFD
}

void LineSplitter::process(QStringView text, LineBatch& out)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (m_state == State::Text) {
            qsizetype j = i;
            while (j < n && !isSpecial(text[j].unicode()))
                ++j;
            if (j > i) {
                appendText(text.sliced(i, j - i), out);
                i = j;
                continue;
            }
            control(text[i++].unicode(), out);
            continue;
        }
        const char16_t c = text[i].unicode();
        if (sequence(c)) {
            ++i;
            continue;
        }
        // Not part of the sequence after all: the loop handles it again as text.
    }
}

void LineSplitter::appendText(QStringView run, LineBatch& out)
{
    if (m_afterCr) {
        m_afterCr = false;
        m_nextReplaces = true; // text after a lone CR: the same line, drawn again
    }
    while (!run.isEmpty()) {
        const qsizetype room = m_options.maxLineLength - m_text.size();
        if (run.size() <= room) {
            m_text += run;
            return;
        }
        qsizetype take = room;
        if (take > 0 && run[take - 1].isHighSurrogate())
            --take; // never cut a character in two
        m_text += run.first(take);
        run = run.sliced(take);
        emitLine(true, out);
    }
}

void LineSplitter::control(char16_t c, LineBatch& out)
{
    switch (c) {
    case u'\n':
        if (m_afterCr) {
            m_afterCr = false; // CR LF: the line ended at the CR
            ++m_index;
            return;
        }
        emitLine(false, out);
        ++m_index;
        return;
    case u'\r':
        if (m_afterCr)
            return; // CR CR LF is one line end
        emitLine(false, out);
        m_afterCr = true; // the index stays: what follows redraws this line, unless an LF comes
        return;
    case kEsc:
    case kC1Csi:
        if (m_afterCr) {
            m_afterCr = false;
            m_nextReplaces = true;
        }
        m_state = c == kEsc ? State::Escape : State::Csi;
        m_sequenceLength = 0;
        m_params.clear();
        m_csiPlain = true;
        return;
    default:
        return; // other controls (BEL, BS, NUL, DEL, a stray ST ...): dropped
    }
}

bool LineSplitter::sequence(char16_t c)
{
    if (++m_sequenceLength > kMaxSequence) {
        m_state = State::Text;
        return false;
    }
    switch (m_state) {
    case State::Text:
        return false;
    case State::Escape:
        if (c == u'[') {
            m_state = State::Csi;
            return true;
        }
        if (c == u']' || c == u'P' || c == u'X' || c == u'^' || c == u'_') {
            m_state = State::String; // OSC, DCS, SOS, PM, APC: up to BEL or ST
            return true;
        }
        if (c >= 0x20 && c <= 0x2f) {
            m_state = State::EscapeIntermediate; // e.g. ESC ( B: character set
            return true;
        }
        m_state = State::Text;
        return c >= 0x30 && c <= 0x7e; // ESC 7, ESC =, ESC c ...: two characters, both dropped
    case State::EscapeIntermediate:
        if (c >= 0x20 && c <= 0x2f)
            return true;
        m_state = State::Text;
        return c >= 0x30 && c <= 0x7e; // the final byte
    case State::Csi:
        if (c >= 0x30 && c <= 0x3f) { // parameters
            if ((c == u'<' || c == u'=' || c == u'>' || c == u'?') && m_params.isEmpty())
                m_csiPlain = false; // a private sequence ("ESC [ ? 25 l")
            if (m_params.size() < kMaxParams)
                m_params += QChar(c);
            return true;
        }
        if (c >= 0x20 && c <= 0x2f) { // intermediates
            m_csiPlain = false;
            return true;
        }
        m_state = State::Text;
        if (c >= 0x40 && c <= 0x7e) { // the final byte: "m", "K", "H", ...
            if (c == u'm' && m_csiPlain && m_options.keepStyles)
                applySgr(m_params);
            return true;
        }
        return false; // malformed: show what follows
    case State::String:
        if (c == kBel || c == kC1St)
            m_state = State::Text;
        else if (c == kEsc)
            m_state = State::StringEscape;
        return true;
    case State::StringEscape:
        m_state = c == u'\\' ? State::Text : State::String;
        return true;
    }
    return false;
}

void LineSplitter::applySgr(QStringView params)
{
    // Groups split by ';'; a group may hold sub-parameters split by ':' (ITU T.416 colours).
    QVarLengthArray<Params, 8> groups;
    for (QStringView group : params.split(u';')) {
        Params p;
        for (QStringView sub : group.split(u':')) {
            bool ok = false;
            const int v = sub.toInt(&ok);
            p.append(ok ? std::min(v, 0xffff) : 0); // empty means 0
        }
        groups.append(p);
    }
    TextStyle s = m_style;
    // Reads a colour given as "5;N" or "2;R;G;B", in the following groups or as sub-parameters.
    auto colour = [&](qsizetype& g, TermColor& into) {
        const Params& here = groups[g];
        if (here.size() > 1) { // 38:5:N or 38:2:[cs]:R:G:B
            if (here[1] == 5 && here.size() >= 3)
                into = TermColor::indexed(here[2]);
            else if (here[1] == 2 && here.size() >= 6)
                into = TermColor::rgb(here[3], here[4], here[5]);
            else if (here[1] == 2 && here.size() == 5)
                into = TermColor::rgb(here[2], here[3], here[4]);
            return;
        }
        auto at = [&](qsizetype k) {
            return g + k < groups.size() ? groups[g + k].value(0) : -1;
        };
        if (at(1) == 5 && at(2) >= 0) {
            into = TermColor::indexed(at(2));
            g += 2;
        } else if (at(1) == 2 && at(4) >= 0) {
            into = TermColor::rgb(at(2), at(3), at(4));
            g += 4;
        } else {
            g = groups.size(); // malformed: ignore the rest
        }
    };
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const int p = groups[g].value(0);
        if (p == 0) {
            s = TextStyle{};
        } else if (p == 1) {
            s.flags |= TextStyle::Bold;
        } else if (p == 2) {
            s.flags |= TextStyle::Dim;
        } else if (p == 3) {
            s.flags |= TextStyle::Italic;
        } else if (p == 4) {
            s.flags |= TextStyle::Underline;
        } else if (p == 7) {
            s.flags |= TextStyle::Inverse;
        } else if (p == 9) {
            s.flags |= TextStyle::Strike;
        } else if (p == 22) {
            s.flags &= quint8(~(TextStyle::Bold | TextStyle::Dim));
        } else if (p == 23) {
            s.flags &= quint8(~TextStyle::Italic);
        } else if (p == 24) {
            s.flags &= quint8(~TextStyle::Underline);
        } else if (p == 27) {
            s.flags &= quint8(~TextStyle::Inverse);
        } else if (p == 29) {
            s.flags &= quint8(~TextStyle::Strike);
        } else if (p >= 30 && p <= 37) {
            s.foreground = TermColor::indexed(p - 30);
        } else if (p == 38) {
            colour(g, s.foreground);
        } else if (p == 39) {
            s.foreground = TermColor{};
        } else if (p >= 40 && p <= 47) {
            s.background = TermColor::indexed(p - 40);
        } else if (p == 48) {
            colour(g, s.background);
        } else if (p == 49) {
            s.background = TermColor{};
        } else if (p >= 90 && p <= 97) {
            s.foreground = TermColor::indexed(p - 90 + 8);
        } else if (p >= 100 && p <= 107) {
            s.background = TermColor::indexed(p - 100 + 8);
        }
        // anything else (blink, fonts, ...): ignored
    }
    setStyle(s);
}

void LineSplitter::setStyle(const TextStyle& style)
{
    if (style == m_style)
        return;
    closeRun();
    m_style = style;
}

void LineSplitter::closeRun()
{
    const qsizetype end = m_text.size();
    if (end > m_runStart && !m_style.isPlain()) {
        if (!m_spans.isEmpty() && m_spans.back().style == m_style &&
            m_spans.back().start + m_spans.back().length == m_runStart)
            m_spans.back().length += end - m_runStart;
        else
            m_spans.append(StyleSpan{m_runStart, end - m_runStart, m_style});
    }
    m_runStart = end;
}

void LineSplitter::emitLine(bool cut, LineBatch& out)
{
    closeRun();
    Line line;
    line.index = m_index;
    line.channel = m_channel;
    line.text = std::move(m_text);
    line.spans = std::move(m_spans);
    line.replacesPrevious = m_nextReplaces || m_openTaken;
    line.cut = cut;
    if (!line.replacesPrevious)
        ++m_lines;
    out.append(std::move(line));
    m_text = QString();
    m_spans = {};
    m_runStart = 0;
    m_nextReplaces = false;
    m_openTaken = false;
    m_openTakenSize = -1;
    if (cut)
        ++m_index;
}

void LineSplitter::takeOpen(LineBatch& out)
{
    if (m_text.isEmpty() || (m_openTaken && m_text.size() == m_openTakenSize))
        return;
    closeRun(); // the spans so far, the current style goes on from here
    Line line;
    line.index = m_index;
    line.channel = m_channel;
    line.text = m_text;
    line.spans = m_spans;
    line.replacesPrevious = m_nextReplaces || m_openTaken;
    line.open = true;
    if (!line.replacesPrevious)
        ++m_lines;
    m_nextReplaces = false;
    m_openTaken = true;
    m_openTakenSize = m_text.size();
    out.append(std::move(line));
}

void LineSplitter::finish(LineBatch& out)
{
    if (!m_carry.isEmpty()) {
        m_carry.clear();
        process(u"\ufffd", out); // a character cut off by the end: one replacement character
    }
    m_state = State::Text;
    if (!m_text.isEmpty() || m_openTaken || m_nextReplaces)
        emitLine(false, out);
    m_afterCr = false;
}

} // namespace capataz::exec
