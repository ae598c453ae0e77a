#pragma once

#include "DotenvDocument.h"
#include "common/Error.h"

#include <QByteArrayView>

#include <expected>

namespace capataz::stack {

// Why a .env file could not be read, and where. Never carries the text of the line (it may
// hold a secret).
struct DotenvParseError {
    enum class Code {
        BadKey,             // a character docker compose refuses in a name, or a space inside it
        EmptyKey,           // "=value"
        UnterminatedQuote,  // a quoted value without its closing quote
        TrailingCharacters, // text after a closing quote that is not a comment
    };
    Code code = Code::BadKey;
    int line = 0; // 1-based
    bool operator==(const DotenvParseError&) const = default;

    [[nodiscard]] QString codeName() const;
    [[nodiscard]] Error toError() const; // ParseError, "line N: <what>"
};

// Reads a .env file with docker compose v2's rules (compose-go's dotenv parser):
//  - blank lines and lines whose first non-space character is '#' are kept as they are;
//  - "export " before a key is allowed; keys are letters, digits, '_', '.', '-', '[', ']' (and
//    non-ASCII letters); spaces around '=' are allowed; "KEY: value" (YAML style) is accepted;
//  - unquoted values run to the end of the line, are cut at the first " #" (inline comment)
//    and trimmed; "KEY= # x" therefore has the value "# x", as in compose;
//  - single quotes are literal (only \' is an escape); double quotes expand \n \r \t \\ \" \$
//    (and \a \b \f \v) and may span lines;
//  - a bare "KEY" is valid: compose takes KEY from its own environment (kept as `inherited`);
//  - CR before LF is part of the line ending, a missing final newline is kept as such.
// Stricter than compose on purpose: text after a closing quote other than a comment, a key with
// a space inside, and an empty key are errors (compose silently starts a new statement there).
[[nodiscard]] std::expected<DotenvDocument, DotenvParseError> parseDotenvDetailed(QByteArrayView bytes);
[[nodiscard]] Result<DotenvDocument> parseDotenv(QByteArrayView bytes);

} // namespace capataz::stack
