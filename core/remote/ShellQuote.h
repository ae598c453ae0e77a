#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace capataz::remote {

// The one quoting function. Every argument that reaches a remote shell goes through it.
// POSIX sh single-quote quoting: the result is a single word whose value is exactly `arg`
// (quotes, $(), backticks, newlines, ';', non-ASCII and empty strings included). Words made only
// of characters that no POSIX shell treats specially are left bare, for readable previews.
// An argument containing NUL cannot be passed to a remote program; callers check with
// isPassable() first (Command does).
[[nodiscard]] QString shellQuote(QStringView arg);

// Joins quoted words with single spaces.
[[nodiscard]] QString shellJoin(const QStringList& argv);

// False when the argument holds a NUL character (no exec()-ed program can receive it).
[[nodiscard]] bool isPassable(QStringView arg);

} // namespace capataz::remote
