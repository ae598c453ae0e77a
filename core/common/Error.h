#pragma once

#include <QMetaType>
#include <QString>

#include <array>
#include <expected>

namespace capataz {

// What went wrong, as a value. Tests compare codes; common/ErrorCatalog turns a code into a
// translated sentence that says what happened, and each front end adds what to do next.
// `detail` is technical text for logs and "details" boxes: it never holds a secret.
// The codes are listed once, in ErrorCodes.def.
enum class ErrorCode {
#define CAPATAZ_ERROR_CODE(name) name,
#include "common/ErrorCodes.def"
#undef CAPATAZ_ERROR_CODE
};

// Every code, in declaration order (None first): for tests and tables that must cover them all.
inline constexpr std::array kAllErrorCodes{
#define CAPATAZ_ERROR_CODE(name) ErrorCode::name,
#include "common/ErrorCodes.def"
#undef CAPATAZ_ERROR_CODE
};

struct Error {
    ErrorCode code = ErrorCode::None;
    QString detail;

    [[nodiscard]] bool isError() const { return code != ErrorCode::None; }
    [[nodiscard]] QString codeName() const;
    [[nodiscard]] QString toString() const; // "CodeName: detail", untranslated, for logs and CLI
    // `detail` without the code name repeated at its start ("ConnectionLost: ConnectionLost: x"
    // happens when an error is wrapped in one of the same code): what front ends show.
    [[nodiscard]] QString plainDetail() const;
    bool operator==(const Error&) const = default;
};

// Stable, untranslated identifier of a code ("HostKeyChanged"), used by the CLI's --json and
// by tests.
[[nodiscard]] QString errorCodeName(ErrorCode code);

template <typename T> using Result = std::expected<T, Error>;
using VoidResult = std::expected<void, Error>;

[[nodiscard]] inline std::unexpected<Error> fail(ErrorCode code, QString detail = {})
{
    return std::unexpected<Error>(Error{code, std::move(detail)});
}

} // namespace capataz

Q_DECLARE_METATYPE(capataz::Error)
