#include "stack/RecipeLoader.h"

#include "stack/ComposeYaml.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <exception>
#include <initializer_list>
#include <limits>

namespace capataz::stack {

namespace {

using yaml::child;
using yaml::lineOf;
using yaml::scalar;

class RecipeReader {
public:
    Recipe read(const YAML::Node& root)
    {
        Recipe r;
        if (!root.IsMap()) {
            report(root, QStringLiteral("(top level)"), QStringLiteral("a recipe is a mapping"));
            return r;
        }
        knownKeys(root, QString(),
                  {"schema", "id", "name", "description", "project_dir", "compose", "env", "forbidden_values",
                   "nginx", "health", "metrics", "dashboard", "alerts", "backups"});
        if (const YAML::Node schema = child(root, "schema");
            schema.IsDefined() && !schema.IsNull() && scalar(schema) != u"1")
            report(schema, QStringLiteral("schema"),
                   QStringLiteral("unsupported schema version (expected 1)"));
        r.id = requiredText(root, "id", QString());
        static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
        if (!r.id.isEmpty() && !idPattern.match(r.id).hasMatch())
            report(child(root, "id"), QStringLiteral("id"),
                   QStringLiteral("only lowercase letters, digits and '-'"));
        r.name = text(root, "name", QString(), true);
        r.description = text(root, "description", QString(), false);
        r.projectDir = requiredText(root, "project_dir", QString());
        readCompose(child(root, "compose"), r);
        readEnv(child(root, "env"), r);
        r.forbiddenValues = strings(child(root, "forbidden_values"), QStringLiteral("forbidden_values"));
        readNginx(child(root, "nginx"), r.nginx);
        readHealth(child(root, "health"), r);
        readMetrics(child(root, "metrics"), r);
        readDashboard(child(root, "dashboard"), r);
        readAlerts(child(root, "alerts"), r);
        readBackups(child(root, "backups"), r);
        return r;
    }

    [[nodiscard]] const QStringList& problems() const { return m_problems; }

private:
    void report(const YAML::Node& node, QStringView field, const QString& message)
    {
        report(lineOf(node), field.toString(), message);
    }
    void report(int line, const QString& field, const QString& message)
    {
        m_problems.append(yaml::problem(line, field, message));
    }

    static QString path(const QString& parent, const char* key)
    {
        const QString k = QString::fromLatin1(key);
        return parent.isEmpty() ? k : parent + u'.' + k;
    }
    static QString indexed(const QString& parent, qsizetype i)
    {
        return parent + u'[' + QString::number(i) + u']';
    }

    void knownKeys(const YAML::Node& map, const QString& parent, std::initializer_list<const char*> keys)
    {
        if (!map.IsMap())
            return;
        for (const auto& kv : map) {
            const std::string k = kv.first.IsScalar() ? kv.first.Scalar() : std::string();
            bool known = false;
            for (const char* key : keys)
                known = known || k == key;
            if (!known)
                report(kv.first,
                       parent.isEmpty() ? QString::fromStdString(k)
                                        : parent + u'.' + QString::fromStdString(k),
                       QStringLiteral("unknown key"));
        }
    }

    QString requiredText(const YAML::Node& map, const char* key, const QString& parent)
    {
        const YAML::Node node = child(map, key);
        if (node.IsNull() || !node.IsScalar() || scalar(node).trimmed().isEmpty()) {
            report(node.IsNull() ? lineOf(map) : lineOf(node), path(parent, key), QStringLiteral("required"));
            return {};
        }
        return scalar(node);
    }

    RecipeText text(const YAML::Node& map, const char* key, const QString& parent, bool required)
    {
        const YAML::Node node = child(map, key);
        const QString field = path(parent, key);
        if (node.IsNull()) {
            if (required)
                report(lineOf(map), field, QStringLiteral("required (with en and es)"));
            return {};
        }
        if (!node.IsMap()) {
            report(node, field, QStringLiteral("must be a mapping with en and es"));
            return {};
        }
        knownKeys(node, field, {"en", "es"});
        RecipeText t{scalar(child(node, "en")), scalar(child(node, "es"))};
        if (t.en.isEmpty() || t.es.isEmpty())
            report(node, field, QStringLiteral("needs both en and es"));
        return t;
    }

