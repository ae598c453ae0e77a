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

// Removes the first `n` characters of `text`, moving `spans` along.
void removeFront(QString& text, QList<exec::StyleSpan>& spans, qsizetype n)
{
    text.remove(0, n);
    qsizetype to = 0;
    for (exec::StyleSpan sp : std::as_const(spans)) {
        const qsizetype end = sp.start + sp.length - n;
        if (end <= 0)
            continue;
        sp.start = std::max<qsizetype>(0, sp.start - n);
        sp.length = end - sp.start;
        spans[to++] = sp;
    }
    spans.resize(to);
}
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
    if (!m_queue.isEmpty() && m_queue.back().kind == kind)
        m_queue.back().text += text;
    else
        m_queue.append(Segment{kind, text, {}, false});
    m_atLineStart = text.endsWith(u'\n');
    m_lastLineKind.reset();
    if (!m_timer->isActive())
        m_timer->start();
}

void ConsoleTranscript::appendLines(const exec::LineBatch& lines)
{
    for (const exec::Line& line : lines)
        appendLine(line);
}

void ConsoleTranscript::appendLine(const exec::Line& line)
{
    const Kind kind = line.channel == exec::Channel::Stderr ? Kind::Stderr : Kind::Stdout;
    startLine();
    const bool replace = line.replacesPrevious && m_lastLineKind == kind;
    if (replace && m_lastLineAt >= 0) {
        // The line it redraws is still queued, at the end of the last segment: drop it there.
        Segment& back = m_queue.back();
        back.text.truncate(m_lastLineAt);
        while (!back.spans.isEmpty() && back.spans.back().start >= m_lastLineAt)
            back.spans.removeLast();
    }
    if (m_queue.isEmpty() || m_queue.back().kind != kind || (replace && m_lastLineAt < 0))
        m_queue.append(Segment{kind, {}, {}, replace && m_lastLineAt < 0}); // already in the document
    Segment& s = m_queue.back();
    const qsizetype at = s.text.size();
    s.text += line.text;
    for (const exec::StyleSpan& sp : line.spans)
        s.spans.append(exec::StyleSpan{at + sp.start, sp.length, sp.style});
    if (line.cut) {
        s.spans.append(exec::StyleSpan{s.text.size(), 2, exec::TextStyle{{}, {}, exec::TextStyle::Dim}});
        s.text += QStringView(kCutMark);
    }
    s.text += u'\n';
    m_lastLineKind = kind;
    m_lastLineAt = at;
    m_atLineStart = true;
    m_lineLength = 0;
    if (!m_timer->isActive())
        m_timer->start();
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
    m_document->clear();
    m_atLineStart = true;
    m_lineLength = 0;
    m_lastLineKind.reset();
    m_lastLineAt = -1;
    emit flushed();
}

void ConsoleTranscript::dropOldQueuedLines()
{
    // Count line ends from the back; once the queue alone fills the document, everything
    // before that point would be pushed out of it anyway.
    qsizetype lines = 0;
    for (qsizetype i = m_queue.size() - 1; i >= 0; --i) {
        const QString& t = m_queue.at(i).text;
        for (qsizetype p = t.lastIndexOf(u'\n'); p >= 0; p = p > 0 ? t.lastIndexOf(u'\n', p - 1) : -1) {
            if (++lines < kMaxBlocks)
                continue;
            Segment& first = m_queue[i];
            if (i == m_queue.size() - 1 && m_lastLineAt >= 0)
                m_lastLineAt = std::max<qsizetype>(-1, m_lastLineAt - (p + 1));
            removeFront(first.text, first.spans, p + 1);
            first.replaceLastLine = false; // the document is emptied
            m_queue.remove(0, i);
            m_document->clear();
            return;
        }
    }
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

    // Inserting costs a few microseconds per line: a batch stops after kBatchBudgetMs and the
    // rest waits for the next one, so that the event loop keeps turning during a flood.
    QElapsedTimer clock;
    clock.start();
    QTextCursor cursor(m_document);
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock(); // one layout update and one trim for the whole batch
    while (!m_queue.isEmpty() && clock.elapsed() < kBatchBudgetMs) {
        Segment& s = m_queue.front();
        qsizetype end = 0;
        for (int lines = 0; lines < kLinesPerInsert && end < s.text.size(); ++lines) {
            const qsizetype nl = s.text.indexOf(u'\n', end);
            end = nl < 0 ? s.text.size() : nl + 1;
        }
        insert(cursor, s, end, formats[size_t(s.kind)]);
        if (s.text.isEmpty()) {
            m_queue.removeFirst();
            if (m_queue.isEmpty())
                m_lastLineAt = -1; // in the document now
        } else if (m_queue.size() == 1 && m_lastLineAt >= 0) {
            m_lastLineAt -= end;
        }
    }
    cursor.endEditBlock(); // the document drops its oldest blocks beyond kMaxBlocks here
    if (!m_queue.isEmpty())
        m_timer->start();
    emit flushed();
}

void ConsoleTranscript::insert(QTextCursor& cursor, Segment& s, qsizetype end, const QTextCharFormat& format)
{
    if (s.replaceLastLine) {
        s.replaceLastLine = false;
        // The document ends with the line to replace and the empty block after it: remove both.
        const QTextBlock line = m_document->lastBlock().previous();
        if (line.isValid()) {
            cursor.setPosition(line.position());
            cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
            cursor.removeSelectedText();
        }
    }
    if (s.spans.isEmpty()) {
        cursor.insertText(end == s.text.size() ? s.text : s.text.left(end), format);
    } else {
        qsizetype pos = 0;
        for (const exec::StyleSpan& sp : std::as_const(s.spans)) {
            if (sp.start >= end)
                break;
            if (sp.start > pos)
                cursor.insertText(s.text.mid(pos, sp.start - pos), format);
            const qsizetype stop = std::min(end, sp.start + sp.length);
            cursor.insertText(s.text.mid(sp.start, stop - sp.start), styled(format, sp.style));
            pos = stop;
        }
        if (pos < end)
            cursor.insertText(s.text.mid(pos, end - pos), format);
    }
    if (end >= s.text.size()) {
        s.text.clear();
        s.spans.clear();
    } else {
        removeFront(s.text, s.spans, end);
    }
}

} // namespace capataz::ui
