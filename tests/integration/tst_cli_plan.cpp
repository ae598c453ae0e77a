// capataz-cli plan end to end: the real binary (QProcess) against the test host, each test with
// its own data directory and HOME, secrets in memory only.
#include "CliRunner.h"
#include "TestHost.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#ifndef CAPATAZ_CLI_PATH
#error "CAPATAZ_CLI_PATH must name the capataz-cli binary (tests/integration/CMakeLists.txt)"
#endif

using namespace capataz;
using namespace Qt::Literals::StringLiterals;

#define REQUIRE_HOST()                                                                                       \
    do {                                                                                                     \
        if (!th)                                                                                             \
            QSKIP(qPrintable(m_whyNoHost));                                                                  \
    } while (false)

class TestCliPlan : public QObject {
    Q_OBJECT
    const test::TestHost* th = nullptr;
    QString m_whyNoHost;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_tag; // unique per test: remote paths

    using Run = capataz::test::CliRun;

    Run cli(const QStringList& args, const QByteArray& input = {}, int timeoutMs = 180000) const
    {
        return capataz::test::runCli(capataz::test::cliEnvironment(m_dir->filePath(u"home"_s)),
                                     m_dir->filePath(u"data"_s), args, input, timeoutMs);
    }

    void addProfile(const QString& name, const QString& user, const QString& sudo,
                    const QByteArray& input = {}, const QStringList& extra = {})
    {
        QStringList args{u"servers"_s,
                         u"add"_s,
                         name,
                         u"--host"_s,
                         th->host(),
                         u"--port"_s,
                         QString::number(th->port()),
                         u"--user"_s,
                         user,
                         u"--key"_s,
                         th->value(u"TH_KEY_"_s + user.toUpper()),
                         u"--known-hosts"_s,
                         th->value(u"TH_KNOWN_HOSTS"_s),
                         u"--sudo"_s,
                         sudo};
        const Run r = cli(args + extra, input);
        QVERIFY2(r.exitCode == 0, show(r));
    }

    QString writeAnswers(const QByteArray& yaml) const
    {
        const QString path = m_dir->filePath(u"answers.yaml"_s);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write answers file");
        f.write(yaml);
        return path;
    }

    QByteArray inside(const QString& cmd, int* rc = nullptr) const { return th->inside(cmd, rc); }
    bool existsInside(const QString& path) const
    {
        int rc = -1;
        inside(u"test -e '%1'"_s.arg(path), &rc);
        return rc == 0;
    }
    QString projectDir() const { return u"/opt/cpz-plan-"_s + m_tag; }

    // A bare git repository inside the test host with a compose file (or without one).
    QString makeRepo(bool withCompose) const
    {
        const QString src = u"/srv/cpz-src-"_s + m_tag, bare = u"/srv/cpz-repo-"_s + m_tag + u".git"_s;
        int rc = -1;
        inside(
            u"set -e; mkdir -p %1; cd %1; git init -q -b main; %2 echo readme > README; git add .; "
            u"git -c user.email=t@example.test -c user.name=t commit -qm init; git clone -q --bare %1 %3"_s.arg(
                src,
                withCompose
                    ? u"printf 'services:\\n  web:\\n    image: testbusybox:latest\\n' > docker-compose.yml;"_s
                    : QString(),
                bare),
            &rc);
        if (rc != 0)
            qFatal("cannot create the test repository");
        return bare;
    }