    QStringList strings(const YAML::Node& node, const QString& field)
    {
        QStringList out;
        if (node.IsNull())
            return out;
        if (!node.IsSequence()) {
            report(node, field, QStringLiteral("must be a list"));
            return out;
        }
        qsizetype i = 0;
        for (const auto& item : node) {
            if (!item.IsScalar() || scalar(item).isEmpty())
                report(item, indexed(field, i), QStringLiteral("must be a non-empty string"));
            else
                out.append(scalar(item));
            ++i;
        }
        return out;
    }

    int integer(const YAML::Node& map, const char* key, const QString& parent, int fallback, int min, int max,
                bool allowSeconds = false)
    {
        const YAML::Node node = child(map, key);
        if (node.IsNull())
            return fallback;
        QString t = scalar(node);
        if (allowSeconds && t.endsWith(u's'))
            t.chop(1);
        bool ok = false;
        const int n = t.toInt(&ok);
        if (!ok || n < min || n > max) {
            report(node, path(parent, key),
                   QStringLiteral("must be a number from %1 to %2").arg(min).arg(max));
            return fallback;
        }
        return n;
    }

    // A finite number; NaN when the key is absent (or wrong: reported).
    double real(const YAML::Node& map, const char* key, const QString& parent)
    {
        const YAML::Node node = child(map, key);
        if (node.IsNull())
            return std::numeric_limits<double>::quiet_NaN();
        bool ok = false;
        const double v = scalar(node).toDouble(&ok);
        if (!ok || !std::isfinite(v)) {
            report(node, path(parent, key), QStringLiteral("must be a number such as 0.95 or 3"));
            return std::numeric_limits<double>::quiet_NaN();
        }
        return v;
    }

    bool boolean(const YAML::Node& map, const char* key, const QString& parent, bool fallback)
    {
        const YAML::Node node = child(map, key);
        if (node.IsNull())
            return fallback;
        const QString t = scalar(node);
        if (t == u"true" || t == u"yes")
            return true;
        if (t == u"false" || t == u"no")
            return false;
        report(node, path(parent, key), QStringLiteral("must be true or false"));
        return fallback;
    }

    template <typename Fn> void eachItem(const YAML::Node& node, const QString& field, Fn fn)
    {
        if (node.IsNull())
            return;
        if (!node.IsSequence()) {
            report(node, field, QStringLiteral("must be a list"));
            return;
        }
        qsizetype i = 0;
        for (const auto& item : node) {
            const QString itemField = indexed(field, i++);
            if (!item.IsMap()) {
                report(item, itemField, QStringLiteral("must be a mapping"));
                continue;
            }
            fn(item, itemField);
        }
    }

    void readCompose(const YAML::Node& node, Recipe& r)
    {
        const QString field = QStringLiteral("compose");
        if (!node.IsMap()) {
            report(node.IsNull() ? 1 : lineOf(node), field,
                   QStringLiteral("required (files and profile_sets)"));
            return;
        }
        knownKeys(node, field, {"files", "profile_sets"});
        r.composeFiles = strings(child(node, "files"), QStringLiteral("compose.files"));
        if (r.composeFiles.isEmpty())
            report(node, QStringLiteral("compose.files"), QStringLiteral("at least one compose file"));
        eachItem(child(node, "profile_sets"), QStringLiteral("compose.profile_sets"),
                 [&](const YAML::Node& item, const QString& f) {
                     knownKeys(item, f, {"id", "name", "profiles"});
                     RecipeProfileSet set;
                     set.id = requiredText(item, "id", f);
                     set.name = text(item, "name", f, true);
                     set.profiles = strings(child(item, "profiles"), path(f, "profiles"));
                     set.line = lineOf(item);
                     if (r.profileSet(set.id))
                         report(item, f, QStringLiteral("duplicate profile set id \"%1\"").arg(set.id));
                     r.profileSets.append(set);
                 });
    }

