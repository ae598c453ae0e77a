// SessionEngine, connecting: name resolution, TCP connect, the SSH handshake, the host key
// check and authentication.
#include "ssh/Authenticator.h"
#include "ssh/HostKey.h"
#include "ssh/KnownHosts.h"
#include "ssh/SessionEngine.h"

#include <QSocketNotifier>
#include <QTimer>

#include <libssh2.h>

#include <cerrno>
#include <cstring>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace capataz::ssh {

namespace {

// libssh2's receive callback: the default one plus a note that the server said something,
// which is how keepalive answers are seen.
LIBSSH2_RECV_FUNC(recvAndNote)
{
    const ssize_t n = ::recv(socket, buffer, length, flags);
    if (n < 0)
        return -errno;
    if (n > 0 && abstract && *abstract)
        static_cast<SessionEngine*>(*abstract)->noteReceived();
    return n;
}

ErrorCode connectErrorCode(int err)
{
    switch (err) {
    case ECONNREFUSED:
        return ErrorCode::ConnectionRefused;
    case ENETUNREACH:
    case EHOSTUNREACH:
        return ErrorCode::NetworkUnreachable;
    case ETIMEDOUT:
        return ErrorCode::Timeout;
    default:
        return ErrorCode::ConnectionLost;
    }
}

} // namespace

void SessionEngine::connectToHost()
{
    if (m_phase != Phase::Idle)
        return;
    m_connectError.clear();
    setState(ConnectionState::Connecting);
    m_connectTimer->start(m_settings.connectTimeoutMs);
    startTcpConnect();
}

void SessionEngine::connectOverSocket(int fd)
{
    if (m_phase != Phase::Idle) {
        ::close(fd);
        return;
    }
    m_fd = fd;
    m_ownsFd = true;
    setState(ConnectionState::Connecting);
    m_connectTimer->start(m_settings.connectTimeoutMs);
    beginSession();
}

void SessionEngine::startTcpConnect()
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_ADDRCONFIG;
    addrinfo* res = nullptr;
    const QByteArray host = m_settings.host.toUtf8();
    const QByteArray port = QByteArray::number(m_settings.port);
    // Resolution blocks this connection's thread only, never the GUI.
    const int rc = ::getaddrinfo(host.constData(), port.constData(), &hints, &res);
    if (rc != 0 || !res) {
        fail(Error{ErrorCode::HostNotFound,
                   QStringLiteral("%1: %2").arg(m_settings.host, QString::fromLocal8Bit(gai_strerror(rc)))});
        return;
    }
    m_addresses.clear();
    for (addrinfo* a = res; a; a = a->ai_next)
        m_addresses.append(QByteArray(reinterpret_cast<const char*>(a->ai_addr), int(a->ai_addrlen)));
    ::freeaddrinfo(res);
    m_addressIndex = 0;
    m_phase = Phase::TcpConnecting;
    tryNextAddress();
}

void SessionEngine::tryNextAddress()
{
    while (m_addressIndex < m_addresses.size()) {
        const QByteArray& addr = m_addresses.at(m_addressIndex++);
        const auto* sa = reinterpret_cast<const sockaddr*>(addr.constData());
        const int fd = ::socket(sa->sa_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (fd < 0) {
            m_connectError = QString::fromLocal8Bit(std::strerror(errno));
            continue;
        }
        const int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one); // round trips matter more than packets
        if (::connect(fd, sa, socklen_t(addr.size())) == 0 || errno == EINPROGRESS) {
            m_fd = fd;
            m_ownsFd = true;
            delete m_writeNotifier;
            m_writeNotifier = new QSocketNotifier(fd, QSocketNotifier::Write, this);
            connect(m_writeNotifier, &QSocketNotifier::activated, this, &SessionEngine::onTcpWritable);
            return;
        }
        m_connectError = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
    }
    fail(Error{ErrorCode::ConnectionRefused,
               QStringLiteral("%1: %2").arg(m_settings.displayName(), m_connectError)});
}

void SessionEngine::onTcpWritable()
{
    if (m_phase != Phase::TcpConnecting)
        return;
    int err = 0;
    socklen_t len = sizeof err;
    ::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &err, &len);
    delete m_writeNotifier;
    m_writeNotifier = nullptr;
    if (err != 0) {
        ::close(m_fd);
        m_fd = -1;
        m_connectError = QString::fromLocal8Bit(std::strerror(err));
        if (m_addressIndex >= m_addresses.size()) {
            fail(Error{connectErrorCode(err),
                       QStringLiteral("%1: %2").arg(m_settings.displayName(), m_connectError)});
            return;
        }
        tryNextAddress();
        return;
    }
    beginSession();
}

