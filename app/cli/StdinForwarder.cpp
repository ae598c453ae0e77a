#include "StdinForwarder.h"

#include <QSocketNotifier>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

namespace capataz::cli {

namespace {
constexpr qsizetype kChunk = 64 * 1024;
}

StdinForwarder::StdinForwarder(QObject* parent)
    : QObject(parent)
{}

bool StdinForwarder::hasInput()
{
    struct stat st {};
    if (::fstat(STDIN_FILENO, &st) != 0)
        return false;
    return ::isatty(STDIN_FILENO) != 1;
}

void StdinForwarder::start()
{
    if (m_notifier)
        return;
    m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &StdinForwarder::onReadable);
}

void StdinForwarder::stop()
{
    if (m_notifier)
        m_notifier->setEnabled(false);
}

void StdinForwarder::onReadable()
{
    // One read per notification: poll() said it will not block (for a regular file it never does).
    QByteArray buf(kChunk, Qt::Uninitialized);
    ssize_t n = 0;
    do {
        n = ::read(STDIN_FILENO, buf.data(), size_t(buf.size()));
    } while (n < 0 && errno == EINTR);
    if (n < 0 && errno == EAGAIN)
        return;
    if (n > 0) {
        buf.truncate(n);
        emit dataRead(buf);
        return;
    }
    stop();
    emit endOfInput();
}

} // namespace capataz::cli
