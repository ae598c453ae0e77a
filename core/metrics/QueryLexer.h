#pragma once

#include "metrics/QueryError.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace capataz::metrics {

// The tokens of a query. Lexing stops at the first character it cannot read: that token is an
// Error token carrying the problem, met by the parser where it stands.
struct QueryToken {
    enum class Type : quint8 {
        End,
        Error,
        Identifier,
        Number,
        Duration,
        String,
        LeftParen,
        RightParen,
        LeftBrace,
        RightBrace,
        LeftBracket,
        RightBracket,
        Comma,
        Plus,
        Minus,
        Star,
        Slash,
        Percent,
        Caret,
        EqualEqual,
        NotEqual,
        Greater,
        Less,
        GreaterEqual,
        LessEqual,
        Assign,
        RegexMatch,
        RegexNoMatch,
    };
    Type type = Type::End;
    qint32 position = 0;   // 1-based character
    QString text;          // as written (a String: its unquoted, unescaped value)
    std::string bytes;     // a String: its value as bytes (\x and octal escapes are bytes, as in Go)
    double number = 0;     // Number
    qint64 durationMs = 0; // Duration
    std::optional<QueryError> error; // Error
};

[[nodiscard]] std::vector<QueryToken> lexQuery(const QString& text);

// "5m", "1h30m", "250ms", "2d": milliseconds; nullopt when not a duration.
[[nodiscard]] std::optional<qint64> parseDuration(QStringView text);

} // namespace capataz::metrics
