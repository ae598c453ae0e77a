#include "remote/ShellQuote.h"

namespace capataz::remote {

namespace {
constexpr bool isSafe(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' ||
           c == u'-' || c == u'.' || c == u'/' || c == u',' || c == u':' || c == u'@' || c == u'%' ||
           c == u'+' || c == u'=';
}
} // namespace

QString shellQuote(QStringView arg)
{
    if (!arg.isEmpty()) {
        bool safe = true;
        for (QChar c : arg)
            safe = safe && isSafe(c.unicode());
        // '=' first would be fine for sh, but a leading '-' or '=' reads badly in previews
        // and '~' expansion happens only at the start: keep them quoted to be plain.
        if (safe && arg.front() != u'=' && arg.front() != u'~')
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

bool isPassable(QStringView arg) { return !arg.contains(QChar(u'\0')); }

} // namespace capataz::remote
