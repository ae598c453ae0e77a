#include "exec/ExecStream.h"

#include "ssh/Connection.h"
#include "ssh/RemoteProcess.h"

#include <QTimer>

namespace capataz::exec {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kCancelPollMs = 100;
constexpr qsizetype kTailLines = 20;
} // namespace

ExecStream::ExecStream(ssh::Connection* connection, Request request, StreamOptions options, QString what,
                       QObject* parent)
    : QObject(parent)
    , m_connection(connection)
    , m_request(std::move(request))
    , m_options(options)
    , m_what(what.isEmpty() ? commandName(m_request.command) : std::move(what))
{}

ExecStream::~ExecStream()
{
    ssh::RemoteProcess* p = std::exchange(m_process, nullptr);
    if (!p)
        return;
    if (!m_connection) {
        delete p; // its thread has ended: nothing runs there any more
        return;
    }
    // Nobody is left to read the output: stop the command on the server too, and let the
    // process delete itself once it has finished. Decided on its own thread, where finished()
    // is emitted, so that it cannot finish in between.
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

void ExecStream::start()
{
    if (m_clock.isValid())
        return;
    m_clock.start();
    if (!m_connection) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                finish(StreamResult{{}, Error{ErrorCode::ConnectionLost, u"not connected to the server"_s}});
            },
            Qt::QueuedConnection);
        return;
    }

    ssh::RemoteProcess* p = m_connection->exec(m_request.command);
    m_process = p;
    auto* lines = new LineStream(m_options);
    lines->moveToThread(p->thread());
    lines->setParent(p); // nothing runs on either yet; disposed of with the process

    // On the connection's thread, as the bytes arrive: split there, never here. Raw stdout
    // comes here as it is, queued like finished() below, so all of it before finished().
    if (m_options.rawStdout) {
        connect(p, &ssh::RemoteProcess::readyReadStdout, this, [this](const QByteArray& d) {
            if (m_result)
                return;
            m_bytes[0] += ByteCount(d.size());
            emit stdoutReady(d);
        });
    } else {
        connect(
            p, &ssh::RemoteProcess::readyReadStdout, lines,
            [lines](const QByteArray& d) { lines->feed(Channel::Stdout, d); }, Qt::DirectConnection);
    }
    connect(
        p, &ssh::RemoteProcess::readyReadStderr, lines,
        [lines](const QByteArray& d) { lines->feed(Channel::Stderr, d); }, Qt::DirectConnection);
    connect(p, &ssh::RemoteProcess::finished, lines, &LineStream::finish, Qt::DirectConnection);
    // Here, queued. Both come from the connection's thread, the last batch before finished():
    // the process's finished() runs the direct connection above first.
    connect(lines, &LineStream::batchReady, this, &ExecStream::onBatch);
    connect(lines, &LineStream::ended, this, [this](qint64 out, qint64 err) {
        if (!m_options.rawStdout)
            m_bytes[0] = ByteCount(out);
        m_bytes[1] = ByteCount(err);
    });
    connect(p, &ssh::RemoteProcess::finished, this, &ExecStream::onProcessFinished);
    connect(m_connection, &QObject::destroyed, this, &ExecStream::onConnectionDestroyed);

    if (m_request.cancel.isValid()) {
        m_cancelPoll = new QTimer(this);
        m_cancelPoll->setInterval(kCancelPollMs);
        connect(m_cancelPoll, &QTimer::timeout, this, [this] {
            if (m_request.cancel.isCancelled()) {
                m_cancelPoll->stop();
                cancel();
            }
        });
        m_cancelPoll->start();
    }
    if (m_request.timeoutMs > 0)
        p->setTimeout(m_request.timeoutMs);
    p->start();
    if (!m_request.input.isEmpty())
        p->write(m_request.input);
    p->closeWriteChannel();
}

void ExecStream::cancel()
{
    if (m_process && !m_result)
        m_process->cancel(); // finished() follows with ErrorCode::Cancelled
}

void ExecStream::keepTail(const Line& line)
{
    QStringList& tail = m_tail[size_t(line.channel)];
    if (line.replacesPrevious && !tail.isEmpty())
        tail.back() = line.text;
    else
        tail.append(line.text);
    if (tail.size() > kTailLines)
        tail.removeFirst();
}

void ExecStream::onBatch(const LineBatch& lines)
{
    if (m_result)
        return;
    for (const Line& line : lines)
        m_lines[size_t(line.channel)] += LineCount(line.replacesPrevious ? 0 : 1);
    // The tail for an error's detail: only the last lines of the batch matter (a batch can hold
    // tens of thousands; this runs on the owner's thread).
    std::array<qsizetype, 2> wanted{kTailLines + 1, kTailLines + 1}; // +1: the line a redraw replaces
    qsizetype from = lines.size();
    while (from > 0 && (wanted[0] > 0 || wanted[1] > 0))
        --wanted[size_t(lines.at(--from).channel)];
    for (qsizetype i = from; i < lines.size(); ++i)
        keepTail(lines.at(i));
    emit linesReady(lines);
}

void ExecStream::onProcessFinished(const ssh::ProcessResult& r)
{
    if (ssh::RemoteProcess* p = std::exchange(m_process, nullptr)) {
        if (m_connection)
            p->deleteLater(); // it has emitted finished(): it is done with its thread
        else
            delete p; // the connection's thread has ended
    }
    StreamResult result;
    result.end =
        StreamEnd{r.exitCode, r.exitSignal, r.durationMs, m_lines[0], m_lines[1], m_bytes[0], m_bytes[1]};
    if (r.error.isError()) {
        result.error = r.error;
    } else {
        Output o;
        o.exitCode = r.exitCode;
        o.exitSignal = r.exitSignal;
        o.out = m_tail[0].join(u'\n').toUtf8();
        o.err = m_tail[1].join(u'\n').toUtf8();
        result.error = exitError(o, m_what);
    }
    finish(std::move(result));
}

void ExecStream::onConnectionDestroyed()
{
    // The connection's thread has ended (~Connection waits for it). What it sent before,
    // batches and perhaps finished(), is still queued here: let it come first.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_result)
                return;
            ssh::RemoteProcess* p = std::exchange(m_process, nullptr);
            delete p; // abandoned on a thread that has ended: nothing else will
            StreamResult result;
            result.end = StreamEnd{-1, {}, elapsedMs(), m_lines[0], m_lines[1], m_bytes[0], m_bytes[1]};
            result.error = Error{ErrorCode::ConnectionLost, u"the connection was closed"_s};
            finish(std::move(result));
        },
        Qt::QueuedConnection);
}

void ExecStream::finish(StreamResult result)
{
    if (m_result)
        return;
    if (m_cancelPoll)
        m_cancelPoll->stop();
    m_result = std::move(result);
    emit finished(*m_result);
}

} // namespace capataz::exec
