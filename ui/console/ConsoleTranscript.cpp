#include "ConsoleTranscript.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

namespace {
// After a line cut at kMaxLineLength (it goes on in the next one), dim.
constexpr char16_t kCutMark[] = u" \u21a9";

// Tabs become spaces up to the next multiple of kTabWidth (the view draws in columns); the
// spans move with the text.
QString expandTabs(const QString& text, QList<ConsoleSpan>& spans)
{
    if (!text.contains(u'\t'))
        return text;
    QString out;
    out.reserve(text.size() + 4 * ConsoleTranscript::kTabWidth);
    std::vector<qint32> moved(size_t(text.size()) + 1); // where each position went
    for (qsizetype i = 0; i < text.size(); ++i) {
        moved[size_t(i)] = qint32(out.size());
        if (text.at(i) == u'\t')
            out.append(
                QString(ConsoleTranscript::kTabWidth - out.size() % ConsoleTranscript::kTabWidth, u' '));
        else
            out.append(text.at(i));
    }
    moved.back() = qint32(out.size());
    const auto at = [&](qint64 p) {
        return moved[size_t(std::clamp<qint64>(p, 0, text.size()))];
    };
    for (ConsoleSpan& s : spans) {
        const qint32 end = at(qint64(s.start) + s.length);
        s.start = at(s.start);
        s.length = end - s.start;
    }
    return out;
}
} // namespace

ConsoleTranscript::ConsoleTranscript(QObject* parent, LineCount maxLines, qsizetype maxBytes)
    : QObject(parent)
    , m_lines(maxLines, maxBytes)
    , m_timer(new QTimer(this))
{
    m_timer->setObjectName(u"consoleSlice"_s);
    m_timer->setSingleShot(true);
    m_timer->setInterval(0); // as soon as the event loop has turned
    connect(m_timer, &QTimer::timeout, this, [this] { drain(false); });
}

QTextCharFormat ConsoleTranscript::format(Kind kind) const
{
    QTextCharFormat f;
    switch (kind) {
    case Kind::Stdout:
        break; // the palette's text colour
    case Kind::Stderr:
        f.setForeground(m_colors.error());
        break;
    case Kind::Command:
        f.setFontWeight(QFont::Bold);
        break;
    case Kind::Note:
        f.setForeground(m_colors.dim());
        break;
    case Kind::Success:
        f.setForeground(m_colors.success());
        f.setFontItalic(true);
        break;
    case Kind::Failure:
        f.setForeground(m_colors.error());
        f.setFontItalic(true);
        break;
    }
    return f;
}

QTextCharFormat ConsoleTranscript::styled(QTextCharFormat f, const exec::TextStyle& style) const
{
    using exec::TextStyle;
    if (style.isPlain())
        return f;
    QColor fg = m_colors.terminal(style.foreground);
    QColor bg = m_colors.terminal(style.background);
    if (style.has(TextStyle::Dim) && !fg.isValid())
        fg = m_colors.dim();
    if (style.has(TextStyle::Inverse)) {
        bg = fg.isValid() ? fg : m_colors.dim();
        fg = QColor();
    }
    if (fg.isValid())
        f.setForeground(fg);
    if (bg.isValid())
        f.setBackground(bg);
    if (style.has(TextStyle::Bold))
        f.setFontWeight(QFont::Bold);
    if (style.has(TextStyle::Italic))
        f.setFontItalic(true);
    if (style.has(TextStyle::Underline))
        f.setFontUnderline(true);
    if (style.has(TextStyle::Strike))
        f.setFontStrikeOut(true);
    return f;
}

void ConsoleTranscript::setColors(const ConsoleColors& colors)
{
    if (colors == m_colors)
        return;
    m_colors = colors; // the lines keep kinds and styles, not colours: nothing to redo
    emit changed();
}

void ConsoleTranscript::appendPiece(Kind kind, QStringView text)
{
    // Laying out one huge line would cost the view on every paint: lines are cut every
    // kMaxLineLength characters.
    while (!text.isEmpty()) {
        if (m_atLineStart) {
            const qsizetype n = std::min(text.size(), kMaxLineLength);
            m_lines.append(kind, text.first(n));
            m_atLineStart = false;
            text = text.sliced(n);
        } else {
            const qsizetype room = kMaxLineLength - m_lines.length(m_lines.endLine() + LineCount(-1));
            if (room <= 0) {
                m_lines.markLastCut();
                m_atLineStart = true;
                continue;
            }
            const qsizetype n = std::min(text.size(), room);
            m_lines.extendLast(kind, text.first(n));
            text = text.sliced(n);
        }
    }
}

void ConsoleTranscript::append(Kind kind, const QString& input)
{
    if (input.isEmpty())
        return;
    if (!m_pending.isEmpty()) { // after what waits
        m_pending.append(Pending{{}, 0, kind, input, false});
        return;
    }
    appendText(kind, input);
    emit changed();
}