    void readEnv(const YAML::Node& node, Recipe& r)
    {
        if (node.IsNull())
            return;
        if (!node.IsMap()) {
            report(node, QStringLiteral("env"), QStringLiteral("must be a mapping (file, variables)"));
            return;
        }
        knownKeys(node, QStringLiteral("env"), {"file", "variables"});
        if (const QString file = scalar(child(node, "file")); !file.isEmpty())
            r.envFile = file;
        static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        eachItem(child(node, "variables"), QStringLiteral("env.variables"),
                 [&](const YAML::Node& item, const QString& f) {
                     knownKeys(item, f,
                               {"name", "required", "secret", "generate", "min_length", "description",
                                "example", "default"});
                     RecipeEnvVar v;
                     v.line = lineOf(item);
                     v.name = requiredText(item, "name", f);
                     if (!v.name.isEmpty() && !namePattern.match(v.name).hasMatch())
                         report(child(item, "name"), path(f, "name"), QStringLiteral("not a variable name"));
                     if (!v.name.isEmpty() && r.envVar(v.name))
                         report(child(item, "name"), path(f, "name"),
                                QStringLiteral("duplicate variable \"%1\"").arg(v.name));
                     v.required = boolean(item, "required", f, false);
                     v.secret = boolean(item, "secret", f, false);
                     v.generate = scalar(child(item, "generate"));
                     if (!v.generate.isEmpty() && !isValidGenerator(v.generate))
                         report(child(item, "generate"), path(f, "generate"),
                                QStringLiteral(
                                    "unknown generator \"%1\" (urlsafe32, hex32, base64-24, password:N)")
                                    .arg(v.generate));
                     if (!v.generate.isEmpty() && !v.secret)
                         report(child(item, "generate"), path(f, "generate"),
                                QStringLiteral("only secrets are generated"));
                     v.minLength = integer(item, "min_length", f, 0, 0, 4096);
                     v.description = text(item, "description", f, true);
                     v.example = scalar(child(item, "example"));
                     v.defaultValue = scalar(child(item, "default"));
                     if (v.secret && !v.defaultValue.isEmpty())
                         report(child(item, "default"), path(f, "default"),
                                QStringLiteral("a secret has no default value"));
                     r.env.append(v);
                 });
    }

    void readNginx(const YAML::Node& node, RecipeNginx& n)
    {
        const QString field = QStringLiteral("nginx");
        if (node.IsNull())
            return;
        if (!node.IsMap()) {
            report(node, field, QStringLiteral("must be a mapping"));
            return;
        }
        knownKeys(
            node, field,
            {"domain", "upstream_port", "client_max_body_size", "timeouts", "websocket", "health_location"});
        n.domain = scalar(child(node, "domain"));
        n.upstreamPort = integer(node, "upstream_port", field, 0, 0, 65535);
        n.clientMaxBodySize = scalar(child(node, "client_max_body_size"));
        static const QRegularExpression size(QStringLiteral("^[0-9]+[kKmMgG]?$"));
        if (!n.clientMaxBodySize.isEmpty() && !size.match(n.clientMaxBodySize).hasMatch())
            report(child(node, "client_max_body_size"), QStringLiteral("nginx.client_max_body_size"),
                   QStringLiteral("nginx size such as 10M"));
        if (const YAML::Node t = child(node, "timeouts"); !t.IsNull()) {
            const QString tf = QStringLiteral("nginx.timeouts");
            if (!t.IsMap()) {
                report(t, tf, QStringLiteral("must be a mapping (connect, send, read)"));
            } else {
                knownKeys(t, tf, {"connect", "send", "read"});
                n.connectTimeout = integer(t, "connect", tf, n.connectTimeout, 1, 86400, true);
                n.sendTimeout = integer(t, "send", tf, n.sendTimeout, 1, 86400, true);
                n.readTimeout = integer(t, "read", tf, n.readTimeout, 1, 86400, true);
            }
        }
        n.websocket = boolean(node, "websocket", field, false);
        if (const YAML::Node h = child(node, "health_location"); !h.IsNull()) {
            const QString hf = QStringLiteral("nginx.health_location");
            if (!h.IsMap()) {
                report(h, hf, QStringLiteral("must be a mapping (path, upstream_path)"));
            } else {
                knownKeys(h, hf, {"path", "upstream_path"});
                n.healthLocation = urlPath(h, "path", hf, true);
                n.healthUpstreamPath = urlPath(h, "upstream_path", hf, false);
            }
        }
    }

    QString urlPath(const YAML::Node& map, const char* key, const QString& parent, bool required)
    {
        const YAML::Node node = child(map, key);
        const QString p = scalar(node);
        if (p.isEmpty()) {
            if (required)
                report(lineOf(map), path(parent, key), QStringLiteral("required"));
            return {};
        }
        if (!p.startsWith(u'/') || p.contains(u' '))
            report(node, path(parent, key), QStringLiteral("must be a URL path starting with /"));
        return p;
    }

