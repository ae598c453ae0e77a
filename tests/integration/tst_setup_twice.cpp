// The whole setup wizard, non-interactively: every plan built by setup::buildSetupPlan from one
// answers file (server-check, firewall, nginx, tls, env, compose, verify) runs against the test
// host, then the same answers run again and every single step must report Skipped: setting a
// server up twice changes nothing the second time.
#include "TestHost.h"
#include "plan/PlanRunner.h"
#include "setup/SetupPlans.h"
#include "setup/SetupTarget.h"
#include "stack/RecipeLoader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace capataz;
using namespace capataz::plan;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kDir = u"/opt/capataz-setup-twice"_s;
const QString kDomain = u"twice.example.test"_s;
const QString kSite = u"setup-twice"_s;

const QByteArray kRecipe = R"(schema: 1
id: setup-twice
name: {en: Setup twice, es: Instalar dos veces}
project_dir: /opt/capataz-setup-twice
compose:
  files: [docker-compose.yml]
env:
  variables:
    - name: APP_SECRET
      required: true
      secret: true
      generate: hex32
      description: {en: App secret, es: Secreto}
)";

const QByteArray kCompose = R"(services:
  web:
    image: testbusybox:latest
    command: ["httpd", "-f", "-p", "8080", "-h", "/www"]
    ports: ["127.0.0.1:18090:8080"]
    volumes: ["./www:/www:ro"]
    environment:
      APP_SECRET: ${APP_SECRET}
    stop_grace_period: 1s
)";

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

} // namespace

class TestSetupTwice : public QObject {
    Q_OBJECT
    const test::TestHost* th = nullptr;
    std::unique_ptr<ssh::Connection> ops;
    QTemporaryDir m_dir;
    QString m_output;

    PlanReport run(Plan plan)
    {
        PlanRunner::Options o;
        o.server = u"testhost"_s;
        o.sudo = remote::SudoMode::NoPassword;
        test::PlanRun r = test::runPlan(std::move(plan), ops.get(), nullptr, o, 300000);
        m_output += r.output;
        return r.report;
    }

    QByteArray answers() const
    {
        return u"recipe: %1\n"
               u"project_dir: %2\n"
               u"compose_command: docker compose\n"
               u"server_check:\n  project_source: {upload: %3}\n"
               u"firewall:\n  deadman_seconds: 60\n"
               u"nginx:\n  domain: %4\n  upstream_port: 18090\n  health_location: /health\n"
               u"tls:\n  email: admin@example.test\n"
               u"env:\n  set: {APP_MODE: production}\n"
               u"compose:\n  pull: false\n  wait_seconds: 60\n"
               u"verify:\n  endpoints: [{path: /health, port: 18090}]\n  public_address: %5\n"
               u"  ca_file: %6\n  timeout_seconds: 3\n"_s
                   .arg(m_dir.filePath(u"recipe.yaml"_s), kDir, m_dir.filePath(u"project"_s), kDomain,
                        th->host(), th->value(u"TH_ACME_ROOT_PEM"_s))
                   .toUtf8();
    }

    // Every plan in wizard order; the statuses of all their steps.
    QStringList runAll()
    {
        auto root = setup::parseAnswers(answers());
        if (!root)
            return {u"answers: "_s + root.error().toString()};
        QStringList statuses;
        for (const QString& name : setup::setupStepNames()) {
            auto plan =
                setup::buildSetupPlan(name, *root, stack::builtinRecipes(), remote::SudoMode::NoPassword);
            if (!plan)
                return statuses << name + u": "_s + plan.error().toString();
            const PlanReport r = run(std::move(*plan));
            for (const auto& o : r.steps)
                statuses << o.stepId + u' ' + stepStatusName(o.status);
            if (!r.ok())
                return statuses << name + u" failed: "_s + r.error.toString();
        }
        return statuses;
    }

    void cleanHost()
    {
        th->inside(u"cd "_s + kDir + u" 2>/dev/null && docker compose down -v >/dev/null 2>&1; rm -rf "_s +
                   kDir + u"; certbot delete --non-interactive --cert-name "_s + kDomain +
                   u" >/dev/null 2>&1; rm -f /etc/nginx/sites-enabled/"_s + kSite +
                   u" /etc/nginx/sites-available/"_s + kSite +
                   u"*; if [ -s /run/nginx.pid ]; then nginx -s reload; fi; "
                   u"ufw --force disable >/dev/null 2>&1; ufw --force reset >/dev/null 2>&1; true"_s);
    }

private slots:
    void initTestCase()
    {
        QString why;
        th = test::TestHost::instance(&why);
        if (!th)
            QSKIP(qPrintable(why));
        th->repairNginx();
        if (th->value(u"TH_ACME"_s) != u"1"_s || th->value(u"TH_DOCKER"_s) != u"1"_s)
            QSKIP("the test host runs without pebble or docker");
        QVERIFY(m_dir.isValid());
        QVERIFY(writeFile(m_dir.filePath(u"recipe.yaml"_s), kRecipe));
        QVERIFY(QDir().mkpath(m_dir.filePath(u"project/www"_s)));
        QVERIFY(writeFile(m_dir.filePath(u"project/docker-compose.yml"_s), kCompose));
        QVERIFY(
            writeFile(m_dir.filePath(u"project/www/health"_s), R"({"status":"ok","checks":{"db":"up"}})"));
        cleanHost();
        ops = std::make_unique<ssh::Connection>(th->keySettings(u"ops"_s));
        QVERIFY2(test::connectAndWait(*ops), qPrintable(ops->lastError().toString()));
    }

    void cleanupTestCase()
    {
        ops.reset();
        if (th)
            cleanHost();
    }

    void wholeWizardTwiceSecondRunChangesNothing()
    {
        const QStringList first = runAll();
        const QString firstText = first.join(u'\n');
        QVERIFY2(!firstText.contains(u"failed"_s) && !firstText.contains(u": "_s),
                 qPrintable(firstText + u"\n--- output:\n"_s + m_output.right(6000)));
        QVERIFY2(first.contains(u"server-check.project applied"_s), qPrintable(firstText));
        QVERIFY2(m_output.contains(u"Result: OK, no problems found."_s), qPrintable(m_output.right(4000)));
        QVERIFY2(m_output.contains(u"[public] https://twice.example.test/health -> HTTP 200"_s),
                 qPrintable(m_output.right(4000)));

        m_output.clear();
        const QStringList second = runAll();
        QVERIFY2(!second.isEmpty(), "the second run ran nothing");
        QStringList notSkipped;
        for (const QString& s : second)
            if (!s.endsWith(u" skipped"_s))
                notSkipped << s;
        QVERIFY2(notSkipped.isEmpty(),
                 qPrintable(u"not skipped on the second run:\n"_s + notSkipped.join(u'\n') +
                            u"\n--- output:\n"_s + m_output.right(6000)));
        QCOMPARE(second.size(), first.size());
    }
};

QTEST_GUILESS_MAIN(TestSetupTwice)
#include "tst_setup_twice.moc"
