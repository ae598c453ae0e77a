#pragma once

#include "stack/ComposeInterpolation.h"
#include "stack/DotenvDocument.h"

#include <QHash>
#include <QList>
#include <QString>

namespace capataz::stack {

// One .env file as given to compose (--env-file, or the project's .env): its name for messages
// and its parsed text.
struct DotenvSource {
    QString name;
    DotenvDocument document;
};

// A variable as docker compose will see it.
struct DotenvVariable {
    QString key;
    QString value;          // interpolated
    QString file;           // the DotenvSource that set it last
    int line = 0;           // where in that file
    bool inherited = false; // a bare "KEY": the value came from the environment
    bool operator==(const DotenvVariable&) const = default;
};

// Something compose would say about a value. Never holds a value (it may be a secret).
struct DotenvProblem {
    enum class Code {
        RequiredVariableMissing, // compose refuses to start
        InvalidInterpolation,    // compose refuses to start
        VariableNotSet,          // compose warns and uses an empty string
    };
    Code code = Code::VariableNotSet;
    QString file;
    int line = 0;
    QString key;      // the entry whose value has the problem
    QString variable; // the variable it refers to (empty for InvalidInterpolation)
    QString detail;   // English, technical: compose's own words where it has some
    bool operator==(const DotenvProblem&) const = default;

    [[nodiscard]] bool refused() const { return code != Code::VariableNotSet; }
    // "required-variable-missing", "invalid-interpolation", "variable-not-set"
    [[nodiscard]] QString codeName() const;
};

struct DotenvResolution {
    QList<DotenvVariable> variables; // each key once, in order of first definition
    QList<DotenvProblem> problems;   // in file and line order

    [[nodiscard]] bool refused() const; // some problem would stop compose
    [[nodiscard]] const DotenvVariable* find(const QString& key) const;
    [[nodiscard]] QHash<QString, QString> toHash() const;
};

// Reads .env files as docker compose v2 does (compose-go's GetEnvFromFile), in order, later
// files overriding earlier ones. Unquoted and double-quoted values are interpolated (single
// quotes are literal; \$ in double quotes is a dollar). A reference looks first in
// `environment` (the environment compose runs in), then in what the files have set so far,
// earlier files and lines above alike (the last one set wins). A bare KEY takes its value from
// the same places; when none has it, KEY stays unset. Unlike compose, which stops at the first
// error, every problem is reported; an entry with an error is left as it was before it.
[[nodiscard]] DotenvResolution resolveDotenv(const QList<DotenvSource>& files,
                                             const QHash<QString, QString>& environment);

// The value of an entry as compose's parser hands it to interpolation: unquoted text as is,
// double-quoted text with its escapes expanded and \$ turned into $$; std::nullopt for a
// single-quoted value (never interpolated) and for an inherited entry.
[[nodiscard]] std::optional<QString> interpolationTemplate(const DotenvLine& line);

} // namespace capataz::stack
