#include "ssh/Tunnel.h"

#include "ssh/SessionEngine.h"

#include <QSocketNotifier>

#include <libssh2.h>

#include <cerrno>
#include <sys/socket.h>
#include <unistd.h>

namespace capataz::ssh {

namespace {
constexpr qsizetype kChunk = 64 * 1024;
constexpr qsizetype kMaxBuffered = 4 * 1024 * 1024;
} // namespace

Tunnel::Tunnel(QPointer<SessionEngine> engine, QString host, int port, int bridgeFd)
    : ChannelJob(std::move(engine))
    , m_host(std::move(host))
    , m_port(port)
    , m_bridgeFd(bridgeFd)
{}

Tunnel::~Tunnel()
{
    delete m_bridgeNotifier;
    delete m_bridgeWriteNotifier;
    if (m_bridgeFd >= 0)
        ::close(m_bridgeFd);
    if (m_channel && engine())
        engine()->releaseChannel(m_channel);
}

void Tunnel::write(const QByteArray& data)
{
    QMetaObject::invokeMethod(
        this,
        [this, data] {
            if (m_closeWrite || m_done)
                return;
            m_out += data;
            wake();
        },
        Qt::QueuedConnection);
}

void Tunnel::closeWrite()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_closeWrite = true;
            wake();
        },
        Qt::QueuedConnection);
}

bool Tunnel::step(LIBSSH2_SESSION* session)
{
    if (m_done)
        return false;
    if (!m_open)
        return stepOpen(session);
    if (cancelRequested()) {
        finish(Error{cancelCode(), QStringLiteral("tunnel closed")});
        return true;
    }
    return stepStream();
}

bool Tunnel::stepOpen(LIBSSH2_SESSION* session)
{
    const QByteArray host = m_host.toUtf8();
    const auto stepped = openChannel(
        session, m_channel,
        [&] { return libssh2_channel_direct_tcpip_ex(session, host.constData(), m_port, "127.0.0.1", 0); },
        ErrorCode::TunnelOpenFailed,
        QStringLiteral("the server could not connect to %1:%2").arg(m_host).arg(m_port),
        QStringLiteral("tunnel closed"), [this](const Error& e) { finish(e); });
    if (stepped)
        return *stepped;
    m_open = true;
    if (m_bridgeFd >= 0) {
        m_bridgeNotifier = new QSocketNotifier(m_bridgeFd, QSocketNotifier::Read, this);
        connect(m_bridgeNotifier, &QSocketNotifier::activated, this, [this] { wake(); });
        m_bridgeWriteNotifier = new QSocketNotifier(m_bridgeFd, QSocketNotifier::Write, this);
        m_bridgeWriteNotifier->setEnabled(false);
        connect(m_bridgeWriteNotifier, &QSocketNotifier::activated, this, [this] { wake(); });
    }
    emit opened();
    return true;
}

bool Tunnel::pumpBridgeIn()
{
    // local socket -> m_out (bounded, so a slow server applies back-pressure)
    bool moved = false;
    while (!m_localEof && m_out.size() < kMaxBuffered) {
        char buf[kChunk];
        const ssize_t n = ::recv(m_bridgeFd, buf, sizeof buf, MSG_DONTWAIT);
        if (n > 0) {
            m_out.append(buf, qsizetype(n));
            moved = true;
        } else if (n == 0) {
            m_localEof = true;
            m_closeWrite = true;
            moved = true;
        } else {
            if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
                m_localEof = true;
                m_closeWrite = true;
            }
            break;
        }
    }
    if (m_bridgeNotifier)
        m_bridgeNotifier->setEnabled(!m_localEof && m_out.size() < kMaxBuffered);
    return moved;
}

bool Tunnel::pumpBridgeOut()
{
    bool moved = false;
    while (!m_toLocal.isEmpty()) {
        const ssize_t n =
            ::send(m_bridgeFd, m_toLocal.constData(), size_t(m_toLocal.size()), MSG_DONTWAIT | MSG_NOSIGNAL);
        if (n <= 0)
            break;
        m_toLocal.remove(0, qsizetype(n));
        moved = true;
    }
    return moved;
}

bool Tunnel::stepStream()
{
    bool moved = false;
    if (m_bridgeFd >= 0) {
        moved = pumpBridgeOut() || moved;
        moved = pumpBridgeIn() || moved;
    }
    while (!m_out.isEmpty()) {
        const ssize_t n = libssh2_channel_write(m_channel, m_out.constData(), size_t(m_out.size()));
        if (n <= 0)
            break;
        m_out.remove(0, qsizetype(n));
        moved = true;
    }
    if (m_out.isEmpty() && m_closeWrite && !m_eofSent) {
        if (libssh2_channel_send_eof(m_channel) != LIBSSH2_ERROR_EAGAIN) {
            m_eofSent = true;
            moved = true;
        }
    }
    QByteArray buf(kChunk, Qt::Uninitialized);
    qsizetype total = 0;
    while (total < 1024 * 1024 && (m_bridgeFd < 0 || m_toLocal.size() < kMaxBuffered)) {
        const ssize_t n = libssh2_channel_read(m_channel, buf.data(), size_t(buf.size()));
        if (n <= 0)
            break;
        total += n;
        moved = true;
        if (m_bridgeFd >= 0)
            m_toLocal.append(buf.constData(), qsizetype(n));
        else
            emit readyRead(QByteArray(buf.constData(), qsizetype(n)));
    }
    if (m_bridgeFd >= 0 && !m_toLocal.isEmpty()) {
        moved = pumpBridgeOut() || moved;
    }
    if (m_bridgeWriteNotifier)
        m_bridgeWriteNotifier->setEnabled(
            !m_toLocal.isEmpty()); // the local socket is full: wait until it drains
    if (libssh2_channel_eof(m_channel) && m_toLocal.isEmpty()) {
        if (m_bridgeFd >= 0)
            ::shutdown(m_bridgeFd, SHUT_WR);
        finish(Error{});
        return true;
    }
    return moved;
}

void Tunnel::finish(const Error& error)
{
    if (m_done)
        return;
    m_done = true;
    delete m_bridgeNotifier;
    m_bridgeNotifier = nullptr;
    delete m_bridgeWriteNotifier;
    m_bridgeWriteNotifier = nullptr;
    if (m_bridgeFd >= 0) {
        ::shutdown(m_bridgeFd, SHUT_RDWR);
    }
    if (m_channel && engine())
        engine()->releaseChannel(m_channel);
    m_channel = nullptr;
    markFinished();
    emit finished(error);
}

void Tunnel::abandon(const Error& error)
{
    m_channel = nullptr;
    finish(error);
}

} // namespace capataz::ssh
