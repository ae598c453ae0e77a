// EnvPlan's local logic: the new .env computed from the current file or its example, the
// recipe and the answers (defaults, generated secrets, env.set), the findings that stop the
// plan, and the `env:` answers section. No server: EnvFileStep's remote side is in
// tests/integration/tst_envplan.cpp.
#include "setup/EnvPlan.h"
#include "stack/DotenvParser.h"
#include "stack/RecipeLoader.h"

#include <QRegularExpression>
#include <QTest>

using namespace capataz;
using namespace capataz::setup;
using namespace capataz::stack;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kRecipe = R"(schema: 1
id: env-test
name: {en: Env test, es: Prueba env}
project_dir: /opt/env-test
compose:
  files: [docker-compose.yml]
forbidden_values: [admin, postgres]
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
    - name: API_TOKEN
      secret: true
      generate: hex32
      description: {en: Token, es: Token}
    - name: ADMIN_PASSWORD
      secret: true
      generate: password:20
      description: {en: Admin password, es: Contraseña admin}
    - name: TELEGRAM_BOT_TOKEN
      required: true
      secret: true
      min_length: 30
      description: {en: From BotFather, es: De BotFather}
    - name: DB_NAME
      required: true
      default: appdb
      description: {en: Database, es: Base}
    - name: LOG_LEVEL
      default: INFO
      description: {en: Log level, es: Nivel}
)";

// Like the seeds' .env.example files: comments, blank lines, export, quotes, placeholders.
const QByteArray kExample = "# Database\n"
                            "DB_NAME=\n"
                            "export DB_PASSWORD=\"changeme\"   # openssl rand -base64 24\n"
                            "\n"
                            "# App\n"
                            "SECRET_KEY='your_secret_key_here'\n"
                            "TELEGRAM_BOT_TOKEN=your_bot_token_here\n"
                            "DEBUG=False\n";

const QByteArray kCompose = "services:\n"
                            "  web:\n"
                            "    image: testbusybox:latest\n"
                            "    environment:\n"
                            "      DB_PASSWORD: ${DB_PASSWORD}\n"
                            "      MODE: ${APP_MODE}\n"
                            "      PORT: ${PORT:-8080}\n";

const QString kToken = u"123456789:AAFakeTelegramTokenForTests_xyz"_s;

Recipe recipe()
{
    auto r = loadRecipe(kRecipe);
    if (!r)
        qFatal("recipe: %s", qPrintable(r.error().toString()));
    return *r;
}

DotenvDocument doc(const QByteArray& bytes)
{
    auto d = parseDotenv(bytes);
    if (!d)
        qFatal("dotenv: %s", qPrintable(d.error().toString()));
    return *d;
}

EnvAnswers answersWithToken()
{
    EnvAnswers a;
    a.file = u".env"_s;
    a.set.insert(u"TELEGRAM_BOT_TOKEN"_s, kToken);
    return a;
}

QStringList codes(const QList<EnvFinding>& findings)
{
    QStringList out;
    for (const EnvFinding& f : findings)
        out << f.key + u':' + f.code;
    return out;
}

} // namespace

