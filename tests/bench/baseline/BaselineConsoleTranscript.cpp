// Frozen copy of ui/ConsoleTranscript.cpp as it was before the console moved to exec::ExecStream (commit
// 668442a), kept only so that bench_console can measure today's path next to the new one. Not used elsewhere.

#include "BaselineConsoleTranscript.h"

#include <QElapsedTimer>
#include <QFontDatabase>
#include <QPlainTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace capataz::bench::baseline {

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
            if (!kind.isValid() || Kind(kind.toInt()) == Kind::Stdout || Kind(kind.toInt()) == Kind::Command)
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
        m_queue.append(Segment{kind, text});
    m_atLineStart = text.endsWith(u'\n');
    if (!m_timer->isActive())
        m_timer->start();
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
            m_queue[i].text = t.mid(p + 1);
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
        if (end >= s.text.size()) {
            cursor.insertText(s.text, formats[size_t(s.kind)]);
            m_queue.removeFirst();
        } else {
            cursor.insertText(s.text.left(end), formats[size_t(s.kind)]);
            s.text.remove(0, end);
        }
    }
    cursor.endEditBlock(); // the document drops its oldest blocks beyond kMaxBlocks here
    if (!m_queue.isEmpty())
        m_timer->start();
    emit flushed();
}

} // namespace capataz::bench::baseline
