#pragma once

// Frozen copy of ui/ConsoleTextFilter.h as it was before the console moved to exec::ExecStream (commit
// 668442a), kept only so that bench_console can measure today's path next to the new one. Not used elsewhere.

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

namespace capataz::bench::baseline {

// Turns one output stream of a remote command (stdout or stderr) into text for the console
// view, chunk by chunk. Bytes are decoded as UTF-8 with one decoder per stream, so a
// character split across two chunks comes out whole. Terminal control sequences that a
// plain view cannot render are dropped: ANSI CSI (colours, cursor movement, "ESC [ ... m"),
// OSC (window titles), other ESC sequences and C0 controls other than newline and tab.
// CR LF becomes LF; a lone CR (progress bars redrawing a line) starts a new line. A sequence
// split across chunks is handled too: the state carries over to the next feed().
class ConsoleTextFilter {
public:
    [[nodiscard]] QString feed(QByteArrayView chunk);

private:
    enum class State { Text, Escape, EscapeIntermediate, Csi, String, StringEscape };
    [[nodiscard]] QString filter(const QString& text);

    QStringDecoder m_decoder{QStringDecoder::Utf8};
    State m_state = State::Text;
    bool m_pendingCr = false;
    int m_sequenceLength = 0; // characters swallowed by the current sequence
};

} // namespace capataz::bench::baseline