class TestEnvPlan : public QObject {
    Q_OBJECT
private slots:
    void fromExampleGeneratesKeepsLayoutAndSetsValues()
    {
        QHash<QString, QString> generated;
        auto c = computeEnv(doc(kExample), answersWithToken(), recipe(), std::nullopt, generated);
        QVERIFY2(c, qPrintable(c ? QString() : c.error().toString()));
        const DotenvDocument& d = c->document;
        // Each kind the way the seeds make it.
        QVERIFY(QRegularExpression(u"^[A-Za-z0-9+/]{32}$"_s).match(*d.value(u"DB_PASSWORD"_s)).hasMatch());
        QVERIFY(QRegularExpression(u"^[A-Za-z0-9_-]{43}$"_s).match(*d.value(u"SECRET_KEY"_s)).hasMatch());
        QVERIFY(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(*d.value(u"API_TOKEN"_s)).hasMatch());
        QCOMPARE(d.value(u"ADMIN_PASSWORD"_s)->size(), 20);
        QCOMPARE(*d.value(u"DB_NAME"_s), u"appdb"_s);
        QCOMPARE(*d.value(u"LOG_LEVEL"_s), u"INFO"_s);
        QCOMPARE(*d.value(u"TELEGRAM_BOT_TOKEN"_s), kToken);
        QCOMPARE(*d.value(u"DEBUG"_s), u"False"_s);
        QCOMPARE(c->generated,
                 (QStringList{u"DB_PASSWORD"_s, u"SECRET_KEY"_s, u"API_TOKEN"_s, u"ADMIN_PASSWORD"_s}));
        QCOMPARE(c->assigned, QStringList{u"TELEGRAM_BOT_TOKEN"_s});
        QCOMPARE(c->defaulted, (QStringList{u"DB_NAME"_s, u"LOG_LEVEL"_s}));
        // Comments, blank line, export, quoting and inline comment survive.
        const QByteArray out = d.serialize();
        const QList<QByteArray> lines = out.split('\n');
        QCOMPARE(lines[0], "# Database"_ba);
        QCOMPARE(lines[1], "DB_NAME=appdb"_ba);
        QVERIFY2(lines[2].startsWith("export DB_PASSWORD=\"") &&
                     lines[2].endsWith("\"   # openssl rand -base64 24"),
                 lines[2].constData());
        QCOMPARE(lines[3], QByteArray());
        QCOMPARE(lines[4], "# App"_ba);
        QVERIFY(lines[5].startsWith("SECRET_KEY='"));
        QCOMPARE(lines[7], "DEBUG=False"_ba);
        QVERIFY(c->blocking({}).isEmpty());
        // Every secret is in the mask; no finding carries one.
        for (const QString& key : {u"DB_PASSWORD"_s, u"SECRET_KEY"_s, u"API_TOKEN"_s, u"ADMIN_PASSWORD"_s,
                                   u"TELEGRAM_BOT_TOKEN"_s}) {
            QVERIFY2(c->secrets.secrets().contains(*d.value(key)), qPrintable(key));
            QVERIFY(!c->secrets.apply(QString::fromUtf8(out)).contains(*d.value(key)));
        }
        QVERIFY(!c->secrets.secrets().contains(u"appdb"_s));
    }

    void generatedOnceAndIdempotent()
    {
        QHash<QString, QString> generated;
        auto first = computeEnv(doc(kExample), answersWithToken(), recipe(), std::nullopt, generated);
        auto again = computeEnv(doc(kExample), answersWithToken(), recipe(), std::nullopt, generated);
        QVERIFY(first && again);
        QCOMPARE(again->document.serialize(), first->document.serialize()); // same step: same values
        // Run on what was written: nothing changes, byte for byte, even with a fresh cache.
        QHash<QString, QString> fresh;
        const QByteArray written = first->document.serialize();
        auto second = computeEnv(doc(written), answersWithToken(), recipe(), std::nullopt, fresh);
        QVERIFY(second);
        QCOMPARE(second->document.serialize(), written);
        QVERIFY(second->generated.isEmpty() && second->assigned.isEmpty() && second->defaulted.isEmpty());
        QVERIFY(fresh.isEmpty());
        // Another step object draws other values.
        QHash<QString, QString> other;
        auto third = computeEnv(doc(kExample), answersWithToken(), recipe(), std::nullopt, other);
        QVERIFY(third);
        QVERIFY(*third->document.value(u"SECRET_KEY"_s) != *first->document.value(u"SECRET_KEY"_s));
    }

    void weakValuesAreReplacedGoodOnesKept()
    {
        const QByteArray env = "DB_PASSWORD=postgres\n"           // forbidden by the recipe
                               "SECRET_KEY=short\n"               // shorter than min_length
                               "API_TOKEN=0123456789abcdef0123\n" // good enough: kept
                               "ADMIN_PASSWORD=\n"                // empty
                               "DB_NAME=mine\n"
                               "TELEGRAM_BOT_TOKEN=" +
                               kToken.toUtf8() + "\n";
        QHash<QString, QString> generated;
        auto c = computeEnv(doc(env), EnvAnswers{}, recipe(), std::nullopt, generated);
        QVERIFY(c);
        QCOMPARE(c->generated, (QStringList{u"DB_PASSWORD"_s, u"SECRET_KEY"_s, u"ADMIN_PASSWORD"_s}));
        QCOMPARE(*c->document.value(u"API_TOKEN"_s), u"0123456789abcdef0123"_s);
        QCOMPARE(*c->document.value(u"DB_NAME"_s), u"mine"_s);
        QVERIFY(c->blocking({}).isEmpty());
    }

