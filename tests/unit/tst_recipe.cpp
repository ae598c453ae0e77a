#include "stack/ComposeParser.h"
#include "stack/Recipe.h"
#include "stack/RecipeGeneric.h"
#include "stack/RecipeLoader.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace capataz::stack;
using capataz::ErrorCode;

namespace {

const QString sourceDir = QStringLiteral(CAPATAZ_SOURCE_DIR);

QByteArray readFile(const QString& path)
{
    QFile f(sourceDir + path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open test file");
    return f.readAll();
}

template <typename R> QString why(const R& result)
{
    return result.has_value() ? QString() : result.error().detail;
}

// A valid recipe; rows of validation() append or replace lines.
const QByteArray minimal = "schema: 1\n"                          // 1
                           "id: demo\n"                           // 2
                           "name: {en: Demo, es: Demo}\n"         // 3
                           "project_dir: /opt/demo\n"             // 4
                           "compose:\n"                           // 5
                           "  files: [docker-compose.yml]\n"      // 6
                           "env:\n"                               // 7
                           "  variables:\n"                       // 8
                           "    - name: DB_PASSWORD\n"            // 9
                           "      secret: true\n"                 // 10
                           "      generate: base64-24\n"          // 11
                           "      description: {en: p, es: p}\n"; // 12

QString describeBackups(const Recipe& r)
{
    QStringList out;
    for (const auto& b : r.backups)
        out << backupKindName(b.kind) + u':' + (b.service.isEmpty() ? b.volume + b.path : b.service);
    return out.join(u',');
}

} // namespace

class TestRecipe : public QObject {
    Q_OBJECT

private slots:
    void builtinRecipesLoad();
    void dashboardKindsAndThresholds();
    void builtinRecipesAreLinked();
    void seedRecipeMatchesCompose_data();
    void seedRecipeMatchesCompose();
    void seedValues_data();
    void seedValues();
    void validation_data();
    void validation();
    void generators_data();
    void generators();
    void genericFromCompose_data();
    void genericFromCompose();
    void looksSecret_data();
    void looksSecret();
};

void TestRecipe::builtinRecipesLoad()
{
    const auto recipes = loadRecipesFrom(sourceDir + u"/resources/recipes"_s);
    QVERIFY2(recipes.has_value(), qPrintable(why(recipes)));
    QStringList ids;
    for (const auto& r : *recipes) {
        ids << r.id;
        QVERIFY(!r.name.en.isEmpty() && !r.name.es.isEmpty());
        QVERIFY(!r.composeFiles.isEmpty());
        QVERIFY(!r.forbiddenValues.isEmpty());
        for (const auto& v : r.env) {
            QVERIFY2(!v.description.en.isEmpty() && !v.description.es.isEmpty(), qPrintable(v.name));
            QVERIFY2(!v.secret || v.defaultValue.isEmpty(), qPrintable(v.name));
        }
    }
    QCOMPARE(ids, (QStringList{u"call-automation"_s, u"cattle-weight"_s, u"generic-compose"_s,
                               u"invoice-bot"_s, u"rag-backend"_s, u"voice-biometrics"_s}));

    const auto missing = loadRecipesFrom(sourceDir + u"/no/such/dir"_s);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void TestRecipe::builtinRecipesAreLinked()
{
    // capataz_core carries resources/recipes/*.yaml: every program linking it has the same
    // recipes as the source tree.
    const auto fromSource = loadRecipesFrom(sourceDir + u"/resources/recipes"_s);
    QVERIFY2(fromSource.has_value(), qPrintable(why(fromSource)));
    const QList<Recipe> builtin = builtinRecipes();
    QCOMPARE(builtin.size(), fromSource->size());
    for (qsizetype i = 0; i < builtin.size(); ++i)
        QCOMPARE(builtin[i].id, fromSource->at(i).id);
}

void TestRecipe::seedRecipeMatchesCompose_data()
{
    QTest::addColumn<QString>("recipe");
    QTest::addColumn<QStringList>("composeFiles"); // fixtures, in -f order
    QTest::newRow("voice") << u"voice-biometrics"_s << QStringList{u"voice-biometrics.prod.yml"_s};
    QTest::newRow("call") << u"call-automation"_s
                          << QStringList{u"call-automation.yml"_s, u"call-automation.prod.yml"_s};
    QTest::newRow("cattle") << u"cattle-weight"_s << QStringList{u"cattle-weight.yml"_s};
    QTest::newRow("rag") << u"rag-backend"_s << QStringList{u"rag-backend.yml"_s};
    QTest::newRow("invoice") << u"invoice-bot"_s << QStringList{u"invoice-bot.yml"_s};
}

void TestRecipe::seedRecipeMatchesCompose()
{
    QFETCH(QString, recipe);
    QFETCH(QStringList, composeFiles);
    const auto r = loadRecipe(readFile(u"/resources/recipes/"_s + recipe + u".yaml"_s));
    QVERIFY2(r.has_value(), qPrintable(why(r)));
    QCOMPARE(r->id, recipe);
    QCOMPARE(r->composeFiles.size(), composeFiles.size());
    QList<QByteArray> texts;
    for (const auto& f : composeFiles)
        texts << readFile(u"/tests/data/compose/"_s + f);
    const auto project = parseComposeFiles(texts);
    QVERIFY2(project.has_value(), qPrintable(why(project)));

    // Every variable the compose file needs is in the recipe's .env schema (or has a default).
    for (const auto& ref : project->variableReferences()) {
        const RecipeEnvVar* v = r->envVar(ref.name);
        QVERIFY2(v || ref.hasDefault, qPrintable(ref.name + u" is used by compose but not in the recipe"_s));
        if (ref.required)
            QVERIFY2(v && v->required, qPrintable(ref.name + u" is ${:?} in compose but not required"_s));
    }
    // Profile sets name real profiles; backups name real services and volumes.
    const QStringList profiles = project->profiles();
    for (const auto& set : r->profileSets) {
        for (const auto& p : set.profiles)
            QVERIFY2(profiles.contains(p), qPrintable(p));
    }
    for (const auto& b : r->backups) {
        if (!b.service.isEmpty())
            QVERIFY2(project->service(b.service), qPrintable(b.service));
        if (b.kind == RecipeBackupTarget::Volume)
            QVERIFY2(project->volumes.contains(b.volume), qPrintable(b.volume));
    }
    // nginx proxies to a port some service publishes; health endpoints are on it.
    bool published = false;
    for (const auto& s : project->services) {
        for (const auto& p : s.ports)
            published = published || p.publishedPort() == r->nginx.upstreamPort ||
                        p.target.toInt() == r->nginx.upstreamPort;
    }
    QVERIFY(published);
    QVERIFY(!r->health.isEmpty());
    for (const auto& h : r->health)
        QCOMPARE(h.port, r->nginx.upstreamPort);
    // Generated secrets are long enough and the seed's placeholders are refused.
    for (const auto& v : r->env) {
        if (!v.example.isEmpty() && v.secret)
            QVERIFY2(r->isForbiddenValue(v.example) || v.generate.isEmpty(), qPrintable(v.name));
    }
}

void TestRecipe::seedValues_data()
{
    QTest::addColumn<QString>("recipe");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("bodySize");
    QTest::addColumn<int>("readTimeout");
    QTest::addColumn<bool>("websocket");
    QTest::addColumn<QString>("healthPaths");
    QTest::addColumn<QString>("backups");
    QTest::newRow("voice") << u"voice-biometrics"_s << 8000 << u"10M"_s << 300 << true << u"/health"_s
                           << u"postgres:postgres,files:models"_s;
    QTest::newRow("cattle")
        << u"cattle-weight"_s << 8000 << u"50M"_s << 60 << false << u"/api/v1/health"_s
        << u"mongodb:mongodb,minio:minio,files:backend/.env,files:models/manifest.json,files:logs"_s;
    QTest::newRow("invoice") << u"invoice-bot"_s << 8000 << u"10M"_s << 60 << false
                             << u"/health,/health/live,/health/ready"_s
                             << u"postgres:db,volume:postgres_data"_s;
    QTest::newRow("rag") << u"rag-backend"_s << 8080 << u"50M"_s << 300 << true << u"/health"_s
                         << u"mongodb:mongodb,qdrant:qdrant,minio:minio"_s;
    QTest::newRow("call") << u"call-automation"_s << 8000 << u"10M"_s << 60 << true << u"/health"_s
                          << u"redis:redis"_s;
}

void TestRecipe::seedValues()
{
    QFETCH(QString, recipe);
    QFETCH(int, port);
    QFETCH(QString, bodySize);
    QFETCH(int, readTimeout);
    QFETCH(bool, websocket);
    QFETCH(QString, healthPaths);
    QFETCH(QString, backups);
    const auto r = loadRecipe(readFile(u"/resources/recipes/"_s + recipe + u".yaml"_s));
    QVERIFY2(r.has_value(), qPrintable(why(r)));
    QCOMPARE(r->nginx.upstreamPort, port);
    QCOMPARE(r->nginx.clientMaxBodySize, bodySize);
    QCOMPARE(r->nginx.readTimeout, readTimeout);
    QCOMPARE(r->nginx.websocket, websocket);
    QStringList paths;
    for (const auto& h : r->health)
        paths << h.path;
    QCOMPARE(paths.join(u','), healthPaths);
    QCOMPARE(describeBackups(*r), backups);
    if (recipe == u"invoice-bot") {
        QCOMPARE(r->profileSet(u"full"_s)->profiles, QStringList{u"full"_s});
        QCOMPARE(r->envVar(u"DB_PASSWORD"_s)->generate, u"base64-24"_s);
        QCOMPARE(r->envVar(u"SECRET_KEY"_s)->generate, u"urlsafe32"_s);
        QCOMPARE(r->envVar(u"DB_PASSWORD"_s)->minLength, 16);
    }
    if (recipe == u"voice-biometrics") {
        QCOMPARE(r->envVar(u"JWT_SECRET_KEY"_s)->generate, u"hex32"_s);
        QVERIFY(r->isForbiddenValue(u"YOUR_SECRET_KEY_HERE"_s));
    }
    if (recipe == u"cattle-weight") {
        QCOMPARE(r->nginx.healthUpstreamPath, u"/api/v1/health"_s);
        QCOMPARE(r->alerts.size(), 4);
        QCOMPARE(r->dashboard.size(), 4);
        QCOMPARE(r->envFile, u"backend/.env"_s);
        QVERIFY(r->isForbiddenValue(u"minioadmin"_s));
    }
}

void TestRecipe::validation_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("code");        // 0: loads
    QTest::addColumn<QString>("problem"); // expected start of one line of the detail
    const int invalid = int(ErrorCode::InvalidArgument);
    QTest::newRow("valid") << minimal << 0 << QString();
    QTest::newRow("bad generator") << QByteArray(minimal).replace("base64-24", "random") << invalid
                                   << u"line 11: env.variables[0].generate: unknown generator"_s;
    QTest::newRow("unknown key") << minimal + "colour: red\n" << invalid << u"line 13: colour: unknown key"_s;
    QTest::newRow("bad id") << QByteArray(minimal).replace("id: demo", "id: Demo_1") << invalid
                            << u"line 2: id:"_s;
    QTest::newRow("missing es") << QByteArray(minimal).replace("{en: Demo, es: Demo}", "{en: Demo}")
                                << invalid << u"line 3: name: needs both en and es"_s;
    QTest::newRow("missing id") << QByteArray(minimal).replace("id: demo\n", "") << invalid
                                << u"line 1: id: required"_s;
    QTest::newRow("no compose files") << QByteArray(minimal).replace("[docker-compose.yml]", "[]") << invalid
                                      << u"line 6: compose.files: at least one"_s;
    QTest::newRow("port out of range") << minimal + "nginx:\n  upstream_port: 70000\n"
                                       << invalid << u"line 14: nginx.upstream_port: must be a number"_s;
    QTest::newRow("body size") << minimal + "nginx: {client_max_body_size: ten}\n"
                               << invalid << u"line 13: nginx.client_max_body_size"_s;
    QTest::newRow("timeout") << minimal + "nginx:\n  timeouts: {connect: 60s, read: forever}\n"
                             << invalid << u"line 14: nginx.timeouts.read"_s;
    QTest::newRow("backup kind") << minimal + "backups:\n  - {kind: mysql, service: db}\n"
                                 << invalid << u"line 14: backups[0].kind: unknown kind"_s;
    QTest::newRow("backup needs service") << minimal + "backups:\n  - kind: postgres\n"
                                          << invalid << u"line 14: backups[0].service: required"_s;
    QTest::newRow("undeclared credential")
        << minimal + "backups:\n  - {kind: postgres, service: db, password_env: NOPE}\n"
        << invalid << u"line 14: backups: names NOPE"_s;
    QTest::newRow("severity") << minimal + "alerts:\n  - {name: A, expr: up == 0, severity: panic}\n"
                              << invalid << u"line 14: alerts[0].severity"_s;
    QTest::newRow("secret default") << QByteArray(minimal).replace("      secret: true\n",
                                                                   "      secret: true\n      default: x\n")
                                    << invalid
                                    << u"line 11: env.variables[0].default: a secret has no default"_s;
    QTest::newRow("duplicate variable")
        << minimal + "    - {name: DB_PASSWORD, description: {en: a, es: a}}\n"
        << invalid << u"line 13: env.variables[1].name: duplicate"_s;
    QTest::newRow("health path") << minimal + "health:\n  - {path: health, port: 8000}\n"
                                 << invalid << u"line 14: health[0].path: must be a URL path"_s;
    QTest::newRow("panel kind") << minimal + "dashboard:\n  - {title: {en: a, es: a}, expr: up, kind: pie}\n"
                                << invalid
                                << u"line 14: dashboard[0].kind: line, stacked, value, gauge or table"_s;
    QTest::newRow("panel threshold")
        << minimal + "dashboard:\n  - {title: {en: a, es: a}, expr: up, warning: high}\n"
        << invalid << u"line 14: dashboard[0].warning: must be a number"_s;
    QTest::newRow("panel scale") << minimal +
                                        "dashboard:\n  - {title: {en: a, es: a}, expr: up, min: 5, max: 1}\n"
                                 << invalid << u"line 14: dashboard[0].max: a number above min"_s;
    QTest::newRow("panel ok")
        << minimal +
               "dashboard:\n  - {title: {en: a, es: a}, expr: up, kind: gauge, warning: 1, critical: 0.5}\n"
        << 0 << QString();
    QTest::newRow("not yaml") << QByteArray("id: [\n") << int(ErrorCode::ParseError) << u"line 2, column"_s;
    QTest::newRow("not a mapping") << QByteArray("- a\n") << invalid << u"line 1: (top level)"_s;
}

void TestRecipe::dashboardKindsAndThresholds()
{
    // The cattle-weight system's panels as its guide asks: confidence per breed in a table,
    // red under 95 %; processing time p95 on a gauge to 5 s, red over 3 s.
    const auto recipes = loadRecipesFrom(sourceDir + u"/resources/recipes"_s);
    QVERIFY2(recipes.has_value(), qPrintable(why(recipes)));
    const auto it = std::find_if(recipes->begin(), recipes->end(),
                                 [](const Recipe& r) { return r.id == u"cattle-weight"; });
    QVERIFY(it != recipes->end());
    const QList<RecipePanel>& panels = it->dashboard;
    QCOMPARE(panels.size(), 4);
    QCOMPARE(panels[0].kind, u"stacked"_s);
    QCOMPARE(panels[1].kind, u"table"_s);
    QCOMPARE(panels[1].warning, 0.97);
    QCOMPARE(panels[1].critical, 0.95);
    QVERIFY(std::isnan(panels[1].max));
    QCOMPARE(panels[2].kind, u"gauge"_s);
    QCOMPARE(panels[2].critical, 3.0);
    QCOMPARE(panels[2].max, 5.0);
    // No kind, no thresholds: a line, NaN.
    const auto plain =
        loadRecipe(QByteArray(minimal + "dashboard:\n  - {title: {en: a, es: a}, expr: up}\n"));
    QVERIFY2(plain.has_value(), qPrintable(why(plain)));
    QCOMPARE(plain->dashboard.constFirst().kind, QString());
    QVERIFY(std::isnan(plain->dashboard.constFirst().warning));
    QVERIFY(std::isnan(plain->dashboard.constFirst().critical));
}

void TestRecipe::validation()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, code);
    QFETCH(QString, problem);
    const auto r = loadRecipe(yaml);
    if (code == 0) {
        QVERIFY2(r.has_value(), qPrintable(why(r)));
        return;
    }
    QVERIFY(!r.has_value());
    QCOMPARE(int(r.error().code), code);
    bool found = false;
    for (const auto& line : r.error().detail.split(u'\n'))
        found = found || line.startsWith(problem);
    QVERIFY2(found, qPrintable(r.error().detail));
}

