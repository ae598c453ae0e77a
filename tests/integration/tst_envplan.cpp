// The env plan against the real test host, as `deploy` (sudo with a password): the .env is
// made from its example with generated secrets, mode 0600 and the project directory's owner;
// nothing leaks a secret; a second run skips; a hand-edited 0644 file is tightened and keeps
// its lines; a failure later in the plan restores the previous file and mode. The audit log's
// filtered query and CSV export (what the audit view and `capataz-cli audit` show) hold none of
// the generated secrets.
#include "TestHost.h"
#include "plan/CommandStep.h"
#include "plan/PlanRunner.h"
#include "setup/EnvPlan.h"
#include "stack/DotenvParser.h"
#include "stack/RecipeLoader.h"
#include "store/AuditCsv.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace capataz;
using namespace capataz::plan;
using namespace capataz::setup;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kDir = u"/opt/capataz-env-test"_s;
const QString kEnv = u"/opt/capataz-env-test/.env"_s;
const QString kMailKey = u"mk-Int3gr4tion-Key-0123456789"_s;

const QByteArray kRecipe = R"(schema: 1
id: env-int
name: {en: Env integration, es: Integración env}
project_dir: /opt/capataz-env-test
compose:
  files: [docker-compose.yml]
env:
  variables:
    - name: DB_PASSWORD
      required: true
      secret: true
      generate: base64-24
      min_length: 16
      description: {en: Database password, es: Contraseña}
    - name: SECRET_KEY
      required: true
      secret: true
      generate: urlsafe32
      min_length: 32
      description: {en: App secret, es: Secreto}
    - name: MAIL_API_KEY
      required: true
      secret: true
      description: {en: Mail provider key, es: Clave del correo}
    - name: LOG_LEVEL
      default: INFO
      description: {en: Log level, es: Nivel}
)";

const QByteArray kCompose = "services:\n"
                            "  app:\n"
                            "    image: testbusybox:latest\n"
                            "    environment:\n"
                            "      DB_PASSWORD: ${DB_PASSWORD}\n"
                            "      SECRET_KEY: ${SECRET_KEY:?set SECRET_KEY}\n"
                            "      MODE: ${APP_MODE:-production}\n";

const QByteArray kExample = "# Capataz env test\n"
                            "DB_PASSWORD=changeme\n"
                            "\n"
                            "# generate with secrets.token_urlsafe(32)\n"
                            "export SECRET_KEY=\"your_secret_key_here\"\n"
                            "MAIL_API_KEY=your_mail_api_key_here  # from the provider\n";
} // namespace

class TestEnvPlanIntegration : public QObject {
    Q_OBJECT
    const test::TestHost* th = nullptr;
    std::unique_ptr<ssh::Connection> deploy;
    QTemporaryDir m_dir;
    std::optional<store::Database> m_db;
    std::optional<store::AuditLog> m_audit;
    SetupTarget m_target;

    PlanReport run(Plan plan)
    {
        PlanRunner::Options o;
        o.server = u"testhost"_s;
        o.sudo = remote::SudoMode::Password;
        return test::runPlan(std::move(plan), deploy.get(), &*m_audit, o, 60000).report;
    }

    EnvAnswers answers() const
    {
        EnvAnswers a;
        a.file = u".env"_s;
        a.set.insert(u"MAIL_API_KEY"_s, kMailKey);
        return a;
    }

    stack::DotenvDocument remoteEnv() const
    {
        auto d = stack::parseDotenv(th->inside(u"cat "_s + kEnv));
        return d ? *d : stack::DotenvDocument();
    }

