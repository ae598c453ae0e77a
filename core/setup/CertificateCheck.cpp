#include "setup/CertificateCheck.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace capataz::setup {

using namespace Qt::Literals::StringLiterals;

int CertificateFacts::daysLeft(const QDateTime& now) const
{
    const qint64 secs = now.secsTo(notAfter);
    const qint64 day = 24 * 60 * 60;
    return static_cast<int>(secs >= 0 ? secs / day : -((-secs + day - 1) / day));
}

QStringList CertificateFacts::missingNames(const QStringList& domains) const
{
    QStringList missing;
    for (const QString& d : domains) {
        if (!names.contains(d, Qt::CaseInsensitive))
            missing << d;
    }
    return missing;
}

bool CertificateFacts::good(const QStringList& domains, int minDaysLeft, const QDateTime& now) const
{
    return exists && missingNames(domains).isEmpty() && daysLeft(now) > minDaysLeft;
}

QString letsEncryptCertPath(const QString& certName)
{
    return u"/etc/letsencrypt/live/%1/cert.pem"_s.arg(certName);
}

QString certificateFactsScript()
{
    // $1: the certificate file. `-ext` needs OpenSSL 1.1.1 (Debian 10, Ubuntu 18.04 and later).
    return uR"(if [ ! -e "$1" ]; then echo missing; exit 0; fi
exec openssl x509 -noout -enddate -ext subjectAltName -in "$1")"_s;
}

remote::Command certificateFactsCommand(const QString& certName)
{
    return remote::Command::script(certificateFactsScript(), {letsEncryptCertPath(certName)}).asRoot();
}

Result<CertificateFacts> parseCertificateFacts(QByteArrayView output)
{
    const QString text = QString::fromUtf8(output).trimmed();
    CertificateFacts f;
    if (text == u"missing"_s)
        return f;
    static const QRegularExpression endRe(uR"(^notAfter=(.+)$)"_s, QRegularExpression::MultilineOption);
    const auto end = endRe.match(text);
    if (!end.hasMatch())
        return fail(ErrorCode::ParseError, u"no notAfter in openssl's output: %1"_s.arg(text.left(200)));
    // "Nov 23 22:24:22 2031 GMT", "Jan  1 00:00:00 2030 GMT"
    const QString when = end.captured(1).simplified().remove(u" GMT"_s);
    f.notAfter = QLocale::c().toDateTime(when, u"MMM d HH:mm:ss yyyy"_s);
    f.notAfter.setTimeZone(QTimeZone::utc());
    if (!f.notAfter.isValid())
        return fail(ErrorCode::ParseError, u"unreadable end date \"%1\""_s.arg(end.captured(1)));
    f.exists = true;
    static const QRegularExpression dnsRe(uR"(DNS:([^,\s]+))"_s);
    for (auto it = dnsRe.globalMatch(text); it.hasNext();)
        f.names << it.next().captured(1);
    return f;
}

} // namespace capataz::setup
