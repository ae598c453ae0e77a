#pragma once

#include "exec/LineSplitter.h"

#include <QElapsedTimer>
#include <QObject>

#include <array>

class QTimer;

namespace capataz::exec {

// How a stream of command output is cut into lines and delivered.
struct StreamOptions {
    qsizetype maxLineLength = 8192;
    bool keepStyles = true; // false: colours stripped
    // Deliver the line being written before it ends (a prompt, "Downloading..."), to be
    // replaced by the whole line later. Off where only whole lines may be shown (masking).
    bool openLines = true;
    int batchIntervalMs = 33; // at most about 30 batches a second
    // Only whole lines (ended by LF) reach the splitter: what follows the last LF waits for the
    // next bytes, and an unfinished last line is dropped at the end instead of delivered. The
    // byte counts then say exactly how much became lines: a log source resumes a file there.
    bool completeLinesOnly = false;
    // stdout is not split at all (binary data, e.g. a file being copied): ExecStream's
    // stdoutReady() brings its bytes as they arrive, in order; only stderr becomes lines.
    bool rawStdout = false;
};

// Splits the stdout and stderr of one command into lines (LineSplitter, one per channel) on
// the thread that feeds it, and hands them on in batches: the first at once, then at most one
// every batchIntervalMs however fast the bytes come, and any lines left over after a pause
// when the interval is up. Within a batch a line redrawn several times (progress bars, the
// open line) appears once, in its latest state.
// Lives on the producing thread (for ExecStream, the connection's): moveToThread() it there
// before the first feed(); batchReady() reaches other threads queued.
class LineStream final : public QObject {
    Q_OBJECT
public:
    explicit LineStream(const StreamOptions& options = {}, QObject* parent = nullptr);

    void feed(Channel channel, QByteArrayView bytes);
    // End of both channels: the last lines go out now, then finished(). Further feeds are ignored.
    void finish();

    [[nodiscard]] LineCount lineCount(Channel channel) const;
    [[nodiscard]] ByteCount byteCount(Channel channel) const;

signals:
    void batchReady(const capataz::exec::LineBatch& batch);
    // Emitted by finish() after the last batch, before finished(): the bytes of each channel
    // that became lines (with completeLinesOnly, through the last LF).
    void ended(qint64 stdoutBytes, qint64 stderrBytes);
    void finished();

private:
    void flush();
    void schedule();
    // Keeps only the latest version of each redrawn line of m_pending.
    void collapse();

    StreamOptions m_options;
    std::array<LineSplitter, 2> m_splitters;
    std::array<QByteArray, 2> m_partial; // completeLinesOnly: the bytes after the last LF
    LineBatch m_pending;
    QTimer* m_timer;
    QElapsedTimer m_sinceBatch;
    bool m_finished = false;
};

} // namespace capataz::exec
