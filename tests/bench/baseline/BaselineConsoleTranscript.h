#pragma once

// Frozen copy of ui/ConsoleTranscript.h as it was before the console moved to exec::ExecStream (commit
// 668442a), kept only so that bench_console can measure today's path next to the new one. Not used elsewhere.

#include "console/ConsoleColors.h" // ui/console/, unchanged

#include <QList>
#include <QObject>
#include <QString>

class QTextCharFormat;
class QTextDocument;
class QTimer;

namespace capataz::bench::baseline {

using ui::ConsoleColors;

// The console output of one server: a plain-text document (for ConsoleOutput to show) fed
// in batches. append() only queues text; a timer moves the queue into the document at most
// about 30 times a second, and each batch stops after a few milliseconds (the rest goes in
// the next one), so a command that prints megabytes never holds up the GUI thread. The
// document keeps the last kMaxBlocks lines; when the queue alone holds more, the older
// queued lines are dropped before inserting.
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
    static constexpr int kBatchBudgetMs = 12;
    static constexpr int kLinesPerInsert = 256; // how often the budget is checked
    static constexpr qsizetype kMaxLineLength = 8192;

    explicit ConsoleTranscript(QObject* parent = nullptr);

    [[nodiscard]] QTextDocument* document() const { return m_document; }
    // Also recolours the text already there (the theme changed).
    void setColors(const ConsoleColors& colors);

    void append(Kind kind, const QString& text);
    // Starts what is appended next on a line of its own.
    void startLine();
    [[nodiscard]] bool isEmpty() const;
    void clear();
    // Moves (a batch of) the queue into the document now; the timer does it otherwise.
    void flush();

signals:
    void flushed();

private:
    struct Segment {
        Kind kind;
        QString text;
    };
    [[nodiscard]] QString breakLongLines(const QString& text);
    [[nodiscard]] QTextCharFormat format(Kind kind) const;
    void dropOldQueuedLines();

    QTextDocument* m_document;
    QTimer* m_timer;
    ConsoleColors m_colors;
    QList<Segment> m_queue;
    bool m_atLineStart = true;  // after everything appended so far, queued or not
    qsizetype m_lineLength = 0; // of the last line appended so far
};

} // namespace capataz::bench::baseline