void TestRecipe::generators_data()
{
    QTest::addColumn<QString>("generator");
    QTest::addColumn<bool>("valid");
    QTest::newRow("urlsafe32") << u"urlsafe32"_s << true;
    QTest::newRow("hex32") << u"hex32"_s << true;
    QTest::newRow("base64-24") << u"base64-24"_s << true;
    QTest::newRow("password:24") << u"password:24"_s << true;
    QTest::newRow("password:4") << u"password:4"_s << false;
    QTest::newRow("password:") << u"password:"_s << false;
    QTest::newRow("hex") << u"hex"_s << false;
}

void TestRecipe::generators()
{
    QFETCH(QString, generator);
    QFETCH(bool, valid);
    QCOMPARE(isValidGenerator(generator), valid);
}

void TestRecipe::genericFromCompose_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("envKeys");
    QTest::addColumn<int>("upstream");
    QTest::addColumn<QString>("backups");
    QTest::addColumn<QStringList>("secrets"); // name=generator
    QTest::addColumn<QStringList>("required");
    QTest::newRow("voice") << u"voice-biometrics.prod.yml"_s << QStringList{u"SECRET_KEY"_s, u"DB_NAME"_s}
                           << 8000 << u"postgres:postgres"_s
                           << QStringList{u"DB_PASSWORD=base64-24"_s, u"SECRET_KEY=urlsafe32"_s}
                           << QStringList{u"DB_NAME"_s, u"DB_USER"_s, u"DB_PASSWORD"_s};
    QTest::newRow("cattle") << u"cattle-weight.yml"_s
                            << QStringList{u"JWT_SECRET_KEY"_s, u"AWS_SECRET_ACCESS_KEY"_s} << 8000
                            << u"mongodb:mongodb,minio:minio,volume:mlflow_data"_s
                            << QStringList{u"JWT_SECRET_KEY=hex32"_s, u"AWS_SECRET_ACCESS_KEY="_s}
                            << QStringList{};
    QTest::newRow("invoice") << u"invoice-bot.yml"_s << QStringList{} << 8000
                             << u"postgres:db,redis:redis,volume:n8n_data"_s
                             << QStringList{u"DB_PASSWORD=base64-24"_s, u"TELEGRAM_BOT_TOKEN="_s,
                                            u"SECRET_KEY=urlsafe32"_s, u"N8N_PASSWORD=base64-24"_s}
                             << QStringList{u"DB_PASSWORD"_s, u"TELEGRAM_BOT_TOKEN"_s, u"SECRET_KEY"_s,
                                            u"N8N_PASSWORD"_s};
    QTest::newRow("call") << u"call-automation.yml"_s << QStringList{} << 8000 << u"redis:redis"_s
                          << QStringList{u"REDIS_PASSWORD=base64-24"_s, u"SUPABASE_KEY="_s,
                                         u"SUPABASE_SERVICE_KEY="_s,    u"TWILIO_AUTH_TOKEN="_s,
                                         u"ELEVENLABS_API_KEY="_s,      u"OPENAI_API_KEY="_s,
                                         u"SECRET_KEY=urlsafe32"_s,     u"NEXT_PUBLIC_SUPABASE_ANON_KEY="_s}
                          << QStringList{u"REDIS_PASSWORD"_s,
                                         u"SUPABASE_URL"_s,
                                         u"SUPABASE_KEY"_s,
                                         u"SUPABASE_SERVICE_KEY"_s,
                                         u"TWILIO_ACCOUNT_SID"_s,
                                         u"TWILIO_AUTH_TOKEN"_s,
                                         u"TWILIO_PHONE_NUMBER"_s,
                                         u"ELEVENLABS_API_KEY"_s,
                                         u"OPENAI_API_KEY"_s,
                                         u"SECRET_KEY"_s,
                                         u"NEXT_PUBLIC_API_URL"_s,
                                         u"NEXT_PUBLIC_SUPABASE_URL"_s,
                                         u"NEXT_PUBLIC_SUPABASE_ANON_KEY"_s};
    QTest::newRow("rag") << u"rag-backend.yml"_s << QStringList{} << 8080
                         << u"mongodb:mongodb,qdrant:qdrant,minio:minio,volume:ollama_data"_s
                         << QStringList{u"JWT_SECRET=hex32"_s,
                                        u"MONGODB_PASSWORD=base64-24"_s,
                                        u"MINIO_ROOT_PASSWORD=base64-24"_s,
                                        u"QDRANT_API_KEY="_s,
                                        u"OPENAI_API_KEY="_s,
                                        u"ANTHROPIC_API_KEY="_s}
                         << QStringList{u"JWT_SECRET"_s,      u"CORS_ALLOWED_ORIGINS"_s,
                                        u"MONGODB_USER"_s,    u"MONGODB_PASSWORD"_s,
                                        u"MINIO_ROOT_USER"_s, u"MINIO_ROOT_PASSWORD"_s};
}

