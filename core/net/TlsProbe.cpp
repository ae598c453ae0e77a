#include "net/TlsProbe.h"

#include <QFile>
#include <QHostAddress>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>
#include <QTimer>

#include <algorithm>

namespace capataz::net {

namespace {

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::DtlsV1_2:
        return QStringLiteral("DTLS 1.2");
    default:
        return QStringLiteral("older than TLS 1.2");
    }
}

QString firstOf(const QStringList& values)
{
    return values.isEmpty() ? QString() : values.first();
}

ErrorCode codeFor(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        return ErrorCode::HostNotFound;
    case QAbstractSocket::ConnectionRefusedError:
        return ErrorCode::ConnectionRefused;
    case QAbstractSocket::NetworkError:
        return ErrorCode::NetworkUnreachable;
    case QAbstractSocket::SocketTimeoutError:
        return ErrorCode::Timeout;
    case QAbstractSocket::RemoteHostClosedError:
        return ErrorCode::ConnectionLost;
    default:
        return ErrorCode::ProtocolError;
    }
}

} // namespace

TlsCertificateFacts TlsCertificateFacts::from(const QSslCertificate& certificate)
{
    TlsCertificateFacts f;
    f.subjectCommonName = firstOf(certificate.subjectInfo(QSslCertificate::CommonName));
    const auto alt = certificate.subjectAlternativeNames();
    // QMultiMap::values() gives the most recently inserted first: put them back in
    // certificate order.
    for (const auto kind : {QSsl::DnsEntry, QSsl::IpAddressEntry}) {
        QStringList names = alt.values(kind);
        std::reverse(names.begin(), names.end());
        f.subjectAltNames += names;
    }
    f.issuerOrganization = firstOf(certificate.issuerInfo(QSslCertificate::Organization));
    f.issuerCommonName = firstOf(certificate.issuerInfo(QSslCertificate::CommonName));
    f.notBefore = certificate.effectiveDate().toUTC();
    f.notAfter = certificate.expiryDate().toUTC();
    f.sha256 = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    return f;
}

int TlsCertificateFacts::daysLeft(const QDateTime& now) const
{
    const qint64 secs = now.secsTo(notAfter);
    const qint64 day = 24 * 60 * 60;
    // Rounded down, also below zero: one second past the end is day -1.
    return static_cast<int>(secs >= 0 ? secs / day : -((-secs + day - 1) / day));
}

bool TlsCertificateFacts::coversName(const QString& name) const
{
    const QString wanted = name.toLower();
    const QStringList names = subjectAltNames.isEmpty() ? QStringList{subjectCommonName} : subjectAltNames;
    for (const QString& n : names) {
        const QString candidate = n.toLower();
        if (candidate == wanted)
            return true;
        if (candidate.startsWith(QLatin1String("*."))) {
            const qsizetype dot = wanted.indexOf(QLatin1Char('.'));
            if (dot > 0 && wanted.mid(dot) == candidate.mid(1))
                return true;
        }
    }
    return false;
}

TlsProbe::TlsProbe(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        finish(fail(ErrorCode::Timeout, QStringLiteral("no TLS handshake with %1:%2 within %3 ms")
                                            .arg(m_options.address)
                                            .arg(m_options.port)
                                            .arg(m_options.timeout.count())));
    });
}

TlsProbe::~TlsProbe()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket;
    }
}

Result<QList<QSslCertificate>> TlsProbe::loadCaCertificates(const QString& pemPath)
{
    QFile file(pemPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::LocalFileError, QStringLiteral("%1: %2").arg(pemPath, file.errorString()));
    const auto certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty())
        return fail(ErrorCode::ParseError, QStringLiteral("%1: no PEM certificate in it").arg(pemPath));
    return certificates;
}

void TlsProbe::start(Options options)
{
    cancel();
    m_options = std::move(options);
    m_errors.clear();
    if (m_options.peerName.isEmpty())
        m_options.peerName = m_options.address;

    auto* socket = new QSslSocket(this);
    m_socket = socket;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!m_options.extraCaCertificates.isEmpty())
        config.addCaCertificates(m_options.extraCaCertificates);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket->setSslConfiguration(config);

    // Verification problems are recorded, then ignored so the handshake completes and the
    // certificate can be shown: the result says "not verified" and why.
    connect(socket, &QSslSocket::sslErrors, this, [this, socket](const QList<QSslError>& errors) {
        for (const QSslError& e : errors)
            m_errors.append(e.errorString());
        socket->ignoreSslErrors();
    });
    connect(socket, &QSslSocket::encrypted, this, &TlsProbe::onEncrypted);
    connect(socket, &QSslSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
        if (m_socket != socket)
            return;
        finish(fail(codeFor(error), QStringLiteral("%1:%2: %3")
                                        .arg(m_options.address)
                                        .arg(m_options.port)
                                        .arg(socket->errorString())));
    });
    m_timer->start(m_options.timeout);
    socket->connectToHostEncrypted(m_options.address, m_options.port, m_options.peerName);
}

void TlsProbe::cancel()
{
    if (m_socket)
        finish(fail(ErrorCode::Cancelled, QStringLiteral("TLS probe cancelled")));
}

void TlsProbe::onEncrypted()
{
    QSslSocket* socket = m_socket;
    if (!socket)
        return;
    TlsProbeResult r;
    const QSslCertificate leaf = socket->peerCertificate();
    r.leaf = TlsCertificateFacts::from(leaf);
    for (const QSslCertificate& c : socket->peerCertificateChain())
        r.chain.append(TlsCertificateFacts::from(c));
    r.protocol = protocolName(socket->sessionProtocol());
    r.verificationErrors = m_errors;
    r.verified = m_errors.isEmpty() && !leaf.isNull();
    const QDateTime now = m_options.now.isValid() ? m_options.now : QDateTime::currentDateTimeUtc();
    r.daysLeft = r.leaf.daysLeft(now);
    finish(std::move(r));
}

void TlsProbe::finish(Result<TlsProbeResult> result)
{
    m_timer->stop();
    if (QSslSocket* socket = m_socket) {
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    emit finished(result);
}

} // namespace capataz::net
