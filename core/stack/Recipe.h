#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <limits>

namespace capataz::stack {

// Text a recipe carries in both languages of the console.
struct RecipeText {
    QString en;
    QString es;
    // The text for a UI language ("es", "es_AR", "en_GB", ...): Spanish for es*, else English;
    // falls back to the other language when one is empty.
    [[nodiscard]] QString forLanguage(const QString& language) const;
    bool operator==(const RecipeText&) const = default;
};

// A named set of compose profiles to start together (`--profile redis --profile full`).
struct RecipeProfileSet {
    QString id;
    RecipeText name;
    QStringList profiles; // empty: only services without profiles
    int line = 0;
};

// One variable of the project's .env.
struct RecipeEnvVar {
    QString name;
    bool required = false;
    bool secret = false;
    // How a value is generated: "urlsafe32" (secrets.token_urlsafe(32)), "hex32"
    // (secrets.token_hex(32)), "base64-24" (openssl rand -base64 24), "password:N" (N
    // characters); empty: the user supplies it (third-party API keys, tokens).
    QString generate;
    int minLength = 0;
    RecipeText description;
    QString example;      // shown as a hint; never written as a value
    QString defaultValue; // written when the user gives nothing; empty: none
    int line = 0;
};

struct RecipeNginx {
    QString domain;            // placeholder shown in the wizard, e.g. "api.example.com"
    int upstreamPort = 0;      // 127.0.0.1:PORT; 0: unknown (the wizard asks)
    QString clientMaxBodySize; // nginx syntax: "10M", "50M", "1m"
    int connectTimeout = 60;   // seconds
    int sendTimeout = 60;
    int readTimeout = 60;
    bool websocket = false;
    QString healthLocation;     // public location answered without access log, e.g. "/health"
    QString healthUpstreamPath; // what it proxies to, e.g. "/api/v1/health"; empty: same path
};

struct RecipeHealthEndpoint {
    QString path;    // "/health", "/health/live", "/health/ready", "/api/v1/health"
    int port = 0;    // on the server's loopback (through the SSH tunnel)
    QString purpose; // "general", "liveness", "readiness"
};

struct RecipeMetrics {
    QString path; // empty: the system exposes no metrics
    int port = 0;
};

struct RecipePanel {
    RecipeText title;
    QString expr; // PromQL-like, evaluated by core/metrics
    QString unit; // "req/s", "s", "%", "ratio", "bytes", "bytes/s", "" (count)
    QString kind; // "line" (default), "stacked", "value", "gauge", "table"
    // Colours of a value: past `warning` it is shown as a warning, past `critical` as bad. Higher
    // is worse when warning < critical ("p95 under 3 s": warning 2, critical 3), lower is worse
    // when warning > critical ("confidence at least 95 %": warning 0.97, critical 0.95). In the
    // panel's own unit ("ratio": 0.95, as the expression gives it). NaN: not set.
    double warning = std::numeric_limits<double>::quiet_NaN();
    double critical = std::numeric_limits<double>::quiet_NaN();
    // A gauge's scale (NaN: from 0, to 100 for percentages or past the critical threshold).
    double min = std::numeric_limits<double>::quiet_NaN();
    double max = std::numeric_limits<double>::quiet_NaN();
};

struct RecipeAlert {
    QString name;
    QString expr;
    QString forDuration; // "5m", "30s"
    QString severity;    // "info", "warning", "critical"
    RecipeText summary;
};

struct RecipeBackupTarget {
    enum Kind { Postgres, MongoDb, Volume, Files, Redis, Qdrant, MinIo };
    Kind kind = Volume;
    QString service;     // compose service (empty for files)
    QString database;    // postgres / mongodb database; empty: all
    QString volume;      // kind volume: the named volume
    QString path;        // kind files: a path relative to the project directory
    QString userEnv;     // .env variable holding the user name
    QString passwordEnv; // .env variable holding the password
    QString databaseEnv; // .env variable holding the database name (wins over `database`)
    int line = 0;
};

// Stable identifier of a backup kind as written in recipes ("postgres", "mongodb", ...).
[[nodiscard]] QString backupKindName(RecipeBackupTarget::Kind kind);

// A deployable system: what the setup wizard, the monitors and the backups need to know about
// it. Loaded from YAML (resources/recipes/README.md documents the format).
struct Recipe {
    QString id;
    RecipeText name;
    RecipeText description;
    QString projectDir;
    QStringList composeFiles; // in -f order
    QList<RecipeProfileSet> profileSets;
    QString envFile = QStringLiteral(".env");
    QList<RecipeEnvVar> env;
    // Placeholders that must not reach production as the value of a secret (a user name
    // "admin" is fine, a password "admin" is not).
    QStringList forbiddenValues;
    RecipeNginx nginx;
    QList<RecipeHealthEndpoint> health;
    RecipeMetrics metrics;
    QList<RecipePanel> dashboard;
    QList<RecipeAlert> alerts;
    QList<RecipeBackupTarget> backups;

    [[nodiscard]] const RecipeEnvVar* envVar(const QString& name) const;
    [[nodiscard]] const RecipeProfileSet* profileSet(const QString& id) const;
    // Case-insensitive match against forbiddenValues.
    [[nodiscard]] bool isForbiddenValue(const QString& value) const;
};

// True for "urlsafe32", "hex32", "base64-24" and "password:N" with 8 <= N <= 256.
[[nodiscard]] bool isValidGenerator(const QString& generator);

// The id of the recipe learnt from any compose file (RecipeGeneric.h), used when no other fits.
inline constexpr QStringView kGenericRecipeId = u"generic-compose";

// The id of the recipe a server profile's project directory suggests: the first of `recipes`
// whose projectDir is `projectDir` (trailing slashes ignored), else kGenericRecipeId. The
// wizard and `capataz-cli plan` both start from it.
[[nodiscard]] QString recipeIdForProjectDir(const QList<Recipe>& recipes, QString projectDir);

} // namespace capataz::stack