    void explicitGenerateListAndNoDefaults()
    {
        EnvAnswers a = answersWithToken();
        a.generateAll = false;
        a.generate = QStringList{u"SECRET_KEY"_s};
        a.defaults = false;
        QHash<QString, QString> generated;
        auto c = computeEnv(doc(kExample), a, recipe(), std::nullopt, generated);
        QVERIFY(c);
        QCOMPARE(c->generated, QStringList{u"SECRET_KEY"_s});
        QVERIFY(c->defaulted.isEmpty());
        // DB_PASSWORD keeps its placeholder, DB_NAME stays empty: both stop the plan.
        const QStringList blocking = codes(c->blocking({}));
        QVERIFY2(blocking.contains(u"DB_PASSWORD:placeholder"_s), qPrintable(blocking.join(u' ')));
        QVERIFY2(blocking.contains(u"DB_NAME:recipe-required-missing"_s), qPrintable(blocking.join(u' ')));
        // allow_findings lets a code through.
        QVERIFY(!codes(c->blocking({u"placeholder"_s})).contains(u"DB_PASSWORD:placeholder"_s));
        // The placeholder is never in a finding.
        for (const EnvFinding& f : c->findings)
            QVERIFY(!f.message.contains(u"changeme"_s));
    }

    void userSuppliedSecretMissingBlocks()
    {
        QHash<QString, QString> generated;
        auto c = computeEnv(doc(kExample), EnvAnswers{}, recipe(), std::nullopt, generated);
        QVERIFY(c);
        const QStringList blocking = codes(c->blocking({}));
        QVERIFY2(blocking.contains(u"TELEGRAM_BOT_TOKEN:placeholder"_s), qPrintable(blocking.join(u' ')));
        // A token of the wrong length is too short for the recipe.
        EnvAnswers a;
        a.set.insert(u"TELEGRAM_BOT_TOKEN"_s, u"123:short-but-not-placeholder"_s);
        auto d = computeEnv(doc(kExample), a, recipe(), std::nullopt, generated);
        QVERIFY(d);
        QVERIFY(codes(d->blocking({})).contains(u"TELEGRAM_BOT_TOKEN:recipe-too-short"_s));
        QVERIFY(d->secrets.secrets().contains(u"123:short-but-not-placeholder"_s));
    }

    void composeVariablesAreChecked()
    {
        QHash<QString, QString> generated;
        auto c = computeEnv(doc(kExample), answersWithToken(), recipe(), kCompose, generated);
        QVERIFY(c);
        const QStringList blocking = codes(c->blocking({}));
        QCOMPARE(blocking, QStringList{u"APP_MODE:compose-variable-missing"_s}); // PORT has a default
        EnvAnswers a = answersWithToken();
        a.set.insert(u"APP_MODE"_s, u"prod"_s);
        auto d = computeEnv(doc(kExample), a, recipe(), kCompose, generated);
        QVERIFY(d && d->blocking({}).isEmpty());
        QVERIFY(d->document.serialize().endsWith("APP_MODE=prod\n"));
    }

    void productionRules()
    {
        QHash<QString, QString> generated;
        const QByteArray env = kExample + "CORS_ALLOWED_ORIGINS=*\n";
        EnvAnswers a = answersWithToken();
        a.set.insert(u"DEBUG"_s, u"True"_s);
        auto c = computeEnv(doc(env), a, recipe(), std::nullopt, generated);
        QVERIFY(c);
        const QStringList all = codes(c->findings);
        QVERIFY2(all.contains(u"DEBUG:debug-enabled"_s), qPrintable(all.join(u' ')));
        QVERIFY(all.contains(u"CORS_ALLOWED_ORIGINS:cors-wildcard"_s));
    }

    void invalidSetKeyIsAnError()
    {
        QHash<QString, QString> generated;
        EnvAnswers a;
        a.set.insert(u"BAD KEY"_s, u"x"_s);
        auto c = computeEnv(doc(kExample), a, recipe(), std::nullopt, generated);
        QVERIFY(!c);
        QCOMPARE(c.error().code, ErrorCode::InvalidArgument);
    }

