// The compose plan against the real test host's dockerd (docker-compose 1.29 behind the
// `docker compose` shim; images made with `docker import`, no registry: pull off), as
// `deploy` (sudo with a password): the .env comes from the env plan, the stack comes up with
// the `extra` profile and reports healthy, a second run skips everything, a service whose
// healthcheck fails stops the plan with its last log lines (secrets masked), and a failed
// first start is taken down again without touching volumes.
#include "TestHost.h"
#include "plan/PlanRunner.h"
#include "setup/ComposeConfigStep.h"
#include "setup/ComposePlan.h"
#include "setup/EnvPlan.h"
#include "stack/DotenvParser.h"
#include "stack/RecipeLoader.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace capataz;
using namespace capataz::plan;
using namespace capataz::setup;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kDir = u"/opt/capataz-compose-test"_s;
const QString kProject = u"capataz-compose-test"_s;

const QByteArray kRecipe = R"(schema: 1
id: compose-int
name: {en: Compose integration, es: Integración compose}
project_dir: /opt/capataz-compose-test
compose:
  files: [docker-compose.yml]
  profile_sets:
    - id: full
      name: {en: Everything, es: Todo}
      profiles: [extra]
env:
  variables:
    - name: DB_PASSWORD
      required: true
      secret: true
      generate: password:24
      description: {en: Database password, es: Contraseña}
    - name: SECRET_KEY
      required: true
      secret: true
      generate: hex32
      description: {en: App secret, es: Secreto}
)";

QString compose(const QString& image, bool broken)
{
    QString c = QString::fromLatin1(
        "services:\n"
        "  web:\n"
        "    image: IMAGE\n"
        "    command: [\"httpd\", \"-f\", \"-p\", \"8080\", \"-h\", \"/etc\"]\n"
        "    environment:\n"
        "      DB_PASSWORD: ${DB_PASSWORD}\n"
        "    volumes:\n"
        "      - data:/data\n"
        "    stop_grace_period: 1s\n"
        "    healthcheck:\n"
        "      test: [\"CMD\", \"wget\", \"-q\", \"-O\", \"/dev/null\", \"http://127.0.0.1:8080/hostname\"]\n"
        "      interval: 1s\n"
        "      timeout: 2s\n"
        "      retries: 3\n"
        "  worker:\n"
        "    image: IMAGE\n"
        "    command: [\"sh\", \"-c\", \"echo worker up; exec sleep 3600\"]\n"
        "    environment:\n"
        "      SECRET_KEY: ${SECRET_KEY}\n"
        "    stop_grace_period: 1s\n"
        "  extra:\n"
        "    image: IMAGE\n"
        "    command: [\"sleep\", \"3600\"]\n"
        "    profiles: [extra]\n"
        "    stop_grace_period: 1s\n"
        "    healthcheck:\n"
        "      test: [\"CMD-SHELL\", \"test -d /proc/1\"]\n"
        "      interval: 1s\n"
        "      retries: 3\n");
    if (broken)
        c += QString::fromLatin1(
            "  broken:\n"
            "    image: IMAGE\n"
            "    command: [\"sh\", \"-c\", \"echo broken-log-marker key=$$SECRET_KEY; exec sleep 3600\"]\n"
            "    environment:\n"
            "      SECRET_KEY: ${SECRET_KEY}\n"
            "    stop_grace_period: 1s\n"
            "    healthcheck:\n"
            "      test: [\"CMD\", \"false\"]\n"
            "      interval: 1s\n"
            "      retries: 2\n");
    c += u"volumes:\n  data: {}\n"_s;
    return c.replace(u"IMAGE"_s, image);
}
} // namespace

class TestComposeIntegration : public QObject {
    Q_OBJECT
    const test::TestHost* th = nullptr;
    std::unique_ptr<ssh::Connection> deploy;
    QTemporaryDir m_dir;
    std::optional<store::Database> m_db;
    std::optional<store::AuditLog> m_audit;
    SetupTarget m_target;
    QString m_output; // every stepOutput of the last run

    PlanReport run(Plan plan)
    {
        PlanRunner::Options o;
        o.server = u"testhost"_s;
        o.sudo = remote::SudoMode::Password;
        test::PlanRun r = test::runPlan(std::move(plan), deploy.get(), &*m_audit, o, 240000);
        m_output = r.output;
        return r.report;
    }

    ComposeAnswers answers() const
    {
        ComposeAnswers a;
        a.pull = false; // no registry reachable from the test host
        a.waitSeconds = 60;
        return a;
    }

    void writeCompose(bool broken)
    {
        int rc = -1;
        th->inside(u"cat > "_s + kDir + u"/docker-compose.yml <<'EOF'\n"_s +
                       compose(th->value(u"TH_IMAGE"_s), broken) + u"EOF\n"_s,
                   &rc);
        QCOMPARE(rc, 0);
    }

