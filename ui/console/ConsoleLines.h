#pragma once

#include "common/LineTypes.h"
#include "exec/Line.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

namespace capataz::ui {

// What a line (or a piece of one) of the console is: the command's output on either channel,
// or what the console itself wrote around it.
enum class ConsoleKind : quint8 {
    Stdout,  // palette text colour
    Stderr,  // red
    Command, // "$ command" (the echo of what was typed): bold
    Note,    // server and time after the command, notices: dim
    Success, // footer of a run that exited 0
    Failure, // footer of any other run
};

// A piece of a line drawn other than the line's kind says: another kind (the note after
// "$ command") and/or the colours the command asked for. `start` and `length` count UTF-16
// units of the line's text (QString positions).
struct ConsoleSpan {
    qint32 start = 0;
    qint32 length = 0;
    ConsoleKind kind = ConsoleKind::Stdout;
    exec::TextStyle style;
    bool operator==(const ConsoleSpan&) const = default;
};

// The console's lines of one server, compact: the text of every line as UTF-8 in one buffer,
// and per line a small entry (where its bytes are, its kind, its spans). Appending costs what
// is appended; reading a line decodes only that line. Capped at kMaxLines lines and kMaxBytes
// bytes: beyond either, the oldest lines are dropped and counted (droppedCount()).
//
// Lines are numbered from the first one ever appended (since the last clear()): dropping old
// lines does not renumber the others, so a view can hold on to a LineIndex. The lines kept
// are [firstLine(), endLine()).
class ConsoleLines {
public:
    static constexpr LineCount kMaxLines{200000};
    static constexpr qsizetype kMaxBytes = 16 * 1024 * 1024;

    explicit ConsoleLines(LineCount maxLines = kMaxLines, qsizetype maxBytes = kMaxBytes);

    [[nodiscard]] LineIndex firstLine() const { return m_first; }
    [[nodiscard]] LineIndex endLine() const { return m_first + count(); }
    [[nodiscard]] LineCount count() const { return LineCount(qint64(m_entries.size() - m_head)); }
    [[nodiscard]] bool isEmpty() const { return m_entries.size() == m_head; }
    [[nodiscard]] bool contains(LineIndex i) const { return i >= m_first && i < endLine(); }
    // Lines dropped from the front to stay within the caps, since the last clear().
    [[nodiscard]] LineCount droppedCount() const { return LineCount(m_first.get()); }
    [[nodiscard]] qsizetype byteCount() const { return m_bytes.size() - m_byteHead; }
    // The longest line kept or once kept, in UTF-16 units (for the horizontal range).
    [[nodiscard]] qsizetype maxLineLength() const { return m_maxLength; }

    // Each of these needs contains(i).
    [[nodiscard]] QString text(LineIndex i) const;
    [[nodiscard]] QByteArrayView utf8(LineIndex i) const;
    [[nodiscard]] qsizetype length(LineIndex i) const; // UTF-16 units
    [[nodiscard]] ConsoleKind kind(LineIndex i) const;
    [[nodiscard]] bool isCut(LineIndex i) const;
    [[nodiscard]] QList<ConsoleSpan> spans(LineIndex i) const;

    // A new line at the end.
    void append(ConsoleKind kind, QStringView text, const QList<ConsoleSpan>& spans = {}, bool cut = false);
    // More text on the last line (a new one if there is none); in `kind`, kept as a span when
    // that is not the line's kind.
    void extendLast(ConsoleKind kind, QStringView text);
    // The last line gets this text instead (a progress bar redrawn).
    void replaceLast(ConsoleKind kind, QStringView text, const QList<ConsoleSpan>& spans = {},
                     bool cut = false);
    void markLastCut();
    void clear();

private:
    struct Entry {
        qint64 offset;    // in the bytes appended since clear(); minus m_byteBase in m_bytes
        qint64 firstSpan; // in the spans appended since clear(); minus m_spanBase in m_spans
        qint32 bytes;
        qint32 length; // UTF-16 units
        quint16 spanCount;
        ConsoleKind kind;
        bool cut;
    };
    [[nodiscard]] const Entry& entry(LineIndex i) const;
    void addSpan(Entry& e, const ConsoleSpan& span);
    void reserveOnce();
    // Encodes `text` at the end of m_bytes; returns how many bytes that took.
    qint32 appendUtf8(QStringView text);
    void dropOld();
    void compact();

    LineCount m_maxLines;
    qsizetype m_maxBytes;
    QByteArray m_bytes; // [m_byteHead, size()) is in use
    qsizetype m_byteHead = 0;
    qint64 m_byteBase = 0; // bytes removed from the front of m_bytes by compact()
    std::vector<Entry> m_entries;
    size_t m_head = 0; // the entry of firstLine()
    std::vector<ConsoleSpan> m_spans;
    size_t m_spanHead = 0;
    qint64 m_spanBase = 0;
    LineIndex m_first;
    qsizetype m_maxLength = 0;
    bool m_reserved = false;
};

} // namespace capataz::ui