    void answersSection()
    {
        auto answers = parseAnswers("env:\n"
                                    "  from_example: false\n"
                                    "  set: {TELEGRAM_BOT_TOKEN: abc, LOG_LEVEL: DEBUG}\n"
                                    "  generate: [SECRET_KEY]\n"
                                    "  allow_findings: [placeholder]\n");
        QVERIFY(answers);
        SetupTarget t;
        t.recipe = recipe();
        t.projectDir = u"/opt/env-test"_s;
        t.envFile = u".env"_s;
        const AnswerMap section = answers->section(u"env"_s);
        const EnvAnswers a = EnvAnswers::fromAnswers(section, t);
        QVERIFY2(answers->problems().isEmpty(), qPrintable(answers->problems().join(u'\n')));
        QCOMPARE(a.file, u".env"_s);
        QVERIFY(!a.fromExample);
        QVERIFY(a.defaults);
        QVERIFY(!a.generateAll);
        QCOMPARE(a.generate, QStringList{u"SECRET_KEY"_s});
        QCOMPARE(a.set.value(u"LOG_LEVEL"_s), u"DEBUG"_s);
        QCOMPARE(a.allowFindings, QStringList{u"placeholder"_s});
        QCOMPARE(envFilePath(a, t), u"/opt/env-test/.env"_s);
        QCOMPARE(envExamplePath(a, t), u"/opt/env-test/.env.example"_s);

        auto bad = parseAnswers("env:\n  generate: [TELEGRAM_BOT_TOKEN]\n  colour: red\n  file: ../x\n");
        QVERIFY(bad);
        const AnswerMap badSection = bad->section(u"env"_s);
        (void)EnvAnswers::fromAnswers(badSection, t);
        const QString problems = bad->problems().join(u'\n');
        QVERIFY2(problems.contains(u"env.generate"_s) && problems.contains(u"TELEGRAM_BOT_TOKEN"_s),
                 qPrintable(problems));
        QVERIFY2(problems.contains(u"env.colour"_s), qPrintable(problems));
        QVERIFY2(problems.contains(u"env.file"_s), qPrintable(problems));

        auto missing = parseAnswers("env:\n  generate: missing\n");
        QVERIFY(missing);
        QVERIFY(EnvAnswers::fromAnswers(missing->section(u"env"_s), t).generateAll);
    }

    void planHasOneStep()
    {
        SetupTarget t;
        t.recipe = recipe();
        t.projectDir = u"/opt/env-test"_s;
        t.envFile = u".env"_s;
        auto p = buildEnvPlan(answersWithToken(), t);
        QVERIFY(p);
        QCOMPARE(p->size(), 1);
        QCOMPARE(p->steps()[0]->id(), u"env.file"_s);
        t.projectDir = u"relative"_s;
        QVERIFY(!buildEnvPlan(answersWithToken(), t));
    }

    // The file is written as root: answers that lead outside the project directory are refused
    // by the builder itself, not only when read from an answers file.
    void planRefusesAFileOutsideTheProject_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("absolute") << u"/etc/cron.d/evil"_s;
        QTest::newRow("parent") << u"../../etc/cron.d/evil"_s;
        QTest::newRow("parent inside") << u"config/../../x.env"_s;
    }
    void planRefusesAFileOutsideTheProject()
    {
        QFETCH(QString, file);
        SetupTarget t;
        t.recipe = recipe();
        t.projectDir = u"/opt/env-test"_s;
        t.envFile = u".env"_s;
        EnvAnswers a = answersWithToken();
        a.file = file;
        const auto p = buildEnvPlan(a, t);
        QVERIFY(!p);
        QCOMPARE(p.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(p.error().detail.contains(u"env.file"_s), qPrintable(p.error().detail));
        a.file = u"config/prod.env"_s;
        QVERIFY(buildEnvPlan(a, t));
        t.envFile = file; // the target's own file is held to the same rule
        a.file.clear();
        QVERIFY(!buildEnvPlan(a, t));
    }
};

QTEST_GUILESS_MAIN(TestEnvPlan)
#include "tst_envplan.moc"
