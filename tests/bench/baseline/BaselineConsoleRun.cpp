// Frozen copy of ui/ConsoleRun.cpp as it was before the console moved to exec::ExecStream (commit 668442a),
// kept only so that bench_console can measure today's path next to the new one. Not used elsewhere.

#include "BaselineConsoleRun.h"

#include "BaselineConsoleTranscript.h"
#include "ssh/Connection.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace capataz::bench::baseline {

using Kind = ConsoleTranscript::Kind;

ConsoleRun::ConsoleRun(ConsoleTranscript* transcript, QString commandLine, remote::Command command,
                       QObject* parent)
    : QObject(parent)
    , m_transcript(transcript)
    , m_commandLine(std::move(commandLine))
    , m_command(std::move(command))
{}

ConsoleRun::~ConsoleRun()
{
    if (!m_process)
        return;
    // Nobody is left to show the output: stop the command on the server too, and let the
    // process delete itself once it has finished. Decided on its own thread, where
    // finished() is emitted, so that it cannot finish in between.
    ssh::RemoteProcess* p = m_process;
    QMetaObject::invokeMethod(
        p,
        [p] {
            if (p->isFinished()) {
                p->deleteLater();
                return;
            }
            connect(p, &ssh::RemoteProcess::finished, p, &QObject::deleteLater);
            p->cancel();
        },
        Qt::QueuedConnection);
}

void ConsoleRun::start(ssh::Connection* connection, const QString& serverName)
{
    if (m_clock.isValid())
        return;
    m_clock.start();
    if (m_transcript) {
        if (!m_transcript->isEmpty()) {
            m_transcript->startLine();
            m_transcript->append(Kind::Stdout, u"\n"_s); // a blank line between runs
        }
        m_transcript->append(Kind::Command, u"$ "_s + m_commandLine);
        m_transcript->append(Kind::Note,
                             u"    on %1 at %2"_s.arg(serverName, QDateTime::currentDateTime().toString()));
        m_transcript->append(Kind::Stdout, u"\n"_s);
    }
    if (!connection) {
        finish(ssh::ProcessResult{-1, {}, 0, Error{ErrorCode::ConnectionLost, u"not connected"_s}});
        return;
    }

    ssh::RemoteProcess* p = connection->exec(m_command);
    m_process = p;
    connect(p, &ssh::RemoteProcess::readyReadStdout, this, [this](const QByteArray& data) {
        if (m_transcript && !m_result)
            m_transcript->append(Kind::Stdout, m_stdout.feed(data));
    });
    connect(p, &ssh::RemoteProcess::readyReadStderr, this, [this](const QByteArray& data) {
        if (m_transcript && !m_result)
            m_transcript->append(Kind::Stderr, m_stderr.feed(data));
    });
    connect(p, &ssh::RemoteProcess::finished, this, &ConsoleRun::finish);
    connect(connection, &QObject::destroyed, this, &ConsoleRun::onConnectionDestroyed);
    p->start();
}

void ConsoleRun::onConnectionDestroyed()
{
    // The connection's thread has ended (~Connection waits for it): the process was
    // abandoned there, and its finished() may not have reached us yet, or never will if it
    // had not even started. Nothing runs on that thread any more, so delete it here.
    ssh::RemoteProcess* p = m_process;
    m_process = nullptr;
    finish(ssh::ProcessResult{
        -1, {}, elapsedMs(), Error{ErrorCode::ConnectionLost, u"the connection was closed"_s}});
    delete p;
}

void ConsoleRun::cancel()
{
    if (m_process && !m_result)
        m_process->cancel();
}

void ConsoleRun::finish(const ssh::ProcessResult& result)
{
    if (m_result)
        return; // the connection went away and the process answered after all
    m_result = result;
    if (m_process)
        m_process->deleteLater(); // it has emitted finished(): it is done with its thread
    m_process = nullptr;
    if (m_transcript) {
        m_transcript->startLine();
        m_transcript->append(result.ok() ? Kind::Success : Kind::Failure,
                             u"exit code %1 · %2 ms"_s.arg(result.exitCode).arg(result.durationMs));
        m_transcript->append(Kind::Stdout, u"\n"_s);
        m_transcript->flush(); // the output is complete when finished() is
    }
    emit finished(result);
}

} // namespace capataz::bench::baseline
