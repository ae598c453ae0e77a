// The reverse-proxy site Capataz writes for each recipe: what a sysadmin checks in it, and
// (when nginx is installed on this computer) that the real nginx accepts it.
#include "setup/NginxPlan.h"
#include "setup/NginxSite.h"
#include "setup/NginxSiteStep.h"
#include "stack/RecipeLoader.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace capataz;
using namespace capataz::setup;

namespace {

SetupTarget targetFor(const stack::Recipe& recipe)
{
    SetupTarget t;
    t.recipe = recipe;
    t.projectDir = recipe.projectDir;
    return t;
}

NginxAnswers answersFor(const stack::Recipe& recipe)
{
    NginxAnswers a = NginxAnswers::defaults(targetFor(recipe));
    a.domain = u"api.example.org"_s;
    a.extraDomains = {u"www.example.org"_s};
    if (a.upstreamPort == 0)
        a.upstreamPort = 8000; // the generic recipe does not know it
    return a;
}

// The text of the server block listening on `port` (80 or 443).
QString serverBlock(const QString& site, int port)
{
    const QStringList blocks = site.split(u"\nserver {\n"_s);
    for (const QString& b : blocks) {
        if (b.contains(u"    listen %1"_s.arg(port)))
            return b;
    }
    return {};
}

int count(const QString& text, const QString& what)
{
    return int(text.count(what));
}

} // namespace

class TestNginxSite : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void httpFormBeforeTheCertificate_data();
    void httpFormBeforeTheCertificate();
    void tlsFormRedirectsAndHardens_data();
    void tlsFormRedirectsAndHardens();
    void websocketOnlyWhenAsked();
    void healthLocationProxiesToUpstreamPath();
    void renderingIsDeterministic();
    void validationNamesEveryProblem_data();
    void validationNamesEveryProblem();
    void answersSectionIsRead();
    void answersSectionProblems();
    void customSiteFileIsUsedAsGiven();
    void customSiteFileMustBeARegularFile_data();
    void customSiteFileMustBeARegularFile();
    void planHasTheSteps();
    void realNginxAcceptsBothForms_data();
    void realNginxAcceptsBothForms();

private:
    QList<stack::Recipe> m_recipes;
};

void TestNginxSite::initTestCase()
{
    m_recipes = stack::builtinRecipes();
    QVERIFY(m_recipes.size() >= 5);
}

void TestNginxSite::httpFormBeforeTheCertificate_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < stack::builtinRecipes().size(); ++i)
        QTest::newRow(qPrintable(stack::builtinRecipes()[i].id)) << i;
}

void TestNginxSite::httpFormBeforeTheCertificate()
{
    QFETCH(int, index);
    const stack::Recipe& r = m_recipes[index];
    const NginxAnswers a = answersFor(r);
    const QString site = QString::fromUtf8(renderNginxSite(a, false));

    // One server on port 80 only: nothing refers to a certificate that does not exist yet.
    QCOMPARE(count(site, u"server {"_s), 1);
    QVERIFY(site.contains(u"    listen 80;\n"_s));
    QVERIFY(!site.contains(u"443"_s));
    QVERIFY(!site.contains(u"ssl_"_s));
    QVERIFY(!site.contains(u"return 301"_s));
    QVERIFY(!site.contains(u"Strict-Transport-Security"_s)); // HSTS over plain HTTP is ignored
    QVERIFY(site.contains(u"server_name api.example.org www.example.org;"_s));
    QVERIFY(
        site.contains(u"location ^~ /.well-known/acme-challenge/ {\n        root /var/www/letsencrypt;"_s));
    QVERIFY(site.contains(u"proxy_pass http://127.0.0.1:%1;"_s.arg(a.upstreamPort)));
    QVERIFY(site.contains(u"client_max_body_size %1;"_s.arg(r.nginx.clientMaxBodySize)));
    QVERIFY(site.contains(u"proxy_read_timeout %1s;"_s.arg(r.nginx.readTimeout)));
    QVERIFY(site.contains(u"access_log /var/log/nginx/%1-access.log;"_s.arg(r.id)));
    QVERIFY(site.contains(u"error_log /var/log/nginx/%1-error.log;"_s.arg(r.id)));
    QVERIFY(site.contains(u"add_header X-Content-Type-Options \"nosniff\" always;"_s));
    QVERIFY(site.contains(u"proxy_set_header X-Forwarded-Proto $scheme;"_s));
}

