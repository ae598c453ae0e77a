// The TLS plan without a server: the `tls:` answers, the plan's steps and previews, and the
// certificate facts read from openssl's output (texts printed by OpenSSL 3.0 on Debian 12).
#include "setup/CertificateCheck.h"
#include "setup/NginxPlan.h"
#include "setup/TlsPlan.h"

#include <QTest>

using namespace capataz;
using namespace capataz::setup;
using namespace Qt::Literals::StringLiterals;

namespace {

NginxAnswers nginx()
{
    NginxAnswers n;
    n.siteName = u"shop"_s;
    n.domain = u"app.example.com"_s;
    n.extraDomains = {u"www.example.com"_s};
    n.upstreamPort = 8000;
    n.clientMaxBodySize = u"10M"_s;
    return n;
}

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

} // namespace

class TestTlsPlan : public QObject {
    Q_OBJECT
private slots:
    void answersFromYaml()
    {
        auto root =
            parseAnswers("tls:\n  email: ops@example.com\n  domains: [www.example.com, app.example.com]\n"
                         "  redirect: no\n  min_days_left: 20\n  renewal_cron: false\n");
        QVERIFY(root.has_value());
        const AnswerMap section = root->section(u"tls"_s);
        const TlsAnswers a = TlsAnswers::fromAnswers(section, SetupTarget{}, nginx());
        QVERIFY2(section.problems().isEmpty(), qPrintable(section.problems().join(u'\n')));
        QCOMPARE(a.email, u"ops@example.com"_s);
        // The nginx domain names the certificate: first, whatever the order in the file.
        QCOMPARE(a.domains, (QStringList{u"app.example.com"_s, u"www.example.com"_s}));
        QCOMPARE(a.redirect, false);
        QCOMPARE(a.minDaysLeft, 20);
        QCOMPARE(a.renewalCron, false);
    }

    void answersDefaults()
    {
        auto root = parseAnswers("tls:\n  email: ops@example.com\n");
        QVERIFY(root.has_value());
        const TlsAnswers a = TlsAnswers::fromAnswers(root->section(u"tls"_s), SetupTarget{}, nginx());
        QVERIFY(root->problems().isEmpty());
        QCOMPARE(a.domains, nginx().allDomains());
        QCOMPARE(a.redirect, true);
        QCOMPARE(a.minDaysLeft, 30);
        QCOMPARE(a.renewalCron, true);
    }

