#pragma once

#include "remote/Command.h"
#include "ssh/ChannelJob.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QTimer>

using LIBSSH2_CHANNEL = struct _LIBSSH2_CHANNEL;

namespace capataz::ssh {

// How a remote process ended. `error` is set when it did not run to its own end (could not
// start, cancelled, timed out, connection lost); then exitCode is -1.
struct ProcessResult {
    int exitCode = -1;
    QString exitSignal; // "TERM", "KILL", ... when a signal ended it
    qint64 durationMs = 0;
    Error error;
    [[nodiscard]] bool ok() const { return !error.isError() && exitSignal.isEmpty() && exitCode == 0; }
};

// One command on an exec channel, shaped like a process: start(), write() to stdin,
// closeWriteChannel(), cancel(); out come readyReadStdout/readyReadStderr chunks as they
// arrive and exactly one finished(). The command string comes from remote::Command, the
// only place shell strings are built. With SudoMode::Password the sudo password is the
// first stdin line, never an argument.
class RemoteProcess final : public ChannelJob {
    Q_OBJECT
public:
    RemoteProcess(QPointer<SessionEngine> engine, remote::Command command);
    ~RemoteProcess() override;

    void write(const QByteArray& data); // thread-safe, queued
    void closeWriteChannel();           // EOF after what was written
    // On cancel, do not send the rest of stdin: EOF follows what is already in the channel.
    // Only for commands that tell a short input from a complete one (AtomicWrite's script
    // checks the size); a `cat > file` would take the early EOF for the end. Before start().
    void setInputDroppedOnCancel(bool drop) { m_dropInputOnCancel = drop; }

    [[nodiscard]] const remote::Command& command() const { return m_command; }

signals:
    void started();
    void readyReadStdout(const QByteArray& data);
    void readyReadStderr(const QByteArray& data);
    // How many of the bytes given to write() went into the channel in one go (the sudo
    // password line that precedes them is not counted): for upload progress.
    void bytesWritten(qint64 bytes);
    void finished(const capataz::ssh::ProcessResult& result);

protected:
    bool step(LIBSSH2_SESSION* session) override;
    void abandon(const Error& error) override;
    void onCancelRequested() override;

private:
    enum class Phase { Open, Exec, Running, Closing, Done };
    bool stepOpen(LIBSSH2_SESSION* session);
    bool stepExec();
    bool stepRunning();
    bool stepClosing();
    bool readStreams();
    void finish(ProcessResult result);
    void sendSignal(const QString& signal);

    remote::Command m_command;
    QByteArray m_shell;
    LIBSSH2_CHANNEL* m_channel = nullptr;
    Phase m_phase = Phase::Open;
    QByteArray m_stdin;
    qint64 m_stdinPrefix = 0; // bytes of m_stdin that are ours (the sudo password line), not the caller's
    bool m_closeStdinRequested = false;
    bool m_dropInputOnCancel = false;
    bool m_eofSent = false;
    QElapsedTimer m_clock;
    QElapsedTimer m_cancelClock;
    bool m_killSent = false;
    QTimer* m_cancelTimer = nullptr;
    qint64 m_remotePid = 0;
    bool m_awaitPid = false;
    bool m_internal = false; // our own kill helper: no PID marker
    remote::SudoMode m_sudo = remote::SudoMode::None;
    QByteArray m_pidLine;
    QByteArray m_stderrHead; // to tell sudo's refusals from the command's own exit 1
};

} // namespace capataz::ssh

Q_DECLARE_METATYPE(capataz::ssh::ProcessResult)
