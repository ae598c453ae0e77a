// The TLS plan against the real test host: certbot gets a certificate from pebble (a real ACME
// CA on the host side, real HTTP-01 validation through nginx), the nginx site ends in its TLS
// form, renewal is scheduled and `certbot renew --dry-run` passes, a TLS handshake from this
// process (the console's side) verifies the certificate with pebble's root, the checks from
// outside (health::OutsideCheck) find the certificate good and HTTP redirected to HTTPS, and flag
// a name the certificate does not cover; a second run changes nothing. A blocked port 80 fails
// with advice saying so.
#include "TestHost.h"
#include "health/OutsideCheck.h"
#include "net/TlsProbe.h"
#include "plan/PlanRunner.h"
#include "setup/NginxPlan.h"
#include "setup/NginxSite.h"
#include "setup/TlsPlan.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace capataz;
using namespace capataz::plan;
using namespace capataz::setup;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kDomain = u"app.example.test"_s;
const QString kBlockedDomain = u"blocked.example.test"_s;
const QString kSite = u"capataz-tls-test"_s;
} // namespace

class TestTls : public QObject {
    Q_OBJECT
    const test::TestHost* th = nullptr;
    std::unique_ptr<ssh::Connection> deploy; // sudo with a password
    QTemporaryDir m_dir;
    std::optional<store::Database> m_db;
    std::optional<store::AuditLog> m_audit;
    SetupTarget m_target;

    static NginxAnswers nginxAnswers(const QString& domain)
    {
        NginxAnswers n;
        n.siteName = kSite;
        n.domain = domain;
        n.upstreamPort = 18080;
        n.clientMaxBodySize = u"10M"_s;
        n.healthLocation = u"/health"_s;
        return n;
    }
    static TlsAnswers tlsAnswers(const NginxAnswers& n)
    {
        TlsAnswers t = TlsAnswers::defaults(n);
        t.email = u"admin@example.test"_s;
        return t;
    }

    PlanReport run(Plan plan, bool dryRun = false)
    {
        PlanRunner::Options o;
        o.dryRun = dryRun;
        o.server = u"testhost"_s;
        o.sudo = remote::SudoMode::Password;
        return test::runPlan(std::move(plan), deploy.get(), &*m_audit, o, 240000).report;
    }

    Result<net::TlsProbeResult> probe(const QString& peerName)
    {
        auto ca = net::TlsProbe::loadCaCertificates(th->value(u"TH_ACME_ROOT_PEM"_s));
        if (!ca)
            return std::unexpected(ca.error());
        net::TlsProbe probe;
        QSignalSpy spy(&probe, &net::TlsProbe::finished);
        net::TlsProbe::Options o;
        o.address = th->host();
        o.port = 443;
        o.peerName = peerName;
        o.extraCaCertificates = *ca;
        probe.start(o);
        if (!spy.wait(20000))
            return fail(ErrorCode::Timeout, u"no finished() from the probe"_s);
        return spy.takeFirst().at(0).value<Result<net::TlsProbeResult>>();
    }

    // The checks from outside for `name`, trusting pebble's root besides the system's CAs.
    Result<health::OutsideReport> outside(const QString& name)
    {
        health::OutsideTarget t;
        t.address = th->host();
        t.publicName = name;
        t.sshPort = th->port();
        t.timeoutMs = 5000;
        auto ca = net::TlsProbe::loadCaCertificates(th->value(u"TH_ACME_ROOT_PEM"_s));
        if (ca)
            t.extraCa = *ca;
        health::OutsideCheck check(t);
        QSignalSpy spy(&check, &health::OutsideCheck::finished);
        check.start();
        if (!spy.wait(30000))
            return fail(ErrorCode::Timeout, u"the checks from outside did not finish"_s);
        return spy.takeFirst().at(0).value<Result<health::OutsideReport>>();
    }
    static QStringList codes(const health::OutsideReport& r)
    {
        QStringList out;
        for (const auto& f : r.findings)
            out << f.code();
        return out;
    }