void ConsoleTranscript::appendText(Kind kind, QStringView text)
{
    while (!text.isEmpty()) {
        const qsizetype nl = text.indexOf(u'\n');
        const QStringView piece = nl < 0 ? text : text.first(nl);
        if (m_atLineStart && nl >= 0 && piece.isEmpty())
            m_lines.append(kind, {}); // an empty line
        else
            appendPiece(kind, piece);
        if (nl < 0)
            break;
        m_atLineStart = true;
        text = text.sliced(nl + 1);
    }
    m_lastLineKind.reset();
}

void ConsoleTranscript::appendLines(const exec::LineBatch& lines)
{
    if (lines.isEmpty())
        return;
    m_pending.append(Pending{lines, 0, Kind::Stdout, {}, true}); // on a line of its own
    if (m_pending.size() == 1)
        drain(false); // the first slice now
}

void ConsoleTranscript::appendLine(const exec::Line& line)
{
    const Kind kind = line.channel == exec::Channel::Stderr ? Kind::Stderr : Kind::Stdout;
    QList<ConsoleSpan> spans;
    spans.reserve(line.spans.size());
    for (const exec::StyleSpan& s : line.spans)
        spans.append(ConsoleSpan{qint32(s.start), qint32(s.length), kind, s.style});
    const QString text = expandTabs(line.text, spans);
    if (line.replacesPrevious && m_lastLineKind == kind)
        m_lines.replaceLast(kind, text, spans, line.cut);
    else
        m_lines.append(kind, text, spans, line.cut);
    m_lastLineKind = kind;
}

void ConsoleTranscript::drain(bool everything)
{
    qsizetype lines = 0;
    qsizetype chars = 0;
    QElapsedTimer clock;
    clock.start();
    // A slice also ends after kSliceMs: long lines with many colour spans cost more per line than
    // the counts assume, and on a busy machine the same work takes longer.
    const auto full = [&] {
        if (everything)
            return false;
        if (lines >= kSliceLines || chars >= kSliceChars)
            return true;
        return (lines & 15) == 15 && clock.elapsed() >= kSliceMs;
    };
    while (!m_pending.isEmpty() && !full()) {
        Pending& p = m_pending.front();
        if (p.startLine && !m_atLineStart) {
            m_atLineStart = true;
            m_lastLineKind.reset();
        }
        p.startLine = false;
        if (!p.text.isEmpty()) {
            appendText(p.kind, p.text);
            chars += p.text.size();
            p.text.clear();
        }
        for (; p.next < p.lines.size() && !full(); ++p.next) {
            const exec::Line& line = p.lines.at(p.next);
            appendLine(line);
            ++lines;
            chars += line.text.size();
        }
        if (p.next >= p.lines.size())
            m_pending.removeFirst();
    }
    if (!m_pending.isEmpty())
        m_timer->start();
    emit changed();
    if (m_pending.isEmpty())
        emit drained();
}

void ConsoleTranscript::startLine()
{
    if (!m_pending.isEmpty())
        m_pending.append(Pending{{}, 0, Kind::Stdout, {}, true});
    else if (!m_atLineStart)
        append(Kind::Stdout, u"\n"_s);
}

void ConsoleTranscript::clear()
{
    const bool pending = !m_pending.isEmpty();
    m_timer->stop();
    m_pending.clear();
    m_lines.clear();
    m_atLineStart = true;
    m_lastLineKind.reset();
    emit cleared();
    emit changed();
    if (pending)
        emit drained();
}

void ConsoleTranscript::flush()
{
    m_timer->stop();
    drain(true);
}

QString ConsoleTranscript::toPlainText() const
{
    QString out;
    for (LineIndex i = m_lines.firstLine(); i < m_lines.endLine(); ++i) {
        out += m_lines.text(i);
        if (i + LineCount(1) < m_lines.endLine() || m_atLineStart)
            out += u'\n';
    }
    return out;
}

QString ConsoleTranscript::droppedNotice() const
{
    const qint64 n = m_lines.droppedCount().get();
    if (n == 0)
        return {};
    return tr("… %Ln older line(s) dropped …", "console: above the oldest line kept",
              int(std::min<qint64>(n, std::numeric_limits<int>::max())));
}

QList<ConsoleTranscript::Piece> ConsoleTranscript::pieces(LineIndex line) const
{
    QList<Piece> out;
    if (!m_lines.contains(line))
        return out;
    const QString text = m_lines.text(line);
    const QTextCharFormat base = format(m_lines.kind(line));
    qsizetype pos = 0;
    for (const ConsoleSpan& sp : m_lines.spans(line)) {
        const qsizetype from = std::clamp<qsizetype>(sp.start, pos, text.size());
        const qsizetype stop = std::clamp<qsizetype>(qsizetype(sp.start) + sp.length, from, text.size());
        if (from > pos)
            out.append(Piece{text.sliced(pos, from - pos), base});
        if (stop > from)
            out.append(Piece{text.sliced(from, stop - from), styled(format(sp.kind), sp.style)});
        pos = stop;
    }
    if (pos < text.size() || out.isEmpty())
        out.append(Piece{text.sliced(pos), base});
    if (m_lines.isCut(line)) {
        QTextCharFormat dim = base;
        dim.setForeground(m_colors.dim());
        out.append(Piece{QString::fromUtf16(kCutMark), dim, true});
    }
    return out;
}

} // namespace capataz::ui
