// Every secret a built-in recipe generates, checked against the format its deployment guide
// (shared/seeds) asks for: length and alphabet. The table below is the documentation, with
// the guide's words; a recipe secret missing from it, or a row naming a variable no recipe
// generates, fails too. The secrets themselves are never printed.
#include "stack/EnvCheck.h"
#include "stack/RecipeLoader.h"
#include "stack/SecretGenerator.h"

#include <QHash>
#include <QRegularExpression>
#include <QTest>

using namespace capataz;
using namespace capataz::stack;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kUrlSafe32 = u"^[A-Za-z0-9_-]{43}$"_s; // secrets.token_urlsafe(32): 32 bytes, base64url
const QString kHex32 = u"^[0-9a-f]{64}$"_s;          // secrets.token_hex(32): 32 bytes as hex
const QString kBase64_24 = u"^[A-Za-z0-9+/]{32}$"_s; // openssl rand -base64 24: 24 bytes, no padding
// Letters and digits only: safe in a .env, a shell, a URL and YAML without quoting.
const QString kPassword24 = u"^[A-Za-z0-9]{24}$"_s;

struct Documented {
    QString pattern;
    QString guide; // what the seed guide says, for the failure message
};

// recipe id -> variable -> the format its guide documents.
const QHash<QString, QHash<QString, Documented>>& documented()
{
    static const QHash<QString, QHash<QString, Documented>> table{
        {u"voice-biometrics"_s,
         {
             {u"DB_PASSWORD"_s, {kBase64_24, u"<strong_random_password>"_s}},
             {u"SECRET_KEY"_s,
              {kUrlSafe32, u"python -c \"import secrets; print(secrets.token_urlsafe(32))\""_s}},
             {u"JWT_SECRET_KEY"_s, {kHex32, u"python -c \"import secrets; print(secrets.token_hex(32))\""_s}},
         }},
        {u"cattle-weight"_s,
         {
             // "JWT con secret key fuerte (64+ chars)": 32 random bytes as hex are 64 characters.
             {u"JWT_SECRET_KEY"_s, {kHex32, u"JWT secret key, 64+ chars: a 32-byte hex string"_s}},
         }},
        {u"invoice-bot"_s,
         {
             {u"DB_PASSWORD"_s, {kBase64_24, u"openssl rand -base64 24 (16+ caracteres)"_s}},
             {u"SECRET_KEY"_s, {kUrlSafe32, u"secrets.token_urlsafe(32) (32 caracteres min)"_s}},
             {u"N8N_PASSWORD"_s, {kPassword24, u"contraseña_n8n: a password"_s}},
         }},
        {u"rag-backend"_s,
         {
             {u"JWT_SECRET"_s, {kUrlSafe32, u"your-secure-jwt-secret"_s}},
             {u"MONGODB_PASSWORD"_s, {kBase64_24, u"secure-password"_s}},
             {u"QDRANT_API_KEY"_s, {kUrlSafe32, u"an API key (empty disables auth)"_s}},
             {u"MINIO_ROOT_PASSWORD"_s, {kBase64_24, u"a MinIO root password (8+ characters)"_s}},
         }},
        {u"call-automation"_s,
         {
             {u"REDIS_PASSWORD"_s, {kBase64_24, u"your-redis-password"_s}},
             {u"SECRET_KEY"_s, {kUrlSafe32, u"your-secret-key"_s}},
         }},
    };
    return table;
}

} // namespace

class TestRecipeSecrets : public QObject {
    Q_OBJECT
    QList<Recipe> m_recipes;

private slots:
    void initTestCase()
    {
        auto recipes = loadRecipesFrom(QStringLiteral(CAPATAZ_SOURCE_DIR) + u"/resources/recipes"_s);
        QVERIFY2(recipes.has_value(), recipes ? "" : qPrintable(recipes.error().detail));
        m_recipes = *recipes;
        QVERIFY(m_recipes.size() >= 5);
    }

    void generatedSecrets_data()
    {
        QTest::addColumn<QString>("recipe");
        QTest::addColumn<QString>("variable");
        int rows = 0;
        for (const Recipe& r : std::as_const(m_recipes)) {
            for (const RecipeEnvVar& v : r.env) {
                if (v.generate.isEmpty())
                    continue;
                QTest::addRow("%s %s", qPrintable(r.id), qPrintable(v.name)) << r.id << v.name;
                ++rows;
            }
        }
        QVERIFY(rows >= 13);
    }
    void generatedSecrets()
    {
        QFETCH(QString, recipe);
        QFETCH(QString, variable);
        const auto r = std::find_if(m_recipes.cbegin(), m_recipes.cend(),
                                    [&](const Recipe& x) { return x.id == recipe; });
        const RecipeEnvVar* v = r->envVar(variable);
        QVERIFY(v->secret); // only secrets are generated

        const auto doc = documented().value(recipe).value(variable);
        QVERIFY2(!doc.pattern.isEmpty(),
                 qPrintable(u"%1 %2 is generated but its format is not documented here: add the seed "
                            u"guide's format to the table"_s.arg(recipe, variable)));
        const auto spec = SecretGenerator::parseSpec(v->generate);
        QVERIFY2(spec.has_value(), qPrintable(v->generate));
        const QRegularExpression format(doc.pattern);
        for (int i = 0; i < 50; ++i) {
            const QString value = SecretGenerator::generate(*spec);
            // Never the value in a message: only what was wrong with it.
            QVERIFY2(format.match(value).hasMatch(),
                     qPrintable(u"%1 %2 (generate: %3, %4 characters) does not match %5, as the guide "
                                u"asks: %6"_s.arg(recipe, variable, v->generate)
                                    .arg(value.size())
                                    .arg(doc.pattern, doc.guide)));
            QVERIFY2(value.size() >= v->minLength,
                     qPrintable(u"%1 %2: %3 characters, the recipe's min_length is %4"_s.arg(recipe, variable)
                                    .arg(value.size())
                                    .arg(v->minLength)));
            QVERIFY(value.size() >= EnvCheck::kMinSecretLength);
            QVERIFY(!r->isForbiddenValue(value));
            QVERIFY(!EnvCheck::isPlaceholder(value));
        }
    }

    // Every documented row still names a generated secret (a renamed variable is noticed).
    void everyDocumentedSecretIsGenerated()
    {
        for (auto it = documented().cbegin(); it != documented().cend(); ++it) {
            const auto r = std::find_if(m_recipes.cbegin(), m_recipes.cend(),
                                        [&](const Recipe& x) { return x.id == it.key(); });
            QVERIFY2(r != m_recipes.cend(), qPrintable(it.key()));
            for (auto var = it->cbegin(); var != it->cend(); ++var) {
                const RecipeEnvVar* v = r->envVar(var.key());
                QVERIFY2(v && !v->generate.isEmpty(), qPrintable(it.key() + u' ' + var.key()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRecipeSecrets)
#include "tst_recipesecrets.moc"