    void readHealth(const YAML::Node& node, Recipe& r)
    {
        eachItem(node, QStringLiteral("health"), [&](const YAML::Node& item, const QString& f) {
            knownKeys(item, f, {"path", "port", "purpose"});
            RecipeHealthEndpoint h;
            h.path = urlPath(item, "path", f, true);
            h.port = integer(item, "port", f, r.nginx.upstreamPort, 1, 65535);
            if (h.port == 0)
                report(item, path(f, "port"), QStringLiteral("required when nginx.upstream_port is not set"));
            h.purpose = scalar(child(item, "purpose"));
            if (h.purpose.isEmpty())
                h.purpose = QStringLiteral("general");
            if (h.purpose != u"general" && h.purpose != u"liveness" && h.purpose != u"readiness")
                report(child(item, "purpose"), path(f, "purpose"),
                       QStringLiteral("general, liveness or readiness"));
            r.health.append(h);
        });
    }

    void readMetrics(const YAML::Node& node, Recipe& r)
    {
        if (node.IsNull())
            return;
        const QString field = QStringLiteral("metrics");
        if (!node.IsMap()) {
            report(node, field, QStringLiteral("must be a mapping (path, port)"));
            return;
        }
        knownKeys(node, field, {"path", "port"});
        r.metrics.path = urlPath(node, "path", field, true);
        r.metrics.port = integer(node, "port", field, r.nginx.upstreamPort, 1, 65535);
    }

    void readDashboard(const YAML::Node& node, Recipe& r)
    {
        eachItem(node, QStringLiteral("dashboard"), [&](const YAML::Node& item, const QString& f) {
            knownKeys(item, f, {"title", "expr", "unit", "kind", "warning", "critical", "min", "max"});
            RecipePanel p;
            p.title = text(item, "title", f, true);
            p.expr = requiredText(item, "expr", f);
            p.unit = scalar(child(item, "unit"));
            p.kind = scalar(child(item, "kind"));
            static const QStringList kinds{QStringLiteral("line"), QStringLiteral("stacked"),
                                           QStringLiteral("value"), QStringLiteral("gauge"),
                                           QStringLiteral("table")};
            if (!p.kind.isEmpty() && !kinds.contains(p.kind))
                report(child(item, "kind"), path(f, "kind"),
                       QStringLiteral("line, stacked, value, gauge or table"));
            p.warning = real(item, "warning", f);
            p.critical = real(item, "critical", f);
            p.min = real(item, "min", f);
            p.max = real(item, "max", f);
            if (p.min >= p.max)
                report(child(item, "max"), path(f, "max"), QStringLiteral("a number above min"));
            r.dashboard.append(p);
        });
    }

    void readAlerts(const YAML::Node& node, Recipe& r)
    {
        static const QRegularExpression duration(QStringLiteral("^[0-9]+[smhd]$"));
        eachItem(node, QStringLiteral("alerts"), [&](const YAML::Node& item, const QString& f) {
            knownKeys(item, f, {"name", "expr", "for", "severity", "summary"});
            RecipeAlert a;
            a.name = requiredText(item, "name", f);
            a.expr = requiredText(item, "expr", f);
            a.forDuration = scalar(child(item, "for"));
            if (!a.forDuration.isEmpty() && !duration.match(a.forDuration).hasMatch())
                report(child(item, "for"), path(f, "for"), QStringLiteral("a duration such as 5m"));
            a.severity = requiredText(item, "severity", f);
            if (!a.severity.isEmpty() && a.severity != u"info" && a.severity != u"warning" &&
                a.severity != u"critical")
                report(child(item, "severity"), path(f, "severity"),
                       QStringLiteral("info, warning or critical"));
            a.summary = text(item, "summary", f, false);
            r.alerts.append(a);
        });
    }

