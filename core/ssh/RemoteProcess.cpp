#include "ssh/RemoteProcess.h"

#include "ssh/SessionEngine.h"

#include <QTimer>

#include <libssh2.h>

#include <cstdlib>

namespace capataz::ssh {

namespace {
constexpr qsizetype kReadChunk = 64 * 1024;
constexpr qsizetype kMaxReadPerStep = 1024 * 1024;  // fairness between channels
constexpr qsizetype kStdinKeptOnCancel = 64 * 1024; // more than one channel packet
constexpr int kTermGraceMs = 3000;                  // TERM, then KILL after this
constexpr int kCloseGraceMs = 6000;                 // then stop waiting for the channel to close
// Sent before the command: the remote login shell's PID, which sshd made a session leader,
// so that cancel() can signal the whole process group from another channel (libssh2 1.10
// cannot send a "signal" channel request after exec). Stripped from stderr.
constexpr char kPidMarker[] = "\001capataz-pid:";       // what arrives
constexpr char kPidMarkerShell[] = "\\001capataz-pid:"; // what printf is given
} // namespace

RemoteProcess::RemoteProcess(QPointer<SessionEngine> engine, remote::Command command)
    : ChannelJob(std::move(engine))
    , m_command(std::move(command))
{}

RemoteProcess::~RemoteProcess()
{
    if (m_channel && engine())
        engine()->releaseChannel(m_channel);
    m_channel = nullptr;
}

void RemoteProcess::write(const QByteArray& data)
{
    QMetaObject::invokeMethod(
        this,
        [this, data] {
            if (m_closeStdinRequested || isFinished())
                return;
            m_stdin += data;
            wake();
        },
        Qt::QueuedConnection);
}

void RemoteProcess::closeWriteChannel()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_closeStdinRequested = true;
            wake();
        },
        Qt::QueuedConnection);
}

void RemoteProcess::onCancelRequested()
{
    m_cancelClock.start();
    if (!m_cancelTimer) {
        m_cancelTimer = new QTimer(this);
        m_cancelTimer->setInterval(250);
        connect(m_cancelTimer, &QTimer::timeout, this, [this] { wake(); });
    }
    m_cancelTimer->start();
    if (m_remotePid > 0)
        sendSignal(QStringLiteral("TERM"));
}

void RemoteProcess::sendSignal(const QString& signal)
{
    if (m_remotePid <= 0 || !engine())
        return;
    // kill -SIG -- -PGID: the shell, sudo and everything the command started.
    remote::Command kill(
        {QStringLiteral("kill"), u'-' + signal, QStringLiteral("--"), u'-' + QString::number(m_remotePid)});
    kill.asRoot(m_command.needsRoot());
    auto* killer = new RemoteProcess(engine(), kill);
    killer->m_internal = true;
    connect(killer, &RemoteProcess::finished, killer, &QObject::deleteLater);
    killer->start();
}

bool RemoteProcess::step(LIBSSH2_SESSION* session)
{
    if (!m_clock.isValid())
        m_clock.start();
    switch (m_phase) {
    case Phase::Open:
        return stepOpen(session);
    case Phase::Exec:
        return stepExec();
    case Phase::Running:
        return stepRunning();
    case Phase::Closing:
        return stepClosing();
    case Phase::Done:
        return false;
    }
    return false;
}

bool RemoteProcess::stepOpen(LIBSSH2_SESSION* session)
{
    if (m_shell.isEmpty() && !cancelRequested()) {
        SessionEngine* const eng = engine();
        if (!eng) {
            abandon(Error{ErrorCode::ConnectionLost, QStringLiteral("the connection no longer exists")});
            return true;
        }
        m_sudo = eng->settings().sudo;
        auto shell = m_command.toShell(m_sudo);
        if (!shell) {
            finish(ProcessResult{-1, {}, 0, shell.error()});
            return true;
        }
        // An access account's request goes to the server's dispatcher as it is: no shell reads it,
        // so no PID line either (a cancel closes the channel; the dispatcher's commands end on it).
        const bool plain = m_internal || m_sudo == remote::SudoMode::Access;
        m_shell = plain ? shell->toUtf8()
                        : QByteArray("printf '") + kPidMarkerShell + "%s\\n' \"$$\" >&2; " + shell->toUtf8();
        m_awaitPid = !plain;
        if (m_command.sendsSudoPassword(m_sudo)) {
            const QByteArray line = eng->settings().sudoPassword.toUtf8() + '\n';
            m_stdin.prepend(line);
            m_stdinPrefix = line.size();
        }
    }
    const auto stepped = openChannel(
        session, m_channel, [session] { return libssh2_channel_open_session(session); },
        ErrorCode::ChannelOpenFailed, QStringLiteral("could not open a channel"), QStringLiteral("cancelled"),
        [this](const Error& e) {
            finish(ProcessResult{-1, {}, m_clock.elapsed(), e});
        });
    if (stepped)
        return *stepped;
    m_phase = Phase::Exec;
    return true;
}

