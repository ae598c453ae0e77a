#include "ConsoleTranscript.h"

#include <QFontDatabase>
#include <QPlainTextDocumentLayout>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>

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

void ConsoleTranscript::append(Kind kind, const QString& text)
{
    if (text.isEmpty())
        return;
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
        append(Kind::Stdout, QStringLiteral("\n"));
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

    QTextCharFormat normal;
    QTextCharFormat stderrFormat;
    stderrFormat.setForeground(m_colors.error());
    QTextCharFormat command;
    command.setFontWeight(QFont::Bold);
    QTextCharFormat note;
    note.setForeground(m_colors.dim());
    QTextCharFormat success;
    success.setForeground(m_colors.success());
    success.setFontItalic(true);
    QTextCharFormat failure;
    failure.setForeground(m_colors.error());
    failure.setFontItalic(true);
    const auto format = [&](Kind kind) -> const QTextCharFormat& {
        switch (kind) {
        case Kind::Stdout:
            break;
        case Kind::Stderr:
            return stderrFormat;
        case Kind::Command:
            return command;
        case Kind::Note:
            return note;
        case Kind::Success:
            return success;
        case Kind::Failure:
            return failure;
        }
        return normal;
    };

    QTextCursor cursor(m_document);
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    for (const Segment& s : std::as_const(m_queue))
        cursor.insertText(s.text, format(s.kind));
    cursor.endEditBlock(); // the document drops its oldest blocks beyond kMaxBlocks here
    m_queue.clear();
    emit flushed();
}

} // namespace capataz::ui
