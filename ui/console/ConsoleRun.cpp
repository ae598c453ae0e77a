#include "ConsoleRun.h"

#include "ConsoleText.h"
#include "ConsoleTranscript.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

using Kind = ConsoleTranscript::Kind;

ConsoleRun::ConsoleRun(ConsoleTranscript* transcript, QString commandLine, remote::Command command,
                       QObject* parent)
    : QObject(parent)
    , m_transcript(transcript)
    , m_commandLine(std::move(commandLine))
    , m_command(std::move(command))
{}

ConsoleRun::~ConsoleRun() = default; // the stream, a child, cancels a command still running

void ConsoleRun::start(ssh::Connection* connection, const QString& serverName)
{
    if (m_stream)
        return;
    if (m_transcript) {
        if (!m_transcript->isEmpty()) {
            m_transcript->startLine();
            m_transcript->append(Kind::Stdout, u"\n"_s); // a blank line between runs
        }
        m_transcript->append(Kind::Command, u"$ "_s + m_commandLine);
        m_transcript->append(Kind::Note,
                             u"    "_s + ConsoleText::header(serverName, QDateTime::currentDateTime()));
        m_transcript->append(Kind::Stdout, u"\n"_s);
    }
    exec::StreamOptions options;
    options.maxLineLength = ConsoleTranscript::kMaxLineLength;
    options.batchIntervalMs = ConsoleTranscript::kBatchIntervalMs;
    m_stream = new exec::ExecStream(connection, exec::Request(m_command), options, {}, this);
    connect(m_stream, &exec::ExecStream::linesReady, this, [this](const exec::LineBatch& lines) {
        if (m_transcript)
            m_transcript->appendLines(lines);
    });
    connect(m_stream, &exec::ExecStream::finished, this, &ConsoleRun::finish);
    m_stream->start();
}

void ConsoleRun::cancel()
{
    if (m_stream)
        m_stream->cancel();
}

void ConsoleRun::finish(const exec::StreamResult& result)
{
    m_result = result;
    if (m_transcript) {
        m_transcript->startLine();
        m_transcript->append(result.ok() ? Kind::Success : Kind::Failure, ConsoleText::footer(result));
        m_transcript->append(Kind::Stdout, u"\n"_s);
        // The output is complete when finished() is; what still waits for a slice goes in
        // first, a slice at a time (putting it all in now could hold the GUI thread for a
        // long batch's worth).
        if (m_transcript->hasPending()) {
            connect(
                m_transcript, &ConsoleTranscript::drained, this, [this, result] { emit finished(result); },
                Qt::SingleShotConnection);
            return;
        }
    }
    emit finished(result);
}

} // namespace capataz::ui