    void cleanHost()
    {
        th->inside(u"certbot delete --non-interactive --cert-name "_s + kDomain +
                   u" >/dev/null 2>&1; "
                   "rm -f /etc/nginx/sites-enabled/"_s +
                   kSite + u" /etc/nginx/sites-available/"_s + kSite +
                   u"* /etc/cron.d/certbot-capataz; "
                   "if [ -f /etc/cron.d/certbot.capataz-test ]; then mv /etc/cron.d/certbot.capataz-test "
                   "/etc/cron.d/certbot; fi; "
                   "if [ -s /run/nginx.pid ]; then nginx -s reload; fi"_s);
    }

private slots:
    void initTestCase()
    {
        QString why;
        th = test::TestHost::instance(&why);
        if (!th)
            QSKIP(qPrintable(why));
        if (th->value(u"TH_ACME"_s) != u"1"_s)
            QSKIP("the test host runs without pebble (TH_ACME=0)");
        // Another test may have left ufw on: the CA must reach port 80.
        th->inside(u"ufw --force disable >/dev/null 2>&1"_s);
        cleanHost();
        th->repairNginx();
        deploy = std::make_unique<ssh::Connection>(th->keySettings(u"deploy"_s));
        QVERIFY2(test::connectAndWait(*deploy), qPrintable(deploy->lastError().toString()));
        auto db = store::Database::open(m_dir.path());
        QVERIFY2(db.has_value(), test::why(db).constData());
        m_db.emplace(std::move(*db));
        m_audit.emplace(*m_db);
        m_target.sudo = remote::SudoMode::Password;
    }

    void cleanupTestCase()
    {
        deploy.reset();
        if (th) {
            th->inside(u"ufw --force disable >/dev/null 2>&1"_s);
            cleanHost();
        }
    }

    void answersNeedEmailAndServedDomains()
    {
        const NginxAnswers n = nginxAnswers(kDomain);
        TlsAnswers t = TlsAnswers::defaults(n);
        QCOMPARE(t.domains, QStringList{kDomain});
        auto noEmail = buildTlsPlan(t, n, m_target);
        QVERIFY(!noEmail);
        QCOMPARE(noEmail.error().code, ErrorCode::InvalidArgument);
        QVERIFY(noEmail.error().detail.contains(u"tls.email"_s));
        t.email = u"admin@example.test"_s;
        t.domains << u"other.example.test"_s;
        auto notServed = buildTlsPlan(t, n, m_target);
        QVERIFY(!notServed);
        QVERIFY(notServed.error().detail.contains(u"other.example.test is not served"_s));
    }

    void certificateSiteAndRenewal()
    {
        const NginxAnswers n = nginxAnswers(kDomain);
        auto nginxPlan = buildNginxPlan(n, m_target);
        QVERIFY2(nginxPlan.has_value(), test::why(nginxPlan).constData());
        const PlanReport nr = run(std::move(*nginxPlan));
        QVERIFY2(nr.ok(), qPrintable(nr.error.toString()));

        // Nothing schedules renewal yet (Debian's cron file moved away): the plan adds its own.
        th->inside(u"mv /etc/cron.d/certbot /etc/cron.d/certbot.capataz-test"_s);
        auto tlsPlan = buildTlsPlan(tlsAnswers(n), n, m_target);
        QVERIFY2(tlsPlan.has_value(), test::why(tlsPlan).constData());
        QCOMPARE(tlsPlan->size(), 3);
        const QString preview = tlsPlan->previewText(remote::SudoMode::Password);
        QVERIFY2(preview.contains(u"certbot --nginx --cert-name app.example.test -d app.example.test "
                                  "--non-interactive --agree-tos -m admin@example.test --redirect"_s),
                 qPrintable(preview));
        // A dry run first: it checks (no certificate yet, nothing schedules renewal) and changes nothing.
        auto dry = buildTlsPlan(tlsAnswers(n), n, m_target);
        QVERIFY(dry.has_value());
        const PlanReport d = run(std::move(*dry), true);
        QVERIFY2(d.ok(), qPrintable(d.error.toString()));
        QCOMPARE(d.outcome(u"tls.certificate"_s)->status, StepStatus::Planned);
        QCOMPARE(d.outcome(u"tls.renewal"_s)->status, StepStatus::Planned);
        QCOMPARE(th->inside(u"ls /etc/letsencrypt/live/ 2>/dev/null | grep -c example.test"_s),
                 QByteArray("0\n"));
        QCOMPARE(th->inside(u"ls "_s + tlsRenewalCronPath() + u" 2>/dev/null"_s), QByteArray());

        const PlanReport r = run(std::move(*tlsPlan));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.outcome(u"tls.certificate"_s)->status, StepStatus::Applied);
        QCOMPARE(r.outcome(u"tls.site"_s)->status, StepStatus::Applied);
        QCOMPARE(r.outcome(u"tls.renewal"_s)->status, StepStatus::Applied);

