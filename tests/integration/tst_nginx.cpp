// The nginx setup plan against the real test host (real nginx, no systemd), run as `deploy`
// (sudo with a password): the site is written, linked and served; a second run changes
// nothing; a broken site is rolled back byte for byte and nginx keeps serving the old one;
// with a certificate present the site serves HTTPS and redirects HTTP.
#include "TestHost.h"
#include "exec/Exec.h"
#include "plan/CommandStep.h"
#include "plan/PlanRunner.h"
#include "setup/NginxPlan.h"
#include "setup/NginxSite.h"
#include "setup/NginxSiteStep.h"
#include "stack/RecipeLoader.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace capataz;
using namespace capataz::setup;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kSite = u"capataz-nginx-test"_s;
const QString kNewSite = u"capataz-nginx-new"_s;
const QString kTlsSite = u"capataz-nginx-tls"_s;
const QString kLinkSite = u"capataz-nginx-link"_s;
const QString kCancelSite = u"capataz-nginx-cancel"_s;
const QString kVictim = u"/etc/capataz-nginx-victim"_s;
const QString kDomain = u"nginx-test.example.test"_s;
const QString kTlsDomain = u"nginx-tls.example.test"_s;
const QString kUpDir = u"/tmp/capataz-nginx-upstream"_s;
const QByteArray kMarker = "capataz upstream says hello";
const QByteArray kBroken = "server {\n    listen 80;\n    server_name broken.example.test;\n"
                           "    capataz_bogus_directive on;\n}\n";
} // namespace

class TestNginxIntegration : public QObject {
    Q_OBJECT
    const test::TestHost* th = nullptr;
    std::unique_ptr<ssh::Connection> deploy;
    QTemporaryDir m_local;
    int m_port = 0;
    bool m_nginxWasRunning = false;
    SetupTarget m_target;

    QByteArray in(const QString& cmd, int* rc = nullptr) const { return th->inside(cmd, rc).trimmed(); }
    bool nginxRunning() const
    {
        int rc = -1;
        th->inside(u"[ -s /run/nginx.pid ] && kill -0 \"$(cat /run/nginx.pid)\""_s, &rc);
        return rc == 0;
    }
    QByteArray get(const QString& host, const QString& path) const
    {
        return in(u"curl -s --max-time 5 -H 'Host: %1' 'http://127.0.0.1%2'"_s.arg(host, path));
    }
    QByteArray sha(const QString& path) const { return in(u"sha256sum "_s + path + u" 2>&1"_s); }
    QByteArray linkState(const QString& site) const
    {
        return in(u"readlink /etc/nginx/sites-enabled/%1 || echo none"_s.arg(site));
    }

    NginxAnswers answers(const QString& site, const QString& domain) const
    {
        NginxAnswers a = NginxAnswers::defaults(m_target);
        a.siteName = site;
        a.domain = domain;
        a.extraDomains = {u"www."_s + domain};
        a.upstreamPort = m_port;
        a.websocket = true;
        a.healthLocation = u"/health"_s;
        a.healthUpstreamPath = u"/api/v1/health"_s;
        return a;
    }

    plan::PlanReport run(const NginxAnswers& a, std::shared_ptr<plan::Step> extra = {})
    {
        auto built = buildNginxPlan(a, m_target);
        if (!built) {
            qWarning("%s", qPrintable(built.error().detail));
            return {};
        }
        if (extra)
            built->add(extra);
        plan::PlanRunner::Options o;
        o.server = u"testhost"_s;
        return test::runPlan(std::move(*built), deploy.get(), nullptr, o, 90000).report;
    }

    static QString statuses(const plan::PlanReport& r)
    {
        QStringList s;
        for (const auto& o : r.steps)
            s << o.stepId + u'=' + plan::stepStatusName(o.status);
        return s.join(u' ') + u' ' + r.error.toString();
    }

