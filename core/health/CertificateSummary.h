#pragma once

#include "net/TlsProbe.h"

#include <QDateTime>
#include <QString>

namespace capataz::health {

// One line about a certificate for reports and tickets (plain English, not translated):
// "api.example.com (names: api.example.com), issued by R3, valid until 2026-05-01T12:00:00Z
// (40 days left)".
[[nodiscard]] QString certificateSummary(const net::TlsCertificateFacts& c, const QDateTime& now);

} // namespace capataz::health