        // On the server: the certificate, the nginx helper's TLS form of the site, the cron file.
        QVERIFY(th->inside(u"openssl x509 -noout -ext subjectAltName -in /etc/letsencrypt/live/"_s + kDomain +
                           u"/cert.pem"_s)
                    .contains("DNS:app.example.test"));
        QCOMPARE(th->inside(u"cat "_s + n.sitePath()), renderNginxSite(n, true));
        QCOMPARE(th->inside(u"cat "_s + tlsRenewalCronPath()), tlsRenewalCronContent());

        // What the world receives: a handshake from this process to the test host's address,
        // asking for the domain, trusting only the system's CAs and pebble's root.
        auto seen = probe(kDomain);
        QVERIFY2(seen.has_value(), test::why(seen).constData());
        QVERIFY2(seen->verified, qPrintable(seen->verificationErrors.join(u"; "_s)));
        QVERIFY2(seen->leaf.issuerCommonName.startsWith(u"Pebble Intermediate CA"_s),
                 qPrintable(seen->leaf.issuerCommonName));
        QVERIFY(seen->leaf.subjectAltNames.contains(kDomain));
        QVERIFY(seen->daysLeft > 0);
        QVERIFY(seen->protocol == u"TLS 1.3"_s || seen->protocol == u"TLS 1.2"_s);
        QVERIFY(seen->chain.size() >= 2); // leaf + pebble's intermediate
        // The same certificate the server's files hold.
        const QByteArray fpr =
            th->inside(u"openssl x509 -noout -fingerprint -sha256 -in /etc/letsencrypt/live/"_s + kDomain +
                       u"/cert.pem"_s);
        QCOMPARE(QString::fromLatin1(fpr).trimmed().section(u'=', 1), seen->leaf.sha256);
        // Asking for another name gets the same certificate, flagged as not matching.
        auto wrongName = probe(u"nothere.example.test"_s);
        QVERIFY2(wrongName.has_value(), test::why(wrongName).constData());
        QVERIFY(!wrongName->verified);

        // The checks from outside: the certificate is good and plain HTTP goes to HTTPS; a name the
        // certificate does not cover is a finding that names the tls step.
        auto world = outside(kDomain);
        QVERIFY2(world.has_value(), test::why(world).constData());
        QVERIFY(world->tls.has_value() && world->tls->verified);
        QVERIFY2(world->http.has_value() && world->http->toHttps(), qPrintable(world->httpError));
        for (const QString& c : codes(*world))
            QVERIFY2(!c.startsWith(u"certificate"_s) && c != u"tls-failed" && c != u"no-https-redirect",
                     qPrintable(codes(*world).join(u' ')));
        auto otherName = outside(u"nothere.example.test"_s);
        QVERIFY2(otherName.has_value(), test::why(otherName).constData());
        QVERIFY2(codes(*otherName).contains(u"certificate-wrong-name"_s),
                 qPrintable(codes(*otherName).join(u' ')));
        for (const auto& f : otherName->findings)
            if (f.code() == u"certificate-wrong-name")
                QCOMPARE(f.wizardStep(), u"tls"_s);

        // Second run: everything is in place (renewal: the cron file and a passing dry run).
        auto again = buildTlsPlan(tlsAnswers(n), n, m_target);
        QVERIFY(again.has_value());
        const PlanReport r2 = run(std::move(*again));
        QVERIFY2(r2.ok(), qPrintable(r2.error.toString()));
        for (const auto& o : r2.steps)
            QVERIFY2(o.status == StepStatus::Skipped, qPrintable(o.stepId));
    }

    void blockedPort80FailsWithAdvice()
    {
        // The CA's connection to port 80 is refused: certbot fails and the error says what to do.
        th->inside(
            u"ufw allow 22/tcp >/dev/null && ufw reject 80/tcp >/dev/null && ufw --force enable >/dev/null"_s);
        const NginxAnswers n = nginxAnswers(kBlockedDomain);
        auto plan = buildTlsPlan(tlsAnswers(n), n, m_target);
        QVERIFY2(plan.has_value(), test::why(plan).constData());
        const PlanReport r = run(std::move(*plan));
        th->inside(u"ufw --force disable >/dev/null; ufw delete reject 80/tcp >/dev/null"_s);
        QVERIFY(!r.ok());
        QCOMPARE(r.failedStepId, u"tls.certificate"_s);
        QCOMPARE(r.error.code, ErrorCode::RemoteCommandFailed);
        QVERIFY2(r.error.detail.contains(u"Port 80 of blocked.example.test is closed"_s),
                 qPrintable(r.error.detail));
        QVERIFY2(r.error.detail.contains(u"connection refused"_s), qPrintable(r.error.detail));
        QVERIFY(th->inside(u"ls /etc/letsencrypt/live/"_s).indexOf(kBlockedDomain.toUtf8()) < 0);
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
