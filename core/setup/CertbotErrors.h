#pragma once

#include "common/Text.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace capataz::setup {

// What went wrong when certbot failed, read from what it printed (stdout and stderr together).
enum class CertbotProblem {
    Unknown,
    CertbotMissing,     // "certbot: not found"
    NginxPluginMissing, // python3-certbot-nginx not installed
    NginxNotFound,      // the nginx plugin finds no nginx binary
    NginxConfigBroken,  // `nginx -t` fails before certbot can change anything
    DnsNotPointingHere, // NXDOMAIN, no A records, could not resolve
    PortClosed,         // connection refused / timeout while the CA connects to port 80
    ChallengeNotServed, // unauthorized: the CA reached a web server that did not serve the file
    RateLimited,        // Let's Encrypt's rate limits
};

struct CertbotDiagnosis {
    CertbotProblem problem = CertbotProblem::Unknown;
    QString domain;     // the domain the CA complained about (or the one requested), if known
    QString detail;     // the CA's "Detail:" line, nginx's [emerg] line, or the rate limit text
    QString retryAfter; // rate limit: when to try again, as certbot printed it
    QString lastLines;  // certbot's last meaningful lines (boilerplate removed)
};

[[nodiscard]] CertbotDiagnosis diagnoseCertbot(QByteArrayView certbotOutput);

// What the user should do, as a translatable sentence. `serverAddress` (the address the
// console connects to) is named in the DNS advice when given.
[[nodiscard]] plan::Text certbotAdvice(const CertbotDiagnosis& diagnosis, const QString& serverAddress = {});
[[nodiscard]] plan::Text certbotAdvice(QByteArrayView certbotOutput, const QString& serverAddress = {});

// certbot's last `maxLines` meaningful lines: without "Saving debug log", "Ask for help" and
// blank lines.
[[nodiscard]] QString certbotLastLines(QByteArrayView certbotOutput, int maxLines = 8);

} // namespace capataz::setup
