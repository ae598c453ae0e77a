#include "ConsoleOutput.h"

#include "ConsoleTranscript.h"

#include <QFontDatabase>
#include <QScrollBar>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

ConsoleOutput::ConsoleOutput(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setObjectName(u"consoleOutput"_s);
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setUndoRedoEnabled(false);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QScrollBar* bar = verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this,
            [this, bar](int value) { m_follow = value >= bar->maximum(); });
    connect(bar, &QScrollBar::rangeChanged, this, [this] { scrollToEndIfFollowing(); });
}

void ConsoleOutput::setTranscript(ConsoleTranscript* transcript)
{
    if (transcript == m_transcript)
        return;
    if (m_transcript)
        disconnect(m_transcript, nullptr, this, nullptr);
    m_transcript = transcript;
    if (!transcript)
        return;
    setDocument(transcript->document()); // the transcript owns it
    connect(transcript, &ConsoleTranscript::flushed, this, &ConsoleOutput::scrollToEndIfFollowing);
    connect(transcript, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    m_follow = true;
    scrollToEndIfFollowing();
}

void ConsoleOutput::followEnd()
{
    m_follow = true;
    scrollToEndIfFollowing();
}

void ConsoleOutput::scrollToEndIfFollowing()
{
    if (!m_follow)
        return;
    QScrollBar* bar = verticalScrollBar();
    bar->setValue(bar->maximum());
}

} // namespace capataz::ui
