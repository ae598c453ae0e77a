#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <expected>
#include <functional>
#include <optional>

namespace capataz::stack {

// Why docker compose would refuse a value. Never holds the value itself (it may be a secret):
// `variable` and `reason` come from the ${VAR:?reason} reference, `offset` says where.
struct InterpolationError {
    enum class Code {
        RequiredVariableMissing, // ${VAR:?reason} with VAR unset or empty, ${VAR?reason} with VAR unset
        InvalidInterpolation,    // "${" that is not ${NAME}, ${NAME:-...} ... (compose: "Invalid template")
    };
    Code code = Code::InvalidInterpolation;
    QString variable;     // RequiredVariableMissing: the variable
    QString reason;       // RequiredVariableMissing: the text after '?', itself interpolated
    qsizetype offset = 0; // where the failing "${" starts, in characters of the interpolated text
    bool operator==(const InterpolationError&) const = default;

    // "required-variable-missing", "invalid-interpolation": stable, for --json and tests.
    [[nodiscard]] QString codeName() const;
    // compose's own words ("required variable X is missing a value: reason"), English.
    [[nodiscard]] QString message() const;
};

// A variable's value, std::nullopt when it is not set (set and empty is "").
using VariableLookup = std::function<std::optional<QString>(const QString& name)>;

// Interpolates `text` exactly as compose-go's template.Substitute does (docker compose v2, both
// for .env values and compose files): $$ is a dollar; $NAME and ${NAME}; ${NAME:-default} and
// ${NAME-default}; ${NAME:?message} and ${NAME?message}; ${NAME:+alt} and ${NAME+alt}; defaults,
// alternatives and messages are interpolated themselves, nested to any depth; names are ASCII
// letters, digits and '_', not starting with a digit; '$' before anything else is kept.
// `unset`, when given, receives every variable used without a default that is not set (compose
// warns "The X variable is not set. Defaulting to a blank string.").
[[nodiscard]] std::expected<QString, InterpolationError>
interpolate(QStringView text, const VariableLookup& lookup, QStringList* unset = nullptr);

} // namespace capataz::stack