    void answersProblems_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<bool>("planFails"); // the builder itself refuses the answers read
        QTest::newRow("no email") << QByteArray("tls:\n  redirect: yes\n") << u"tls.email: required"_s
                                  << true;
        QTest::newRow("bad email") << QByteArray("tls:\n  email: not-an-address\n")
                                   << u"tls.email: \"not-an-address\""_s << true;
        QTest::newRow("unknown key") << QByteArray("tls:\n  email: a@example.com\n  staging: yes\n")
                                     << u"tls.staging"_s << false;
        QTest::newRow("name not served")
            << QByteArray("tls:\n  email: a@example.com\n  domains: [api.example.com]\n")
            << u"tls.domains: api.example.com is not served by the nginx site"_s << true;
        QTest::newRow("days out of range")
            << QByteArray("tls:\n  email: a@example.com\n  min_days_left: 90\n") << u"tls.min_days_left"_s
            << false;
    }
    void answersProblems()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, problem);
        QFETCH(bool, planFails);
        auto root = parseAnswers(yaml);
        QVERIFY(root.has_value());
        const TlsAnswers a = TlsAnswers::fromAnswers(root->section(u"tls"_s), SetupTarget{}, nginx());
        const QString all = root->problems().join(u'\n');
        QVERIFY2(all.contains(problem), qPrintable(all));
        QCOMPARE(!buildTlsPlan(a, nginx(), SetupTarget{}).has_value(), planFails);
    }

    // The wizard hands answers over without trimming: a final newline must not pass ($ would
    // match before it).
    void emailWithNewlineIsRefused()
    {
        QVERIFY(isValidEmail(u"ops@example.com"_s));
        QVERIFY(!isValidEmail(u"ops@example.com\n"_s));
        QVERIFY(!isValidEmail(u"ops@example.com\n-d evil.example.net"_s));
        TlsAnswers a = TlsAnswers::defaults(nginx());
        a.email = u"ops@example.com\n"_s;
        const auto plan = buildTlsPlan(a, nginx(), SetupTarget{});
        QVERIFY(!plan);
        QVERIFY2(plan.error().detail.contains(u"tls.email:"_s), qPrintable(plan.error().detail));
    }

    // The plan rewrites the nginx site (tls.site): hostile nginx answers are refused here too,
    // even when the certificate's names themselves are fine.
    void planRefusesBadNginxAnswers_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problem");
        QTest::newRow("domain injection")
            << u"domain"_s << u"shop.example.com; include /etc/passwd"_s << u"nginx.domain:"_s;
        QTest::newRow("site outside") << u"site"_s << u"../../cron.d/x"_s << u"nginx.site_name:"_s;
        QTest::newRow("size injection")
            << u"size"_s << u"1m; include /etc/passwd"_s << u"nginx.client_max_body_size:"_s;
        QTest::newRow("custom file not read")
            << u"custom"_s << u"/tmp/mine.conf"_s << u"nginx.custom_site_file:"_s;
    }
    void planRefusesBadNginxAnswers()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, problem);
        NginxAnswers n = nginx();
        TlsAnswers a = TlsAnswers::defaults(n);
        a.email = u"ops@example.com"_s;
        a.domains = {u"www.example.com"_s}; // valid and served, whatever nginx.domain is
        QVERIFY(buildTlsPlan(a, n, SetupTarget{}));
        if (field == u"domain")
            n.domain = value;
        else if (field == u"site")
            n.siteName = value;
        else if (field == u"size")
            n.clientMaxBodySize = value;
        else
            n.customSiteFile = value; // content never read: tls.site would write an empty site
        const auto plan = buildTlsPlan(a, n, SetupTarget{});
        QVERIFY(!plan);
        QCOMPARE(plan.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(plan.error().detail.contains(problem), qPrintable(plan.error().detail));
    }

    void planStepsAndPreview()
    {
        TlsAnswers a = TlsAnswers::defaults(nginx());
        a.email = u"ops@example.com"_s;
        auto plan = buildTlsPlan(a, nginx(), SetupTarget{});
        QVERIFY2(plan.has_value(), plan ? "" : qPrintable(plan.error().toString()));
        QStringList ids;
        for (const auto& s : plan->steps())
            ids << s->id();
        QCOMPARE(ids, (QStringList{u"tls.certificate"_s, u"tls.site"_s, u"tls.renewal"_s}));
        const QString text = plan->previewText(remote::SudoMode::NoPassword);
        QVERIFY2(
            text.contains(u"sudo -n -- certbot --nginx --cert-name app.example.com -d app.example.com -d "
                          "www.example.com --non-interactive --agree-tos -m ops@example.com --redirect"_s),
            qPrintable(text));
        QVERIFY(text.contains(
            u"certbot renew --dry-run --no-random-sleep-on-renew --cert-name app.example.com"_s));
        QVERIFY(text.contains(tlsRenewalCronPath()));
        QVERIFY(!text.contains(u"--staging"_s));
    }

    void cronContent()
    {
        const QByteArray cron = tlsRenewalCronContent();
        QVERIFY(cron.endsWith('\n'));
        QVERIFY(cron.contains(" root certbot -q renew"));
    }

    void parseFacts()
    {
        auto f =
            parseCertificateFacts("notAfter=Mar  5 09:30:00 2026 GMT\nX509v3 Subject Alternative Name: \n"
                                  "    DNS:app.example.com, DNS:www.example.com\n");
        QVERIFY(f.has_value());
        QVERIFY(f->exists);
        QCOMPARE(f->notAfter, utc("2026-03-05T09:30:00Z"));
        QCOMPARE(f->names, (QStringList{u"app.example.com"_s, u"www.example.com"_s}));
        const QStringList both{u"app.example.com"_s, u"www.example.com"_s};
        QCOMPARE(f->daysLeft(utc("2026-02-03T09:30:00Z")), 30);
        QVERIFY(f->good(both, 29, utc("2026-02-03T09:30:00Z")));
        QVERIFY(!f->good(both, 30, utc("2026-02-03T09:30:00Z"))); // 30 left is not more than 30
        QCOMPARE(f->missingNames({u"app.example.com"_s, u"api.example.com"_s}),
                 QStringList{u"api.example.com"_s});
        QVERIFY(!f->good({u"api.example.com"_s}, 1, utc("2026-02-03T09:30:00Z")));

        auto missing = parseCertificateFacts("missing\n");
        QVERIFY(missing.has_value());
        QVERIFY(!missing->exists);
        QVERIFY(!missing->good({u"app.example.com"_s}, 1, utc("2026-02-03T09:30:00Z")));

        QCOMPARE(parseCertificateFacts("unable to load certificate\n").error().code, ErrorCode::ParseError);
    }
};

QTEST_GUILESS_MAIN(TestTlsPlan)
#include "tst_tlsplan.moc"