    static QStringList statusLines(const QByteArray& out)
    {
        static const QRegularExpression status(
            u"^\\[(skipped|planned|applied|failed|rolled-back|rollback-failed)\\] "_s);
        QStringList lines;
        for (const QByteArray& l : out.split('\n'))
            if (status.match(QString::fromUtf8(l)).hasMatch())
                lines << QString::fromUtf8(l);
        return lines;
    }

private slots:
    void initTestCase()
    {
        th = test::TestHost::instance(&m_whyNoHost);
        if (th) {
            th->repairNginx();
            int rc = -1;
            inside(u"command -v git"_s, &rc);
            if (rc != 0)
                qFatal("the test host has no git: the clone tests need it");
        }
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir().mkpath(m_dir->filePath(u"home"_s)));
        m_tag = QString::number(QRandomGenerator::global()->generate(), 16);
    }

    void cleanup()
    {
        if (th)
            inside(u"rm -rf %1 /srv/cpz-src-%2 /srv/cpz-repo-%2.git"_s.arg(projectDir(), m_tag));
        m_dir.reset();
    }

    void listNamesEveryStep()
    {
        const Run r = cli({u"plan"_s, u"--list"_s});
        QVERIFY2(r.exitCode == 0, show(r));
        for (const char* step :
             {"server-check", "firewall", "nginx", "tls", "env", "compose", "verify", "all"})
            QVERIFY2(r.out.contains(QByteArray(QByteArray("\n") + step + ' ')) ||
                         r.out.startsWith(QByteArray(QByteArray(step) + ' ')),
                     show(r));
        const Run help = cli({u"--help"_s});
        QVERIFY(help.out.contains("plan --list"));
    }

    void badUsage()
    {
        Run r = cli({u"plan"_s, u"web"_s});
        QCOMPARE(r.exitCode, 2);
        r = cli({u"plan"_s, u"web"_s, u"nope"_s, u"--answers"_s, u"x.yaml"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("unknown step 'nope'"), show(r));
        r = cli({u"plan"_s, u"web"_s, u"verify"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--answers"), show(r));
    }

    void badAnswersListEveryProblemAndTouchNothing()
    {
        REQUIRE_HOST();
        addProfile(u"th"_s, u"ops"_s, u"sudo"_s);
        Run r =
            cli({u"plan"_s, u"th"_s, u"server-check"_s, u"--answers"_s, writeAnswers("recipe: [unclosed\n")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("line "), show(r));

        const QString answers = writeAnswers("recipe: no-such-recipe\n"
                                             "project_dir: relative/path\n"
                                             "firewal: {}\n"
                                             "server_check:\n"
                                             "  install_missing: perhaps\n"
                                             "  project_source:\n"
                                             "    git: /srv/x.git\n"
                                             "    upload: /nonexistent/dir\n"
                                             "    tag: v1\n");
        r = cli({u"plan"_s, u"th"_s, u"server-check"_s, u"--answers"_s, answers});
        QCOMPARE(r.exitCode, 2);
        for (const char* path :
             {"  recipe: unknown recipe", "  project_dir: must be an absolute path", "  firewal: unknown key",
              "  server_check.install_missing: expected true or false",
              "  server_check.project_source.upload: give either git or upload",
              "  server_check.project_source.tag: unknown key"})
            QVERIFY2(r.err.contains(path),
                     QByteArray(QByteArray(path) + " missing:\n" + show(r)).constData());
        QVERIFY2(r.out.isEmpty(), show(r));

        const QString verify = writeAnswers("recipe: generic-compose\nproject_dir: /opt/x\nverify:\n"
                                            "  endpoints: [{path: health, port: 99999}, {port: 80}]\n"
                                            "  expected_open: [22, http]\n  ca_file: /nonexistent.pem\n");
        r = cli({u"plan"_s, u"th"_s, u"verify"_s, u"--answers"_s, verify});
        QCOMPARE(r.exitCode, 2);
        for (const char* path :
             {"  verify.endpoints[0].path: must start with /", "  verify.endpoints[0].port: expected",
              "  verify.endpoints[1].path: must start with /",
              "  verify.expected_open[1]: expected a TCP port",
              "  verify.ca_file: cannot read /nonexistent.pem"})
            QVERIFY2(r.err.contains(path),
                     QByteArray(QByteArray(path) + " missing:\n" + show(r)).constData());
    }

    void dryRunShowsThePlanAndChangesNothing()
    {
        REQUIRE_HOST();
        addProfile(u"th"_s, u"ops"_s, u"sudo"_s);
        const QString repo = makeRepo(true);
        const QString answers = writeAnswers(
            u"recipe: generic-compose\nproject_dir: %1\ncompose_command: docker-compose\n"
            u"server_check:\n  project_source:\n    git: %2\n    branch: main\n"_s.arg(projectDir(), repo)
                .toUtf8());
        const Run r = cli({u"plan"_s, u"th"_s, u"server-check"_s, u"--answers"_s, answers, u"--dry-run"_s});
        QVERIFY2(r.exitCode == 0, show(r));
        QCOMPARE(statusLines(r.out),
                 (QStringList{u"[skipped] server-check.os"_s, u"[skipped] server-check.sudo"_s,
                              u"[skipped] server-check.docker"_s, u"[skipped] server-check.packages"_s,
                              u"[planned] server-check.project"_s}));
        QVERIFY2(r.out.contains("Plan preview:"), show(r));
        QVERIFY2(r.out.contains("git clone --branch \"$branch\""), show(r));
        QVERIFY2(r.out.contains(QString(u"' capataz "_s + projectDir() + u' ' + repo + u" main"_s).toUtf8()),
                 show(r));
        QVERIFY2(r.out.contains("sudo -n -- id -u"), show(r));
        QVERIFY2(!existsInside(projectDir()), "a dry run created the project directory");
    }

    // Without project_dir and recipe the plan starts where the wizard does: the profile's
    // project directory, and the recipe it suggests; stderr says so.
    void answersWithoutTargetStartFromTheProfile()
    {
        REQUIRE_HOST();
        addProfile(u"th"_s, u"ops"_s, u"sudo"_s, {}, {u"--project-dir"_s, projectDir()});
        const QString repo = makeRepo(true);
        const QString answers = writeAnswers(
            u"compose_command: docker-compose\nserver_check:\n  project_source:\n    git: %1\n"_s.arg(repo)
                .toUtf8());
        const Run r = cli({u"plan"_s, u"th"_s, u"server-check"_s, u"--answers"_s, answers, u"--dry-run"_s});
        QVERIFY2(r.exitCode == 0, show(r));
        QVERIFY2(r.err.contains(
                     QString(u"project_dir: "_s + projectDir() + u" (from the server profile)"_s).toUtf8()),
                 show(r));
        QVERIFY2(r.err.contains("recipe: generic-compose (from the server profile)"), show(r));
        QCOMPARE(statusLines(r.out).last(), u"[planned] server-check.project"_s);
        QVERIFY2(r.out.contains(QString(u"' capataz "_s + projectDir() + u' ' + repo).toUtf8()), show(r));
        QVERIFY2(!existsInside(projectDir()), "a dry run created the project directory");
    }

    // "all --dry-run" shows every plan even when an early one fails (a dry run changes nothing),
    // and ends with one line per step and one line that says how it ended.
    void allDryRunShowsEveryPlanAndASummary()
    {
        REQUIRE_HOST();
        addProfile(u"th"_s, u"plain"_s, u"none"_s); // no way to become root: server-check.sudo fails
        const QString answers =
            writeAnswers(u"recipe: generic-compose\nproject_dir: %1\n"
                         u"nginx:\n  domain: app.example.test\n  upstream_port: 18090\n"
                         u"tls:\n  email: admin@example.test\n"
                         u"verify:\n  endpoints: [{path: /health, port: 18090}]\n"_s.arg(projectDir())
                             .toUtf8());
        const Run r = cli({u"plan"_s, u"th"_s, u"all"_s, u"--answers"_s, answers, u"--dry-run"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("plan server-check failed at step server-check.sudo"), show(r));
        for (const char* header : {"== server-check (", "== firewall (", "== nginx (", "== verify ("})
            QVERIFY2(r.out.contains(header),
                     QByteArray(QByteArray(header) + " missing:\n" + show(r)).constData());
        const qsizetype summary = r.out.indexOf("\n== summary (dry run: nothing was changed)\n");
        QVERIFY2(summary > 0, show(r));
        const QByteArray tail = r.out.mid(summary);
        QVERIFY2(QRegularExpression(u"\n  server-check +server-check\\.sudo +failed\n"_s)
                     .match(QString::fromUtf8(tail))
                     .hasMatch(),
                 show(r));
        QVERIFY2(tail.contains("\n  verify "), show(r));
        QVERIFY2(QRegularExpression(u"\nresult: \\d+ of 7 plans failed \\(server-check[,)]"_s)
                     .match(QString::fromUtf8(tail))
                     .hasMatch(),
                 show(r));
        QVERIFY2(!existsInside(projectDir()), "a dry run created the project directory");
    }

    void applyServerCheckThenSecondRunSkipsEverything()
    {
        REQUIRE_HOST();
        // deploy: sudo WITH a password, given on stdin (never printed)
        addProfile(u"th"_s, u"deploy"_s, u"sudo-password"_s);
        const QByteArray sudoPw = th->value(u"TH_DEPLOY_PASSWORD"_s).toUtf8() + '\n';
        const QString repo = makeRepo(true);
        const QString answers =
            writeAnswers(u"recipe: generic-compose\nproject_dir: %1\n"
                         u"server_check:\n  project_source: {git: %2}\n"_s.arg(projectDir(), repo)
                             .toUtf8());
        const QStringList args{u"plan"_s,      u"th"_s, u"server-check"_s,
                               u"--answers"_s, answers, u"--sudo-password-stdin"_s};
        Run r = cli(args, sudoPw);
        QVERIFY2(r.exitCode == 0, show(r));
        QVERIFY2(statusLines(r.out).contains(u"[applied] server-check.project"_s), show(r));
        QVERIFY2(!r.out.contains(th->value(u"TH_DEPLOY_PASSWORD"_s).toUtf8()),
                 "the sudo password was printed");
        QCOMPARE(inside(u"cat %1/docker-compose.yml"_s.arg(projectDir())),
                 QByteArray("services:\n  web:\n    image: testbusybox:latest\n"));

        r = cli(args + QStringList{u"--json"_s}, sudoPw);
        QVERIFY2(r.exitCode == 0, show(r));
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc.value(u"ok"_s).toBool(), true);
        const QJsonArray steps = doc.value(u"steps"_s).toArray();
        QCOMPARE(steps.size(), 5);
        for (const auto& s : steps)
            QVERIFY2(s.toObject().value(u"status"_s).toString() == u"skipped"_s, r.out);

        // Both runs are in the audit log of the data directory, step by step, password-free.
        auto db = store::Database::open(m_dir->filePath(u"data"_s));
        QVERIFY2(db.has_value(), test::why(db).constData());
        store::AuditLog audit(*db);
        const auto rows = audit.list(u"th"_s, 1000);
        QVERIFY2(rows.has_value(), test::why(rows).constData());
        QStringList applied;
        for (const auto& e : *rows) {
            QVERIFY2(!e.detail.contains(th->value(u"TH_DEPLOY_PASSWORD"_s)),
                     "the sudo password reached the audit log");
            if (e.action == u"apply"_s)
                applied << e.step;
        }
        QVERIFY2(applied.contains(u"server-check.project"_s), qPrintable(applied.join(u", "_s)));
    }

    void withoutSudoTheSudoCheckFailsClearly()
    {
        REQUIRE_HOST();
        addProfile(u"th"_s, u"plain"_s, u"none"_s);
        const QString answers =
            writeAnswers(u"recipe: generic-compose\nproject_dir: %1\n"_s.arg(projectDir()).toUtf8());
        const Run r = cli({u"plan"_s, u"th"_s, u"server-check"_s, u"--answers"_s, answers});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(statusLines(r.out),
                 (QStringList{u"[skipped] server-check.os"_s, u"[failed] server-check.sudo"_s}));
        QVERIFY2(r.err.contains("plan server-check failed at step server-check.sudo"), show(r));
        QVERIFY2(r.out.contains("commands cannot run as root with this profile"), show(r));
    }

    void failedApplyIsRolledBack()
    {
        REQUIRE_HOST();
        addProfile(u"th"_s, u"ops"_s, u"sudo"_s);
        const QString repo = makeRepo(false); // clones, but holds no docker-compose.yml
        const QString answers =
            writeAnswers(u"recipe: generic-compose\nproject_dir: %1\n"
                         u"server_check:\n  project_source: {git: %2}\n"_s.arg(projectDir(), repo)
                             .toUtf8());
        const Run r = cli({u"plan"_s, u"th"_s, u"server-check"_s, u"--answers"_s, answers});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("plan server-check failed at step server-check.project"), show(r));
        QVERIFY2(r.err.contains("Rollback:\n  server-check.project: rolled-back"), show(r));
        QVERIFY2(!existsInside(projectDir()), "the clone was not removed by the rollback");

        // without a source: a clear message that says what to do, nothing changed
        const QString none =
            writeAnswers(u"recipe: generic-compose\nproject_dir: %1\n"_s.arg(projectDir()).toUtf8());
        const Run n = cli({u"plan"_s, u"th"_s, u"server-check"_s, u"--answers"_s, none});
        QCOMPARE(n.exitCode, 1);
        QVERIFY2(n.out.contains("server_check.project_source.git"), show(n));
        QVERIFY2(n.err.contains("Nothing had to be rolled back."), show(n));
    }

    void uploadProjectFromThisComputer()
    {
        REQUIRE_HOST();
        addProfile(u"th"_s, u"ops"_s, u"sudo"_s);
        const QString local = m_dir->filePath(u"project"_s);
        QVERIFY(QDir().mkpath(local + u"/config"_s));
        QFile compose(local + u"/docker-compose.yml"_s);
        QVERIFY(compose.open(QIODevice::WriteOnly));
        compose.write("services:\n  app:\n    image: testbusybox:latest\n");
        compose.close();
        QFile conf(local + u"/config/app.conf"_s);
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(QByteArray(3000, 'x'));
        conf.close();
        const QString answers =
            writeAnswers(u"recipe: generic-compose\nproject_dir: %1\n"
                         u"server_check:\n  project_source: {upload: %2}\n"_s.arg(projectDir(), local)
                             .toUtf8());
        const Run r = cli({u"plan"_s, u"th"_s, u"server-check"_s, u"--answers"_s, answers});
        QVERIFY2(r.exitCode == 0, show(r));
        QCOMPARE(inside(u"cat %1/docker-compose.yml"_s.arg(projectDir())),
                 QByteArray("services:\n  app:\n    image: testbusybox:latest\n"));
        QCOMPARE(inside(u"wc -c < %1/config/app.conf"_s.arg(projectDir())).trimmed(), QByteArray("3000"));
        const Run again = cli({u"plan"_s, u"th"_s, u"server-check"_s, u"--answers"_s, answers});
        QVERIFY2(again.exitCode == 0 && !again.out.contains("[applied]"), show(again));
    }

    void verifyHealthPublicAndPorts()
    {
        REQUIRE_HOST();
        addProfile(u"th"_s, u"ops"_s, u"sudo"_s);
        // A tiny JSON upstream on the test host's 127.0.0.1 and a TLS nginx in front of it on
        // 8443 (its own config: the system nginx is left alone), with a self-signed certificate.
        const QString vt = u"/tmp/cpz-vt-"_s + m_tag;
        const QString outside = th->value(u"TH_ROOTFS_TMP"_s) + u"/cpz-vt-"_s + m_tag;
        QVERIFY(QDir().mkpath(outside));
        QProcess openssl;
        openssl.start(u"openssl"_s,
                      {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                       outside + u"/key.pem"_s, u"-out"_s, outside + u"/cert.pem"_s, u"-days"_s, u"2"_s,
                       u"-subj"_s, u"/CN=app.example.test"_s, u"-addext"_s,
                       u"subjectAltName=DNS:app.example.test"_s});
        QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);
        QFile up(outside + u"/up.py"_s);
        QVERIFY(up.open(QIODevice::WriteOnly));
        up.write("import http.server, json, sys\n"
                 "class H(http.server.BaseHTTPRequestHandler):\n"
                 "    def do_GET(self):\n"
                 "        ok = self.path.startswith('/health')\n"
                 "        body = json.dumps({'status': 'ok' if ok else 'missing', 'checks': {'db': "
                 "'up'}}).encode()\n"
                 "        self.send_response(200 if ok else 404)\n"
                 "        self.send_header('Content-Type', 'application/json')\n"
                 "        self.send_header('Content-Length', str(len(body)))\n"
                 "        self.end_headers()\n"
                 "        self.wfile.write(body)\n"
                 "    def log_message(self, *a):\n"
                 "        pass\n"
                 "http.server.HTTPServer((sys.argv[1], int(sys.argv[2])), H).serve_forever()\n");
        up.close();
        QFile conf(outside + u"/nginx.conf"_s);
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(u"pid %1/nginx.pid;\nerror_log %1/error.log;\nevents {}\nhttp {\n  access_log off;\n"
                   u"  server {\n    listen 8443 ssl;\n    server_name app.example.test;\n"
                   u"    ssl_certificate %1/cert.pem;\n    ssl_certificate_key %1/key.pem;\n"
                   u"    location / { proxy_pass http://127.0.0.1:18481; }\n  }\n}\n"_s.arg(vt)
                       .toUtf8());
        conf.close();
        int rc = -1;
        inside(
            u"cd %1 && (python3 up.py 127.0.0.1 18481 >/dev/null 2>&1 & echo $! > up.pid) && nginx -c %1/nginx.conf"_s
                .arg(vt),
            &rc);
        QCOMPARE(rc, 0);
        auto stopAll = qScopeGuard([&] {
            inside(
                u"nginx -c %1/nginx.conf -s stop; kill $(cat %1/up.pid %1/open.pid 2>/dev/null) 2>/dev/null; true"_s
                    .arg(vt));
            inside(u"rm -rf %1"_s.arg(vt));
        });
        inside(u"for i in 1 2 3 4 5 6 7 8 9 10; do ss -ltn | grep -q ':18481 ' && break; sleep 0.3; done"_s);

        const QByteArray answers =
            u"recipe: generic-compose\nproject_dir: /opt/x\nverify:\n"
            u"  endpoints:\n    - {path: /health, port: 18481}\n    - {path: /health/ready, port: 18481}\n"
            u"  domain: app.example.test\n  public_port: 8443\n  public_address: %1\n"
            u"  ca_file: %2/cert.pem\n  expected_open: [%3, 8443]\n  timeout_seconds: 5\n"_s
                .arg(th->host(), outside)
                .arg(th->port())
                .toUtf8();
        const QStringList args{u"plan"_s, u"th"_s, u"verify"_s, u"--answers"_s, writeAnswers(answers)};
        Run r = cli(args);
        QVERIFY2(r.exitCode == 0, show(r));
        QCOMPARE(statusLines(r.out),
                 (QStringList{u"[skipped] verify.health-tunnel"_s, u"[skipped] verify.health-public"_s,
                              u"[skipped] verify.ports"_s, u"[skipped] verify.summary"_s}));
        for (const char* line :
             {"  [tunnel] http://127.0.0.1:18481/health -> HTTP 200\n      checks.db: up\n      status: ok\n",
              "  [tunnel] http://127.0.0.1:18481/health/ready -> HTTP 200\n",
              "  [public] https://app.example.test:8443/health -> HTTP 200\n      checks.db: up\n",
              "  8443/tcp open (should be open)\n", "  18481/tcp closed (should be closed)\n",
              "  5432/tcp closed (should be closed)\n",
              "Certificate: app.example.test (names: app.example.test), issued by app.example.test",
              "Result: OK, no problems found.\n"})
            QVERIFY2(r.out.contains(line),
                     QByteArray(QByteArray(line) + " missing:\n" + show(r)).constData());

        // A dry run performs the same checks (they change nothing).
        r = cli(args + QStringList{u"--dry-run"_s});
        QVERIFY2(r.exitCode == 0 && r.out.contains("Result: OK"), show(r));

        // Without the extra CA the certificate is refused; an app port open to the world is a problem.
        inside(
            u"cd %1 && (python3 up.py 0.0.0.0 8080 >/dev/null 2>&1 & echo $! > open.pid) ; "
            u"for i in 1 2 3 4 5 6 7 8 9 10; do ss -ltn | grep -q ':8080 ' && break; sleep 0.3; done"_s.arg(
                vt));
        const QByteArray caLine = QByteArray("  ca_file: " + outside.toUtf8() + "/cert.pem\n");
        const QByteArray noCa = QByteArray(answers).replace(caLine, QByteArray());
        QVERIFY(noCa.size() < answers.size());
        r = cli({u"plan"_s, u"th"_s, u"verify"_s, u"--answers"_s, writeAnswers(noCa)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("  [public] https://app.example.test:8443/health -> FAILED: "), show(r));
        QVERIFY2(r.out.contains("8080/tcp open (should be closed) <- PROBLEM"), show(r));
        QVERIFY2(r.err.contains("plan verify failed at step verify.summary"), show(r));
        QVERIFY2(r.err.contains("port 8080 is open from outside"), show(r));
        // a finding, not a failed command: the sentence says so
        QVERIFY2(r.err.contains("A check found a problem on the server. No command failed"), show(r));
        QVERIFY2(!r.err.contains("The command failed on the server"), show(r));
    }
};

QTEST_GUILESS_MAIN(TestCliPlan)
#include "tst_cli_plan.moc"
