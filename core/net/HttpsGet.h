#pragma once

#include "common/Job.h"
#include "net/HttpResponse.h"
#include "net/TlsProbe.h"

#include <QByteArray>
#include <QDateTime>
#include <QPointer>
#include <QString>

class QSslSocket;

namespace capataz::net {

// GET https://NAME/path from this computer, the way a visitor of the public name sees it:
// TLS with SNI and certificate verification for NAME, optionally connecting to another address
// (split DNS, tests) and trusting an extra CA (PEM) besides the system's. Lives in the
// caller's thread; never blocks; a capataz::Job: cancel() or the cancel token stops it (the
// socket is aborted), progressChanged() counts the bytes received, exactly one finished().
class HttpsGet final : public Job {
    Q_OBJECT
public:
    // `address` empty: connect to `name` itself.
    HttpsGet(QString name, QString path, QString address = {}, int port = 443, QObject* parent = nullptr);
    ~HttpsGet() override;

    void setTimeout(int ms) { m_timeoutMs = ms; }
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    // Extra trusted CA certificates (PEM). InvalidArgument when there is none in `pem`.
    [[nodiscard]] VoidResult addCaCertificates(const QByteArray& pem);
    void start();

    // What the server's certificate says (empty when the TLS handshake did not get that far).
    [[nodiscard]] const TlsCertificateFacts& certificate() const { return m_certificate; }

signals:
    void finished(const capataz::Result<capataz::net::HttpResponse>& result);

protected:
    void onCancel() override;

private:
    void done(const Result<HttpResponse>& result);
    void releaseSocket();
    void readCertificate();

    QPointer<QSslSocket> m_socket;
    QString m_name;
    QString m_path;
    QString m_address;
    int m_port;
    QByteArray m_raw;
    QByteArray m_extraCaPem;
    TlsCertificateFacts m_certificate;
    QString m_sslErrors;
    int m_timeoutMs = 15000;
    qint64 m_maxBytes = 4 * 1024 * 1024;
};

} // namespace capataz::net