void SessionEngine::beginSession()
{
    m_session = libssh2_session_init_ex(nullptr, nullptr, nullptr, this);
    if (!m_session) {
        fail(Error{ErrorCode::Internal, QStringLiteral("libssh2_session_init failed")});
        return;
    }
    libssh2_session_set_blocking(m_session, 0);
    void* cb = nullptr;
    auto fn = &recvAndNote;
    static_assert(sizeof cb == sizeof fn);
    std::memcpy(&cb, &fn, sizeof cb);
    libssh2_session_callback_set(m_session, LIBSSH2_CALLBACK_RECV, cb);
    const QByteArray pref = hostKeyPreference().toLatin1();
    if (!pref.isEmpty())
        libssh2_session_method_pref(m_session, LIBSSH2_METHOD_HOSTKEY, pref.constData());
    // We schedule keepalives ourselves (onKeepaliveTick); libssh2 sends one whenever asked.
    libssh2_keepalive_config(m_session, 1, 1);

    m_readNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &SessionEngine::pump);
    m_writeNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &SessionEngine::pump);
    m_phase = Phase::Handshake;
    m_lastRx.start();
    pump();
}

QString SessionEngine::hostKeyPreference() const
{
    // Like OpenSSH: prefer the key types known_hosts already has for this host, so that a
    // server offering several types is checked against the one we can verify.
    KnownHosts known;
    for (const QString& f : m_settings.knownHostsFiles)
        (void)known.addFile(f);
    const QStringList knownTypes = known.knownKeyTypes(m_settings.host, m_settings.port);
    const char** algs = nullptr;
    const int n = libssh2_session_supported_algs(m_session, LIBSSH2_METHOD_HOSTKEY, &algs);
    if (n <= 0)
        return {};
    QStringList supported;
    for (int i = 0; i < n; ++i)
        supported << QString::fromLatin1(algs[i]);
    libssh2_free(m_session, static_cast<void*>(algs));
    auto algsForType = [](const QString& type) {
        if (type == u"ssh-rsa")
            return QStringList{QStringLiteral("rsa-sha2-512"), QStringLiteral("rsa-sha2-256"),
                               QStringLiteral("ssh-rsa")};
        return QStringList{type};
    };
    QStringList order;
    for (const QString& t : knownTypes)
        for (const QString& a : algsForType(t))
            if (supported.contains(a) && !order.contains(a))
                order << a;
    // Then the strongest first for keys we do not know yet.
    const QStringList preferred{QStringLiteral("ssh-ed25519"),
                                QStringLiteral("ecdsa-sha2-nistp256"),
                                QStringLiteral("ecdsa-sha2-nistp384"),
                                QStringLiteral("ecdsa-sha2-nistp521"),
                                QStringLiteral("rsa-sha2-512"),
                                QStringLiteral("rsa-sha2-256"),
                                QStringLiteral("ssh-rsa")};
    for (const QString& a : preferred)
        if (supported.contains(a) && !order.contains(a))
            order << a;
    return order.join(u',');
}

bool SessionEngine::stepSetup()
{
    if (m_phase == Phase::Handshake)
        return stepHandshake();
    if (m_phase == Phase::HostKey)
        return stepHostKey();
    if (m_phase == Phase::Auth) {
        const bool moved = m_auth->step(m_session);
        if (auto err = m_auth->error()) {
            fail(*err);
            return false;
        }
        if (m_auth->succeeded()) {
            m_auth.reset();
            m_connectTimer->stop();
            m_phase = Phase::Ready;
            m_lastRx.restart();
            m_keepaliveTimer->start();
            setState(ConnectionState::Connected);
            startQueuedJobs();
            return true;
        }
        return moved;
    }
    return false;
}

bool SessionEngine::stepHandshake()
{
    const int rc = libssh2_session_handshake(m_session, m_fd);
    if (rc == LIBSSH2_ERROR_EAGAIN)
        return false;
    if (rc != 0) {
        fail(lastError(ErrorCode::ProtocolError,
                       QStringLiteral("SSH handshake with %1 failed").arg(m_settings.displayName())));
        return false;
    }
    const char* crypt = libssh2_session_methods(m_session, LIBSSH2_METHOD_CRYPT_CS);
    const char* mac = libssh2_session_methods(m_session, LIBSSH2_METHOD_MAC_CS);
    const char* hk = libssh2_session_methods(m_session, LIBSSH2_METHOD_HOSTKEY);
    emit negotiated(QString::fromLatin1(crypt ? crypt : ""), QString::fromLatin1(mac ? mac : ""),
                    QString::fromLatin1(hk ? hk : ""));
    m_phase = Phase::HostKey;
    return true;
}

