#pragma once

#include "exec/Line.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

namespace capataz::exec {

// Turns one output stream of a command (stdout or stderr), chunk by chunk, into Lines:
//  - UTF-8 decoded; a character split across chunks comes out whole, invalid bytes (and a
//    character the stream ends in the middle of) become U+FFFD;
//  - LF, CR LF (and CR CR LF) end a line; a lone CR ends it too and starts the same line over
//    (the next line has the same index and replacesPrevious: progress bars);
//  - ANSI SGR sequences ("ESC [ 1;31 m", 256 colours, 24-bit) become style spans that carry
//    over from line to line as in a terminal; every other escape sequence (cursor movement,
//    erase, OSC titles, DCS, charsets) and C0 control other than tab is dropped; a broken
//    sequence gives up after a few thousand characters so output is never swallowed;
//  - a line longer than maxLineLength is cut there (Line::cut) and goes on in the next line:
//    nothing is dropped, and a megabyte without a newline does not become one huge string.
// Not thread-bound and not a QObject: whoever feeds it owns it (LineStream, on the connection
// thread). Lines are appended to the caller's batch.
class LineSplitter {
public:
    struct Options {
        qsizetype maxLineLength = 8192; // UTF-16 units, at least 16
        bool keepStyles = true;         // false: colours are stripped like every other sequence
    };

    explicit LineSplitter(Channel channel = Channel::Stdout);
    LineSplitter(Channel channel, Options options);

    // Splits `bytes`; the lines they end are appended to `out`.
    void feed(QByteArrayView bytes, LineBatch& out);
    // The line being written (no end yet) as an open line, if it has text and changed since the
    // last call; the line that later ends it will replace it.
    void takeOpen(LineBatch& out);
    // The stream ended: what is left becomes the last line.
    void finish(LineBatch& out);

    // Lines so far, a redrawn line counted once (an open line not yet).
    [[nodiscard]] LineCount lineCount() const { return m_lines; }
    [[nodiscard]] ByteCount bytesFed() const { return m_bytes; }
    [[nodiscard]] Channel channel() const { return m_channel; }

private:
    enum class State { Text, Escape, EscapeIntermediate, Csi, String, StringEscape };

    void process(QStringView text, LineBatch& out);
    void appendText(QStringView run, LineBatch& out);
    void control(char16_t c, LineBatch& out);
    // Inside a sequence: false when `c` ended it without belonging to it (handle it as text).
    bool sequence(char16_t c);
    void applySgr(QStringView params);
    void setStyle(const TextStyle& style);
    void closeRun();
    void emitLine(bool cut, LineBatch& out);

    Channel m_channel;
    Options m_options;
    QByteArray m_carry; // the start of a UTF-8 character the next chunk completes

    State m_state = State::Text;
    int m_sequenceLength = 0;
    QString m_params;       // of the CSI sequence being read
    bool m_csiPlain = true; // no private marker or intermediate: an SGR "m" applies

    QString m_text; // the line being built
    QList<StyleSpan> m_spans;
    TextStyle m_style;
    qsizetype m_runStart = 0; // where the current style began in m_text

    LineIndex m_index;
    bool m_afterCr = false;      // a CR ended the last line; an LF now only confirms it
    bool m_nextReplaces = false; // the line being built redraws the last one (after a lone CR)
    bool m_openTaken = false;    // an open copy of the line being built was handed out
    qsizetype m_openTakenSize = -1;
    LineCount m_lines;
    ByteCount m_bytes;
};

} // namespace capataz::exec
