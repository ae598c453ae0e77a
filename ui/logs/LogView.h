#pragma once

#include "logs/LogFilter.h"
#include "logs/LogStore.h"

#include <QAbstractScrollArea>
#include <QPointer>
#include <QStringList>

#include <array>

namespace capataz::logs {
class LogSearch;
}

namespace capataz::ui {

// The lines of a log store, as a virtual view: it paints only the rows in sight from a snapshot
// (ten million stored lines cost what forty do), in columns: time, level, where the line comes
// from (a compose service, a file, a unit) and the message. JSON lines show their logger and
// message; their other fields are in the details (LogsTab). ANSI colours are kept, the words a
// text filter matched are highlighted, a source's mark (reading stopped and went on) spans the
// whole row.
//
// Rows are every line of the snapshot, or the matches of a LogSearch (a filter): the view holds
// lines by their number (LogSeq), so its place and selection stay on the same lines while new
// ones arrive and old ones are dropped.
//
// Follows the end while scrolled to the bottom; scrolling up pauses following (the view stays
// on its lines; followingChanged(false)) until the user scrolls back to the bottom or
// setFollowing(true). Rows are selected with the mouse (Shift, Ctrl), the arrows, PageUp/Down,
// Home/End; Ctrl+C copies the selected rows as text, Ctrl+A selects every row.
class LogView final : public QAbstractScrollArea {
    Q_OBJECT
public:
    explicit LogView(QWidget* parent = nullptr);
    ~LogView() override;

    // A new state of the store (more lines, fewer, or another store).
    void setSnapshot(const logs::LogSnapshot& snapshot);
    [[nodiscard]] const logs::LogSnapshot& snapshot() const { return m_snapshot; }
    // The rows: the matches of `search` (its count grows while it scans), or every line (nullptr).
    void setSearch(logs::LogSearch* search);
    // Highlights what this filter's text condition matches (a default filter: nothing).
    void setHighlight(const logs::LogFilter& filter);
    // The names of the lanes (LogLine::source), for the source column.
    void setLaneNames(const QStringList& names);
    // The source column (on by default); off where every row has the same source.
    void setLaneColumnVisible(bool visible);
    void setPlaceholderText(const QString& text);

    [[nodiscard]] qint64 rowCount() const;
    [[nodiscard]] logs::LogSeq rowSeq(qint64 row) const;
    // The row of the first line at or after `seq` (rowCount() when none).
    [[nodiscard]] qint64 rowOf(logs::LogSeq seq) const;

    [[nodiscard]] bool isFollowing() const { return m_follow; }
    void setFollowing(bool follow);
    [[nodiscard]] qint64 topRow() const;
    [[nodiscard]] int pageRows() const;

    // The current row's line (invalid: none), and moving it (scrolls it into sight, stops
    // following unless it is the last row).
    [[nodiscard]] bool hasCurrent() const { return m_hasCurrent; }
    [[nodiscard]] logs::LogSeq currentSeq() const { return m_current; }
    void setCurrentSeq(logs::LogSeq seq, bool extendSelection = false);
    void scrollToSeq(logs::LogSeq seq);
    [[nodiscard]] bool hasSelection() const { return m_hasCurrent; }
    // The selected lines in order (at most `limit`), for copy.
    [[nodiscard]] std::vector<qint64> selectedSeqs(qint64 limit = -1) const;
    void selectAllRows();
    void copy();
    // The rows in sight as text (LogText::line each): what a test or a screenshot reads.
    [[nodiscard]] QStringList visibleText() const;

signals:
    void followingChanged(bool following);
    void currentChanged();
    // Copying many lines runs off this thread: true while it does.
    void busyChanged(bool busy);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void updateMetrics();
    void updateScrollBars();
    void onRowsChanged();
    [[nodiscard]] qint64 rowAt(int y) const;
    void paintRow(QPainter& p, const logs::LogLine& line, int y, bool selected, bool current);
    [[nodiscard]] bool isSelected(logs::LogSeq seq) const;

    logs::LogSnapshot m_snapshot;
    QPointer<logs::LogSearch> m_search;
    logs::LogFilter m_highlight;
    bool m_hasHighlight = false;
    QStringList m_laneNames;
    QString m_placeholder;
    bool m_follow = true;
    bool m_updatingBars = false;
    logs::LogSeq m_top; // the line at the top (rows are found from it after every change)
    bool m_hasCurrent = false;
    logs::LogSeq m_current;
    logs::LogSeq m_anchor; // the other end of the selection
    bool m_allSelected = false;
    int m_rowHeight = 1;
    int m_ascent = 1;
    int m_timeWidth = 1;
    int m_levelWidth = 1;
    int m_laneWidth = 1;
    bool m_laneColumn = true;
    int m_messageWidth = 0; // the widest message painted so far: the horizontal range
    int m_charWidth = 1;
};

} // namespace capataz::ui
