#include "metrics/QueryLexer.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <string>

using namespace Qt::Literals::StringLiterals;

namespace capataz::metrics {

namespace {

using T = QueryToken::Type;

bool isIdentStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c == u':';
}
bool isIdentChar(QChar c)
{
    return isIdentStart(c) || (c >= u'0' && c <= u'9');
}
bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

qint64 unitMs(QStringView unit)
{
    if (unit == u"ms")
        return 1;
    if (unit == u"s")
        return 1000;
    if (unit == u"m")
        return 60'000;
    if (unit == u"h")
        return 3'600'000;
    if (unit == u"d")
        return 86'400'000;
    if (unit == u"w")
        return 7 * 86'400'000LL;
    if (unit == u"y")
        return 365 * 86'400'000LL;
    return 0;
}

QueryToken errorToken(qint32 position, QueryError::Code code, QStringList args = {})
{
    QueryToken t;
    t.type = T::Error;
    t.position = position;
    t.error = QueryError{code, position, std::move(args)};
    return t;
}

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

// A quoted string as Go (and PromQL) reads it; i is at the opening quote.
std::optional<QueryToken> lexString(const QString& s, qsizetype& i)
{
    const QChar quote = s[i];
    const qint32 start = qint32(i + 1);
    std::string value; // UTF-8: \x and octal escapes are bytes, as in Go
    auto appendChar = [&value](QChar ch) {
        value += QString(ch).toStdString();
    };
    ++i;
    while (i < s.size()) {
        const QChar c = s[i];
        if (c == quote) {
            ++i;
            QueryToken t;
            t.type = T::String;
            t.position = start;
            t.text = QString::fromStdString(value);
            t.bytes = std::move(value);
            return t;
        }
        if (quote != u'`' && c == u'\n')
            break;
        if (quote == u'`' || c != u'\\') {
            if (c.isHighSurrogate() && i + 1 < s.size()) {
                value += s.mid(i, 2).toStdString();
                i += 2;
                continue;
            }
            appendChar(c);
            ++i;
            continue;
        }
        // an escape
        if (i + 1 >= s.size())
            break;
        const QChar e = s[i + 1];
        const qint32 escapeAt = qint32(i + 1);
        i += 2;
        switch (e.unicode()) {
        case u'a':
            value += '\a';
            break;
        case u'b':
            value += '\b';
            break;
        case u'f':
            value += '\f';
            break;
        case u'n':
            value += '\n';
            break;
        case u'r':
            value += '\r';
            break;
        case u't':
            value += '\t';
            break;
        case u'v':
            value += '\v';
            break;
        case u'\\':
            value += '\\';
            break;
        case u'"':
            value += '"';
            break;
        case u'\'':
            value += '\'';
            break;
        case u'x':
        case u'u':
        case u'U': {
            const int digits = e == u'x' ? 2 : e == u'u' ? 4 : 8;
            char32_t code = 0;
            for (int k = 0; k < digits; ++k) {
                const int h = i < s.size() ? hexValue(s[i]) : -1;
                if (h < 0)
                    return errorToken(escapeAt, QueryError::Code::InvalidEscape);
                code = code * 16 + char32_t(h);
                ++i;
            }
            if (e == u'x') {
                value += char(code);
            } else {
                if (code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                    return errorToken(escapeAt, QueryError::Code::InvalidEscape);
                value += QString::fromUcs4(&code, 1).toStdString();
            }
            break;
        }
        default:
            if (e >= u'0' && e <= u'7') {
                int code = e.unicode() - u'0';
                for (int k = 0; k < 2; ++k) {
                    if (i >= s.size() || s[i] < u'0' || s[i] > u'7')
                        return errorToken(escapeAt, QueryError::Code::InvalidEscape);
                    code = code * 8 + (s[i].unicode() - u'0');
                    ++i;
                }
                if (code > 255)
                    return errorToken(escapeAt, QueryError::Code::InvalidEscape);
                value += char(code);
                break;
            }
            return errorToken(escapeAt, QueryError::Code::InvalidEscape);
        }
    }
    return errorToken(start, QueryError::Code::UnterminatedString);
}

// The longest duration ("1h30m") at i, in ms; 0 characters when there is none.
qsizetype durationLength(const QString& s, qsizetype i)
{
    qsizetype j = i;
    qsizetype lastGood = i;
    while (j < s.size() && isDigit(s[j])) {
        while (j < s.size() && isDigit(s[j]))
            ++j;
        qsizetype u = j;
        while (u < s.size() && s[u].isLetter() && s[u].unicode() < 128)
            ++u;
        if (u == j)
            return lastGood - i;
        // the unit is the longest known prefix of the letters ("ms" before "m")
        qsizetype unitEnd = std::min(j + 2, u);
        while (unitEnd > j && unitMs(QStringView(s).sliced(j, unitEnd - j)) == 0)
            --unitEnd;
        if (unitEnd == j)
            return lastGood - i;
        j = unitEnd;
        lastGood = j;
    }
    return lastGood - i;
}

} // namespace

std::optional<qint64> parseDuration(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    const QString s = text.toString();
    if (durationLength(s, 0) != s.size())
        return std::nullopt;
    qint64 total = 0;
    qsizetype i = 0;
    qint64 lastUnit = std::numeric_limits<qint64>::max();
    while (i < s.size()) {
        qint64 n = 0;
        while (i < s.size() && isDigit(s[i])) {
            n = n * 10 + (s[i].unicode() - u'0');
            if (n > std::numeric_limits<qint64>::max() / 1000 / 86400 / 365)
                return std::nullopt;
            ++i;
        }
        qsizetype u = i;
        while (u < s.size() && !isDigit(s[u]))
            ++u;
        const qint64 unit = unitMs(QStringView(s).sliced(i, u - i));
        if (unit >= lastUnit) // units go from the largest down, each once (as Prometheus requires)
            return std::nullopt;
        lastUnit = unit;
        if (__builtin_add_overflow(total, n * unit, &total))
            return std::nullopt; // "292471208y292471208d": more ms than a qint64 holds
        i = u;
    }
    return total;
}

std::vector<QueryToken> lexQuery(const QString& s)
{
    std::vector<QueryToken> tokens;
    qsizetype i = 0;
    auto push = [&](T type, qsizetype length) {
        QueryToken t;
        t.type = type;
        t.position = qint32(i + 1);
        t.text = s.mid(i, length);
        tokens.push_back(std::move(t));
        i += length;
    };
    while (i < s.size()) {
        const QChar c = s[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == u'#') { // a comment to the end of the line
            while (i < s.size() && s[i] != u'\n')
                ++i;
            continue;
        }
        const QChar next = i + 1 < s.size() ? s[i + 1] : QChar();
        switch (c.unicode()) {
        case u'(':
            push(T::LeftParen, 1);
            continue;
        case u')':
            push(T::RightParen, 1);
            continue;
        case u'{':
            push(T::LeftBrace, 1);
            continue;
        case u'}':
            push(T::RightBrace, 1);
            continue;
        case u'[':
            push(T::LeftBracket, 1);
            continue;
        case u']':
            push(T::RightBracket, 1);
            continue;
        case u',':
            push(T::Comma, 1);
            continue;
        case u'+':
            push(T::Plus, 1);
            continue;
        case u'-':
            push(T::Minus, 1);
            continue;
        case u'*':
            push(T::Star, 1);
            continue;
        case u'/':
            push(T::Slash, 1);
            continue;
        case u'%':
            push(T::Percent, 1);
            continue;
        case u'^':
            push(T::Caret, 1);
            continue;
        case u'=':
            if (next == u'=')
                push(T::EqualEqual, 2);
            else if (next == u'~')
                push(T::RegexMatch, 2);
            else
                push(T::Assign, 1);
            continue;
        case u'!':
            if (next == u'=') {
                push(T::NotEqual, 2);
                continue;
            }
            if (next == u'~') {
                push(T::RegexNoMatch, 2);
                continue;
            }
            break;
        case u'>':
            push(next == u'=' ? T::GreaterEqual : T::Greater, next == u'=' ? 2 : 1);
            continue;
        case u'<':
            push(next == u'=' ? T::LessEqual : T::Less, next == u'=' ? 2 : 1);
            continue;
        case u'"':
        case u'\'':
        case u'`': {
            std::optional<QueryToken> t = lexString(s, i);
            const bool failed = t->type == T::Error;
            tokens.push_back(std::move(*t));
            if (failed)
                return tokens;
            continue;
        }
        default:
            break;
        }
        if (isDigit(c) || (c == u'.' && isDigit(next))) {
            const qint32 start = qint32(i + 1);
            const qsizetype d = durationLength(s, i);
            if (d > 0 && i + d < s.size() && isIdentChar(s[i + d])) { // "5min", "5m3"
                qsizetype j = i + d;
                while (j < s.size() && isIdentChar(s[j]))
                    ++j;
                tokens.push_back(errorToken(start, QueryError::Code::InvalidDuration, {s.mid(i, j - i)}));
                return tokens;
            }
            if (d > 0) {
                const QString text = s.mid(i, d);
                const std::optional<qint64> ms = parseDuration(text);
                if (!ms) {
                    tokens.push_back(errorToken(start, QueryError::Code::InvalidDuration, {text}));
                    return tokens;
                }
                push(T::Duration, d);
                tokens.back().durationMs = *ms;
                continue;
            }
            qsizetype j = i;
            while (j < s.size() &&
                   (isIdentChar(s[j]) || s[j] == u'.' ||
                    ((s[j] == u'+' || s[j] == u'-') && (s[j - 1] == u'e' || s[j - 1] == u'E') &&
                     !s.mid(i, 2).startsWith(u"0x"_s, Qt::CaseInsensitive))))
                ++j;
            const QString text = s.mid(i, j - i);
            double value = 0;
            bool ok = false;
            if (text.startsWith(u"0x"_s, Qt::CaseInsensitive)) {
                const qulonglong v = text.mid(2).toULongLong(&ok, 16);
                value = double(v);
            } else {
                const QByteArray latin = text.toLatin1();
                const auto r = std::from_chars(latin.constData(), latin.constData() + latin.size(), value);
                ok = r.ec == std::errc() && r.ptr == latin.constData() + latin.size();
                if (r.ec == std::errc::result_out_of_range) { // 1e999: Go gives ±Inf, as here
                    ok = true;
                    value = std::strtod(latin.constData(), nullptr);
                }
            }
            if (!ok) {
                tokens.push_back(errorToken(start, QueryError::Code::InvalidNumber, {text}));
                return tokens;
            }
            push(T::Number, j - i);
            tokens.back().number = value;
            continue;
        }
        if (isIdentStart(c)) {
            qsizetype j = i;
            while (j < s.size() && isIdentChar(s[j]))
                ++j;
            const QString word = s.mid(i, j - i);
            if (word.compare(u"inf"_s, Qt::CaseInsensitive) == 0 ||
                word.compare(u"nan"_s, Qt::CaseInsensitive) == 0) {
                push(T::Number, j - i);
                tokens.back().number = word.size() == 3 && word[0].toLower() == u'i'
                                           ? std::numeric_limits<double>::infinity()
                                           : std::numeric_limits<double>::quiet_NaN();
                continue;
            }
            push(T::Identifier, j - i);
            continue;
        }
        tokens.push_back(errorToken(qint32(i + 1), QueryError::Code::UnexpectedCharacter, {QString(c)}));
        return tokens;
    }
    QueryToken end;
    end.type = T::End;
    end.position = qint32(s.size() + 1);
    tokens.push_back(std::move(end));
    return tokens;
}

} // namespace capataz::metrics
