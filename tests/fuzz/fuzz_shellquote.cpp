// libFuzzer target for remote::shellQuote. For any UTF-8 input without NUL:
//  - a tiny POSIX single-quote reader turns the quoted word back into the input, and
//  - outside single quotes the word holds only characters no shell treats specially (the
//    only escape allowed is \' between quoted runs), and a bare word does not start with
//    '~' or '=' nor look like an assignment.
#include "remote/Command.h"
#include "remote/ShellQuote.h"

#include <QString>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <optional>

using capataz::remote::shellQuote;

namespace {

bool isPlain(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
           QStringView(u"_-./,:@%+=").contains(c);
}

// Reads one shell word made of bare plain characters, '...' runs and \' escapes.
// std::nullopt if anything else appears unquoted or a quote is left open.
std::optional<QString> readWord(QStringView word)
{
    QString out;
    bool inQuote = false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word[i];
        if (inQuote) {
            if (c == u'\'')
                inQuote = false;
            else
                out += c;
        } else if (c == u'\'') {
            inQuote = true;
        } else if (c == u'\\') {
            if (i + 1 >= word.size() || word[i + 1] != u'\'')
                return std::nullopt;
            out += word[++i];
        } else if (isPlain(c)) {
            out += c;
        } else {
            return std::nullopt;
        }
    }
    if (inQuote)
        return std::nullopt;
    return out;
}

bool looksLikeAssignment(QStringView word)
{
    const qsizetype eq = word.indexOf(u'=');
    if (eq <= 0 || !(word[0].isLetter() || word[0] == u'_'))
        return false;
    for (qsizetype i = 0; i < eq; ++i) {
        const char16_t u = word[i].unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_'))
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (std::memchr(data, 0, size))
        return 0;
    const QString input = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString quoted = shellQuote(input);

    const auto back = readWord(quoted);
    if (!back || *back != input)
        std::abort();
    if (!quoted.contains(u'\'')) {
        if (quoted.isEmpty() || quoted.front() == u'~' || quoted.front() == u'=' ||
            looksLikeAssignment(quoted))
            std::abort();
    }

    // The same words through Command: one string, no NUL, every word still readable.
    using capataz::remote::Command;
    const auto shell = Command({QStringLiteral("printf"), input}).toShell(capataz::remote::SudoMode::None);
    if (!shell || !shell->startsWith(QStringLiteral("printf ")) || readWord(shell->sliced(7)) != input)
        std::abort();
    return 0;
}
