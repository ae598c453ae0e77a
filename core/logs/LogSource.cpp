#include "logs/LogSource.h"

#include "ssh/Connection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <algorithm>

namespace capataz::logs {

using namespace Qt::Literals::StringLiterals;

namespace {

// A resumed command that ends at once with ConnectionLost this many times in a row while the
// connection says it is up: give up instead of spinning.
constexpr int kMaxQuickFailures = 20;
constexpr int kRetryDelayMs = 300;
// A followed command that ended by itself while the connection says it is up: look again after
// this long (the connection's keepalive tick, every second, sees a closed socket), this many
// times in a row before believing the end.
constexpr int kSuspectDelayMs = 1500;
constexpr int kMaxSuspectEnds = 3;

QString clock(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss.zzz 'UTC'"_s);
}

} // namespace

LogSource::LogSource(ssh::Connection* connection, Options options, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
    , m_options(std::move(options))
    , m_mask(m_options.secrets)
{
    watchConnection();
}

LogSource::~LogSource() = default;

exec::StreamOptions LogSource::streamOptions() const
{
    exec::StreamOptions o;
    o.keepStyles = true; // the program's colours (compose's own prefix is asked --no-color)
    o.openLines = false; // only whole lines: a secret is masked whole
    o.completeLinesOnly = true;
    o.maxLineLength = 1 << 20; // a cut line could split a secret (or a journald JSON object)
    return o;
}

bool LogSource::retry(const exec::StreamResult&)
{
    return false;
}

void LogSource::streamEnded(const exec::StreamResult&) {}

LogRecord LogSource::record(const exec::Line& line, QString text) const
{
    LogRecord r;
    r.source = m_options.index;
    r.channel = line.channel;
    r.text = std::move(text);
    // The line's colours, when the record's text is the line's text or its end (compose's
    // prefix taken off) unchanged. A line where masking replaced a secret loses its colours:
    // its positions moved, and a span must never outline where a secret was.
    if (!line.spans.isEmpty() && line.text.endsWith(r.text)) {
        const qsizetype offset = line.text.size() - r.text.size();
        for (const exec::StyleSpan& span : line.spans) {
            const qsizetype from = std::max<qsizetype>(span.start - offset, 0);
            const qsizetype to = std::min<qsizetype>(span.start + span.length - offset, r.text.size());
            if (to > from)
                r.spans.append(exec::StyleSpan{from, to - from, span.style});
        }
    }
    return r;
}

void LogSource::start()
{
    if (m_state != State::Idle)
        return;
    launch(false);
}

void LogSource::stop()
{
    m_stream.reset(); // cancels the command
    if (m_state == State::Running || m_state == State::Waiting || m_state == State::Idle)
        setState(State::Finished);
}

void LogSource::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void LogSource::fail(const Error& error)
{
    m_error = error;
    m_stream.reset();
    setState(State::Failed);
    emit finished(error);
}

void LogSource::launch(bool resuming)
{
    auto command = this->command(resuming);
    if (!command) {
        fail(command.error());
        return;
    }
    m_resuming = resuming;
    m_stream =
        std::make_unique<exec::ExecStream>(m_connection, exec::Request(std::move(*command)), streamOptions());
    connect(m_stream.get(), &exec::ExecStream::linesReady, this, &LogSource::onLines);
    connect(m_stream.get(), &exec::ExecStream::finished, this, &LogSource::onEnded);
    setState(State::Running);
    m_stream->start();
}

void LogSource::onLines(const exec::LineBatch& lines)
{
    LogBatch out;
    convert(lines, out);
    if (m_resuming && !out.isEmpty()) {
        m_resuming = false;
        m_quickFailures = 0;
        m_suspectEnds = 0;
        LogRecord mark;
        mark.source = m_options.index;
        mark.kind = resumeKind();
        mark.timeMs = m_stoppedMs;
        mark.resumedMs = QDateTime::currentMSecsSinceEpoch();
        mark.text =
            mark.kind == LogRecord::Kind::Gap
                ? QCoreApplication::translate("capataz::logs",
                                              "Not reading from %1 to %2 (the connection was lost). Lines "
                                              "written meanwhile may be missing: the file was rotated or "
                                              "truncated, or the log's position was gone.")
                      .arg(clock(mark.timeMs), clock(mark.resumedMs))
                : QCoreApplication::translate("capataz::logs",
                                              "Not reading from %1 to %2 (the connection was lost); the "
                                              "lines written meanwhile were read back.")
                      .arg(clock(mark.timeMs), clock(mark.resumedMs));
        out.prepend(std::move(mark));
    }
    if (!out.isEmpty())
        emit batchReady(out);
}

void LogSource::onEnded(const exec::StreamResult& result)
{
    if (m_state != State::Running)
        return; // stopped meanwhile
    // The stream is done: dispose of it after this signal has returned.
    if (exec::ExecStream* s = m_stream.release())
        s->deleteLater();
    streamEnded(result);
    const bool cutWhileFollowing = m_options.follow && m_connection && !m_connection->isConnected();
    if (result.ranToEnd() && !cutWhileFollowing) {
        if (retry(result)) {
            launch(m_resuming);
            return;
        }
        if (m_options.follow && m_connection && ++m_suspectEnds <= kMaxSuspectEnds) {
            suspectEnd();
            return;
        }
        m_error = result.error;
        setState(result.ok() ? State::Finished : State::Failed);
        emit finished(result.error);
        return;
    }
    // Killed with its session, a followed command can end "by itself" just before the
    // connection sees the loss: that is a cut too.
    if (result.error.code != ErrorCode::ConnectionLost && !cutWhileFollowing) {
        fail(result.error);
        return;
    }
    if (!m_resuming)
        m_stoppedMs = QDateTime::currentMSecsSinceEpoch();
    if (++m_quickFailures > kMaxQuickFailures) {
        fail(result.error);
        return;
    }
    m_resuming = true;
    waitForConnection();
}

void LogSource::suspectEnd()
{
    // A followed command does not end by itself while lines are written; when it does, the
    // session may have been cut without the connection noticing yet (the channel closed with no
    // exit status reads as exit 0). It may also be compose v2's `logs -f` ending because every
    // container stopped: after kMaxSuspectEnds such ends in a row (nothing new read between
    // them) with the connection up, the end is believed.
    if (!m_resuming)
        m_stoppedMs = QDateTime::currentMSecsSinceEpoch();
    m_resuming = true;
    setState(State::Waiting);
    QTimer::singleShot(kSuspectDelayMs, this, [this] {
        if (m_state != State::Waiting)
            return; // stopped, or already relaunched after a reconnect
        if (!m_connection) {
            fail(Error{ErrorCode::ConnectionLost, u"the connection was closed"_s});
            return;
        }
        if (m_connection->isConnected())
            launch(true);
        else if (!m_reconnectAsked && !m_retryScheduled)
            waitForConnection();
    });
}

void LogSource::waitForConnection()
{
    if (!m_connection) {
        fail(Error{ErrorCode::ConnectionLost, u"the connection was closed"_s});
        return;
    }
    setState(State::Waiting);
    if (m_connection->isConnected()) {
        // The channel died but the session says it is up (the loss is not seen yet, or only
        // this channel was cut): try again shortly; a dead session fails fast and we wait.
        QTimer::singleShot(kRetryDelayMs, this, [this] {
            if (m_state == State::Waiting && m_connection && m_connection->isConnected())
                launch(true);
        });
        return;
    }
    if (m_options.reconnect && m_connection->state() == ssh::ConnectionState::Failed)
        askReconnect();
}

void LogSource::askReconnect()
{
    m_reconnectAsked = true;
    // Another source of the same connection may have asked already: it is connecting then.
    if (m_connection->state() != ssh::ConnectionState::Failed)
        return;
    m_retryScheduled = true;
    if (m_connection->thread() == thread()) {
        m_connection->reconnect();
        return;
    }
    // A source on the logs' thread: the connection is driven from its own. Another source may
    // have asked meanwhile: only a connection still failed is asked again.
    QMetaObject::invokeMethod(m_connection.data(), [c = m_connection.data()] {
        if (c->state() == ssh::ConnectionState::Failed)
            c->reconnect();
    });
}

void LogSource::watchConnection()
{
    if (!m_connection)
        return;
    connect(m_connection, &ssh::Connection::connected, this, [this] {
        m_retryScheduled = false;
        m_reconnectAsked = false;
        if (m_state == State::Waiting)
            launch(true);
    });
    connect(m_connection, &ssh::Connection::reconnectScheduled, this, [this] { m_retryScheduled = true; });
    connect(m_connection, &ssh::Connection::failed, this, [this](const Error& e) {
        // Connection emits reconnectScheduled() before failed() when it will try again.
        const bool again = std::exchange(m_retryScheduled, false);
        if (again || !m_options.reconnect || (m_state != State::Waiting && m_state != State::Running))
            return;
        if (!m_reconnectAsked)
            askReconnect(); // the loss seen by the connection: bring it back (its own retries follow)
        else if (m_state == State::Waiting)
            fail(e); // our reconnect() used up its attempts
    });
}

} // namespace capataz::logs