void TestNginxSite::tlsFormRedirectsAndHardens_data()
{
    httpFormBeforeTheCertificate_data();
}

void TestNginxSite::tlsFormRedirectsAndHardens()
{
    QFETCH(int, index);
    const stack::Recipe& r = m_recipes[index];
    const NginxAnswers a = answersFor(r);
    const QString site = QString::fromUtf8(renderNginxSite(a, true));
    QCOMPARE(count(site, u"server {"_s), 2);

    const QString http = serverBlock(site, 80);
    QVERIFY(http.contains(u"server_name api.example.org www.example.org;"_s));
    QVERIFY(http.contains(u"return 301 https://$host$request_uri;"_s));
    QVERIFY(http.contains(u"/.well-known/acme-challenge/"_s)); // renewals keep working
    QVERIFY(!http.contains(u"proxy_pass"_s));

    const QString https = serverBlock(site, 443);
    QVERIFY(https.contains(u"    listen 443 ssl http2;\n"_s));
    QVERIFY(https.contains(u"server_name api.example.org www.example.org;"_s));
    QVERIFY(https.contains(u"ssl_certificate /etc/letsencrypt/live/api.example.org/fullchain.pem;"_s));
    QVERIFY(https.contains(u"ssl_certificate_key /etc/letsencrypt/live/api.example.org/privkey.pem;"_s));
    QVERIFY(https.contains(u"ssl_protocols TLSv1.2 TLSv1.3;"_s));
    QVERIFY(!https.contains(u"TLSv1 "_s) && !https.contains(u"TLSv1.1"_s));
    QVERIFY(https.contains(
        u"add_header Strict-Transport-Security \"max-age=31536000; includeSubDomains\" always;"_s));
    QVERIFY(https.contains(u"add_header X-Content-Type-Options \"nosniff\" always;"_s));
    QVERIFY(https.contains(u"add_header X-Frame-Options \"SAMEORIGIN\" always;"_s));
    QVERIFY(https.contains(u"add_header Referrer-Policy"_s));
    for (const QString& h : {u"Host $host"_s, u"X-Real-IP $remote_addr"_s,
                             u"X-Forwarded-For $proxy_add_x_forwarded_for"_s, u"X-Forwarded-Proto $scheme"_s})
        QVERIFY2(https.contains(u"proxy_set_header "_s + h + u';'), qPrintable(h));
    QVERIFY(https.contains(u"client_max_body_size %1;"_s.arg(r.nginx.clientMaxBodySize)));
    QVERIFY(https.contains(u"proxy_connect_timeout %1s;"_s.arg(r.nginx.connectTimeout)));
    QVERIFY(https.contains(u"proxy_send_timeout %1s;"_s.arg(r.nginx.sendTimeout)));
    QVERIFY(https.contains(u"proxy_read_timeout %1s;"_s.arg(r.nginx.readTimeout)));
    QVERIFY(https.contains(u"access_log /var/log/nginx/%1-access.log;"_s.arg(r.id)));
    QVERIFY(https.contains(u"error_log /var/log/nginx/%1-error.log;"_s.arg(r.id)));
    // certbot's options file is not included: it would repeat ssl_protocols.
    QVERIFY(!site.contains(u"options-ssl-nginx.conf"_s));
    if (!r.nginx.healthLocation.isEmpty())
        QVERIFY(https.contains(u"location %1 {\n        access_log off;"_s.arg(r.nginx.healthLocation)));
}

void TestNginxSite::websocketOnlyWhenAsked()
{
    NginxAnswers a = answersFor(m_recipes.first());
    for (bool ws : {true, false}) {
        a.websocket = ws;
        for (bool tls : {false, true}) {
            const QString site = QString::fromUtf8(renderNginxSite(a, tls));
            QCOMPARE(site.contains(u"proxy_set_header Upgrade $http_upgrade;"_s), ws);
            QCOMPARE(site.contains(u"proxy_set_header Connection $capataz_connection_upgrade;"_s), ws);
            // The map lives in its own conf.d file, never in a site (two sites would define it twice).
            QVERIFY(!site.contains(u"map "_s));
        }
    }
    const QString map = QString::fromUtf8(renderNginxUpgradeMap());
    QVERIFY(map.contains(u"map $http_upgrade $capataz_connection_upgrade {"_s));
    QVERIFY(nginxUpgradeMapPath().startsWith(u"/etc/nginx/conf.d/"_s));
    QVERIFY(nginxUpgradeMapPath().endsWith(u".conf"_s));
}

