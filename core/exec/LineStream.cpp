#include "exec/LineStream.h"

#include <QTimer>

namespace capataz::exec {

namespace {
LineSplitter::Options splitOptions(const StreamOptions& o)
{
    return LineSplitter::Options{o.maxLineLength, o.keepStyles};
}
} // namespace

LineStream::LineStream(const StreamOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_splitters{LineSplitter(Channel::Stdout, splitOptions(options)),
                  LineSplitter(Channel::Stderr, splitOptions(options))}
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &LineStream::flush);
}

LineCount LineStream::lineCount(Channel channel) const
{
    return m_splitters[size_t(channel)].lineCount();
}

ByteCount LineStream::byteCount(Channel channel) const
{
    return m_splitters[size_t(channel)].bytesFed();
}

void LineStream::feed(Channel channel, QByteArrayView bytes)
{
    if (m_finished)
        return;
    if (m_options.completeLinesOnly) {
        QByteArray& partial = m_partial[size_t(channel)];
        const qsizetype lf = bytes.lastIndexOf('\n');
        if (lf < 0) {
            partial.append(bytes);
            return;
        }
        if (partial.isEmpty()) {
            m_splitters[size_t(channel)].feed(bytes.first(lf + 1), m_pending);
        } else {
            partial.append(bytes.first(lf + 1));
            m_splitters[size_t(channel)].feed(partial, m_pending);
            partial.clear();
        }
        partial.append(bytes.sliced(lf + 1));
        schedule();
        return;
    }
    m_splitters[size_t(channel)].feed(bytes, m_pending);
    schedule();
}

void LineStream::schedule()
{
    const qint64 since = m_sinceBatch.isValid() ? m_sinceBatch.elapsed() : m_options.batchIntervalMs;
    if (since >= m_options.batchIntervalMs) {
        flush();
        return;
    }
    if (!m_timer->isActive())
        m_timer->start(int(m_options.batchIntervalMs - since));
}

void LineStream::collapse()
{
    // Where the last line of each channel is in m_pending (after compaction), or -1.
    std::array<qsizetype, 2> last{-1, -1};
    qsizetype to = 0;
    for (qsizetype from = 0; from < m_pending.size(); ++from) {
        Line& line = m_pending[from];
        const size_t ch = size_t(line.channel);
        if (line.replacesPrevious && last[ch] >= 0 && m_pending[last[ch]].index == line.index) {
            // The older version never reaches anyone: what it replaced, this replaces.
            line.replacesPrevious = m_pending[last[ch]].replacesPrevious;
            m_pending[last[ch]] = std::move(line);
            continue;
        }
        if (to != from)
            m_pending[to] = std::move(line);
        last[ch] = to++;
    }
    m_pending.resize(to);
}

void LineStream::flush()
{
    m_timer->stop();
    if (m_options.openLines && !m_finished) {
        for (LineSplitter& s : m_splitters)
            s.takeOpen(m_pending);
    }
    if (m_pending.isEmpty())
        return;
    collapse();
    m_sinceBatch.start();
    emit batchReady(std::exchange(m_pending, {}));
}

void LineStream::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    for (LineSplitter& s : m_splitters)
        s.finish(m_pending);
    flush();
    emit ended(m_splitters[0].bytesFed().get(), m_splitters[1].bytesFed().get());
    emit finished();
}

} // namespace capataz::exec
