#include "setup/CertbotErrors.h"

#include <QRegularExpression>

namespace capataz::setup {

namespace {

bool has(const QString& text, const char* needle)
{
    return text.contains(QLatin1String(needle), Qt::CaseInsensitive);
}

// The value after "Label:" on the first line that has it ("  Domain: x").
QString field(const QString& text, const QString& label)
{
    static const QString pattern = QStringLiteral(R"(^\s*%1:\s*(.+)$)");
    const QRegularExpression re(pattern.arg(QRegularExpression::escape(label)),
                                QRegularExpression::MultilineOption);
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

QString matchOf(const QString& text, const QString& pattern, int group = 1)
{
    const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption |
                                             QRegularExpression::MultilineOption);
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(group).trimmed() : QString();
}

bool looksLikeDns(const QString& detail)
{
    return has(detail, "DNS problem") || has(detail, "NXDOMAIN") || has(detail, "no valid A record") ||
           has(detail, "no valid AAAA record") || has(detail, "could not resolve") ||
           has(detail, "SERVFAIL") || has(detail, "no such host");
}

bool looksLikeClosedPort(const QString& detail)
{
    return has(detail, "connection refused") || has(detail, "timeout during connect") ||
           has(detail, "deadline exceeded") || has(detail, "timed out") || has(detail, "firewall") ||
           has(detail, "no route to host") || has(detail, "connection reset");
}

} // namespace

QString certbotLastLines(QByteArrayView certbotOutput, int maxLines)
{
    const QStringList all = QString::fromUtf8(certbotOutput).split(QLatin1Char('\n'));
    QStringList kept;
    for (const QString& raw : all) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("Saving debug log")) ||
            line.startsWith(QLatin1String("Ask for help")) || line.startsWith(QLatin1String("- - -")))
            continue;
        kept.append(raw.trimmed());
    }
    if (kept.size() > maxLines)
        kept = kept.mid(kept.size() - maxLines);
    return kept.join(QLatin1Char('\n'));
}

CertbotDiagnosis diagnoseCertbot(QByteArrayView certbotOutput)
{
    const QString text = QString::fromUtf8(certbotOutput);
    CertbotDiagnosis d;
    d.lastLines = certbotLastLines(certbotOutput);
    d.domain = field(text, QStringLiteral("Domain"));
    if (d.domain.isEmpty())
        d.domain = matchOf(text, QStringLiteral(R"(Requesting a certificate for (\S+))"));
    const QString type = field(text, QStringLiteral("Type"));
    const QString detail = field(text, QStringLiteral("Detail"));

    if (has(text, "certbot: not found") || has(text, "certbot: command not found") ||
        matchOf(text, QStringLiteral(R"(^(sh|bash|sudo): .*certbot.*(not found|No such file))"), 0).size()) {
        d.problem = CertbotProblem::CertbotMissing;
    } else if (has(text, "requested nginx plugin does not appear to be installed")) {
        d.problem = CertbotProblem::NginxPluginMissing;
    } else if (has(text, "Could not find a usable 'nginx' binary")) {
        d.problem = CertbotProblem::NginxNotFound;
    } else if (has(text, "Error while running nginx") || has(text, "nginx: configuration file")) {
        d.problem = CertbotProblem::NginxConfigBroken;
        d.detail = matchOf(text, QStringLiteral(R"(^(.*\[emerg\].*)$)"));
    } else if (has(text, "rateLimited") || has(text, "too many certificates") ||
               has(text, "too many failed authorizations") || has(text, "too many new orders") ||
               has(text, "too many registrations") || has(text, "too many requests")) {
        d.problem = CertbotProblem::RateLimited;
        d.retryAfter = matchOf(text, QStringLiteral(R"(retry after ([0-9][0-9:\- TZ+.]*[0-9Z](?: UTC)?))"));
        d.detail = matchOf(text, QStringLiteral(R"(^.*(too many [^:\n]*).*$)"));
    } else if (type == QLatin1String("dns") || looksLikeDns(detail)) {
        d.problem = CertbotProblem::DnsNotPointingHere;
        d.detail = detail;
    } else if (type == QLatin1String("connection") || looksLikeClosedPort(detail)) {
        d.problem = CertbotProblem::PortClosed;
        d.detail = detail;
    } else if (type == QLatin1String("unauthorized") || has(detail, "Invalid response")) {
        d.problem = CertbotProblem::ChallengeNotServed;
        d.detail = detail;
    }
    return d;
}