    QStringList secrets() const
    {
        auto env = stack::parseDotenv(th->inside(u"cat "_s + kDir + u"/.env"_s));
        if (!env)
            return {};
        return {env->value(u"DB_PASSWORD"_s).value_or(QString()),
                env->value(u"SECRET_KEY"_s).value_or(QString())};
    }

    void checkNoLeak(const PlanReport& r)
    {
        auto rows = m_audit->list(u"testhost"_s, 100000);
        QVERIFY(rows.has_value());
        for (const QString& s : secrets()) {
            QVERIFY(s.size() >= 24);
            QVERIFY(!m_output.contains(s));
            QVERIFY(!r.error.detail.contains(s));
            for (const auto& o : r.steps)
                QVERIFY(!o.error.detail.contains(s));
            for (const store::AuditEntry& e : *rows)
                QVERIFY2(!e.detail.contains(s), qPrintable(e.step));
        }
    }

    QByteArray docker(const QString& cmd) const
    {
        return th->inside(u"cd "_s + kDir + u" && "_s + cmd + u" 2>&1"_s);
    }

private slots:
    void initTestCase()
    {
        QString why;
        th = test::TestHost::instance(&why);
        if (!th)
            QSKIP(qPrintable(why));
        if (th->value(u"TH_IMAGE"_s).isEmpty())
            QSKIP("the test host has no docker image (TH_IMAGE is empty)");
        deploy = std::make_unique<ssh::Connection>(th->keySettings(u"deploy"_s));
        QVERIFY2(test::connectAndWait(*deploy), qPrintable(deploy->lastError().toString()));
        auto db = store::Database::open(m_dir.path());
        QVERIFY2(db.has_value(), test::why(db).constData());
        m_db.emplace(std::move(*db));
        m_audit.emplace(*m_db);
        auto recipe = stack::loadRecipe(kRecipe);
        QVERIFY2(recipe, test::why(recipe).constData());
        auto answers = parseAnswers("recipe: compose-int\nprofile_set: full\n");
        QVERIFY(answers);
        m_target = targetFromAnswers(*answers, {*recipe});
        QVERIFY2(answers->problems().isEmpty(), qPrintable(answers->problems().join(u'\n')));
        m_target.sudo = remote::SudoMode::Password;
        QCOMPARE(m_target.profiles, QStringList{u"extra"_s});
        QCOMPARE(m_target.projectDir, kDir);
        th->inside(u"cd "_s + kDir +
                   u" 2>/dev/null && docker compose --profile extra down -v >/dev/null 2>&1; rm -rf "_s +
                   kDir + u"; mkdir -p "_s + kDir +
                   u" && printf 'DB_PASSWORD=changeme\\nSECRET_KEY=\\n' > "_s + kDir + u"/.env.example"_s);
        writeCompose(false);
        auto env = buildEnvPlan(EnvAnswers::fromAnswers(AnswerMap(), m_target), m_target);
        QVERIFY(env);
        const PlanReport r = run(*env);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(secrets().size(), 2);
    }
    void cleanupTestCase()
    {
        deploy.reset();
        if (th && !th->value(u"TH_IMAGE"_s).isEmpty()) {
            writeCompose(true);
            docker(u"docker compose --profile extra down -v --remove-orphans"_s);
            th->inside(u"rm -rf "_s + kDir);
        }
    }

    void upWithProfileReportsHealthy()
    {
        auto plan = buildComposePlan(answers(), m_target);
        QVERIFY2(plan, test::why(plan).constData());
        QStringList ids;
        for (const auto& s : plan->steps())
            ids << s->id();
        QCOMPARE(ids, (QStringList{u"compose.config"_s, u"compose.ports"_s, u"compose.build"_s,
                                   u"compose.up"_s, u"compose.wait"_s}));
        const PlanReport r = run(*plan);
        QVERIFY2(r.ok(), qPrintable(r.error.toString() + u"\n"_s + m_output));
        QCOMPARE(r.outcome(u"compose.config"_s)->status, StepStatus::Skipped); // read-only
        QCOMPARE(r.outcome(u"compose.ports"_s)->status, StepStatus::Skipped);  // publishes no port
        QVERIFY2(m_output.contains(u"<compose.ports> [check] no port is published beyond 127.0.0.1"_s),
                 qPrintable(m_output));
        QCOMPARE(r.outcome(u"compose.up"_s)->status, StepStatus::Applied);
        // Skipped when the healthchecks had already passed by the time it looked.
        QVERIFY(r.outcome(u"compose.wait"_s)->status == StepStatus::Applied ||
                r.outcome(u"compose.wait"_s)->status == StepStatus::Skipped);
        // What a user checks: every service running, the profile's too, healthchecks healthy.
        const QByteArray states = docker(
            u"for s in web worker extra; do printf '%s ' $s; docker inspect -f '{{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{end}}' $(docker compose --profile extra ps -q $s); done"_s);
        QCOMPARE(states, "web running healthy\nworker running \nextra running healthy\n"_ba);
        // The live output showed the states as they changed, and the effective configuration masked.
        QVERIFY2(m_output.contains(u"web: running, healthy"_s), qPrintable(m_output));
        QVERIFY(m_output.contains(u"extra: running, healthy"_s));
        QVERIFY(m_output.contains(u"<compose.config> [check] effective configuration:"_s));
        QVERIFY(m_output.contains(u"DB_PASSWORD: "_s + SecretMask::mask()));
        checkNoLeak(r);
    }

