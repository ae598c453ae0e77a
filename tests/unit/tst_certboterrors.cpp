// certbot's failures turned into advice. The texts marked "real" were printed by certbot 2.1.0
// (Debian 12) on the test host against pebble, on 2026-11-23, in the situation named (challenge
// tokens shortened to TOKEN). The ones marked "documented" come from Let's Encrypt / certbot
// outputs users posted (certbot issue trackers), for situations pebble cannot produce.
#include "setup/CertbotErrors.h"

#include <QTest>

using namespace capataz;
using namespace capataz::setup;

Q_DECLARE_METATYPE(capataz::setup::CertbotProblem)

namespace {

const char* const kHint =
    "\nHint: The Certificate Authority failed to verify the temporary nginx configuration changes made "
    "by Certbot. Ensure the listed domains point to this nginx server and that it is accessible from the "
    "internet.\n\nSome challenges have failed.\nAsk for help or search for solutions at "
    "https://community.letsencrypt.org. See the logfile /var/log/letsencrypt/letsencrypt.log or re-run "
    "Certbot with -v for more details.\n";

QByteArray challengeFailure(const char* domain, const char* type, const char* detail)
{
    return QByteArray(
               "Saving debug log to /var/log/letsencrypt/letsencrypt.log\nRequesting a certificate for ") +
           domain +
           "\n\nCertbot failed to authenticate some domains (authenticator: nginx). The Certificate "
           "Authority "
           "reported these problems:\n  Domain: " +
           domain + "\n  Type:   " + type + "\n  Detail: " + detail + "\n" + kHint;
}

} // namespace

class TestCertbotErrors : public QObject {
    Q_OBJECT
private slots:
    void diagnose_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<CertbotProblem>("problem");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("adviceHas");

