#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace capataz::health {

// One thing the checks from outside found wrong, with what it means for the people who use
// the service and the setup wizard step that fixes it. The sentences are translated when asked
// for (a view shows them again after a language switch).
struct OutsideFinding {
    enum class Kind {
        PortExposed,            // a port that should not answer does (port, role)
        SshUnreachable,         // the SSH port does not answer from here
        WebPortShut,            // 80 or 443 does not answer
        AllowedPortShut,        // a port the admin allows does not answer (a note)
        TlsFailed,              // no TLS handshake on 443 (detail)
        CertificateUntrusted,   // the chain is not trusted (detail: the verification errors)
        CertificateWrongName,   // the certificate does not name the public name (name)
        CertificateExpired,     // (days: how many days ago, negative)
        CertificateExpiresSoon, // fewer than kCertificateWarnDays left (days)
        NoHttpsRedirect,        // plain HTTP on 80 answers without sending visitors to HTTPS (detail: status)
    };
    enum class Severity { Problem, Warning };

    Kind kind = Kind::PortExposed;
    int port = 0;
    int days = 0;
    QString name;   // the public name, for CertificateWrongName
    QString detail; // technical, untranslated: socket errors, verification errors, HTTP status
    QString role;   // PortExposed: portRoleName() of the port ("published", "common")

    [[nodiscard]] Severity severity() const;
    // Stable, untranslated: "port-exposed", "ssh-unreachable", "web-port-shut", "allowed-port-shut",
    // "tls-failed", "certificate-untrusted", "certificate-wrong-name", "certificate-expired",
    // "certificate-expires-soon", "no-https-redirect".
    [[nodiscard]] QString code() const;
    // What was found, in one plain sentence ("Port 5432 answers from the internet.").
    [[nodiscard]] QString sentence() const;
    // Why it matters, for someone who is not a sysadmin.
    [[nodiscard]] QString why() const;
    // The setup step that fixes it, as `capataz-cli plan SERVER STEP` and the setup wizard know
    // it: "firewall", "nginx", "tls", "compose". Empty when no step fixes it.
    [[nodiscard]] QString wizardStep() const;
    bool operator==(const OutsideFinding&) const = default;
};

// A certificate with fewer days left than this is a warning (certbot renews at 30).
inline constexpr int kCertificateWarnDays = 14;

} // namespace capataz::health
