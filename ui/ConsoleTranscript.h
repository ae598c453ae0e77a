#pragma once

#include "ConsoleColors.h"
#include "exec/Line.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QTextCharFormat;
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
    static constexpr int kBatchBudgetMs = 6;
    static constexpr int kLinesPerInsert = 256; // how often the budget is checked
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
    struct Segment {
        Kind kind;
        QString text;
        QList<exec::StyleSpan> spans; // positions in `text`
        bool replaceLastLine = false; // first remove the document's last line
    };
    [[nodiscard]] QString breakLongLines(const QString& text);
    [[nodiscard]] QTextCharFormat format(Kind kind) const;
    [[nodiscard]] QTextCharFormat styled(QTextCharFormat format, const exec::TextStyle& style) const;
    void appendLine(const exec::Line& line);
    void dropOldQueuedLines();
    void insert(QTextCursor& cursor, Segment& segment, qsizetype end, const QTextCharFormat& format);

    QTextDocument* m_document;
    QTimer* m_timer;
    ConsoleColors m_colors;
    QList<Segment> m_queue;
    bool m_atLineStart = true;  // after everything appended so far, queued or not
    qsizetype m_lineLength = 0; // of the last line appended so far
    // The last thing appended is a whole line from appendLines() of this kind (Stdout or
    // Stderr), starting at m_lastLineAt in m_queue.back().text, or -1 if already inserted.
    std::optional<Kind> m_lastLineKind;
    qsizetype m_lastLineAt = -1;
};

} // namespace capataz::ui