void TestNginxSite::healthLocationProxiesToUpstreamPath()
{
    NginxAnswers a = answersFor(m_recipes.first());
    a.upstreamPort = 8000;
    a.healthLocation = u"/health"_s;
    a.healthUpstreamPath = u"/api/v1/health"_s;
    QString site = QString::fromUtf8(renderNginxSite(a, true));
    QVERIFY(site.contains(
        u"location /health {\n        access_log off;\n        proxy_pass http://127.0.0.1:8000/api/v1/health;"_s));
    a.healthUpstreamPath.clear();
    site = QString::fromUtf8(renderNginxSite(a, true));
    QVERIFY(site.contains(
        u"location /health {\n        access_log off;\n        proxy_pass http://127.0.0.1:8000;"_s));
    a.healthLocation.clear();
    site = QString::fromUtf8(renderNginxSite(a, true));
    QVERIFY(!site.contains(u"access_log off"_s));
}

void TestNginxSite::renderingIsDeterministic()
{
    for (const stack::Recipe& r : m_recipes) {
        const NginxAnswers a = answersFor(r);
        QCOMPARE(renderNginxSite(a, true), renderNginxSite(answersFor(r), true));
        QCOMPARE(renderNginxSite(a, false), renderNginxSite(answersFor(r), false));
        QVERIFY(renderNginxSite(a, true) != renderNginxSite(a, false));
    }
}

void TestNginxSite::validationNamesEveryProblem_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problem"); // empty: valid
    QTest::newRow("domain ok") << "domain"
                               << "api.example.com"
                               << "";
    QTest::newRow("domain missing") << "domain"
                                    << ""
                                    << "domain: required";
    QTest::newRow("domain wildcard") << "domain"
                                     << "*.example.com"
                                     << "domain: \"*.example.com\" is not a domain name";
    QTest::newRow("domain address") << "domain"
                                    << "10.0.0.1"
                                    << "domain: \"10.0.0.1\" is not a domain name";
    QTest::newRow("domain single label") << "domain"
                                         << "localhost"
                                         << "domain: \"localhost\" is not";
    QTest::newRow("domain with space") << "domain"
                                       << "api example.com"
                                       << "is not a domain name";
    QTest::newRow("domain injection") << "domain"
                                      << "a.com; include /etc/passwd"
                                      << "is not a domain name";
    // PCRE's $ matches before a final newline: each check must refuse it.
    QTest::newRow("domain final newline") << "domain"
                                          << "api.example.com\n"
                                          << "is not a domain name";
    QTest::newRow("domain newline") << "domain"
                                    << "a.com\ninclude /etc/passwd"
                                    << "is not a domain name";
    QTest::newRow("extra final newline") << "extra"
                                         << "www.example.com\n"
                                         << "extra_domains[0]:";
    QTest::newRow("domain dash") << "domain"
                                 << "-api.example.com"
                                 << "is not a domain name";
    QTest::newRow("extra bad") << "extra"
                               << "www..example.com"
                               << "extra_domains[0]: \"www..example.com\"";
    QTest::newRow("port 0") << "port"
                            << "0"
                            << "upstream_port: required";
    QTest::newRow("port big") << "port"
                              << "70000"
                              << "upstream_port:";
    QTest::newRow("size 10M") << "size"
                              << "10M"
                              << "";
    QTest::newRow("size 1g") << "size"
                             << "1g"
                             << "";
    QTest::newRow("size bytes") << "size"
                                << "1048576"
                                << "";
    QTest::newRow("size MB") << "size"
                             << "10MB"
                             << "client_max_body_size: \"10MB\" is not an nginx size";
    QTest::newRow("size empty") << "size"
                                << ""
                                << "client_max_body_size:";
    QTest::newRow("size injection") << "size"
                                    << "1m; include /etc/passwd"
                                    << "client_max_body_size:";
    QTest::newRow("size final newline") << "size"
                                        << "1m\n"
                                        << "client_max_body_size:";
    QTest::newRow("size negative") << "size"
                                   << "-1M"
                                   << "client_max_body_size:";
    QTest::newRow("timeout 0") << "read"
                               << "0"
                               << "timeouts.read: 0 is not a number of seconds";
    QTest::newRow("health ok") << "health"
                               << "/health/live"
                               << "";
    QTest::newRow("health relative") << "health"
                                     << "health"
                                     << "health_location: \"health\" is not a path";
    QTest::newRow("health final newline") << "health"
                                          << "/health\n"
                                          << "health_location:";
    QTest::newRow("health brace") << "health"
                                  << "/h{x}"
                                  << "health_location:";
    QTest::newRow("site ok") << "site"
                             << "invoice-bot"
                             << "";
    QTest::newRow("site slash") << "site"
                                << "../default"
                                << "site_name: \"../default\" is not a usable file name";
    QTest::newRow("site final newline") << "site"
                                        << "bot\n"
                                        << "site_name:";
    QTest::newRow("site bak") << "site"
                              << "x.bak"
                              << "site_name:";
}

