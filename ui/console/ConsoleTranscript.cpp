#include "ConsoleTranscript.h"

#include <QElapsedTimer>
#include <QFontDatabase>
#include <QPlainTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

ConsoleTranscript::ConsoleTranscript(QObject* parent)
    : QObject(parent)
    , m_document(new QTextDocument(this))
    , m_timer(new QTimer(this))
{
    m_document->setDocumentLayout(new QPlainTextDocumentLayout(m_document));
    m_document->setDefaultFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_document->setUndoRedoEnabled(false);
    m_document->setMaximumBlockCount(kMaxBlocks);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kBatchIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ConsoleTranscript::flush);
}

QString ConsoleTranscript::breakLongLines(const QString& text)
{
    // Laying out one huge paragraph (a megabyte of base64 without a newline) would freeze
    // the view: such lines are cut every kMaxLineLength characters.
    QString out;
    bool cut = false; // `out` holds the text so far
    qsizetype from = 0;
    while (from < text.size()) {
        const qsizetype nl = text.indexOf(u'\n', from);
        const qsizetype end = nl < 0 ? text.size() : nl;
        const qsizetype room = kMaxLineLength - m_lineLength;
        if (end - from > room) {
            if (!cut)
                out = text.left(from);
            cut = true;
            out += QStringView(text).mid(from, room) + u'\n';
            from += room;
            m_lineLength = 0;
            continue;
        }
        const qsizetype next = nl < 0 ? end : end + 1;
        if (cut)
            out += QStringView(text).mid(from, next - from);
        m_lineLength = nl < 0 ? m_lineLength + (end - from) : 0;
        from = next;
    }
    return cut ? out : text;
}

namespace {
// Which Kind a piece of text was appended as, kept in its format for recolouring.
constexpr int kKindProperty = QTextFormat::UserProperty + 1;
// Set on text in a colour the command asked for: recolouring leaves it alone.
constexpr int kTerminalProperty = QTextFormat::UserProperty + 2;
// After a line cut at kMaxLineLength (it goes on in the next one), dim.
constexpr char16_t kCutMark[] = u" \u21a9";

} // namespace

QTextCharFormat ConsoleTranscript::format(Kind kind) const
{
    QTextCharFormat f;
    f.setProperty(kKindProperty, int(kind));
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

void ConsoleTranscript::setColors(const ConsoleColors& colors)
{
    if (colors == m_colors)
        return;
    m_colors = colors;
    m_styled.clear();
    // Rare (the theme changed), and at most kMaxBlocks blocks: recolour what is there.
    QTextCursor cursor(m_document);
    cursor.beginEditBlock();
    for (QTextBlock b = m_document->firstBlock(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QVariant kind = fragment.charFormat().property(kKindProperty);
            if (!kind.isValid() || Kind(kind.toInt()) == Kind::Stdout ||
                Kind(kind.toInt()) == Kind::Command || fragment.charFormat().hasProperty(kTerminalProperty))
                continue;
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format(Kind(kind.toInt())));
        }
    }
    cursor.endEditBlock();
}

void ConsoleTranscript::append(Kind kind, const QString& input)
{
    if (input.isEmpty())
        return;
    const QString text = breakLongLines(input);
    if (!m_queue.isEmpty() && m_queue.back().kind == kind && m_queue.back().lines.isEmpty())
        m_queue.back().text += text;
    else
        m_queue.append(Segment{kind, text, {}, 0});
    m_queuedLines += text.count(u'\n');
    m_atLineStart = text.endsWith(u'\n');
    if (!m_timer->isActive())
        m_timer->start(kBatchIntervalMs);
}

void ConsoleTranscript::appendLines(const exec::LineBatch& lines)
{
    if (lines.isEmpty())
        return;
    startLine();
    // One segment per batch and channel run would cost per line here: the whole batch is one
    // segment, its lines are looked at only when they go into the document.
    m_queue.append(Segment{Kind::Stdout, {}, lines, 0});
    m_queuedLines += lines.size();
    m_atLineStart = true;
    m_lineLength = 0;
    if (!m_timer->isActive())
        m_timer->start(kBatchIntervalMs);
}

