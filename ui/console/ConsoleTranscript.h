#pragma once

#include "ConsoleColors.h"
#include "exec/Line.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTextCharFormat>

#include <array>
#include <optional>

class QTextCursor;
class QTextDocument;
class QTimer;

namespace capataz::ui {

// The console output of one server: a plain-text document (for ConsoleOutput to show) fed
// in batches. append() and appendLines() only queue; a timer moves the queue into the document
// at most about 30 times a second, and each batch stops after a few milliseconds (the rest goes
// in the next one), so a command that prints megabytes never holds up the GUI thread. The
// document keeps the last kMaxBlocks lines; when the queue alone holds more, the older
// queued lines are dropped before inserting.
// Lines from an exec::ExecStream keep their colours, and a line that redraws the previous one
// of its channel (a progress bar, a prompt completed) replaces it when nothing came between.
class ConsoleTranscript final : public QObject {
    Q_OBJECT
public:
    enum class Kind {
        Stdout,  // palette text colour
        Stderr,  // red
        Command, // "$ command": bold
        Note,    // server and time after the command: dim
        Success, // footer of a run that exited 0
        Failure, // footer of any other run
    };
    static constexpr int kMaxBlocks = 20000;
    static constexpr int kBatchIntervalMs = 33;
    static constexpr int kBatchBudgetMs = 5;
    static constexpr int kBacklogIntervalMs = 1;  // the next slice of a backlog, after the event loop turned
    static constexpr int kLinesPerInsert = 256;   // how often the budget is checked
    static constexpr int kMaxLinesPerSlice = 512; // and at most this many per slice
    static constexpr qsizetype kMaxLineLength = 8192;

    explicit ConsoleTranscript(QObject* parent = nullptr);

    [[nodiscard]] QTextDocument* document() const { return m_document; }
    // Also recolours the text already there (the theme changed).
    void setColors(const ConsoleColors& colors);

    void append(Kind kind, const QString& text);
    // Lines of a command's output (already cut to kMaxLineLength by the stream), stdout as
    // Kind::Stdout, stderr as Kind::Stderr.
    void appendLines(const exec::LineBatch& lines);
    // Starts what is appended next on a line of its own.
    void startLine();
    [[nodiscard]] bool isEmpty() const;
    void clear();
    // Moves (a batch of) the queue into the document now; the timer does it otherwise.
    void flush();

signals:
    void flushed();

private:
    // What waits to go into the document: text from append(), or a batch of lines as the stream
    // delivered it (shared, not copied: receiving a batch costs nothing per line here).
    struct Segment {
        Kind kind;
        QString text;
        exec::LineBatch lines; // when not empty, this segment is these lines
        qsizetype next = 0;    // the first line of `lines` not in the document yet
    };
    struct Styled {
        Kind kind;
        exec::TextStyle style;
        QTextCharFormat format;
    };
    [[nodiscard]] QString breakLongLines(const QString& text);
    [[nodiscard]] QTextCharFormat format(Kind kind) const;
    [[nodiscard]] QTextCharFormat styled(QTextCharFormat format, const exec::TextStyle& style) const;
    [[nodiscard]] const QTextCharFormat& styledCached(Kind kind, const QTextCharFormat& base,
                                                      const exec::TextStyle& style);
    void dropOldQueuedLines();
    // Inserts up to kLinesPerInsert lines of the first segment; returns how many line ends.
    qsizetype insertText(QTextCursor& cursor, Segment& segment, const QTextCharFormat& format);
    qsizetype insertLines(QTextCursor& cursor, Segment& segment,
                          const std::array<QTextCharFormat, 6>& formats);
    void insertLine(QTextCursor& cursor, const exec::Line& line, Kind kind, const QTextCharFormat& format);

    QTextDocument* m_document;
    QTimer* m_timer;
    ConsoleColors m_colors;
    QList<Segment> m_queue;
    qsizetype m_queuedLines = 0; // line ends in m_queue, about
    QList<Styled> m_styled;      // formats of the command's own colours, made once
    bool m_atLineStart = true;   // after everything appended so far, queued or not
    qsizetype m_lineLength = 0;  // of the last line appended so far
    // The document ends with a whole line from appendLines() of this kind (Stdout or Stderr):
    // a line that redraws it replaces it.
    std::optional<Kind> m_lastLineKind;
};

} // namespace capataz::ui