void TestRecipe::genericFromCompose()
{
    QFETCH(QString, file);
    QFETCH(QStringList, envKeys);
    QFETCH(int, upstream);
    QFETCH(QString, backups);
    QFETCH(QStringList, secrets);
    QFETCH(QStringList, required);
    const auto project = parseCompose(readFile(u"/tests/data/compose/"_s + file));
    QVERIFY2(project.has_value(), qPrintable(why(project)));
    const Recipe r = capataz::stack::genericFromCompose(*project, envKeys);
    QCOMPARE(r.id, u"generic-compose"_s);
    QCOMPARE(r.nginx.upstreamPort, upstream);
    QCOMPARE(describeBackups(r), backups);
    QStringList gotSecrets;
    QStringList gotRequired;
    for (const auto& v : r.env) {
        if (v.secret)
            gotSecrets << v.name + u'=' + v.generate;
        if (v.required)
            gotRequired << v.name;
        QVERIFY(v.generate.isEmpty() || isValidGenerator(v.generate));
    }
    QCOMPARE(gotSecrets, secrets);
    QCOMPARE(gotRequired, required);
    for (const auto& key : envKeys)
        QVERIFY(r.envVar(key));
    for (const auto& b : r.backups) {
        for (const QString* env : {&b.userEnv, &b.passwordEnv, &b.databaseEnv})
            QVERIFY(env->isEmpty() || r.envVar(*env));
    }
    if (file == u"voice-biometrics.prod.yml") {
        QCOMPARE(r.backups[0].userEnv, u"DB_USER"_s);
        QCOMPARE(r.backups[0].passwordEnv, u"DB_PASSWORD"_s);
        QCOMPARE(r.backups[0].databaseEnv, u"DB_NAME"_s);
    }
    if (file == u"invoice-bot.yml") {
        QStringList sets;
        for (const auto& s : r.profileSets)
            sets << s.id;
        QCOMPARE(sets, (QStringList{u"default"_s, u"full"_s, u"migrate"_s, u"redis"_s}));
    }
}