    void readBackups(const YAML::Node& node, Recipe& r)
    {
        eachItem(node, QStringLiteral("backups"), [&](const YAML::Node& item, const QString& f) {
            knownKeys(item, f,
                      {"kind", "service", "database", "volume", "path", "user_env", "password_env",
                       "database_env"});
            RecipeBackupTarget b;
            b.line = lineOf(item);
            const QString kind = requiredText(item, "kind", f);
            bool known = false;
            for (int k = RecipeBackupTarget::Postgres; k <= RecipeBackupTarget::MinIo; ++k) {
                if (backupKindName(RecipeBackupTarget::Kind(k)) == kind) {
                    b.kind = RecipeBackupTarget::Kind(k);
                    known = true;
                }
            }
            if (!kind.isEmpty() && !known)
                report(child(item, "kind"), path(f, "kind"),
                       QStringLiteral(
                           "unknown kind \"%1\" (postgres, mongodb, volume, files, redis, qdrant, minio)")
                           .arg(kind));
            b.service = scalar(child(item, "service"));
            b.database = scalar(child(item, "database"));
            b.volume = scalar(child(item, "volume"));
            b.path = scalar(child(item, "path"));
            b.userEnv = scalar(child(item, "user_env"));
            b.passwordEnv = scalar(child(item, "password_env"));
            b.databaseEnv = scalar(child(item, "database_env"));
            if (known && b.kind != RecipeBackupTarget::Files && b.kind != RecipeBackupTarget::Volume &&
                b.service.isEmpty())
                report(item, path(f, "service"), QStringLiteral("required for kind %1").arg(kind));
            if (known && b.kind == RecipeBackupTarget::Volume && b.volume.isEmpty())
                report(item, path(f, "volume"), QStringLiteral("required for kind volume"));
            if (known && b.kind == RecipeBackupTarget::Files && b.path.isEmpty())
                report(item, path(f, "path"), QStringLiteral("required for kind files"));
            r.backups.append(b);
        });
    }

    QStringList m_problems;
};

// Cross-field checks once everything is read.
void checkReferences(const Recipe& r, QStringList& problems)
{
    for (const auto& b : r.backups) {
        for (const QString* env : {&b.userEnv, &b.passwordEnv, &b.databaseEnv}) {
            if (!env->isEmpty() && !r.envVar(*env))
                problems.append(yaml::problem(
                    b.line, QStringLiteral("backups"),
                    QStringLiteral("names %1, which env.variables does not declare").arg(*env)));
        }
    }
    for (const auto& v : r.env) {
        if (v.minLength > 0 && !v.generate.isEmpty() && v.generate.startsWith(u"password:") &&
            v.generate.mid(9).toInt() < v.minLength)
            problems.append(yaml::problem(v.line, QStringLiteral("env.variables.%1.generate").arg(v.name),
                                          QStringLiteral("generates fewer characters than min_length")));
    }
}

} // namespace

Result<Recipe> loadRecipe(QByteArrayView text)
{
    auto root = yaml::loadDocument(text);
    if (!root)
        return std::unexpected(root.error());
    try {
        RecipeReader reader;
        Recipe recipe = reader.read(*root);
        QStringList problems = reader.problems();
        checkReferences(recipe, problems);
        if (!problems.isEmpty())
            return fail(ErrorCode::InvalidArgument, problems.join(u'\n'));
        return recipe;
    } catch (const std::exception& e) {
        return fail(ErrorCode::ParseError, QString::fromLocal8Bit(e.what()));
    }
}

Result<QList<Recipe>> loadRecipesFrom(const QString& dir)
{
    const QDir d(dir);
    if (!d.exists())
        return fail(ErrorCode::NotFound, QStringLiteral("%1: no such directory").arg(dir));
    const QStringList names = d.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    if (names.isEmpty())
        return fail(ErrorCode::NotFound, QStringLiteral("%1: no *.yaml recipe").arg(dir));
    QList<Recipe> out;
    QSet<QString> ids;
    for (const auto& name : names) {
        QFile file(d.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::LocalFileError, QStringLiteral("%1: %2").arg(name, file.errorString()));
        if (file.size() > yaml::maxInputBytes)
            return fail(ErrorCode::ParseError, QStringLiteral("%1: file too large").arg(name));
        auto recipe = loadRecipe(file.readAll());
        if (!recipe)
            return fail(recipe.error().code, name + QStringLiteral(": ") + recipe.error().detail);
        if (ids.contains(recipe->id))
            return fail(ErrorCode::AlreadyExists,
                        QStringLiteral("%1: id \"%2\" used twice").arg(name, recipe->id));
        ids.insert(recipe->id);
        out.append(*recipe);
    }
    return out;
}

QList<Recipe> builtinRecipes()
{
    return loadRecipesFrom(QStringLiteral(":/recipes")).value_or(QList<Recipe>{});
}

} // namespace capataz::stack
