#include "stack/RecipeGeneric.h"

#include "stack/ComposeVariables.h"

#include <QRegularExpression>
#include <QSet>

namespace capataz::stack {

namespace {

enum class Store { None, Postgres, Mongo, Redis, MinIo, Qdrant, Other };

Store storeOf(const ComposeService& s)
{
    const QString repo = s.imageRepository().toLower();
    const QString last = repo.section(u'/', -1);
    if (last == u"postgres" || last == u"pgvector" || last == u"postgis" || last.startsWith(u"timescaledb"))
        return Store::Postgres;
    if (last == u"mongo" || last == u"mongodb-community-server")
        return Store::Mongo;
    if (last == u"redis" || last == u"redis-stack-server" || last == u"valkey")
        return Store::Redis;
    if (last == u"minio")
        return Store::MinIo;
    if (last == u"qdrant")
        return Store::Qdrant;
    if (last == u"mysql" || last == u"mariadb" || last == u"elasticsearch" || last == u"rabbitmq" ||
        last == u"memcached")
        return Store::Other;
    return Store::None;
}

// ${NAME}, ${NAME:-x}, ... standing alone: NAME; otherwise empty.
QString soleReference(const QString& value)
{
    const auto refs = scanVariableReferences(value, 0);
    if (refs.size() != 1 || !value.startsWith(u'$') || !value.endsWith(u'}'))
        return {};
    return refs.first().name;
}

const ComposeEnvEntry* envEntry(const ComposeService& s, QStringView name)
{
    for (const auto& e : s.environment) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

// For an environment entry: the .env variable behind it (from ${VAR}), or, when the entry
// is not set in compose (`- NAME`), NAME itself.
QString envVarBehind(const ComposeService& s, QStringView name)
{
    const ComposeEnvEntry* e = envEntry(s, name);
    if (!e)
        return {};
    return e->hasValue ? soleReference(e->value) : e->name;
}

QString literalValue(const ComposeService& s, QStringView name)
{
    const ComposeEnvEntry* e = envEntry(s, name);
    if (!e || !e->hasValue || e->value.contains(u'$'))
        return {};
    return e->value;
}

int portNumber(const QString& published)
{
    bool ok = false;
    const int n = published.section(u'-', 0, 0).toInt(&ok);
    if (ok)
        return n > 0 && n <= 65535 ? n : 0;
    const auto refs = scanVariableReferences(published, 0);
    if (refs.size() == 1 && refs.first().hasDefault)
        return portNumber(refs.first().defaultValue);
    return 0;
}

bool httpish(int port)
{
    static const QSet<int> known{80, 3000, 4000, 5000, 5678, 8000, 8001, 8008, 8080, 8081, 8088, 8888, 9090};
    return known.contains(port);
}

QString generatorFor(const QString& name)
{
    const QString upper = name.toUpper();
    if (upper.contains(u"PASSWORD") || upper.contains(u"PASSWD"))
        return QStringLiteral("base64-24");
    if (upper.contains(u"JWT") && upper.contains(u"SECRET"))
        return QStringLiteral("hex32");
    if ((upper.contains(u"SECRET") && !upper.contains(u"ACCESS")) || upper.contains(u"SALT"))
        return QStringLiteral("urlsafe32");
    return {}; // API keys, tokens, DSNs: issued by someone else
}

} // namespace

bool looksSecret(const QString& variableName)
{
    static const QRegularExpression pattern(
        QStringLiteral("(PASSWORD|PASSWD|_PASS$|^PASS$|SECRET|TOKEN|(^|_)KEY$|API_?KEY|PRIVATE|CREDENTIAL|"
                       "SALT|(^|_)DSN$)"),
        QRegularExpression::CaseInsensitiveOption);
    // Settings about secrets are not secrets: ACCESS_TOKEN_EXPIRE_MINUTES, JWT_ALGORITHM, ...
    static const QRegularExpression setting(QStringLiteral("(EXPIRE|EXPIRATION|EXPIRY|TTL|LIFETIME|ALGORITHM|"
                                                           "_URL$|_URI$|_HOST$|_PORT$|_USER$|_FILE$|_PATH$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(variableName).hasMatch() && !setting.match(variableName).hasMatch();
}

QStringList defaultForbiddenValues()
{
    return {QStringLiteral("your_secret_key_here"),
            QStringLiteral("your_secure_password"),
            QStringLiteral("your_jwt_secret_here"),
            QStringLiteral("your-secret-key"),
            QStringLiteral("changeme"),
            QStringLiteral("change-me"),
            QStringLiteral("changethis"),
            QStringLiteral("password"),
            QStringLiteral("secret"),
            QStringLiteral("admin"),
            QStringLiteral("admin123"),
            QStringLiteral("minioadmin"),
            QStringLiteral("postgres"),
            QStringLiteral("example"),
            QStringLiteral("dev-secret-key-change-in-production")};
}

Recipe genericFromCompose(const ComposeProject& project, const QStringList& envKeys)
{
    Recipe r;
    r.id = kGenericRecipeId.toString();
    r.name = {QStringLiteral("Docker Compose project"), QStringLiteral("Proyecto Docker Compose")};
    r.description = {QStringLiteral("Learnt from the compose file"),
                     QStringLiteral("Deducido del archivo compose")};
    r.projectDir = QStringLiteral("/opt/app");
    r.composeFiles = {QStringLiteral("docker-compose.yml")};
    r.forbiddenValues = defaultForbiddenValues();
    r.profileSets.append({QStringLiteral("default"),
                          {QStringLiteral("Default services"), QStringLiteral("Servicios por defecto")},
                          {},
                          0});
    for (const auto& p : project.profiles())
        r.profileSets.append({p, {p, p}, {p}, 0});

    // env: referenced variables first (file order), then the .env's other keys.
    for (const auto& ref : project.variableReferences()) {
        RecipeEnvVar v;
        v.name = ref.name;
        v.required = !ref.hasDefault;
        v.secret = looksSecret(ref.name);
        v.generate = v.secret ? generatorFor(ref.name) : QString();
        v.minLength = v.secret && !v.generate.isEmpty() ? 16 : 0;
        v.defaultValue = v.secret ? QString() : ref.defaultValue;
        v.line = ref.line;
        v.description = {QStringLiteral("Used by the compose file"),
                         QStringLiteral("Usada por el archivo compose")};
        r.env.append(v);
    }
    for (const auto& key : envKeys) {
        if (r.envVar(key))
            continue;
        RecipeEnvVar v;
        v.name = key;
        v.secret = looksSecret(key);
        v.generate = v.secret ? generatorFor(key) : QString();
        v.minLength = v.secret && !v.generate.isEmpty() ? 16 : 0;
        v.description = {QStringLiteral("From the .env file"), QStringLiteral("Del archivo .env")};
        r.env.append(v);
    }

    // nginx upstream: an application service's published port, else any HTTP-ish one.
    const QList<ComposeService> started = project.servicesFor({});
    for (const auto& s : started) {
        if (storeOf(s) != Store::None)
            continue;
        for (const auto& p : s.ports) {
            const int n = portNumber(p.published);
            if (n > 0 && r.nginx.upstreamPort == 0)
                r.nginx.upstreamPort = n;
        }
    }
    if (r.nginx.upstreamPort == 0) {
        for (const auto& s : project.services) {
            for (const auto& p : s.ports) {
                const int n = portNumber(p.published);
                if (n > 0 && httpish(n) && r.nginx.upstreamPort == 0)
                    r.nginx.upstreamPort = n;
            }
        }
    }
    r.nginx.domain = QStringLiteral("app.example.com");
    r.nginx.clientMaxBodySize = QStringLiteral("10M");

    // backups: known data stores, then named volumes nobody backs up otherwise.
    QSet<QString> coveredVolumes;
    for (const auto& s : project.services) {
        RecipeBackupTarget b;
        b.service = s.name;
        switch (storeOf(s)) {
        case Store::Postgres:
            b.kind = RecipeBackupTarget::Postgres;
            b.userEnv = envVarBehind(s, u"POSTGRES_USER");
            b.passwordEnv = envVarBehind(s, u"POSTGRES_PASSWORD");
            b.databaseEnv = envVarBehind(s, u"POSTGRES_DB");
            b.database = literalValue(s, u"POSTGRES_DB");
            break;
        case Store::Mongo:
            b.kind = RecipeBackupTarget::MongoDb;
            b.userEnv = envVarBehind(s, u"MONGO_INITDB_ROOT_USERNAME");
            b.passwordEnv = envVarBehind(s, u"MONGO_INITDB_ROOT_PASSWORD");
            b.database = literalValue(s, u"MONGO_INITDB_DATABASE");
            break;
        case Store::Redis:
            b.kind = RecipeBackupTarget::Redis;
            break;
        case Store::MinIo:
            b.kind = RecipeBackupTarget::MinIo;
            b.userEnv = envVarBehind(s, u"MINIO_ROOT_USER");
            b.passwordEnv = envVarBehind(s, u"MINIO_ROOT_PASSWORD");
            break;
        case Store::Qdrant:
            b.kind = RecipeBackupTarget::Qdrant;
            break;
        case Store::None:
        case Store::Other:
            continue;
        }
        // Credentials named here must be declared in env.
        for (QString* env : {&b.userEnv, &b.passwordEnv, &b.databaseEnv}) {
            if (!env->isEmpty() && !r.envVar(*env))
                env->clear();
        }
        for (const auto& m : s.volumes) {
            if (m.kind == ComposeVolumeMount::Named)
                coveredVolumes.insert(m.source);
        }
        b.line = s.line;
        r.backups.append(b);
    }
    for (const auto& volume : project.volumes) {
        if (coveredVolumes.contains(volume))
            continue;
        RecipeBackupTarget b;
        b.kind = RecipeBackupTarget::Volume;
        b.volume = volume;
        r.backups.append(b);
    }
    return r;
}

} // namespace capataz::stack
