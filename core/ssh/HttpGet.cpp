#include "ssh/HttpGet.h"

#include "ssh/Connection.h"
#include "ssh/Tunnel.h"

#include <QTimer>

namespace capataz::ssh {

HttpGet::HttpGet(Connection& connection, QString host, int port, QString path, QObject* parent)
    : Job(parent)
    , m_tunnel(connection.openTunnel(host, port))
    , m_host(std::move(host))
    , m_port(port)
    , m_path(std::move(path))
{
    connect(m_tunnel, &Tunnel::opened, this,
            [this] { m_tunnel->write(net::buildHttpGet(m_host, m_port, m_path)); });
    connect(m_tunnel, &Tunnel::readyRead, this, [this](const QByteArray& d) {
        if (isFinished())
            return;
        m_raw += d;
        if (m_raw.size() > m_maxBytes) {
            m_tunnel->cancel();
            done(fail(ErrorCode::HttpError, QStringLiteral("response larger than %1 bytes").arg(m_maxBytes)));
            return;
        }
        reportProgress(m_raw.size(), net::expectedResponseSize(m_raw));
    });
    connect(m_tunnel, &Tunnel::finished, this, [this](const Error& e) {
        if (e.isError()) {
            done(std::unexpected(e));
            return;
        }
        done(net::parseHttpResponse(m_raw));
    });
}

HttpGet::~HttpGet()
{
    if (m_tunnel) {
        if (!m_tunnel->isFinished())
            m_tunnel->cancel();
        m_tunnel->deleteLater();
    }
}

void HttpGet::start()
{
    if (!beginStart())
        return;
    QTimer::singleShot(m_timeoutMs, this, [this] {
        if (isFinished())
            return;
        if (m_tunnel)
            m_tunnel->cancel();
        done(fail(ErrorCode::Timeout, QStringLiteral("no answer from %1:%2%3 within %4 ms")
                                          .arg(m_host)
                                          .arg(m_port)
                                          .arg(m_path)
                                          .arg(m_timeoutMs)));
    });
    m_tunnel->start();
}

void HttpGet::onCancel()
{
    if (!claimFinish())
        return;
    if (m_tunnel)
        m_tunnel->cancel(); // its own finished() comes later and is ignored
    emitLater([this] {
        emit finished(std::unexpected(
            cancelledError(QStringLiteral("GET %1:%2%3 cancelled").arg(m_host).arg(m_port).arg(m_path))));
    });
}

void HttpGet::done(const Result<net::HttpResponse>& result)
{
    if (!claimFinish())
        return;
    emit finished(result);
}

} // namespace capataz::ssh