bool RemoteProcess::stepExec()
{
    const int rc = libssh2_channel_exec(m_channel, m_shell.constData());
    if (rc == LIBSSH2_ERROR_EAGAIN)
        return false;
    if (rc != 0) {
        finish(ProcessResult{-1,
                             {},
                             m_clock.elapsed(),
                             eng().lastError(ErrorCode::ChannelOpenFailed,
                                             QStringLiteral("the server refused to run the command"))});
        return true;
    }
    m_phase = Phase::Running;
    emit started();
    return true;
}

bool RemoteProcess::readStreams()
{
    bool moved = false;
    qsizetype total = 0;
    // stdout: what this step reads goes out in one piece, read straight into it (a bulk stream,
    // e.g. a download, is one signal per step of up to kMaxReadPerStep instead of one per 64 KiB).
    QByteArray out;
    while (total < kMaxReadPerStep) {
        const qsizetype at = out.size();
        out.resize(at + kReadChunk);
        const ssize_t n = libssh2_channel_read_ex(m_channel, 0, out.data() + at, size_t(kReadChunk));
        out.resize(at + qsizetype(qMax<ssize_t>(n, 0)));
        if (n <= 0)
            break; // EAGAIN, EOF (0) or an error the engine will see
        total += n;
        moved = true;
    }
    if (!out.isEmpty()) {
        if (out.size() < out.capacity() / 2)
            out.squeeze(); // a few bytes of a command's output need not hold 64 KiB
        emit readyReadStdout(out);
    }
    // stderr: small, and the PID line is taken off its beginning.
    QByteArray buf;
    {
        while (total < kMaxReadPerStep) {
            if (buf.isEmpty())
                buf.resize(kReadChunk);
            const ssize_t n = libssh2_channel_read_ex(m_channel, 1, buf.data(), size_t(buf.size()));
            if (n <= 0)
                break; // EAGAIN, EOF (0) or an error the engine will see
            total += n;
            moved = true;
            const QByteArray chunk(buf.constData(), qsizetype(n));
            if (m_awaitPid) {
                m_pidLine += chunk;
                const qsizetype nl = m_pidLine.indexOf('\n');
                if (nl < 0 && m_pidLine.size() < 64)
                    continue;
                const QByteArray marker(kPidMarker);
                if (m_pidLine.startsWith(marker) && nl > 0)
                    m_remotePid = m_pidLine.mid(marker.size(), nl - marker.size()).toLongLong();
                const QByteArray rest =
                    m_pidLine.startsWith(marker) && nl > 0 ? m_pidLine.mid(nl + 1) : m_pidLine;
                m_awaitPid = false;
                m_pidLine.clear();
                if (cancelRequested() && m_remotePid > 0)
                    sendSignal(QStringLiteral("TERM"));
                if (!rest.isEmpty()) {
                    m_stderrHead += rest.left(4096);
                    emit readyReadStderr(rest);
                }
            } else {
                if (m_stderrHead.size() < 4096)
                    m_stderrHead += chunk.left(4096 - m_stderrHead.size());
                emit readyReadStderr(chunk);
            }
        }
    }
    // Reading stderr reads the socket too, and can leave new stdout packets in libssh2's queue
    // when the socket is then empty: say so, or the pump would wait for the socket, which has
    // nothing more to say until the server gets a window adjust (a stall until the next
    // keepalive, seen as 5 s in the middle of a 64 MiB stream).
    if (!moved && libssh2_poll_channel_read(m_channel, 1) == 1)
        moved = true;
    return moved;
}