const QTextCharFormat& ConsoleTranscript::styledCached(Kind kind, const QTextCharFormat& base,
                                                       const exec::TextStyle& style)
{
    for (const Styled& s : std::as_const(m_styled)) {
        if (s.kind == kind && s.style == style)
            return s.format;
    }
    if (m_styled.size() >= 64)
        m_styled.clear(); // a command that cycles through every colour: start over
    m_styled.append(Styled{kind, style, styled(base, style)});
    return m_styled.back().format;
}

QTextCharFormat ConsoleTranscript::styled(QTextCharFormat f, const exec::TextStyle& style) const
{
    using exec::TextStyle;
    f.setProperty(kTerminalProperty, true);
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

void ConsoleTranscript::startLine()
{
    if (!m_atLineStart)
        append(Kind::Stdout, u"\n"_s);
}

bool ConsoleTranscript::isEmpty() const
{
    return m_queue.isEmpty() && m_document->isEmpty();
}

void ConsoleTranscript::clear()
{
    m_timer->stop();
    m_queue.clear();
    m_queuedLines = 0;
    m_document->clear();
    m_atLineStart = true;
    m_lineLength = 0;
    m_lastLineKind.reset();
    emit flushed();
}

void ConsoleTranscript::dropOldQueuedLines()
{
    if (m_queuedLines < kMaxBlocks)
        return; // the common case, without looking
    // Count line ends from the back; once the queue alone fills the document, everything
    // before that point would be pushed out of it anyway: it is skipped, and a note says so.
    // The document is emptied at once: measured, that is cheaper than dropping its old lines a
    // slice at a time.
    qsizetype lines = 0;
    for (qsizetype i = m_queue.size() - 1; i >= 0; --i) {
        Segment& s = m_queue[i];
        qsizetype skipped = 0;
        if (!s.lines.isEmpty()) {
            const qsizetype here = s.lines.size() - s.next;
            if (lines + here < kMaxBlocks) {
                lines += here;
                continue;
            }
            skipped = here - (kMaxBlocks - 1 - lines);
            s.next += skipped;
        } else {
            qsizetype p = s.text.lastIndexOf(u'\n');
            for (; p >= 0; p = p > 0 ? s.text.lastIndexOf(u'\n', p - 1) : -1) {
                if (++lines >= kMaxBlocks)
                    break;
            }
            if (p < 0)
                continue;
            skipped = QStringView(s.text).first(p + 1).count(u'\n');
            s.text.remove(0, p + 1);
        }
        for (qsizetype j = 0; j < i; ++j) {
            const Segment& gone = m_queue.at(j);
            skipped += gone.lines.isEmpty() ? gone.text.count(u'\n') : gone.lines.size() - gone.next;
        }
        m_queue.remove(0, i);
        m_queue.prepend(Segment{
            Kind::Note, tr("… %n line(s) skipped to keep up …", nullptr, int(skipped)) + u'\n', {}, 0});
        m_queuedLines = kMaxBlocks;
        m_document->clear();
        m_lastLineKind.reset();
        return;
    }
    m_queuedLines = lines; // fewer than it seemed
}

void ConsoleTranscript::flush()
{
    m_timer->stop();
    if (m_queue.isEmpty())
        return;
    dropOldQueuedLines();

    std::array<QTextCharFormat, 6> formats;
    for (Kind k : {Kind::Stdout, Kind::Stderr, Kind::Command, Kind::Note, Kind::Success, Kind::Failure})
        formats[size_t(k)] = format(k);

    // Inserting costs a few microseconds per line: a slice stops after kBatchBudgetMs and the
    // rest follows once the event loop has turned (input, painting), so that a flood neither
    // holds up the GUI thread nor waits for the next batch.
    QElapsedTimer clock;
    clock.start();
    QTextCursor cursor(m_document);
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock(); // one layout update and one trim for the whole slice
    // Lines are counted too: at the end of the slice the document drops as many old lines as
    // came in, and that costs about as much again.
    qsizetype inserted = 0;
    while (!m_queue.isEmpty() && clock.elapsed() < kBatchBudgetMs && inserted < kMaxLinesPerSlice) {
        Segment& s = m_queue.front();
        const bool lines = !s.lines.isEmpty();
        const qsizetype n =
            lines ? insertLines(cursor, s, formats) : insertText(cursor, s, formats[size_t(s.kind)]);
        m_queuedLines -= n;
        inserted += n;
        if (lines ? s.next >= s.lines.size() : s.text.isEmpty())
            m_queue.removeFirst();
    }
    cursor.endEditBlock(); // the document drops its oldest blocks beyond kMaxBlocks here
    if (!m_queue.isEmpty())
        m_timer->start(kBacklogIntervalMs);
    emit flushed();
}

qsizetype ConsoleTranscript::insertText(QTextCursor& cursor, Segment& s, const QTextCharFormat& format)
{
    qsizetype end = 0;
    int lines = 0;
    while (lines < kLinesPerInsert && end < s.text.size()) {
        const qsizetype nl = s.text.indexOf(u'\n', end);
        end = nl < 0 ? s.text.size() : nl + 1;
        lines += nl < 0 ? 0 : 1;
    }
    if (end >= s.text.size()) {
        cursor.insertText(s.text, format);
        s.text.clear();
    } else {
        cursor.insertText(s.text.left(end), format);
        s.text.remove(0, end);
    }
    m_lastLineKind.reset();
    return lines;
}

qsizetype ConsoleTranscript::insertLines(QTextCursor& cursor, Segment& s,
                                         const std::array<QTextCharFormat, 6>& formats)
{
    const qsizetype stop = std::min(s.lines.size(), s.next + kLinesPerInsert);
    const qsizetype first = s.next;
    QString plain; // consecutive plain lines of one kind go in with one call
    Kind plainKind = Kind::Stdout;
    auto flushPlain = [&] {
        if (!plain.isEmpty())
            cursor.insertText(plain, formats[size_t(plainKind)]);
        plain.clear();
    };
    for (; s.next < stop; ++s.next) {
        const exec::Line& line = s.lines.at(s.next);
        const Kind kind = line.channel == exec::Channel::Stderr ? Kind::Stderr : Kind::Stdout;
        const bool replaces = line.replacesPrevious && m_lastLineKind == kind;
        if (!replaces && line.spans.isEmpty() && !line.cut) {
            if (!plain.isEmpty() && plainKind != kind)
                flushPlain();
            plainKind = kind;
            plain += line.text;
            plain += u'\n';
            m_lastLineKind = kind;
            continue;
        }
        flushPlain();
        if (replaces) {
            // The document ends with the line to redraw and the empty block after it.
            const QTextBlock last = m_document->lastBlock().previous();
            if (last.isValid()) {
                cursor.setPosition(last.position());
                cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
                cursor.removeSelectedText();
            }
        }
        insertLine(cursor, line, kind, formats[size_t(kind)]);
        m_lastLineKind = kind;
    }
    flushPlain();
    return s.next - first;
}

void ConsoleTranscript::insertLine(QTextCursor& cursor, const exec::Line& line, Kind kind,
                                   const QTextCharFormat& format)
{
    const QStringView text(line.text);
    qsizetype pos = 0;
    for (const exec::StyleSpan& sp : line.spans) {
        const qsizetype from = std::clamp(sp.start, pos, text.size());
        const qsizetype stop = std::clamp(sp.start + sp.length, from, text.size());
        if (from > pos)
            cursor.insertText(text.sliced(pos, from - pos).toString(), format);
        if (stop > from)
            cursor.insertText(text.sliced(from, stop - from).toString(),
                              styledCached(kind, format, sp.style));
        pos = stop;
    }
    if (pos < text.size())
        cursor.insertText(text.sliced(pos).toString(), format);
    if (line.cut)
        cursor.insertText(QString::fromUtf16(kCutMark),
                          styledCached(kind, format, exec::TextStyle{{}, {}, exec::TextStyle::Dim}));
    cursor.insertText(u"\n"_s, format);
}

} // namespace capataz::ui
