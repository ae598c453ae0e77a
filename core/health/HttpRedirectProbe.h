#pragma once

#include "common/Job.h"

#include <QByteArray>
#include <QPointer>
#include <QString>

class QTcpSocket;

namespace capataz::health {

// What plain HTTP on port 80 answers.
struct HttpRedirect {
    int status = 0;   // HTTP status of the answer
    QString location; // its Location header, empty when none
    // 301, 302, 303, 307 or 308 to an https:// URL.
    [[nodiscard]] bool toHttps() const
    {
        return status >= 301 && status <= 308 && status != 304 && status != 305 && status != 306 &&
               location.startsWith(QStringLiteral("https://"), Qt::CaseInsensitive);
    }
    bool operator==(const HttpRedirect&) const = default;
};

// GET http://NAME/ from this computer (connecting to ADDRESS:PORT, Host: NAME) and reads only the
// status line and headers of the answer. Lives in the caller's thread, never blocks; a
// capataz::Job: exactly one finished(). Errors: ConnectionRefused, HostNotFound, Timeout,
// ProtocolError (not HTTP), Cancelled.
class HttpRedirectProbe final : public Job {
    Q_OBJECT
public:
    HttpRedirectProbe(QString address, QString name, int port = 80, QObject* parent = nullptr);
    ~HttpRedirectProbe() override;

    void setTimeout(int ms) { m_timeoutMs = ms; }
    void start();

signals:
    void finished(const capataz::Result<capataz::health::HttpRedirect>& result);

protected:
    void onCancel() override;

private:
    void done(const Result<HttpRedirect>& result);
    void onReadyRead();

    QPointer<QTcpSocket> m_socket;
    QString m_address;
    QString m_name;
    int m_port;
    QByteArray m_head;
    int m_timeoutMs = 5000;
};

} // namespace capataz::health
