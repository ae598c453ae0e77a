#pragma once

#include "common/Error.h"
#include "remote/Command.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace capataz::setup {

// A Let's Encrypt certificate as the server's files hold it (/etc/letsencrypt/live/NAME/cert.pem).
struct CertificateFacts {
    bool exists = false;
    QDateTime notAfter; // UTC
    QStringList names;  // subject alternative names (DNS), in certificate order

    // Whole days from `now` until notAfter (rounded down).
    [[nodiscard]] int daysLeft(const QDateTime& now) const;
    // Exists, holds every one of `domains` and has more than `minDaysLeft` days left.
    [[nodiscard]] bool good(const QStringList& domains, int minDaysLeft, const QDateTime& now) const;
    [[nodiscard]] QStringList missingNames(const QStringList& domains) const;
};

// /etc/letsencrypt/live/<certName>/cert.pem
[[nodiscard]] QString letsEncryptCertPath(const QString& certName);

// The sh script of certificateFactsCommand, its $1 being the certificate file: for callers that
// read the certificate together with other facts in one round trip (status::StatusCheck).
[[nodiscard]] QString certificateFactsScript();

// As root: prints "missing" when the certificate file does not exist, otherwise openssl's
// `-enddate -ext subjectAltName` lines. Exits non-zero only when openssl fails.
[[nodiscard]] remote::Command certificateFactsCommand(const QString& certName);

// Reads what certificateFactsCommand printed. ParseError when the end date is unreadable.
[[nodiscard]] Result<CertificateFacts> parseCertificateFacts(QByteArrayView output);

} // namespace capataz::setup