    // Nothing the plan reported, recorded or showed holds one of these.
    void checkNoLeak(const PlanReport& r, const Plan& plan, const QStringList& secrets)
    {
        const QString preview = plan.previewText(remote::SudoMode::Password);
        auto rows = m_audit->list(u"testhost"_s, 100000);
        QVERIFY(rows.has_value());
        QVERIFY(!rows->isEmpty());
        for (const QString& s : secrets) {
            QVERIFY(s.size() >= 16);
            QVERIFY2(!preview.contains(s), qPrintable(preview));
            QVERIFY(!r.error.detail.contains(s));
            for (const auto& o : r.steps)
                QVERIFY(!o.error.detail.contains(s));
            for (const store::AuditEntry& e : *rows)
                QVERIFY2(!e.detail.contains(s) && !e.step.contains(s), qPrintable(e.detail));
        }
        // What the audit view and `capataz-cli audit --csv` read: the filtered query and the CSV.
        store::AuditFilter filter;
        filter.server = u"testhost"_s;
        filter.plan = plan.title().untranslated();
        auto shown = m_audit->query(filter, 0, 100000);
        QVERIFY(shown.has_value());
        QVERIFY(!shown->isEmpty());
        QCOMPARE(shown->front().user, store::AuditLog::localUser()); // who ran it
        QVERIFY(shown->front().durationMs >= 0);                     // the run's end, with its duration
        QBuffer csv;
        QVERIFY(csv.open(QIODevice::WriteOnly));
        auto written = store::auditcsv::write(*m_audit, {}, csv);
        QVERIFY(written.has_value());
        QCOMPARE(*written, qint64(rows->size()));
        const QString csvText = QString::fromUtf8(csv.data());
        QVERIFY(csvText.contains(u"env.file"_s)); // the plan's step is there...
        for (const QString& s : secrets) {
            QVERIFY(!csvText.contains(s)); // ...and none of its secrets
            for (const store::AuditEntry& e : *shown)
                QVERIFY2(!e.detail.contains(s) && !e.user.contains(s), qPrintable(e.detail));
            store::AuditFilter bySecret;
            bySecret.text = s; // a search for the value finds nothing
            QCOMPARE(m_audit->count(bySecret).value_or(-1), 0);
        }
        QVERIFY(!th->inside(u"cat /var/log/sshd.log /var/log/auth.log 2>/dev/null || true"_s)
                     .contains(secrets.first().toUtf8()));
    }

private slots:
    void initTestCase()
    {
        QString why;
        th = test::TestHost::instance(&why);
        if (!th)
            QSKIP(qPrintable(why));
        deploy = std::make_unique<ssh::Connection>(th->keySettings(u"deploy"_s));
        QVERIFY2(test::connectAndWait(*deploy), qPrintable(deploy->lastError().toString()));
        auto db = store::Database::open(m_dir.path());
        QVERIFY2(db.has_value(), test::why(db).constData());
        m_db.emplace(std::move(*db));
        m_audit.emplace(*m_db);
        auto recipe = stack::loadRecipe(kRecipe);
        QVERIFY2(recipe, test::why(recipe).constData());
        m_target.recipe = *recipe;
        m_target.projectDir = kDir;
        m_target.composeFiles = {u"docker-compose.yml"_s};
        m_target.envFile = u".env"_s;
        m_target.sudo = remote::SudoMode::Password;
        int rc = -1;
        th->inside(u"rm -rf "_s + kDir + u" && mkdir -p "_s + kDir + u" && chown deploy:deploy "_s + kDir +
                       u" && chmod 0755 "_s + kDir + u" && cd "_s + kDir + u" && printf '%s' '"_s +
                       QString::fromUtf8(kCompose) + u"' > docker-compose.yml && printf '%s' '"_s +
                       QString::fromUtf8(kExample) + u"' > .env.example"_s,
                   &rc);
        QCOMPARE(rc, 0);
        QCOMPARE(th->inside(u"cat "_s + kDir + u"/.env.example"_s), kExample);
    }
    void cleanupTestCase()
    {
        deploy.reset();
        if (th)
            th->inside(u"rm -rf "_s + kDir);
    }

    void userSuppliedSecretMissingStopsThePlan()
    {
        EnvAnswers a = answers();
        a.set.clear();
        auto plan = buildEnvPlan(a, m_target);
        QVERIFY(plan);
        const PlanReport r = run(*plan);
        QVERIFY(!r.ok());
        QCOMPARE(r.failedStepId, u"env.file"_s);
        QVERIFY2(r.error.detail.contains(u"MAIL_API_KEY"_s) && r.error.detail.contains(u"env.set"_s),
                 qPrintable(r.error.detail));
        QVERIFY(!r.error.detail.contains(u"DB_PASSWORD"_s)); // generated: not the user's business
        QCOMPARE(th->inside(u"test -e "_s + kEnv + u" && echo yes || echo no"_s), "no\n"_ba);
    }