bool SessionEngine::stepHostKey()
{
    size_t len = 0;
    int type = 0;
    const char* key = libssh2_session_hostkey(m_session, &len, &type);
    if (!key || len == 0) {
        fail(Error{ErrorCode::ProtocolError, QStringLiteral("the server sent no host key")});
        return false;
    }
    m_hostKeyBlob = QByteArray(key, qsizetype(len));
    const HostKey hostKey{typeFromBlob(m_hostKeyBlob), m_hostKeyBlob};
    KnownHosts known;
    for (const QString& f : m_settings.knownHostsFiles)
        (void)known.addFile(f); // an unreadable file is as good as an empty one: the key is then unknown
    const KnownHostsCheck check = known.check(m_settings.host, m_settings.port, hostKey);

    m_hostKey = HostKeyInfo{};
    m_hostKey.host = m_settings.host;
    m_hostKey.port = m_settings.port;
    m_hostKey.keyType = hostKey.type;
    m_hostKey.fingerprint = fingerprintSha256(m_hostKeyBlob);
    m_hostKey.blobBase64 = QString::fromLatin1(m_hostKeyBlob.toBase64());
    m_hostKey.knownFile = check.file;
    m_hostKey.knownLine = check.line;
    switch (check.status) {
    case KnownHostsCheck::Matches:
        m_hostKey.status = HostKeyInfo::Status::Matches;
        break;
    case KnownHostsCheck::Changed:
        m_hostKey.status = HostKeyInfo::Status::Changed;
        break;
    case KnownHostsCheck::Revoked:
        m_hostKey.status = HostKeyInfo::Status::Revoked;
        break;
    case KnownHostsCheck::Unknown:
        m_hostKey.status = HostKeyInfo::Status::Unknown;
        break;
    }
    emit hostKeyReceived(m_hostKey);

    switch (m_hostKey.status) {
    case HostKeyInfo::Status::Matches:
        answerHostKey(true, false);
        return true;
    case HostKeyInfo::Status::Revoked:
        fail(Error{ErrorCode::HostKeyRejected,
                   QStringLiteral("the %1 host key %2 of %3 is marked @revoked in %4:%5")
                       .arg(hostKey.type, m_hostKey.fingerprint, m_settings.displayName(), check.file)
                       .arg(check.line)});
        return false;
    case HostKeyInfo::Status::Changed:
        fail(Error{
            ErrorCode::HostKeyChanged,
            QStringLiteral("the host key of %1 has changed: the server now offers %2 %3, but %4:%5 holds "
                           "another key. Someone may be intercepting the connection, or the server was "
                           "reinstalled.")
                .arg(m_settings.displayName(), hostKey.type, m_hostKey.fingerprint, check.file)
                .arg(check.line)});
        return false;
    case HostKeyInfo::Status::Unknown:
        break;
    }
    switch (m_settings.hostKeyPolicy) {
    case HostKeyPolicy::AcceptNew:
        answerHostKey(true, true);
        return true;
    case HostKeyPolicy::Strict:
        fail(Error{ErrorCode::HostKeyUnknown,
                   QStringLiteral("%1 presented an unknown %2 host key %3")
                       .arg(m_settings.displayName(), hostKey.type, m_hostKey.fingerprint)});
        return false;
    case HostKeyPolicy::Ask:
        m_phase = Phase::WaitHostKey;
        m_connectTimer->stop(); // a person is reading the fingerprint: no time limit
        setState(ConnectionState::WaitingForHostKey);
        emit hostKeyConfirmationRequested(m_hostKey);
        return false;
    }
    return false;
}

void SessionEngine::answerHostKey(bool accept, bool remember)
{
    if (m_phase != Phase::HostKey && m_phase != Phase::WaitHostKey)
        return;
    if (!accept) {
        fail(Error{ErrorCode::HostKeyRejected, QStringLiteral("the host key %1 of %2 was not accepted")
                                                   .arg(m_hostKey.fingerprint, m_settings.displayName())});
        return;
    }
    if (remember && m_hostKey.status == HostKeyInfo::Status::Unknown &&
        !m_settings.knownHostsWriteFile.isEmpty()) {
        const HostKey key{m_hostKey.keyType, m_hostKeyBlob};
        if (auto r = KnownHosts::appendToFile(m_settings.knownHostsWriteFile, m_settings.host,
                                              m_settings.port, key);
            !r) {
            fail(r.error());
            return;
        }
    }
    if (m_phase == Phase::WaitHostKey)
        m_connectTimer->start(m_settings.connectTimeoutMs);
    m_phase = Phase::Auth;
    m_auth = std::make_unique<Authenticator>(m_settings);
    setState(ConnectionState::Authenticating);
    schedulePump();
}

} // namespace capataz::ssh
