#pragma once

#include "exec/ExecStream.h"
#include "remote/Command.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace capataz::ssh {
class Connection;
}

namespace capataz::ui {

class ConsoleTranscript;

// One command typed in the console, running on one server: writes "$ command" into the
// server's transcript, then the command's output as it arrives, then a footer with the exit
// code and duration. The output comes through an exec::ExecStream: split into lines, decoded
// and its colours parsed on the connection's thread, in batches at most about 30 a second, so
// this thread only appends. Destroying a run that is still going cancels the command.
class ConsoleRun final : public QObject {
    Q_OBJECT
public:
    ConsoleRun(ConsoleTranscript* transcript, QString commandLine, remote::Command command,
               QObject* parent = nullptr);
    ~ConsoleRun() override;

    void start(ssh::Connection* connection, const QString& serverName);
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_stream && m_stream->isRunning(); }
    [[nodiscard]] const std::optional<exec::StreamResult>& result() const { return m_result; }
    [[nodiscard]] qint64 elapsedMs() const { return m_stream ? m_stream->elapsedMs() : 0; }
    [[nodiscard]] const QString& commandLine() const { return m_commandLine; }

signals:
    void finished(const capataz::exec::StreamResult& result);

private:
    void finish(const exec::StreamResult& result);

    QPointer<ConsoleTranscript> m_transcript;
    QString m_commandLine;
    remote::Command m_command;
    exec::ExecStream* m_stream = nullptr; // a child
    std::optional<exec::StreamResult> m_result;
};

} // namespace capataz::ui