    void guiLoadsTheExample()
    {
        std::optional<Result<EnvState>> got;
        QObject owner;
        loadEnvState(StepContext{deploy.get(), &owner, {}}, answers(), m_target,
                     [&](Result<EnvState> r) { got = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
        QVERIFY2(*got, test::why(*got).constData());
        const EnvState& s = **got;
        QVERIFY(!s.current.exists());
        QVERIFY(s.fromExample);
        QCOMPARE(s.document.serialize(), kExample);
        QVERIFY(s.composeText.has_value() && s.composeText->contains("APP_MODE"));
        QStringList codes;
        for (const auto& f : s.findings)
            codes << f.key + u':' + f.code;
        QVERIFY2(codes.contains(u"DB_PASSWORD:placeholder"_s), qPrintable(codes.join(u' ')));
    }

    void createsTheFileFromTheExample()
    {
        auto plan = buildEnvPlan(answers(), m_target);
        QVERIFY(plan);
        const PlanReport r = run(*plan);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.steps.size(), 1);
        QCOMPARE(r.steps[0].status, StepStatus::Applied);
        QCOMPARE(th->inside(u"stat -c '%a %U:%G' "_s + kEnv), "600 deploy:deploy\n"_ba);
        const stack::DotenvDocument env = remoteEnv();
        const QString db = env.value(u"DB_PASSWORD"_s).value_or(QString());
        const QString key = env.value(u"SECRET_KEY"_s).value_or(QString());
        QCOMPARE(db.size(), 32);
        QCOMPARE(key.size(), 43);
        QCOMPARE(env.value(u"MAIL_API_KEY"_s), std::optional<QString>(kMailKey));
        QCOMPARE(env.value(u"LOG_LEVEL"_s), std::optional<QString>(u"INFO"_s));
        // The example's comments, blank line, export and inline comment are kept.
        const QByteArray bytes = env.serialize();
        QVERIFY(bytes.startsWith("# Capataz env test\nDB_PASSWORD="));
        QVERIFY(bytes.contains("\n\n# generate with secrets.token_urlsafe(32)\nexport SECRET_KEY=\""));
        QVERIFY(bytes.contains(QByteArray("MAIL_API_KEY=" + kMailKey.toUtf8() + "  # from the provider\n")));
        // The checks are clean now.
        std::optional<Result<EnvState>> got;
        QObject owner;
        loadEnvState(StepContext{deploy.get(), &owner, {}}, answers(), m_target,
                     [&](Result<EnvState> s) { got = std::move(s); });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
        QVERIFY(*got);
        QVERIFY(!(*got)->fromExample);
        QVERIFY(!stack::EnvCheck::hasError((*got)->findings));
        QVERIFY((*got)->secrets.secrets().contains(db));
        checkNoLeak(r, *plan, {db, key, kMailKey});
    }

    void secondRunSkipsAndChangesNothing()
    {
        const QByteArray before = th->inside(u"stat -c '%i %Y' "_s + kEnv + u" && sha256sum "_s + kEnv);
        auto plan = buildEnvPlan(answers(), m_target);
        QVERIFY(plan);
        const PlanReport r = run(*plan);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.steps[0].status, StepStatus::Skipped);
        QCOMPARE(th->inside(u"stat -c '%i %Y' "_s + kEnv + u" && sha256sum "_s + kEnv), before);
        // Its preview (after the check) shows no change and no secret.
        const Preview p = plan->steps()[0]->preview(remote::SudoMode::Password);
        QCOMPARE(p.files.size(), 1);
        QCOMPARE(p.files[0].diff, QString());
    }

