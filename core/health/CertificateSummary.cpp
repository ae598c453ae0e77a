#include "health/CertificateSummary.h"

namespace capataz::health {

using namespace Qt::Literals::StringLiterals;

QString certificateSummary(const net::TlsCertificateFacts& c, const QDateTime& now)
{
    const QString issuer = c.issuerCommonName.isEmpty() ? c.issuerOrganization : c.issuerCommonName;
    return u"%1 (names: %2), issued by %3, valid until %4 (%5 days left)"_s
        .arg(c.subjectCommonName, c.subjectAltNames.join(u", "_s), issuer, c.notAfter.toString(Qt::ISODate))
        .arg(c.daysLeft(now));
}

} // namespace capataz::health