bool RemoteProcess::stepRunning()
{
    bool moved = false;
    // stdin. A cancel cuts it short only when asked (setInputDroppedOnCancel): a script reading
    // its content with `cat` until EOF would take an early EOF for the end. Not all of it is
    // dropped: after EAGAIN libssh2 must be given the packet it began again (at most 32 KiB), or
    // it fails the session with LIBSSH2_ERROR_BAD_USE.
    if (m_dropInputOnCancel && cancelRequested() && m_stdin.size() > kStdinKeptOnCancel) {
        m_stdin.truncate(kStdinKeptOnCancel);
        m_stdinPrefix = qMin(m_stdinPrefix, qint64(kStdinKeptOnCancel));
    }
    qint64 written = 0;
    while (!m_stdin.isEmpty()) {
        const ssize_t n = libssh2_channel_write(m_channel, m_stdin.constData(), size_t(m_stdin.size()));
        if (n <= 0)
            break;
        m_stdin.remove(0, qsizetype(n));
        written += n;
        moved = true;
    }
    if (written > m_stdinPrefix) {
        emit bytesWritten(written - m_stdinPrefix);
        m_stdinPrefix = 0;
    } else {
        m_stdinPrefix -= written;
    }
    if (m_stdin.isEmpty() && (m_closeStdinRequested || cancelRequested()) && !m_eofSent) {
        const int rc = libssh2_channel_send_eof(m_channel);
        if (rc != LIBSSH2_ERROR_EAGAIN) {
            m_eofSent = true;
            moved = true;
        }
    }
    moved = readStreams() || moved;
    if (cancelRequested()) {
        const qint64 t = m_cancelClock.elapsed();
        if (t > kTermGraceMs && !m_killSent) {
            m_killSent = true;
            sendSignal(QStringLiteral("KILL"));
        }
        if (t > kCloseGraceMs) {
            m_phase = Phase::Closing;
            return true;
        }
    }
    if (libssh2_channel_eof(m_channel)) {
        m_phase = Phase::Closing;
        return true;
    }
    return moved;
}

bool RemoteProcess::stepClosing()
{
    readStreams();
    const bool giveUp = cancelRequested() && m_cancelClock.elapsed() > kCloseGraceMs;
    int rc = libssh2_channel_close(m_channel);
    if (rc == LIBSSH2_ERROR_EAGAIN && !giveUp)
        return false;
    rc = libssh2_channel_wait_closed(m_channel);
    if (rc == LIBSSH2_ERROR_EAGAIN && !giveUp)
        return false;
    ProcessResult r;
    r.durationMs = m_clock.elapsed();
    r.exitCode = libssh2_channel_get_exit_status(m_channel);
    char* sig = nullptr;
    size_t sigLen = 0;
    if (libssh2_channel_get_exit_signal(m_channel, &sig, &sigLen, nullptr, nullptr, nullptr, nullptr) == 0 &&
        sig) {
        r.exitSignal = QString::fromLatin1(sig, qsizetype(sigLen));
        libssh2_free(eng().session(), sig);
    }
    if (cancelRequested()) {
        r.error = Error{cancelCode(), cancelCode() == ErrorCode::Timeout
                                          ? QStringLiteral("the command timed out")
                                          : QStringLiteral("the command was cancelled")};
        r.exitCode = -1;
    } else if (m_command.sendsSudoPassword(m_sudo) && r.exitCode == 1 &&
               (m_stderrHead.contains("incorrect password attempt") ||
                m_stderrHead.contains("Sorry, try again"))) {
        // sudo's own refusal, not the command's exit 1.
        r.error = Error{ErrorCode::SudoPasswordWrong, QStringLiteral("sudo refused the password")};
    } else if (m_command.needsRoot() && m_sudo == remote::SudoMode::NoPassword && r.exitCode == 1 &&
               m_stderrHead.contains("sudo: a password is required")) {
        r.error = Error{
            ErrorCode::SudoNotAllowed,
            QStringLiteral("sudo asks for a password: this profile's sudo mode should be sudo-password")};
    } else if (m_sudo == remote::SudoMode::Access && r.exitCode == 77) {
        // The server's access dispatcher said no, in one line on stderr (resources/access).
        const qsizetype at = m_stderrHead.indexOf("capataz-access: ");
        if (at >= 0) {
            QByteArray line = m_stderrHead.mid(at + 16);
            line.truncate(line.indexOf('\n') >= 0 ? line.indexOf('\n') : line.size());
            r.error = Error{ErrorCode::AccessRefused, QString::fromUtf8(line)};
        }
    }
    finish(r);
    return true;
}

void RemoteProcess::finish(ProcessResult result)
{
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Done;
    if (m_cancelTimer)
        m_cancelTimer->stop();
    if (m_channel && engine())
        engine()->releaseChannel(m_channel);
    m_channel = nullptr;
    markFinished();
    emit finished(result);
}

void RemoteProcess::abandon(const Error& error)
{
    m_channel = nullptr; // freed with the session
    if (m_cancelTimer)
        m_cancelTimer->stop();
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Done;
    ProcessResult r;
    r.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    r.error = error;
    markFinished();
    emit finished(r);
}

} // namespace capataz::ssh
