// Frozen copy of ui/ConsoleTextFilter.cpp as it was before the console moved to exec::ExecStream (commit
// 668442a), kept only so that bench_console can measure today's path next to the new one. Not used elsewhere.

#include "BaselineConsoleTextFilter.h"

namespace capataz::bench::baseline {

namespace {
constexpr char16_t kEsc = 0x1b;
constexpr char16_t kBel = 0x07;
constexpr char16_t kC1Csi = 0x9b;
constexpr char16_t kC1St = 0x9c;
// A sequence longer than this is not one (a stray ESC, or binary output): give up on it so
// the rest of the output is not swallowed.
constexpr int kMaxSequence = 4096;

bool isPlain(char16_t c)
{
    return (c >= 0x20 && c != 0x7f && c != kC1Csi && c != kC1St) || c == u'\n' || c == u'\t';
}
} // namespace

QString ConsoleTextFilter::feed(QByteArrayView chunk)
{
    QString text = m_decoder.decode(chunk);
    if (m_state == State::Text && !m_pendingCr) {
        // Fast path: most output has nothing to filter.
        bool plain = true;
        for (QChar c : std::as_const(text)) {
            if (!isPlain(c.unicode())) {
                plain = false;
                break;
            }
        }
        if (plain)
            return text;
    }
    return filter(text);
}

QString ConsoleTextFilter::filter(const QString& text)
{
    QString out;
    out.reserve(text.size() + 1);
    for (QChar qc : text) {
        const char16_t c = qc.unicode();
        if (m_state != State::Text && ++m_sequenceLength > kMaxSequence)
            m_state = State::Text;
        switch (m_state) {
        case State::Text:
            break;
        case State::Escape:
            if (c == u'[') {
                m_state = State::Csi;
                continue;
            }
            if (c == u']' || c == u'P' || c == u'X' || c == u'^' || c == u'_') {
                m_state = State::String; // OSC, DCS, SOS, PM, APC: up to BEL or ST
                continue;
            }
            if (c >= 0x20 && c <= 0x2f) {
                m_state = State::EscapeIntermediate; // e.g. ESC ( B: character set
                continue;
            }
            m_state = State::Text;
            if (c >= 0x30 && c <= 0x7e)
                continue; // ESC 7, ESC =, ESC c ...: two characters, both dropped
            break;        // not a sequence after all: handle it as text
        case State::EscapeIntermediate:
            if (c >= 0x20 && c <= 0x2f)
                continue;
            m_state = State::Text;
            if (c >= 0x30 && c <= 0x7e)
                continue; // the final byte
            break;
        case State::Csi:
            if (c >= 0x20 && c <= 0x3f)
                continue; // parameters and intermediates
            m_state = State::Text;
            if (c >= 0x40 && c <= 0x7e)
                continue; // the final byte: "m", "K", "H", ...
            break;        // malformed: show what follows
        case State::String:
            if (c == kBel || c == kC1St)
                m_state = State::Text;
            else if (c == kEsc)
                m_state = State::StringEscape;
            continue;
        case State::StringEscape:
            m_state = c == u'\\' ? State::Text : State::String;
            continue;
        }

        // Plain text.
        if (m_pendingCr) {
            if (c == u'\r')
                continue; // CR CR LF counts as one line end
            m_pendingCr = false;
            out += u'\n';
            if (c == u'\n')
                continue; // CR LF
        }
        if (c == u'\r') {
            m_pendingCr = true;
        } else if (c == kEsc || c == kC1Csi) {
            m_state = c == kEsc ? State::Escape : State::Csi;
            m_sequenceLength = 0;
        } else if (isPlain(c)) {
            out += qc;
        }
        // other controls (BEL, BS, NUL, DEL, ...): dropped
    }
    return out;
}

} // namespace capataz::bench::baseline
