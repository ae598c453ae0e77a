#include "common/Job.h"

#include <QTimer>

namespace capataz {

namespace {
constexpr int kCancelPollMs = 100;
constexpr qint64 kUnknownTotalStep = 64 * 1024;
} // namespace

Job::Job(QObject* parent)
    : QObject(parent)
{}

Job::~Job() = default;

bool Job::beginStart()
{
    if (m_started)
        return false;
    m_started = true;
    if (m_token.isCancelled())
        m_cancelRequested = true;
    if (m_cancelRequested) {
        emitLater([this] { onCancel(); });
        return false;
    }
    if (m_token.isValid()) {
        m_poll = new QTimer(this);
        m_poll->setInterval(kCancelPollMs);
        connect(m_poll, &QTimer::timeout, this, [this] {
            if (m_token.isCancelled())
                cancel();
        });
        m_poll->start();
    }
    return true;
}

void Job::cancel()
{
    if (m_finished || m_cancelRequested)
        return;
    m_cancelRequested = true;
    if (m_poll)
        m_poll->stop();
    if (m_started)
        onCancel(); // not started: start() will finish with Cancelled
}

bool Job::claimFinish()
{
    if (m_finished)
        return false;
    m_finished = true;
    if (m_poll)
        m_poll->stop();
    return true;
}

void Job::emitLater(std::function<void()> f)
{
    QTimer::singleShot(0, this, std::move(f));
}

void Job::reportProgress(qint64 done, qint64 total)
{
    const qint64 step = total > 0 ? done * 100 / total : done / kUnknownTotalStep;
    if (step == m_lastStep && total == m_lastTotal)
        return;
    m_lastStep = step;
    m_lastTotal = total;
    emit progressChanged(done, total > 0 ? total : -1);
}

Error Job::cancelledError(const QString& what)
{
    return Error{ErrorCode::Cancelled, what};
}

} // namespace capataz
