#pragma once

#include <QPlainTextEdit>
#include <QPointer>

namespace capataz::ui {

class ConsoleTranscript;

// Shows one ConsoleTranscript: read-only, monospace. Follows the end of the output while the
// view is scrolled to the bottom; scrolling up to read stops following until the user
// scrolls back down.
class ConsoleOutput final : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit ConsoleOutput(QWidget* parent = nullptr);

    void setTranscript(ConsoleTranscript* transcript);
    [[nodiscard]] ConsoleTranscript* transcript() const { return m_transcript; }
    // Scrolls to the end and follows it again.
    void followEnd();

private:
    void scrollToEndIfFollowing();

    QPointer<ConsoleTranscript> m_transcript;
    bool m_follow = true;
};

} // namespace capataz::ui
