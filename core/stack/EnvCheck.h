#pragma once

#include "DotenvDocument.h"
#include "common/Text.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace capataz::stack {

// One thing worth telling about a .env file. `code` is stable (tests, --json, the UI's
// translations); `message` is English and technical. Neither ever holds a value from the file.
struct EnvFinding {
    enum class Severity { Info, Warning, Error };
    Severity severity = Severity::Info;
    QString key;
    int line = 0; // line in the .env file, 0 when the key is not in it
    QString code;
    QString message;
    Text text; // the same, as a translatable sentence to show after the key (the GUI's words)
    bool operator==(const EnvFinding& o) const
    {
        return severity == o.severity && key == o.key && line == o.line && code == o.code &&
               message == o.message;
    }

    [[nodiscard]] static QString severityName(Severity s); // "error", "warning", "info"
};

// How a compose file uses a variable, as EnvCheck needs it (stack/ComposeProject.h's
// ComposeVariableRef is the compose model's richer record; the two must keep distinct names).
struct EnvVariableUse {
    enum class Form {
        Plain,     // $VAR, ${VAR}
        Default,   // ${VAR:-x}, ${VAR-x}
        Required,  // ${VAR:?msg}, ${VAR?msg}
        Alternate, // ${VAR:+x}, ${VAR+x}
    };
    QString name;
    Form form = Form::Plain;
    bool colon = false; // ":-", ":?", ":+": an empty value counts as unset
    int line = 0;       // in the compose file
    bool operator==(const EnvVariableUse&) const = default;
};

struct EnvCheckOptions {
    bool production = true;
    // The compose file(s), concatenated; several files are joined by a "---" line (a YAML
    // document separator), so each one's services can be read on their own.
    std::optional<QByteArray> composeText;
    // The environment compose will run in, for ${VAR} in values (empty: only the file itself).
    QHash<QString, QString> environment;
};

// Checks a .env file against docker compose's variable references and built-in rules:
// placeholders, empty and short secrets, DEBUG on, CORS open to every origin; and interpolates
// its values as compose will; and the values written inline in the compose file's
// `environment:` (placeholders, well-known defaults, secrets in clear, masked); and interpolates
// its values as compose will: "required-variable-missing" and "invalid-interpolation" (errors:
// compose refuses to start) and "variable-not-set" (a warning: compose uses an empty string).
class EnvCheck {
public:
    static constexpr int kMinSecretLength = 16;

    [[nodiscard]] static QList<EnvFinding> check(const DotenvDocument& env, const EnvCheckOptions& options);

    // Variable references in a compose file's text ($$ is a literal dollar), in order.
    // YAML comments are skipped; no YAML model is needed for this.
    [[nodiscard]] static QList<EnvVariableUse> composeReferences(QByteArrayView composeText);

    // SECRET, PASSWORD, PASSWD, TOKEN, KEY or APIKEY as a word of the name, and no word saying
    // it is rather a duration, length, id, path or algorithm (ACCESS_TOKEN_EXPIRE_MINUTES).
    [[nodiscard]] static bool isSecretKey(const QString& key);
    // A value from an example file or a well-known default that must not reach production.
    [[nodiscard]] static bool isPlaceholder(const QString& value);

    [[nodiscard]] static bool hasError(const QList<EnvFinding>& findings);
};

} // namespace capataz::stack
