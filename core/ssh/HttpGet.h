#pragma once

#include "common/Job.h"
#include "net/HttpResponse.h"

#include <QPointer>

namespace capataz::ssh {

class Connection;
class Tunnel;

// GET http://host:port/path as the server sees it (its own 127.0.0.1 included), through a
// direct-tcpip channel: /metrics and /health with no port opened. Lives in the caller's
// thread; a capataz::Job: cancel() or the cancel token stops it (the channel is closed),
// progressChanged() counts the bytes received, exactly one finished().
class HttpGet final : public Job {
    Q_OBJECT
public:
    HttpGet(Connection& connection, QString host, int port, QString path, QObject* parent = nullptr);
    ~HttpGet() override;

    void setTimeout(int ms) { m_timeoutMs = ms; }
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    void start();

signals:
    void finished(const capataz::Result<capataz::net::HttpResponse>& result);

protected:
    void onCancel() override;

private:
    void done(const Result<net::HttpResponse>& result);

    QPointer<Tunnel> m_tunnel;
    QString m_host;
    int m_port;
    QString m_path;
    QByteArray m_raw;
    int m_timeoutMs = 15000;
    qint64 m_maxBytes = 32 * 1024 * 1024;
};

} // namespace capataz::ssh
