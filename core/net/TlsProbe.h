#pragma once

#include "common/Error.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslSocket>
#include <QString>
#include <QStringList>

#include <chrono>

class QTimer;

namespace capataz::net {

// The facts of one certificate a sysadmin looks at.
struct TlsCertificateFacts {
    QString subjectCommonName;
    QStringList subjectAltNames; // DNS names, then IP addresses
    QString issuerOrganization;
    QString issuerCommonName;
    QDateTime notBefore; // UTC
    QDateTime notAfter;  // UTC
    QString sha256;      // "AB:CD:..." upper-case hex pairs

    [[nodiscard]] static TlsCertificateFacts from(const QSslCertificate& certificate);
    // Whole days from `now` until notAfter (rounded down; negative once expired).
    [[nodiscard]] int daysLeft(const QDateTime& now) const;
    // True when `name` is one of the names (subject alternative names, or the CN when there
    // are none), with "*.example.com" matching one label.
    [[nodiscard]] bool coversName(const QString& name) const;
    bool operator==(const TlsCertificateFacts&) const = default;
};

// What a TLS client receives from a server: the certificate the world actually sees.
struct TlsProbeResult {
    bool verified = false;          // chain trusted and name matches (and not expired)
    QStringList verificationErrors; // QSslError texts, empty when verified
    QString protocol;               // "TLS 1.3", "TLS 1.2", ...
    TlsCertificateFacts leaf;
    int daysLeft = 0;                 // leaf.daysLeft(the probe's "now")
    QList<TlsCertificateFacts> chain; // as the server sent it, leaf first
    bool operator==(const TlsProbeResult&) const = default;
};

// Connects to ADDRESS:PORT with TLS, sending `peerName` as SNI and verifying the certificate
// against that name (so an IP can be probed for a DNS name that does not resolve here), and
// reports what it saw. Asynchronous, on the thread it lives in (the GUI thread): start()
// returns at once and finished() comes exactly once per start(). The certificate is reported
// even when verification fails (self-signed, wrong name, expired): then verified is false and
// verificationErrors says why. Errors (no result at all): HostNotFound, ConnectionRefused,
// Timeout, ProtocolError (no TLS handshake), Cancelled.
class TlsProbe final : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString address; // host name or IP to connect to
        quint16 port = 443;
        QString peerName;                           // SNI and the name verified; empty: address
        QList<QSslCertificate> extraCaCertificates; // trusted besides the system's
        std::chrono::milliseconds timeout{15000};
        QDateTime now; // for daysLeft; invalid: the current time
    };

    explicit TlsProbe(QObject* parent = nullptr);
    ~TlsProbe() override;

    // Reads CA certificates from a PEM file (one or more). LocalFileError / ParseError.
    [[nodiscard]] static Result<QList<QSslCertificate>> loadCaCertificates(const QString& pemPath);

    void start(Options options);
    void cancel(); // finished(Cancelled) if running
    [[nodiscard]] bool isRunning() const { return m_socket != nullptr; }

signals:
    void finished(const capataz::Result<capataz::net::TlsProbeResult>& result);

private:
    void onEncrypted();
    void finish(Result<TlsProbeResult> result);

    Options m_options;
    QPointer<QSslSocket> m_socket;
    QTimer* m_timer = nullptr;
    QStringList m_errors;
};

} // namespace capataz::net

Q_DECLARE_METATYPE(capataz::net::TlsProbeResult)