void TestRecipe::looksSecret_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("secret");
    QTest::newRow("DB_PASSWORD") << u"DB_PASSWORD"_s << true;
    QTest::newRow("SECRET_KEY") << u"SECRET_KEY"_s << true;
    QTest::newRow("TWILIO_AUTH_TOKEN") << u"TWILIO_AUTH_TOKEN"_s << true;
    QTest::newRow("OPENAI_API_KEY") << u"OPENAI_API_KEY"_s << true;
    QTest::newRow("SENTRY_DSN") << u"SENTRY_DSN"_s << true;
    QTest::newRow("DB_USER") << u"DB_USER"_s << false;
    QTest::newRow("AWS_ACCESS_KEY_ID") << u"AWS_ACCESS_KEY_ID"_s << false;
    QTest::newRow("KEYCLOAK_URL") << u"KEYCLOAK_URL"_s << false;
    QTest::newRow("TOKEN_EXPIRE_MINUTES") << u"ACCESS_TOKEN_EXPIRE_MINUTES"_s << false;
    QTest::newRow("REFRESH_TOKEN_EXPIRATION") << u"REFRESH_TOKEN_EXPIRATION"_s << false;
    QTest::newRow("JWT_ALGORITHM") << u"JWT_ALGORITHM"_s << false;
    QTest::newRow("N8N_PASSWORD") << u"N8N_PASSWORD"_s << true;
}

void TestRecipe::looksSecret()
{
    QFETCH(QString, name);
    QFETCH(bool, secret);
    QCOMPARE(capataz::stack::looksSecret(name), secret);
}

QTEST_GUILESS_MAIN(TestRecipe)
#include "tst_recipe.moc"
