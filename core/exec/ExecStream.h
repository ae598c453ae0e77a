#pragma once

#include "exec/Exec.h"
#include "exec/LineStream.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <array>
#include <optional>

class QTimer;

namespace capataz::ssh {
class Connection;
class RemoteProcess;
struct ProcessResult;
} // namespace capataz::ssh

namespace capataz::exec {

// How a streamed command ended.
struct StreamEnd {
    int exitCode = -1;  // -1 when it did not run to its own end
    QString exitSignal; // "TERM", "KILL", ... when a signal ended it
    qint64 durationMs = 0;
    LineCount stdoutLines;
    LineCount stderrLines;
    // The bytes of each channel that became lines (StreamOptions::completeLinesOnly: through
    // the last LF, so exact for resuming a file by offset).
    ByteCount stdoutBytes;
    ByteCount stderrBytes;
};

// The one finished() of an ExecStream: how it ended, and that turned into an Error the way
// exec::runChecked() does: None only for exit 0; a non-zero exit or a signal is
// RemoteCommandFailed ("`what` exited with N: <last lines>"); Cancelled, Timeout,
// ConnectionLost, Sudo... when it did not run to its end.
struct StreamResult {
    StreamEnd end;
    Error error;

    [[nodiscard]] bool ok() const { return !error.isError(); }
    // Did it run to its own end (whatever the exit status)?
    [[nodiscard]] bool ranToEnd() const
    {
        return !error.isError() || error.code == ErrorCode::RemoteCommandFailed;
    }
};

// A remote command whose output arrives as lines while it runs: the streaming form of the exec
// layer. Bytes are split into lines on the connection's thread (LineStream), never on the
// owner's, and linesReady() brings them in batches, at most about 30 a second whatever the
// rate; then exactly one finished(), after the last batch. With StreamOptions::rawStdout,
// stdout is not split: stdoutReady() brings its bytes as the connection reads them (no
// batching, no decoding), all of them before finished().
// Lives in the thread that creates it. Destroying it while the command runs cancels the command
// (and nothing more is emitted); so does the request's cancel token, and cancel(). If the
// connection goes away, finished() says ConnectionLost.
class ExecStream final : public QObject {
    Q_OBJECT
public:
    // `what` names the command for people in the error (e.g. "docker compose up"); empty: the program.
    ExecStream(ssh::Connection* connection, Request request, StreamOptions options = {}, QString what = {},
               QObject* parent = nullptr);
    ~ExecStream() override;

    void start();
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_clock.isValid() && !m_result; }
    [[nodiscard]] const std::optional<StreamResult>& result() const { return m_result; }
    [[nodiscard]] qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }

signals:
    void linesReady(const capataz::exec::LineBatch& lines);
    // Only with StreamOptions::rawStdout: the next bytes of stdout, untouched.
    void stdoutReady(const QByteArray& bytes);
    void finished(const capataz::exec::StreamResult& result);

private:
    void onBatch(const LineBatch& lines);
    void onProcessFinished(const ssh::ProcessResult& result);
    void onConnectionDestroyed();
    void finish(StreamResult result);
    void keepTail(const Line& line);

    QPointer<ssh::Connection> m_connection;
    Request m_request;
    StreamOptions m_options;
    QString m_what;
    // Ours to dispose of; lives on the connection's thread with the LineStream as its child.
    ssh::RemoteProcess* m_process = nullptr;
    QTimer* m_cancelPoll = nullptr;
    QElapsedTimer m_clock;
    std::optional<StreamResult> m_result;
    std::array<LineCount, 2> m_lines;
    std::array<ByteCount, 2> m_bytes;
    std::array<QStringList, 2> m_tail; // the last lines of each channel, for the error's detail
};

} // namespace capataz::exec

Q_DECLARE_METATYPE(capataz::exec::StreamResult)