void TestNginxSite::validationNamesEveryProblem()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, problem);
    NginxAnswers a = answersFor(m_recipes.first());
    QVERIFY2(validateNginxAnswers(a).isEmpty(), qPrintable(validateNginxAnswers(a).join(u'\n')));
    if (field == u"domain")
        a.domain = value;
    else if (field == u"extra")
        a.extraDomains = {value};
    else if (field == u"port")
        a.upstreamPort = value.toInt();
    else if (field == u"size")
        a.clientMaxBodySize = value;
    else if (field == u"read")
        a.readTimeout = value.toInt();
    else if (field == u"health")
        a.healthLocation = value;
    else if (field == u"site")
        a.siteName = value;
    const QStringList problems = validateNginxAnswers(a);
    if (problem.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    } else {
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(problem), qPrintable(problems.first()));
        const auto plan = buildNginxPlan(a, targetFor(m_recipes.first()));
        QVERIFY(!plan);
        QCOMPARE(plan.error().code, ErrorCode::InvalidArgument);
        QVERIFY(plan.error().detail.contains(problem));
    }
}

void TestNginxSite::answersSectionIsRead()
{
    const stack::Recipe* cattle = nullptr;
    for (const auto& r : m_recipes)
        if (r.id == u"cattle-weight")
            cattle = &r;
    QVERIFY(cattle);
    auto parsed = parseAnswers("nginx:\n"
                               "  domain: API.Hacienda.example\n"
                               "  extra_domains: [www.hacienda.example, api.hacienda.example]\n"
                               "  client_max_body_size: 100M\n"
                               "  timeouts: {read: 120}\n"
                               "  websocket: yes\n");
    QVERIFY(parsed);
    const AnswerMap section = parsed->section(u"nginx"_s);
    const NginxAnswers a = NginxAnswers::fromAnswers(section, targetFor(*cattle));
    QVERIFY2(section.problems().isEmpty(), qPrintable(section.problems().join(u'\n')));
    QCOMPARE(a.siteName, u"cattle-weight"_s);
    QCOMPARE(a.domain, u"api.hacienda.example"_s);
    QCOMPARE(a.allDomains(), (QStringList{u"api.hacienda.example"_s, u"www.hacienda.example"_s}));
    QCOMPARE(a.upstreamPort, 8000); // from the recipe
    QCOMPARE(a.clientMaxBodySize, u"100M"_s);
    QCOMPARE(a.connectTimeout, 60);
    QCOMPARE(a.readTimeout, 120);
    QCOMPARE(a.websocket, true);
    QCOMPARE(a.healthLocation, u"/health"_s); // from the recipe
    QCOMPARE(a.healthUpstreamPath, u"/api/v1/health"_s);
    QCOMPARE(a.sitePath(), u"/etc/nginx/sites-available/cattle-weight"_s);
    QCOMPARE(a.enabledPath(), u"/etc/nginx/sites-enabled/cattle-weight"_s);
    QCOMPARE(a.certificatePath(), u"/etc/letsencrypt/live/api.hacienda.example/fullchain.pem"_s);

    auto second = parseAnswers("nginx:\n"
                               "  domain: bot.example.com\n"
                               "  site_name: bot\n"
                               "  upstream_port: 9000\n"
                               "  health_location: {path: /status, upstream_path: /internal/status}\n");
    QVERIFY(second);
    const AnswerMap s2 = second->section(u"nginx"_s);
    const NginxAnswers b = NginxAnswers::fromAnswers(s2, targetFor(*cattle));
    QVERIFY2(s2.problems().isEmpty(), qPrintable(s2.problems().join(u'\n')));
    QCOMPARE(b.siteName, u"bot"_s);
    QCOMPARE(b.upstreamPort, 9000);
    QCOMPARE(b.healthLocation, u"/status"_s);
    QCOMPARE(b.healthUpstreamPath, u"/internal/status"_s);
}

