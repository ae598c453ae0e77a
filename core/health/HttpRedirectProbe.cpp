#include "health/HttpRedirectProbe.h"

#include "net/HttpResponse.h"

#include <QTcpSocket>
#include <QTimer>

namespace capataz::health {

using namespace Qt::Literals::StringLiterals;

HttpRedirectProbe::HttpRedirectProbe(QString address, QString name, int port, QObject* parent)
    : Job(parent)
    , m_address(std::move(address))
    , m_name(std::move(name))
    , m_port(port)
{}

HttpRedirectProbe::~HttpRedirectProbe()
{
    if (m_socket)
        m_socket->abort();
}

void HttpRedirectProbe::start()
{
    if (!beginStart())
        return;
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_socket->write(net::buildHttpGet(m_name.isEmpty() ? m_address : m_name, m_port, u"/"_s));
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpRedirectProbe::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e == QAbstractSocket::RemoteHostClosedError && !m_head.isEmpty()) {
            onReadyRead();
            if (isFinished())
                return;
            return done(fail(ErrorCode::ProtocolError, u"the answer ended before its headers did"_s));
        }
        const ErrorCode code = e == QAbstractSocket::ConnectionRefusedError  ? ErrorCode::ConnectionRefused
                               : e == QAbstractSocket::HostNotFoundError     ? ErrorCode::HostNotFound
                               : e == QAbstractSocket::RemoteHostClosedError ? ErrorCode::ConnectionLost
                                                                             : ErrorCode::NetworkUnreachable;
        done(fail(code, u"%1:%2: %3"_s.arg(m_address).arg(m_port).arg(m_socket->errorString())));
    });
    QTimer::singleShot(m_timeoutMs, this, [this] {
        done(fail(ErrorCode::Timeout,
                  u"%1:%2: no answer within %3 ms"_s.arg(m_address).arg(m_port).arg(m_timeoutMs)));
    });
    m_socket->connectToHost(m_address, quint16(m_port));
}

void HttpRedirectProbe::onReadyRead()
{
    if (!m_socket || isFinished())
        return;
    m_head += m_socket->readAll();
    const qsizetype end = m_head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_head.size() > 64 * 1024)
            done(fail(ErrorCode::ProtocolError, u"headers longer than 64 KiB"_s));
        return;
    }
    const QList<QByteArray> lines = m_head.left(end).split('\n');
    const QList<QByteArray> status = lines.value(0).trimmed().split(' ');
    bool ok = false;
    HttpRedirect r;
    r.status = status.value(1).toInt(&ok);
    if (!status.value(0).startsWith("HTTP/") || !ok)
        return done(fail(ErrorCode::ProtocolError,
                         u"not an HTTP answer: "_s + QString::fromLatin1(lines.value(0).left(80)).trimmed()));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare("location", Qt::CaseInsensitive) == 0)
            r.location = QString::fromLatin1(line.mid(colon + 1).trimmed());
    }
    done(r);
}

void HttpRedirectProbe::done(const Result<HttpRedirect>& result)
{
    if (!claimFinish())
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    emitLater([this, result] { emit finished(result); });
}

void HttpRedirectProbe::onCancel()
{
    done(std::unexpected(cancelledError(u"HTTP check of %1 cancelled"_s.arg(m_address))));
}

} // namespace capataz::health