    void tightensAHandEditedFileAndKeepsItsLines()
    {
        const stack::DotenvDocument old = remoteEnv();
        int rc = -1;
        th->inside(u"chmod 0644 "_s + kEnv + u" && printf '# added by hand\\nAPP_MODE=staging\\n' >> "_s +
                       kEnv,
                   &rc);
        QCOMPARE(rc, 0);
        const QByteArray edited = th->inside(u"cat "_s + kEnv);
        EnvAnswers a = answers();
        a.set.insert(u"LOG_LEVEL"_s, u"DEBUG"_s);
        auto plan = buildEnvPlan(a, m_target);
        QVERIFY(plan);
        const PlanReport r = run(*plan);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.steps[0].status, StepStatus::Applied);
        QCOMPARE(th->inside(u"stat -c '%a %U' "_s + kEnv), "600 deploy\n"_ba);
        const QByteArray now = th->inside(u"cat "_s + kEnv);
        QByteArray expected = edited;
        expected.replace("LOG_LEVEL=INFO", "LOG_LEVEL=DEBUG");
        QCOMPARE(now, expected); // only that value changed; secrets kept
        QCOMPARE(remoteEnv().value(u"DB_PASSWORD"_s), old.value(u"DB_PASSWORD"_s));
        // The previous version is kept next to it.
        const QByteArray baks =
            th->inside(u"ls -A "_s + kDir + u" | grep -c '^\\.env\\.capataz-.*\\.bak$'"_s);
        QVERIFY2(baks.trimmed().toInt() >= 1, baks.constData());
        // The diff named only the changed line, masked where needed.
        const QString diff = plan->steps()[0]->preview(remote::SudoMode::Password).files[0].diff;
        QVERIFY2(diff.contains(u"-LOG_LEVEL=INFO"_s) && diff.contains(u"+LOG_LEVEL=DEBUG"_s),
                 qPrintable(diff));
        QVERIFY(!diff.contains(old.value(u"DB_PASSWORD"_s).value_or(u"-"_s)));
    }

    void laterFailureRestoresFileAndMode()
    {
        int rc = -1;
        th->inside(u"chmod 0640 "_s + kEnv, &rc);
        QCOMPARE(rc, 0);
        const QByteArray before = th->inside(u"cat "_s + kEnv);
        EnvAnswers a = answers();
        a.set.insert(u"LOG_LEVEL"_s, u"WARNING"_s);
        auto plan = buildEnvPlan(a, m_target);
        QVERIFY(plan);
        auto failing = std::make_shared<CommandStep>(
            u"test.fail"_s, Text(QT_TRANSLATE_NOOP("capataz::plan", "Fail on purpose")), Text(),
            remote::Command({u"false"_s}));
        plan->add(failing);
        const PlanReport r = run(*plan);
        QVERIFY(!r.ok());
        QCOMPARE(r.failedStepId, u"test.fail"_s);
        QCOMPARE(r.outcome(u"env.file"_s)->status, StepStatus::RolledBack);
        QCOMPARE(th->inside(u"cat "_s + kEnv), before);
        QCOMPARE(th->inside(u"stat -c '%a' "_s + kEnv), "640\n"_ba);
    }

    void editedDocumentFromTheGui()
    {
        auto doc = stack::parseDotenv(th->inside(u"cat "_s + kEnv));
        QVERIFY(doc);
        QVERIFY(doc->set(u"APP_MODE"_s, u"production"_s));
        auto plan = buildEnvPlan(answers(), m_target, *doc);
        QVERIFY(plan);
        const PlanReport r = run(*plan);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(remoteEnv().value(u"APP_MODE"_s), std::optional<QString>(u"production"_s));
        QCOMPARE(th->inside(u"stat -c '%a' "_s + kEnv), "600\n"_ba);
    }

    // deploy owns the project directory, so it could point the .env (or its example) at any
    // file of the server; the plan runs as root and must not follow the link.
    void envFileThatIsALinkIsRefused()
    {
        const QString victim = u"/etc/capataz-env-victim"_s;
        const QString example = kDir + u"/.env.example"_s;
        int rc = -1;
        th->inside(u"printf 'ROOT_ONLY=1\\n' > %1 && chmod 0640 %1 && mv %2 %2.real && ln -s %1 %2"_s.arg(
                       victim, kEnv),
                   &rc);
        QCOMPARE(rc, 0);
        const QString look = u"stat -c '%U %a %s %Y' %1; cat %1"_s.arg(victim);
        const QByteArray before = th->inside(look);
        auto plan = buildEnvPlan(answers(), m_target);
        QVERIFY(plan);
        PlanReport r = run(*plan);
        QVERIFY2(!r.ok(), "the plan wrote through the link");
        QCOMPARE(r.failedStepId, u"env.file"_s);
        QCOMPARE(r.error.code, ErrorCode::RemotePermissionDenied);
        QVERIFY2(r.error.detail.contains(kEnv) && r.error.detail.contains(victim),
                 qPrintable(r.error.detail));
        QCOMPARE(th->inside(look), before); // neither its content nor its mode changed
        QCOMPARE(th->inside(u"readlink "_s + kEnv), (victim + u'\n').toUtf8());

        // No .env, and an example that is a link: its target is not copied into a new .env.
        th->inside(u"rm -f %1 && mv %2 %2.real && ln -s %3 %2"_s.arg(kEnv, example, victim), &rc);
        QCOMPARE(rc, 0);
        plan = buildEnvPlan(answers(), m_target);
        QVERIFY(plan);
        r = run(*plan);
        QVERIFY2(!r.ok(), "the plan copied the link's target into the .env");
        QCOMPARE(r.error.code, ErrorCode::RemotePermissionDenied);
        QVERIFY2(r.error.detail.contains(example) && r.error.detail.contains(victim),
                 qPrintable(r.error.detail));
        QCOMPARE(th->inside(u"test -e %1 && echo yes || echo no"_s.arg(kEnv)), "no\n"_ba);
        QCOMPARE(th->inside(look), before);

        th->inside(u"rm -f %1 %2 && mv %1.real %1 && mv %3.real %3"_s.arg(example, victim, kEnv), &rc);
        QCOMPARE(rc, 0);
    }
};

QTEST_GUILESS_MAIN(TestEnvPlanIntegration)
#include "tst_envplan.moc"