plan::Text certbotAdvice(const CertbotDiagnosis& d, const QString& serverAddress)
{
    const QString domain = d.domain.isEmpty() ? QStringLiteral("?") : d.domain;
    switch (d.problem) {
    case CertbotProblem::CertbotMissing:
        return {QT_TRANSLATE_NOOP("capataz::plan",
                                  "certbot is not installed on the server: install the packages certbot and "
                                  "python3-certbot-nginx, then run this step again.")};
    case CertbotProblem::NginxPluginMissing:
        return {QT_TRANSLATE_NOOP("capataz::plan",
                                  "Certbot's nginx plugin is not installed: install the package "
                                  "python3-certbot-nginx, then run this step again.")};
    case CertbotProblem::NginxNotFound:
        return {QT_TRANSLATE_NOOP("capataz::plan",
                                  "Certbot cannot find nginx on the server: install nginx and run the nginx "
                                  "step first.")};
    case CertbotProblem::NginxConfigBroken:
        return {
            QT_TRANSLATE_NOOP("capataz::plan",
                              "nginx's configuration does not pass `nginx -t`, so certbot cannot change it. "
                              "Fix this first: %1"),
            {d.detail.isEmpty() ? d.lastLines : d.detail}};
    case CertbotProblem::DnsNotPointingHere:
        if (!serverAddress.isEmpty())
            return {
                QT_TRANSLATE_NOOP("capataz::plan",
                                  "The domain %1 does not point to this server: create a DNS A record for "
                                  "%1 with the IP address %2, wait until it is visible, then run this "
                                  "step again."),
                {domain, serverAddress}};
        return {QT_TRANSLATE_NOOP("capataz::plan",
                                  "The domain %1 does not point to this server: create a DNS A record for %1 "
                                  "with this server's public IP address, wait until it is visible, then run "
                                  "this step again."),
                {domain}};
    case CertbotProblem::PortClosed:
        return {
            QT_TRANSLATE_NOOP("capataz::plan",
                              "Port 80 of %1 is closed or not reachable from the internet (%2): open it "
                              "in ufw (ufw allow 80/tcp) and in your provider's firewall, make sure nginx "
                              "is running, then run this step again."),
            {domain, d.detail}};
    case CertbotProblem::ChallengeNotServed:
        return {
            QT_TRANSLATE_NOOP("capataz::plan",
                              "The certificate authority reached a web server for %1, but it did not serve "
                              "the check file under /.well-known/acme-challenge/ (%2): make sure the DNS "
                              "record points to this server (not to an old server or a CDN) and that "
                              "nginx's site for %1 is enabled."),
            {domain, d.detail}};
    case CertbotProblem::RateLimited:
        if (!d.retryAfter.isEmpty())
            return {QT_TRANSLATE_NOOP("capataz::plan",
                                      "Let's Encrypt's rate limit was reached for %1: wait until %2 before "
                                      "asking again, and try changes with --staging first."),
                    {domain, d.retryAfter}};
        return {
            QT_TRANSLATE_NOOP("capataz::plan",
                              "Let's Encrypt's rate limit was reached for %1: wait (the limit for the same "
                              "names lasts up to a week) before asking again, and try changes with "
                              "--staging first."),
            {domain}};
    case CertbotProblem::Unknown:
        break;
    }
    return {QT_TRANSLATE_NOOP("capataz::plan", "Certbot failed. Its last lines:\n%1"), {d.lastLines}};
}

plan::Text certbotAdvice(QByteArrayView certbotOutput, const QString& serverAddress)
{
    return certbotAdvice(diagnoseCertbot(certbotOutput), serverAddress);
}

} // namespace capataz::setup