    void secondRunSkipsEverything()
    {
        const QByteArray before = docker(u"docker compose --profile extra ps -q | sort"_s);
        auto plan = buildComposePlan(answers(), m_target);
        QVERIFY(plan);
        const PlanReport r = run(*plan);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.steps.size(), 5);
        for (const auto& o : r.steps)
            QVERIFY2(o.status == StepStatus::Skipped, qPrintable(o.stepId));
        QCOMPARE(docker(u"docker compose --profile extra ps -q | sort"_s), before); // nothing recreated
    }

    void changedEnvRecreatesWhatUsesIt()
    {
        const QByteArray webBefore = docker(u"docker compose ps -q web"_s);
        const QByteArray workerBefore = docker(u"docker compose ps -q worker"_s);
        EnvAnswers ea = EnvAnswers::fromAnswers(AnswerMap(), m_target);
        ea.set.insert(u"DB_PASSWORD"_s, u"Rotated-DbPassw0rd-For-The-Test"_s);
        auto env = buildEnvPlan(ea, m_target);
        QVERIFY(env);
        const PlanReport e = run(*env);
        QVERIFY2(e.ok(), qPrintable(e.error.toString()));
        auto plan = buildComposePlan(answers(), m_target);
        QVERIFY(plan);
        const PlanReport r = run(*plan);
        QVERIFY2(r.ok(), qPrintable(r.error.toString() + u"\n"_s + m_output));
        QCOMPARE(r.outcome(u"compose.up"_s)->status, StepStatus::Applied);
        QVERIFY(docker(u"docker compose ps -q web"_s) != webBefore); // its interpolated config changed
        QCOMPARE(docker(u"docker compose ps -q worker"_s), workerBefore);
        QVERIFY(!m_output.contains(u"Rotated-DbPassw0rd-For-The-Test"_s));
        checkNoLeak(r);
    }

    void effectiveConfigForTheGuiIsMasked()
    {
        std::optional<Result<QString>> got;
        QObject owner;
        fetchEffectiveConfig(StepContext{deploy.get(), &owner, {}}, m_target,
                             [&](Result<QString> r) { got = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 30000);
        QVERIFY2(*got, test::why(*got).constData());
        const QString config = **got;
        QVERIFY2(config.contains(u"SECRET_KEY: "_s + SecretMask::mask()), qPrintable(config));
        for (const QString& s : secrets())
            QVERIFY(!config.contains(s));
    }

    void unhealthyServiceFailsWithItsLogs()
    {
        writeCompose(true);
        const QByteArray webBefore = docker(u"docker compose ps -q web"_s);
        auto plan = buildComposePlan(answers(), m_target);
        QVERIFY(plan);
        const PlanReport r = run(*plan);
        QVERIFY(!r.ok());
        QCOMPARE(r.failedStepId, u"compose.wait"_s);
        const QString detail = r.error.detail;
        QVERIFY2(detail.contains(u"broken failed"_s), qPrintable(detail));
        QVERIFY2(detail.contains(u"broken: running, unhealthy"_s), qPrintable(detail));
        QVERIFY2(detail.contains(u"broken-log-marker key="_s + SecretMask::mask()), qPrintable(detail));
        checkNoLeak(r);
        // Something ran before this run: rollback leaves the stack alone.
        QCOMPARE(r.outcome(u"compose.up"_s)->status, StepStatus::RolledBack);
        QCOMPARE(docker(u"docker compose ps -q web"_s), webBefore);
        QCOMPARE(docker(u"docker inspect -f '{{.State.Running}}' $(docker compose ps -q web)"_s),
                 "true\n"_ba);
    }

    void failedFirstStartIsTakenDownVolumesKept()
    {
        docker(u"docker compose --profile extra down"_s);
        QCOMPARE(docker(u"docker ps -q --filter label=com.docker.compose.project="_s + kProject),
                 QByteArray());
        auto plan = buildComposePlan(answers(), m_target);
        QVERIFY(plan);
        const PlanReport r = run(*plan);
        QVERIFY(!r.ok());
        QCOMPARE(r.failedStepId, u"compose.wait"_s);
        QCOMPARE(r.outcome(u"compose.up"_s)->status, StepStatus::RolledBack);
        QVERIFY2(m_output.contains(u"<compose.up> [rollback]"_s), qPrintable(m_output));
        QCOMPARE(docker(u"docker ps -aq --filter label=com.docker.compose.project="_s + kProject),
                 QByteArray());
        QVERIFY(docker(u"docker volume ls -q"_s).contains((kProject + u"_data"_s).toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestComposeIntegration)
#include "tst_compose.moc"