    QString writeLocal(const QString& name, const QByteArray& content)
    {
        QFile f(m_local.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return f.fileName();
    }

private slots:
    void initTestCase()
    {
        QString why;
        th = test::TestHost::instance(&why);
        if (!th)
            QSKIP(qPrintable(why));
        th->repairNginx();
        int rc = -1;
        th->inside(u"command -v nginx"_s, &rc);
        QVERIFY2(rc == 0, "nginx is not installed on the test host");
        m_nginxWasRunning = nginxRunning();
        for (const auto& r : stack::builtinRecipes())
            if (r.id == u"cattle-weight")
                m_target.recipe = r;
        QCOMPARE(m_target.recipe.id, u"cattle-weight"_s);

        // A tiny upstream on a free loopback port: busybox httpd serving two files.
        const QByteArray port = in(
            u"for p in $(seq 18300 18399); do ss -ltnH \"sport = :$p\" | grep -q . || { echo $p; break; }; done"_s);
        m_port = port.toInt();
        QVERIFY2(m_port > 0, port.constData());
        th->inside(u"rm -rf %1 && mkdir -p %1/www/api/v1 && printf '%2\\n' > %1/www/index.html && "
                   "printf 'healthy\\n' > %1/www/api/v1/health"_s.arg(kUpDir, QString::fromUtf8(kMarker)));
        th->inside(u"cd / && setsid busybox httpd -f -p 127.0.0.1:%1 -h %2/www </dev/null >/dev/null 2>&1 & "
                   "echo $! > %2/pid"_s.arg(m_port)
                       .arg(kUpDir));
        QTRY_VERIFY_WITH_TIMEOUT(in(u"curl -s --max-time 2 http://127.0.0.1:%1/"_s.arg(m_port)) == kMarker,
                                 10000);

        deploy = std::make_unique<ssh::Connection>(th->keySettings(u"deploy"_s));
        QVERIFY2(test::connectAndWait(*deploy), qPrintable(deploy->lastError().toString()));
    }

    void cleanupTestCase()
    {
        deploy.reset();
        if (!th)
            return;
        QString rm;
        for (const QString& s : {kSite, kNewSite, kTlsSite, kLinkSite, kCancelSite})
            rm += u"rm -f /etc/nginx/sites-enabled/%1 /etc/nginx/sites-available/%1 "
                  "/etc/nginx/sites-available/%1.capataz-*; "_s.arg(s);
        th->inside(rm + u"rm -rf /etc/letsencrypt/live/%1 %2"_s.arg(kTlsDomain, kVictim));
        if (m_nginxWasRunning)
            th->inside(u"nginx -s reload"_s);
        else if (nginxRunning())
            th->inside(u"nginx -s quit"_s);
        th->inside(u"[ -s %1/pid ] && kill \"$(cat %1/pid)\"; rm -rf %1"_s.arg(kUpDir));
    }

    void firstRunServesTheSite()
    {
        th->inside(u"rm -f /etc/nginx/sites-enabled/%1 /etc/nginx/sites-available/%1*"_s.arg(kSite));
        const NginxAnswers a = answers(kSite, kDomain);
        const plan::PlanReport r = run(a);
        QVERIFY2(r.ok(), qPrintable(statuses(r)));
        QCOMPARE(r.outcome(u"nginx.site"_s)->status, plan::StepStatus::Applied);

        // The HTTP-only form: no certificate for this domain.
        QCOMPARE(in(u"cat /etc/nginx/sites-available/"_s + kSite) + '\n', renderNginxSite(a, false));
        QCOMPARE(linkState(kSite), (u"/etc/nginx/sites-available/"_s + kSite).toUtf8());
        QCOMPARE(in(u"cat "_s + nginxUpgradeMapPath()) + '\n', renderNginxUpgradeMap());
        QCOMPARE(in(u"test -d /var/www/letsencrypt && echo yes"_s), QByteArray("yes"));
        QVERIFY(nginxRunning());
        QTRY_COMPARE_WITH_TIMEOUT(get(kDomain, u"/"_s), kMarker, 10000);
        QCOMPARE(get(u"www."_s + kDomain, u"/"_s), kMarker);
        QCOMPARE(get(kDomain, u"/health"_s), QByteArray("healthy"));
        // The security headers are there and the access goes to the site's own log.
        QVERIFY(in(u"curl -sI -H 'Host: %1' http://127.0.0.1/"_s.arg(kDomain))
                    .contains("X-Content-Type-Options: nosniff"));
        QVERIFY(in(u"cat /var/log/nginx/%1-access.log"_s.arg(kSite)).contains("GET / HTTP/1.1"));
    }

    void secondRunChangesNothing()
    {
        const QByteArray before = sha(u"/etc/nginx/sites-available/"_s + kSite);
        const plan::PlanReport r = run(answers(kSite, kDomain));
        QVERIFY2(r.ok(), qPrintable(statuses(r)));
        for (const auto& o : r.steps)
            QVERIFY2(o.status == plan::StepStatus::Skipped, qPrintable(statuses(r)));
        QCOMPARE(sha(u"/etc/nginx/sites-available/"_s + kSite), before);
    }

    void brokenSiteIsRolledBackAndNginxKeepsServing()
    {
        const QString site = u"/etc/nginx/sites-available/"_s + kSite;
        const QByteArray before = sha(site);
        const QByteArray pidBefore = in(u"cat /run/nginx.pid"_s);
        const QByteArray filesBefore = in(u"ls -a /etc/nginx/sites-available /etc/nginx/sites-enabled"_s);
        NginxAnswers a = answers(kSite, kDomain);
        a.customSiteFile = writeLocal(u"broken.conf"_s, kBroken);
        QVERIFY(!a.customSiteFile.isEmpty());

        const plan::PlanReport r = run(a);
        QVERIFY(!r.ok());
        QCOMPARE(r.failedStepId, u"nginx.site"_s);
        QCOMPARE(r.outcome(u"nginx.site"_s)->status, plan::StepStatus::Failed);
        // nginx's own words reach the user.
        QVERIFY2(r.error.detail.contains(u"capataz_bogus_directive"_s), qPrintable(r.error.detail));
        QVERIFY2(r.error.detail.contains(u"previous files were put back"_s), qPrintable(r.error.detail));

        QCOMPARE(sha(site), before);
        QCOMPARE(linkState(kSite), site.toUtf8());
        QCOMPARE(in(u"ls -a /etc/nginx/sites-available /etc/nginx/sites-enabled"_s),
                 filesBefore); // no leftovers
        int rc = -1;
        th->inside(u"nginx -t"_s, &rc);
        QCOMPARE(rc, 0);
        QVERIFY(nginxRunning());
        QCOMPARE(in(u"cat /run/nginx.pid"_s), pidBefore); // never stopped
        QCOMPARE(get(kDomain, u"/"_s), kMarker);
        QCOMPARE(get(kDomain, u"/health"_s), QByteArray("healthy"));
    }

    // A later step of the same plan fails (as a TLS plan's step after this one could): the
    // applied site is undone, the previous file is back byte for byte, nginx still serves.
    void laterFailureRestoresThePreviousSite()
    {
        const QString site = u"/etc/nginx/sites-available/"_s + kSite;
        const QByteArray before = sha(site);
        NginxAnswers a = answers(kSite, kDomain);
        a.clientMaxBodySize = u"77M"_s; // a real change
        auto failing = std::make_shared<plan::CommandStep>(
            u"test.fail-after-nginx"_s, plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Fail on purpose")),
            plan::Text(), remote::Command::script(u"exit 9"_s));
        const plan::PlanReport r = run(a, failing);
        QVERIFY(!r.ok());
        QCOMPARE(r.failedStepId, u"test.fail-after-nginx"_s);
        QVERIFY2(r.outcome(u"nginx.site"_s)->status == plan::StepStatus::RolledBack, qPrintable(statuses(r)));
        QCOMPARE(sha(site), before);
        QCOMPARE(linkState(kSite), site.toUtf8());
        QCOMPARE(in(u"ls /etc/nginx/sites-available/%1.capataz-* 2>/dev/null | wc -l"_s.arg(kSite)),
                 QByteArray("0"));
        QVERIFY(nginxRunning());
        QCOMPARE(get(kDomain, u"/"_s), kMarker);
    }

    // nginx stopped (a reboot with nginx disabled): the same site is left as it is (no .bak)
    // and nginx is started again.
    void stoppedNginxIsStartedWithTheSameSite()
    {
        const QString site = u"/etc/nginx/sites-available/"_s + kSite;
        const QByteArray before = sha(site);
        th->inside(u"nginx -s quit"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!nginxRunning(), 10000);
        const plan::PlanReport r = run(answers(kSite, kDomain));
        QVERIFY2(r.ok(), qPrintable(statuses(r)));
        QCOMPARE(r.outcome(u"nginx.site"_s)->status, plan::StepStatus::Applied);
        QVERIFY(nginxRunning());
        QCOMPARE(sha(site), before);
        QCOMPARE(in(u"ls /etc/nginx/sites-available/%1.capataz-* 2>/dev/null | wc -l"_s.arg(kSite)),
                 QByteArray("0"));
        QTRY_COMPARE_WITH_TIMEOUT(get(kDomain, u"/"_s), kMarker, 10000);
    }

    void brokenNewSiteLeavesNoFileNorLink()
    {
        th->inside(u"rm -f /etc/nginx/sites-enabled/%1 /etc/nginx/sites-available/%1*"_s.arg(kNewSite));
        NginxAnswers a = answers(kNewSite, u"new."_s + kDomain);
        a.customSiteFile = writeLocal(u"broken-new.conf"_s, kBroken);
        const plan::PlanReport r = run(a);
        QVERIFY(!r.ok());
        QCOMPARE(r.failedStepId, u"nginx.site"_s);
        QCOMPARE(in(u"ls /etc/nginx/sites-available/%1* 2>/dev/null | wc -l"_s.arg(kNewSite)),
                 QByteArray("0"));
        QCOMPARE(linkState(kNewSite), QByteArray("none"));
        QVERIFY(nginxRunning());
        QCOMPARE(get(kDomain, u"/"_s), kMarker);
    }

    // The form is chosen when the step is checked: with the certificate in place (here a
    // self-signed one where certbot would put it) the site serves HTTPS and redirects HTTP.
    void certificateSwitchesToTheTlsForm()
    {
        const QString live = u"/etc/letsencrypt/live/"_s + kTlsDomain;
        int rc = -1;
        th->inside(u"mkdir -p %1 && openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=%2 "
                   "-keyout %1/privkey.pem -out %1/fullchain.pem >/dev/null 2>&1"_s.arg(live, kTlsDomain),
                   &rc);
        QCOMPARE(rc, 0);
        const NginxAnswers a = answers(kTlsSite, kTlsDomain);
        plan::PlanReport r = run(a);
        QVERIFY2(r.ok(), qPrintable(statuses(r)));
        QCOMPARE(in(u"cat /etc/nginx/sites-available/"_s + kTlsSite) + '\n', renderNginxSite(a, true));

        QTRY_VERIFY_WITH_TIMEOUT(in(u"curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -H 'Host: %1' "
                                    "http://127.0.0.1/x?y=1"_s.arg(kTlsDomain)) ==
                                     "301 https://" + kTlsDomain.toUtf8() + "/x?y=1",
                                 10000);
        const QString https = u"curl -sk --max-time 5 --resolve %1:443:127.0.0.1 "_s.arg(kTlsDomain);
        QCOMPARE(in(https + u"https://%1/"_s.arg(kTlsDomain)), kMarker);
        QCOMPARE(in(https + u"https://%1/health"_s.arg(kTlsDomain)), QByteArray("healthy"));
        const QByteArray headers = in(https + u"-I https://%1/"_s.arg(kTlsDomain));
        QVERIFY2(headers.toLower().contains("strict-transport-security: max-age=31536000"),
                 headers.constData());
        QVERIFY(headers.startsWith("HTTP/2 200")); // http2 on 443
        // TLS 1.1 is refused, TLS 1.2 accepted.
        th->inside(https + u"--tlsv1.1 --tls-max 1.1 https://%1/"_s.arg(kTlsDomain), &rc);
        QVERIFY(rc != 0);
        th->inside(https + u"--tlsv1.2 --tls-max 1.2 https://%1/"_s.arg(kTlsDomain), &rc);
        QCOMPARE(rc, 0);

        // Again: nothing to do.
        r = run(a);
        QVERIFY2(r.ok(), qPrintable(statuses(r)));
        QCOMPARE(r.outcome(u"nginx.site"_s)->status, plan::StepStatus::Skipped);
    }

    // A site file (or the shared map file) that is a symbolic link is never written through:
    // the step refuses it, names the link and its target, and nginx keeps serving.
    void filesThatAreLinksAreRefused()
    {
        const QString site = u"/etc/nginx/sites-available/"_s + kLinkSite;
        int rc = -1;
        th->inside(u"printf 'root only\\n' > %1 && chmod 0600 %1 && rm -f /etc/nginx/sites-enabled/%2 && "
                   "ln -sfn %1 %3"_s.arg(kVictim, kLinkSite, site),
                   &rc);
        QCOMPARE(rc, 0);
        const QString look = u"stat -c '%U %a %s %Y' %1; cat %1"_s.arg(kVictim);
        const QByteArray before = th->inside(look);
        plan::PlanReport r = run(answers(kLinkSite, u"link."_s + kDomain));
        QVERIFY2(!r.ok(), "the site was written over the link");
        QCOMPARE(r.failedStepId, u"nginx.site"_s);
        QCOMPARE(r.error.code, ErrorCode::RemotePermissionDenied);
        QVERIFY2(r.error.detail.contains(site) && r.error.detail.contains(kVictim),
                 qPrintable(r.error.detail));
        QCOMPARE(th->inside(look), before);
        QCOMPARE(in(u"readlink "_s + site), kVictim.toUtf8());
        QCOMPARE(linkState(kLinkSite), QByteArray("none"));
        th->inside(u"rm -f "_s + site);

        // The shared map file, written by a FileWriteStep.
        const QString map = nginxUpgradeMapPath();
        th->inside(u"mv %1 %1.real && ln -s %2 %1"_s.arg(map, kVictim), &rc);
        QCOMPARE(rc, 0);
        r = run(answers(kSite, kDomain));
        QVERIFY2(!r.ok(), "the map file was written over the link");
        QCOMPARE(r.failedStepId, u"nginx.websocket-map"_s);
        QCOMPARE(r.error.code, ErrorCode::RemotePermissionDenied);
        QVERIFY2(r.error.detail.contains(map) && r.error.detail.contains(kVictim),
                 qPrintable(r.error.detail));
        QCOMPARE(th->inside(look), before);
        th->inside(u"rm -f %1 && mv %1.real %1"_s.arg(map), &rc);
        QCOMPARE(rc, 0);
        QVERIFY(nginxRunning());
        QCOMPARE(get(kDomain, u"/"_s), kMarker);
    }

    // A connection cut while the site is sent ends the script's stdin early: the part that arrived
    // must not be installed. Here the part is valid nginx (the first of two server blocks), so
    // before the size and hash check it passed nginx -t and replaced the site.
    void cutConnectionNeverInstallsHalfASite()
    {
        const QString site = u"/etc/nginx/sites-available/"_s + kSite;
        const QByteArray before = sha(site);
        const QByteArray filesBefore = in(u"ls -a /etc/nginx/sites-available"_s);
        const QByteArray first = "server {\n    listen 80;\n    server_name cut-a.example.test;\n"
                                 "    location / { return 200 \"a\\n\"; }\n}\n";
        const QByteArray second = "server {\n    listen 80;\n    server_name cut-b.example.test;\n"
                                  "    location / { return 200 \"b\\n\"; }\n}\n";
        NginxAnswers a = answers(kSite, kDomain);
        a.customSiteFile = writeLocal(u"two.conf"_s, first + second);
        a.customSiteContent = first + second;
        const NginxSiteStep step(u"nginx.site"_s, a);

        const test::RunOutput cut = test::run(*deploy, step.applyCommand(), first);
        QVERIFY2(cut.result.exitCode == 10, cut.err.constData());
        QVERIFY2(cut.err.contains("connection was cut"), cut.err.constData());
        QCOMPARE(sha(site), before);
        QCOMPARE(in(u"ls -a /etc/nginx/sites-available"_s), filesBefore); // no temporary file left
        QVERIFY(nginxRunning());
        QCOMPARE(get(kDomain, u"/"_s), kMarker);

        // The same bytes, whole, but not the ones announced: refused as well.
        QByteArray swapped = first + second;
        swapped[swapped.indexOf("cut-b")] = 'x';
        const test::RunOutput wrong = test::run(*deploy, step.applyCommand(), swapped);
        QVERIFY2(wrong.result.exitCode == 10, wrong.err.constData());
        QCOMPARE(sha(site), before);
    }

    // A cancel (TERM to the script's process group, what exec's cancel sends) at spread moments
    // of an apply: afterwards no temporary file is left, nginx -t passes, nginx runs, and it
    // serves what the site file says, the old version or the new one.
    void cancelledApplyLeavesNoTemporaryFileAndAWorkingNginx()
    {
        const QString site = u"/etc/nginx/sites-available/"_s + kCancelSite;
        const auto version = [](const char* v) -> QByteArray {
            return QByteArray("server {\n    listen 80;\n    server_name cancel.example.test;\n"
                              "    location / { return 200 \"") +
                   v + "\\n\"; }\n}\n";
        };
        const QByteArray a = version("a");
        const QByteArray b = version("b");
        const auto stepFor = [&](const QByteArray& content) {
            NginxAnswers ans = answers(kCancelSite, u"cancel.example.test"_s);
            ans.customSiteFile = writeLocal(u"cancel.conf"_s, content);
            ans.customSiteContent = content;
            return NginxSiteStep(u"nginx.site"_s, ans);
        };
        QElapsedTimer clock;
        clock.start();
        const test::RunOutput whole = test::run(*deploy, stepFor(a).applyCommand(), a);
        const qint64 wholeMs = clock.elapsed();
        QVERIFY2(whole.result.exitCode == 0, whole.err.constData());
        QTRY_COMPARE_WITH_TIMEOUT(get(u"cancel.example.test"_s, u"/"_s), "a"_ba,
                                  5000); // a reload is asynchronous

        constexpr int kRuns = 12;
        for (int i = 0; i < kRuns; ++i) {
            const QByteArray current = in(u"cat "_s + site) + '\n';
            const QByteArray next = current == a ? b : a;
            exec::Request request(stepFor(next).applyCommand(), next);
            request.cancel = CancelToken::create();
            bool ended = false;
            exec::run(deploy.get(), this, request, [&](const Result<exec::Output>&) { ended = true; });
            QTest::qWait(int(wholeMs * 3 / 2 * i / kRuns));
            request.cancel.cancel();
            QTRY_VERIFY_WITH_TIMEOUT(ended, 30000);
            // The script may still be running its trap: wait until nothing of it runs.
            QTRY_VERIFY_WITH_TIMEOUT(
                in(u"pgrep -f '[s]ites-available/capataz-nginx-cancel' || true"_s).isEmpty(), 10000);
            const QByteArray files = in(u"ls -a /etc/nginx/sites-available"_s);
            QVERIFY2(!files.contains("capataz-new"), files.constData());
            int rc = -1;
            th->inside(u"nginx -t"_s, &rc);
            QCOMPARE(rc, 0);
            QVERIFY(nginxRunning());
            const QByteArray now = in(u"cat "_s + site) + '\n';
            QVERIFY2(now == a || now == b, now.constData());
            QCOMPARE(linkState(kCancelSite), site.toUtf8());
            // A reload is asynchronous: the workers answer with the file's version soon after.
            const QByteArray served = now == a ? "a"_ba : "b"_ba;
            QTRY_COMPARE_WITH_TIMEOUT(get(u"cancel.example.test"_s, u"/"_s), served, 5000);
        }
    }
};

QTEST_GUILESS_MAIN(TestNginxIntegration)
#include "tst_nginx.moc"