        // real: ufw `reject 80/tcp` inside the test host.
        QTest::newRow("port 80 refused (real)")
            << challengeFailure(
                   "refused.example.test", "connection",
                   "Get \"http://refused.example.test:80/.well-known/acme-challenge/TOKEN\": dial tcp "
                   "10.213.0.2:80: connect: connection refused")
            << CertbotProblem::PortClosed << QStringLiteral("refused.example.test")
            << QStringLiteral("ufw allow 80/tcp");
        // real: ufw `deny 80/tcp` (packets dropped).
        QTest::newRow("port 80 dropped (real)")
            << challengeFailure(
                   "dropped.example.test", "connection",
                   "Get \"http://dropped.example.test:80/.well-known/acme-challenge/TOKEN\": context "
                   "deadline exceeded (Client.Timeout exceeded while awaiting headers)")
            << CertbotProblem::PortClosed << QStringLiteral("dropped.example.test")
            << QStringLiteral("deadline exceeded");
        // documented: Let's Encrypt's wording for a firewall.
        QTest::newRow("timeout during connect (documented)")
            << challengeFailure(
                   "app.example.com", "connection",
                   "203.0.113.7: Fetching http://app.example.com/.well-known/acme-challenge/TOKEN: "
                   "Timeout during connect (likely firewall problem)")
            << CertbotProblem::PortClosed << QStringLiteral("app.example.com") << QStringLiteral("firewall");
        // real: pebble-challtestsrv told to answer SERVFAIL for the name.
        QTest::newRow("could not resolve (real)")
            << challengeFailure(
                   "servfail.example.test", "connection",
                   "Get \"http://servfail.example.test:80/.well-known/acme-challenge/TOKEN\": could not "
                   "resolve URL \"http://servfail.example.test:80/.well-known/acme-challenge/TOKEN\"")
            << CertbotProblem::DnsNotPointingHere << QStringLiteral("servfail.example.test")
            << QStringLiteral("A record for servfail.example.test with the IP address 10.213.0.2");
        // documented: Let's Encrypt's NXDOMAIN.
        QTest::newRow("NXDOMAIN (documented)")
            << challengeFailure(
                   "app.example.com", "dns",
                   "DNS problem: NXDOMAIN looking up A for app.example.com - check that a DNS record "
                   "exists for this domain")
            << CertbotProblem::DnsNotPointingHere << QStringLiteral("app.example.com")
            << QStringLiteral("A record for app.example.com");
        // documented: no A records.
        QTest::newRow("no valid A records (documented)")
            << challengeFailure(
                   "app.example.com", "unauthorized",
                   "No valid IP addresses found for app.example.com; DNS problem: no valid A records "
                   "found for app.example.com")
            << CertbotProblem::DnsNotPointingHere << QStringLiteral("app.example.com")
            << QStringLiteral("DNS A record");
        // real: the name pointed at another web server that answers 404.
        QTest::newRow("404 elsewhere (real)")
            << challengeFailure("elsewhere.example.test", "unauthorized",
                                "Non-200 status code from HTTP: http://elsewhere.example.test:80/.well-known/"
                                "acme-challenge/TOKEN returned 404")
            << CertbotProblem::ChallengeNotServed << QStringLiteral("elsewhere.example.test")
            << QStringLiteral("/.well-known/acme-challenge/");
        // documented: Let's Encrypt's wording.
        QTest::newRow("invalid response (documented)")
            << challengeFailure("app.example.com", "unauthorized",
                                "203.0.113.7: Invalid response from http://app.example.com/.well-known/"
                                "acme-challenge/TOKEN: 404")
            << CertbotProblem::ChallengeNotServed << QStringLiteral("app.example.com")
            << QStringLiteral("CDN");
        // documented: certbot output posted in wmnnd/nginx-certbot#27.
        QTest::newRow("rate limit, old wording (documented)")
            << QByteArray(
                   "Saving debug log to /var/log/letsencrypt/letsencrypt.log\nPlugins selected: "
                   "Authenticator "
                   "webroot, Installer None\nObtaining a new certificate\nAn unexpected error occurred:\n"
                   "There were too many requests of a given type :: Error creating new order :: too many "
                   "certificates already issued for exact set of domains: snickies.com,www.snickies.com: "
                   "see https://letsencrypt.org/docs/rate-limits/\nPlease see the logfiles in "
                   "/var/log/letsencrypt for more details.\n")
            << CertbotProblem::RateLimited << QString() << QStringLiteral("up to a week");
        // documented: Let's Encrypt's current wording with the retry time.
        QTest::newRow("rate limit, retry after (documented)")
            << QByteArray(
                   "Saving debug log to /var/log/letsencrypt/letsencrypt.log\nRequesting a certificate for "
                   "app.example.com\nAn unexpected error occurred:\ntoo many certificates (5) already issued "
                   "for this exact set of identifiers in the last 168h0m0s, retry after 2025-01-09 22:22:15 "
                   "UTC: see https://letsencrypt.org/docs/rate-limits/#new-certificates-per-exact-set-of-"
                   "hostnames\nAsk for help or search for solutions at https://community.letsencrypt.org.\n")
            << CertbotProblem::RateLimited << QStringLiteral("app.example.com")
            << QStringLiteral("wait until 2025-01-09 22:22:15 UTC");
        // documented: certbot without python3-certbot-nginx.
        QTest::newRow("nginx plugin missing (documented)")
            << QByteArray(
                   "Saving debug log to /var/log/letsencrypt/letsencrypt.log\nCould not choose appropriate "
                   "plugin: The requested nginx plugin does not appear to be installed\nAsk for help or "
                   "search for solutions at https://community.letsencrypt.org.\n")
            << CertbotProblem::NginxPluginMissing << QString() << QStringLiteral("python3-certbot-nginx");
        // real: certbot run with a PATH without /usr/sbin.
        QTest::newRow("no nginx binary (real)")
            << QByteArray(
                   "Saving debug log to /var/log/letsencrypt/letsencrypt.log\nThe nginx plugin is not "
                   "working; there may be problems with your existing configuration.\nThe error was: "
                   "NoInstallationError(\"Could not find a usable 'nginx' binary. Ensure nginx exists, the "
                   "binary is executable, and your PATH is set correctly.\")\n")
            << CertbotProblem::NginxNotFound << QString() << QStringLiteral("install nginx");
        // real: a broken conf.d file.
        QTest::newRow("nginx -t fails (real)")
            << QByteArray(
                   "Saving debug log to /var/log/letsencrypt/letsencrypt.log\nError while running nginx -c "
                   "/etc/nginx/nginx.conf -t.\n\n2026/11/23 22:25:49 [emerg] 769#769: unknown directive "
                   "\"broken\" in /etc/nginx/conf.d/zz-broken.conf:1\nnginx: configuration file "
                   "/etc/nginx/nginx.conf test failed\n")
            << CertbotProblem::NginxConfigBroken << QString() << QStringLiteral("zz-broken.conf:1");
        QTest::newRow("certbot missing (shell)")
            << QByteArray("sh: 1: certbot: not found\n") << CertbotProblem::CertbotMissing << QString()
            << QStringLiteral("install the packages certbot");
        // real: an invalid name made certbot 2.1 crash.
        QTest::newRow("unknown (real)")
            << QByteArray(
                   "Saving debug log to /var/log/letsencrypt/letsencrypt.log\nRequesting a certificate for "
                   "bad_name.example.test\nAn unexpected error occurred:\nAttributeError: can't set "
                   "attribute\nAsk for help or search for solutions at https://community.letsencrypt.org. "
                   "See the logfile /var/log/letsencrypt/letsencrypt.log or re-run Certbot with -v for more "
                   "details.\n")
            << CertbotProblem::Unknown << QStringLiteral("bad_name.example.test")
            << QStringLiteral("AttributeError: can't set attribute");
    }

    void diagnose()
    {
        QFETCH(QByteArray, output);
        QFETCH(CertbotProblem, problem);
        QFETCH(QString, domain);
        QFETCH(QString, adviceHas);
        const CertbotDiagnosis d = diagnoseCertbot(output);
        QCOMPARE(d.problem, problem);
        QCOMPARE(d.domain, domain);
        const QString advice = certbotAdvice(d, QStringLiteral("10.213.0.2")).untranslated();
        QVERIFY2(advice.contains(adviceHas), qPrintable(advice));
        QVERIFY(!advice.contains(QLatin1String("%1")));
        QVERIFY(!advice.contains(QLatin1String("%2")));
        // The same through the convenience overload.
        QCOMPARE(certbotAdvice(output, QStringLiteral("10.213.0.2")).untranslated(), advice);
    }

    void lastLinesDropBoilerplate()
    {
        const QString last =
            certbotLastLines(challengeFailure("x.example.test", "connection",
                                              "dial tcp 10.0.0.2:80: connect: connection refused"),
                             3);
        QCOMPARE(last.split(u'\n').size(), 3);
        QVERIFY(!last.contains(QLatin1String("Ask for help")));
        QVERIFY(last.endsWith(QLatin1String("Some challenges have failed.")));
    }

    void dnsAdviceWithoutAddress()
    {
        const QString advice =
            certbotAdvice(challengeFailure("a.example.com", "dns",
                                           "DNS problem: NXDOMAIN looking up A for a.example.com"))
                .untranslated();
        QVERIFY2(advice.contains(QLatin1String("this server's public IP address")), qPrintable(advice));
    }
};

QTEST_GUILESS_MAIN(TestCertbotErrors)
#include "tst_certboterrors.moc"