void TestNginxSite::answersSectionProblems()
{
    auto parsed = parseAnswers("nginx:\n"
                               "  upstream_port: 99999\n"
                               "  client_max_body_size: ten megs\n"
                               "  timeouts: {read: 0, idle: 5}\n"
                               "  custom_site_file: /nonexistent/capataz-site.conf\n"
                               "  colour: blue\n");
    QVERIFY(parsed);
    const AnswerMap section = parsed->section(u"nginx"_s);
    (void)NginxAnswers::fromAnswers(section, targetFor(m_recipes.first()));
    const QString all = section.problems().join(u'\n');
    QVERIFY2(all.contains(u"nginx.colour: unknown key"_s), qPrintable(all));
    QVERIFY2(all.contains(u"nginx.timeouts.idle: unknown key"_s), qPrintable(all));
    QVERIFY2(all.contains(u"nginx.upstream_port: expected a whole number from 1 to 65535"_s),
             qPrintable(all));
    QVERIFY2(all.contains(u"nginx.timeouts.read: expected a whole number"_s), qPrintable(all));
    QVERIFY2(all.contains(u"nginx.client_max_body_size: \"ten megs\" is not an nginx size"_s),
             qPrintable(all));
    QVERIFY2(all.contains(u"nginx.domain: required"_s), qPrintable(all));
    QVERIFY2(all.contains(u"nginx.custom_site_file: cannot read /nonexistent/capataz-site.conf"_s),
             qPrintable(all));
    QVERIFY(!section.result());
}

void TestNginxSite::customSiteFileIsUsedAsGiven()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"mysite"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray mine =
        "server {\n    listen 80;\n    server_name mine.example.com;\n    return 204;\n}\n";
    f.write(mine);
    f.close();
    auto parsed = parseAnswers(
        QString(u"nginx:\n  domain: mine.example.com\n  custom_site_file: "_s + path + u"\n"_s).toUtf8());
    QVERIFY(parsed);
    const AnswerMap section = parsed->section(u"nginx"_s);
    const NginxAnswers a = NginxAnswers::fromAnswers(section, targetFor(m_recipes.first()));
    QVERIFY2(section.problems().isEmpty(), qPrintable(section.problems().join(u'\n')));
    const NginxSiteStep step(u"nginx.site"_s, a);
    QCOMPARE(step.content(false), mine);
    QCOMPARE(step.content(true), mine);
}

// A device or a pipe given as custom_site_file would hang the wizard in open() or read().
void TestNginxSite::customSiteFileMustBeARegularFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("device") << u"device"_s;
    QTest::newRow("pipe") << u"pipe"_s;
}

void TestNginxSite::customSiteFileMustBeARegularFile()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = u"/dev/zero"_s;
    if (kind == u"pipe") {
        path = dir.filePath(u"site.fifo"_s);
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    }
    auto parsed = parseAnswers(
        QString(u"nginx:\n  domain: mine.example.com\n  custom_site_file: "_s + path + u"\n"_s).toUtf8());
    QVERIFY(parsed);
    const AnswerMap section = parsed->section(u"nginx"_s);
    const NginxAnswers a = NginxAnswers::fromAnswers(section, targetFor(m_recipes.first()));
    const QString all = section.problems().join(u'\n');
    QVERIFY2(all.contains(u"nginx.custom_site_file: %1 is not a regular file"_s.arg(path)), qPrintable(all));
    QCOMPARE(section.problems().size(), 1);
    QVERIFY(a.customSiteContent.isEmpty());
    QVERIFY(!buildNginxPlan(a, targetFor(m_recipes.first())));
}

