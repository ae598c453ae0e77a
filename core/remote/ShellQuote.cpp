#include "remote/ShellQuote.h"

#include <array>
#include <string_view>

namespace capataz::remote {

namespace {
constexpr bool isSafe(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' ||
           c == u'-' || c == u'.' || c == u'/' || c == u',' || c == u':' || c == u'@' || c == u'%' ||
           c == u'+' || c == u'=';
}

// Made only of safe characters, yet not a plain word as the first word of a command: an
// assignment ("NAME=value" would set a variable and run the next word instead) or a reserved
// word of sh or bash ("if", "time", ...). Quoting makes it the program's name.
bool isSpecialInCommandPosition(QStringView arg)
{
    static constexpr std::array<std::u16string_view, 17> reserved{
        u"case", u"do",   u"done",  u"elif",  u"else",     u"esac",   u"fi",   u"for",   u"if",
        u"in",   u"then", u"until", u"while", u"function", u"select", u"time", u"coproc"};
    for (std::u16string_view word : reserved) {
        if (arg == QStringView(word.data(), qsizetype(word.size())))
            return true;
    }
    const qsizetype eq = arg.indexOf(u'=');
    if (eq <= 0)
        return false;
    const auto nameChar = [](QChar c, bool first) {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || u == u'_' ||
               (!first && u >= u'0' && u <= u'9');
    };
    for (qsizetype i = 0; i < eq; ++i) {
        if (!nameChar(arg[i], i == 0))
            return false;
    }
    return true;
}

} // namespace

QString shellQuote(QStringView arg)
{
    if (!arg.isEmpty()) {
        bool safe = true;
        for (QChar c : arg)
            safe = safe && isSafe(c.unicode());
        // '=' first would be fine for sh, but a leading '=' is zsh's command-path expansion
        // and '~' expansion happens only at the start: keep them quoted to be plain.
        if (safe && arg.front() != u'=' && arg.front() != u'~' && !isSpecialInCommandPosition(arg))
            return arg.toString();
    }
    QString out;
    out.reserve(arg.size() + 2);
    out += u'\'';
    for (QChar c : arg) {
        if (c == u'\'')
            out += QStringLiteral("'\\''");
        else
            out += c;
    }
    out += u'\'';
    return out;
}

QString shellJoin(const QStringList& argv)
{
    QString out;
    for (const QString& a : argv) {
        if (!out.isEmpty())
            out += u' ';
        out += shellQuote(a);
    }
    return out;
}

bool isPassable(QStringView arg)
{
    return !arg.contains(QChar(u'\0'));
}

} // namespace capataz::remote
