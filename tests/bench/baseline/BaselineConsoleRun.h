#pragma once

// Frozen copy of ui/ConsoleRun.h as it was before the console moved to exec::ExecStream (commit 668442a),
// kept only so that bench_console can measure today's path next to the new one. Not used elsewhere.

#include "BaselineConsoleTextFilter.h"
#include "remote/Command.h"
#include "ssh/Connection.h" // ssh/RemoteProcess.h needs SessionEngine complete
#include "ssh/RemoteProcess.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <optional>

namespace capataz::bench::baseline {

class ConsoleTranscript;

// One command typed in the console, running on one server: writes "$ command" into the
// server's transcript, then the command's output as it arrives (stdout and stderr each
// through its own ConsoleTextFilter), then a footer with the exit code and duration.
// Lives in the GUI thread; the RemoteProcess lives on the connection's thread and disposes
// of it once it has finished. Destroying a run that is still going cancels the command.
class ConsoleRun final : public QObject {
    Q_OBJECT
public:
    ConsoleRun(ConsoleTranscript* transcript, QString commandLine, remote::Command command,
               QObject* parent = nullptr);
    ~ConsoleRun() override;

    void start(ssh::Connection* connection, const QString& serverName);
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_clock.isValid() && !m_result; }
    [[nodiscard]] const std::optional<ssh::ProcessResult>& result() const { return m_result; }
    [[nodiscard]] qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    [[nodiscard]] const QString& commandLine() const { return m_commandLine; }

signals:
    void finished(const capataz::ssh::ProcessResult& result);

private:
    void finish(const ssh::ProcessResult& result);
    void onConnectionDestroyed();

    QPointer<ConsoleTranscript> m_transcript;
    QString m_commandLine;
    remote::Command m_command;
    // Ours to dispose of (nothing else deletes it), so calls on it are safe until then. It
    // lives on the connection's thread.
    ssh::RemoteProcess* m_process = nullptr;
    ConsoleTextFilter m_stdout;
    ConsoleTextFilter m_stderr;
    QElapsedTimer m_clock;
    std::optional<ssh::ProcessResult> m_result;
};

} // namespace capataz::bench::baseline