void TestNginxSite::planHasTheSteps()
{
    const stack::Recipe& r = m_recipes.first();
    const auto plan = buildNginxPlan(answersFor(r), targetFor(r));
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().detail));
    QStringList ids;
    for (const auto& s : plan->steps())
        ids << s->id();
    QCOMPARE(ids, (QStringList{u"nginx.acme-webroot"_s, u"nginx.websocket-map"_s, u"nginx.site"_s}));
    // The preview shows the site (from nothing: not read yet) and the commands, all as root.
    const plan::Preview p = plan->steps().back()->preview(remote::SudoMode::Password);
    QCOMPARE(p.files.size(), 1);
    QCOMPARE(p.files.first().path, u"/etc/nginx/sites-available/%1"_s.arg(r.id));
    QVERIFY(p.files.first().diff.contains(u"+        proxy_pass http://127.0.0.1:"_s));
    QCOMPARE(p.commands.size(), 4);
    for (const auto& c : p.commands)
        QVERIFY2(c.shell.startsWith(u"sudo "_s), qPrintable(c.shell));
    QVERIFY(NginxSiteStep::applyScript().contains(u"nginx -t"_s));
    // A custom step id for the TLS plan.
    QCOMPARE(makeNginxSiteStep(answersFor(r), targetFor(r), u"tls.site"_s)->id(), u"tls.site"_s);
}

void TestNginxSite::realNginxAcceptsBothForms_data()
{
    httpFormBeforeTheCertificate_data();
}

// The real nginx of this computer (when installed) checks the syntax of both forms, with the
// shared map, in a throwaway prefix (paths to logs and certificates moved there).
void TestNginxSite::realNginxAcceptsBothForms()
{
    QFETCH(int, index);
    const QString nginx =
        QStandardPaths::findExecutable(u"nginx"_s, {u"/usr/sbin"_s, u"/usr/local/sbin"_s, u"/usr/bin"_s});
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (nginx.isEmpty() || openssl.isEmpty())
        QSKIP("nginx or openssl is not installed on this computer");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.path();
    QProcess cert;
    cert.start(openssl, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"1"_s,
                         u"-subj"_s, u"/CN=api.example.org"_s, u"-keyout"_s, root + u"/privkey.pem"_s,
                         u"-out"_s, root + u"/fullchain.pem"_s});
    QVERIFY(cert.waitForFinished(60000));
    QCOMPARE(cert.exitCode(), 0);

    const NginxAnswers a = answersFor(m_recipes[index]);
    for (bool tls : {false, true}) {
        QString site = QString::fromUtf8(renderNginxSite(a, tls));
        site.replace(u"/etc/letsencrypt/live/api.example.org/"_s, root + u'/');
        site.replace(u"/var/log/nginx/"_s, root + u'/');
        QFile s(root + u"/site.conf"_s), m(root + u"/map.conf"_s), c(root + u"/nginx.conf"_s);
        QVERIFY(s.open(QIODevice::WriteOnly) && m.open(QIODevice::WriteOnly) && c.open(QIODevice::WriteOnly));
        s.write(site.toUtf8());
        m.write(renderNginxUpgradeMap());
        c.write(u"pid %1/nginx.pid;\nerror_log %1/error.log;\nevents {}\n"
                "http {\n    access_log off;\n    include %1/map.conf;\n    include %1/site.conf;\n}\n"_s
                    .arg(root)
                    .toUtf8());
        s.close();
        m.close();
        c.close();
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(nginx, {u"-t"_s, u"-q"_s, u"-p"_s, root, u"-e"_s, root + u"/error.log"_s, u"-c"_s,
                        root + u"/nginx.conf"_s});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, qPrintable(u"tls=%1: %2"_s.arg(tls).arg(QString::fromUtf8(p.readAll()))));
    }
}

QTEST_GUILESS_MAIN(TestNginxSite)
#include "tst_nginxsite.moc"
