#pragma once

#include "ConsoleColors.h"
#include "ConsoleLines.h"
#include "exec/Line.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTextCharFormat>

#include <optional>

class QTimer;

namespace capataz::ui {

// The console output of one server: a ConsoleLines store (for ConsoleOutput to show) and how its
// lines look. append() and appendLines() put the text into the store, costing what they append
// and nothing per line already there; ConsoleOutput paints only the lines in view. A batch bigger
// than a slice (kSliceLines lines, kSliceChars characters or kSliceMs, whichever comes first) goes in a slice
// at a time, the rest after the event loop has turned (input, painting), so that a command that
// prints megabytes never holds up the GUI thread; what is appended meanwhile waits its turn. The store keeps
// the last ConsoleLines::kMaxLines lines (and at most ConsoleLines::kMaxBytes bytes); older ones are dropped,
// and droppedNotice() says how many. Lines from an exec::ExecStream keep their colours, and a line that
// redraws the previous one of its channel (a progress bar, a prompt completed) replaces it when nothing came
// between.
class ConsoleTranscript final : public QObject {
    Q_OBJECT
public:
    using Kind = ConsoleKind;
    static constexpr int kBatchIntervalMs = 33;       // how often the stream delivers a batch
    static constexpr qsizetype kMaxLineLength = 8192; // longer lines go on in the next one
    static constexpr int kTabWidth = 8;
    static constexpr qsizetype kSliceLines = 1000;
    static constexpr qsizetype kSliceChars = 128 * 1024;
    static constexpr qint64 kSliceMs = 5; // and at most this long

    explicit ConsoleTranscript(QObject* parent = nullptr, LineCount maxLines = ConsoleLines::kMaxLines,
                               qsizetype maxBytes = ConsoleLines::kMaxBytes);

    [[nodiscard]] const ConsoleLines& lines() const { return m_lines; }
    [[nodiscard]] const ConsoleColors& colors() const { return m_colors; }
    // The view repaints in the new colours (the theme changed).
    void setColors(const ConsoleColors& colors);

    // Text of one kind; "\n" ends a line, the rest goes on the current line.
    void append(Kind kind, const QString& text);
    // Lines of a command's output (already cut to kMaxLineLength by the stream), stdout as
    // Kind::Stdout, stderr as Kind::Stderr.
    void appendLines(const exec::LineBatch& lines);
    // Starts what is appended next on a line of its own.
    void startLine();
    [[nodiscard]] bool isEmpty() const { return m_lines.isEmpty() && m_pending.isEmpty(); }
    // Something appended waits for a slice (drained() follows once it is all in).
    [[nodiscard]] bool hasPending() const { return !m_pending.isEmpty(); }
    void clear();
    // Puts everything still waiting into the store now (the rest of a big batch).
    void flush();

    // Every line kept, each followed by "\n" (but an unfinished last one).
    [[nodiscard]] QString toPlainText() const;
    // "… 1,234 older lines dropped …" once the store dropped lines, else empty.
    [[nodiscard]] QString droppedNotice() const;

    // How a line is drawn: its text in pieces, each with its format (no foreground: the
    // palette's text colour). A piece with `mark` set is a decoration (after a cut line), not
    // text of the line.
    struct Piece {
        QString text;
        QTextCharFormat format;
        bool mark = false;
    };
    [[nodiscard]] QList<Piece> pieces(LineIndex line) const;
    [[nodiscard]] QTextCharFormat format(Kind kind) const;

signals:
    // Lines were appended, replaced or dropped, or the colours changed.
    void changed();
    void cleared();
    // Everything appended is in the store (after hasPending()).
    void drained();

private:
    // What waits for the next slice: a batch (shared, not copied) and how far it went in, text
    // from append(), or a startLine().
    struct Pending {
        exec::LineBatch lines;
        qsizetype next = 0;
        Kind kind = Kind::Stdout;
        QString text;
        bool startLine = false;
    };
    [[nodiscard]] QTextCharFormat styled(QTextCharFormat format, const exec::TextStyle& style) const;
    void appendPiece(Kind kind, QStringView text);
    void appendText(Kind kind, QStringView text);
    void appendLine(const exec::Line& line);
    // Moves pending work into the store: one slice, or everything.
    void drain(bool everything);

    ConsoleLines m_lines;
    ConsoleColors m_colors;
    QList<Pending> m_pending;
    QTimer* m_timer;           // the next slice
    bool m_atLineStart = true; // after everything appended so far
    // The store ends with a whole line from appendLines() of this kind (Stdout or Stderr):
    // a line that redraws it replaces it.
    std::optional<Kind> m_lastLineKind;
};

} // namespace capataz::ui
