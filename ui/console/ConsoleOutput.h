#pragma once

#include "common/LineTypes.h"

#include <QAbstractScrollArea>
#include <QFont>
#include <QPointer>

#include <array>

class QTimer;

namespace capataz::ui {

class ConsoleTranscript;

// Shows one ConsoleTranscript: read-only, monospace, a virtual view that paints only the lines
// in sight (a million lines cost what forty do). Lines are never wrapped: long ones scroll
// horizontally. Follows the end of the output while the view is scrolled to the bottom;
// scrolling up to read stops following (and the view stays on the same lines while more come
// in and old ones are dropped) until the user scrolls back down. Text can be selected with the
// mouse (and Shift), copied with Ctrl+C or the context menu, and everything selected with
// Ctrl+A; PageUp, PageDown, Home, End and the arrows scroll.
class ConsoleOutput final : public QAbstractScrollArea {
    Q_OBJECT
public:
    // A place in the text: a line and a column (UTF-16 units of the line's text).
    struct Position {
        LineIndex line;
        qint64 column = 0;
        auto operator<=>(const Position&) const = default;
    };

    explicit ConsoleOutput(QWidget* parent = nullptr);
    ~ConsoleOutput() override;

    void setTranscript(ConsoleTranscript* transcript);
    [[nodiscard]] ConsoleTranscript* transcript() const;
    // Scrolls to the end and follows it again.
    void followEnd();
    [[nodiscard]] bool isFollowingEnd() const { return m_follow; }

    void setPlaceholderText(const QString& text);
    [[nodiscard]] QString placeholderText() const { return m_placeholder; }

    // What the view shows, as text: the note about dropped lines if any, then every line kept.
    [[nodiscard]] QString text() const;
    // The line at the top of the view (the first line kept while the note about dropped
    // lines is in sight).
    [[nodiscard]] LineIndex topLine() const;
    // How many lines fit in the view, whole.
    [[nodiscard]] int pageLines() const;
    [[nodiscard]] int lineHeight() const;
    [[nodiscard]] int columnWidth() const;
    // Where a point of the viewport is in the text (nearest character boundary).
    [[nodiscard]] Position positionAt(QPoint viewportPoint) const;

    [[nodiscard]] bool hasSelection() const { return m_anchor != m_cursor; }
    [[nodiscard]] QString selectedText() const;
    void setSelection(Position anchor, Position cursor);
    void selectAll();
    void clearSelection();
    void copy() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    [[nodiscard]] int noticeRows() const;
    [[nodiscard]] qint64 rowCount() const;
    [[nodiscard]] LineIndex rowBase() const; // the LineIndex of row 0 (the notice: firstLine - 1)
    [[nodiscard]] std::pair<Position, Position> selection() const; // in order, within the lines kept
    void onChanged();
    void updateScrollBars();
    void updateMetrics();
    void dragTo(QPoint viewportPoint);
    void paintLine(QPainter& p, LineIndex line, int y);

    QPointer<ConsoleTranscript> m_transcript;
    QString m_placeholder;
    bool m_follow = true;
    bool m_updatingBars = false; // scroll bar changes that are ours, not the user's
    LineIndex m_top;             // the row at the top, as rowBase() + vertical value
    Position m_anchor;
    Position m_cursor;
    bool m_selecting = false;
    QPoint m_lastDrag;
    QTimer* m_autoScroll; // while dragging a selection outside the view
    int m_lineHeight = 1;
    int m_ascent = 1;
    int m_columnWidth = 1;
    // The font in its four variants (bold 1, italic 2), each spaced so that a character takes
    // exactly m_columnWidth: a bold or italic face of another width would push the text off the
    // columns that selection and colours use.
    std::array<QFont, 4> m_fonts;
};

} // namespace capataz::ui
