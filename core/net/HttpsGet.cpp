#include "net/HttpsGet.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace capataz::net {

HttpsGet::HttpsGet(QString name, QString path, QString address, int port, QObject* parent)
    : Job(parent)
    , m_name(std::move(name))
    , m_path(std::move(path))
    , m_address(std::move(address))
    , m_port(port)
{}

HttpsGet::~HttpsGet()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

VoidResult HttpsGet::addCaCertificates(const QByteArray& pem)
{
    const auto certs = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certs.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("no PEM certificate found"));
    m_extraCaPem += pem + '\n';
    return {};
}

void HttpsGet::start()
{
    if (!beginStart())
        return;
    if (!QSslSocket::supportsSsl()) {
        emitLater([this] {
            done(fail(ErrorCode::Internal, QStringLiteral("TLS is not available (no OpenSSL backend)")));
        });
        return;
    }
    m_socket = new QSslSocket(this);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!m_extraCaPem.isEmpty()) {
        auto cas = config.caCertificates();
        cas += QSslCertificate::fromData(m_extraCaPem, QSsl::Pem);
        config.setCaCertificates(cas);
    }
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket->setSslConfiguration(config);
    m_socket->setPeerVerifyName(m_name);

    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
        QStringList texts;
        for (const auto& e : errors)
            texts << e.errorString();
        m_sslErrors = texts.join(QStringLiteral("; "));
        readCertificate();
    });
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        readCertificate();
        m_socket->write(buildHttpGet(m_name, m_port, m_path));
    });
    connect(m_socket, &QSslSocket::readyRead, this, [this] {
        m_raw += m_socket->readAll();
        if (m_raw.size() > m_maxBytes) {
            done(fail(ErrorCode::HttpError, QStringLiteral("response larger than %1 bytes").arg(m_maxBytes)));
            return;
        }
        reportProgress(m_raw.size(), expectedResponseSize(m_raw));
    });
    connect(m_socket, &QSslSocket::disconnected, this, [this] {
        m_raw += m_socket->readAll();
        done(parseHttpResponse(m_raw));
    });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e == QAbstractSocket::RemoteHostClosedError && m_socket->isEncrypted() && !m_raw.isEmpty()) {
            m_raw += m_socket->readAll();
            done(parseHttpResponse(m_raw));
            return;
        }
        ErrorCode code = ErrorCode::HttpError;
        if (e == QAbstractSocket::HostNotFoundError)
            code = ErrorCode::HostNotFound;
        else if (e == QAbstractSocket::ConnectionRefusedError)
            code = ErrorCode::ConnectionRefused;
        else if (e == QAbstractSocket::NetworkError)
            code = ErrorCode::NetworkUnreachable;
        QString detail = m_socket->errorString();
        if (!m_sslErrors.isEmpty())
            detail = QStringLiteral("TLS: %1").arg(m_sslErrors);
        done(fail(code, QStringLiteral("https://%1%2: %3").arg(m_name, m_path, detail)));
    });
    QTimer::singleShot(m_timeoutMs, this, [this] {
        done(fail(
            ErrorCode::Timeout,
            QStringLiteral("no answer from https://%1%2 within %3 ms").arg(m_name, m_path).arg(m_timeoutMs)));
    });
    m_socket->connectToHostEncrypted(m_address.isEmpty() ? m_name : m_address, static_cast<quint16>(m_port),
                                     m_name);
}

void HttpsGet::readCertificate()
{
    const QSslCertificate cert = m_socket->peerCertificate();
    if (cert.isNull())
        return;
    m_certificate = TlsCertificateFacts::from(cert);
}

void HttpsGet::releaseSocket()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

void HttpsGet::onCancel()
{
    if (!claimFinish())
        return;
    releaseSocket();
    emitLater([this] {
        emit finished(std::unexpected(
            cancelledError(QStringLiteral("GET https://%1%2 cancelled").arg(m_name, m_path))));
    });
}

void HttpsGet::done(const Result<HttpResponse>& result)
{
    if (!claimFinish())
        return;
    releaseSocket();
    emit finished(result);
}

} // namespace capataz::net
