#include "logs/LogLevel.h"

#include <array>
#include <cstring>
#include <string_view>

namespace capataz::logs {

namespace {

constexpr qsizetype kScanBytes = 256;

bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}
bool isLower(char c)
{
    return c >= 'a' && c <= 'z';
}
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isWordChar(char c)
{
    return isUpper(c) || isLower(c) || isDigit(c) || c == '_';
}
char lower(char c)
{
    return isUpper(c) ? char(c + ('a' - 'A')) : c;
}

struct Word {
    std::string_view name;
    Level level;
};

// Lower case; matched ignoring case by levelFromWord().
constexpr std::array kWords{
    Word{"trace", Level::Trace},    Word{"debug", Level::Debug},      Word{"dbug", Level::Debug},
    Word{"info", Level::Info},      Word{"information", Level::Info}, Word{"notice", Level::Notice},
    Word{"warn", Level::Warning},   Word{"warning", Level::Warning},  Word{"error", Level::Error},
    Word{"err", Level::Error},      Word{"eror", Level::Error},       Word{"critical", Level::Critical},
    Word{"crit", Level::Critical},  Word{"fatal", Level::Critical},   Word{"panic", Level::Critical},
    Word{"alert", Level::Critical}, Word{"emerg", Level::Critical},   Word{"emergency", Level::Critical},
    Word{"severe", Level::Error},   Word{"default", Level::Unknown},
};

// Status digits of nginx's access log: after `] "request" `.
Level nginxAccessLevel(QByteArrayView t)
{
    const qsizetype open = t.indexOf(QByteArrayView("] \""));
    if (open < 0 || open > kScanBytes)
        return Level::Unknown;
    const qsizetype close = t.indexOf('"', open + 3);
    if (close < 0 || close + 5 > t.size() || t[close + 1] != ' ')
        return Level::Unknown;
    const char s0 = t[close + 2];
    if (!isDigit(s0) || !isDigit(t[close + 3]) || !isDigit(t[close + 4]) ||
        (close + 5 < t.size() && t[close + 5] != ' '))
        return Level::Unknown;
    return s0 == '5' ? Level::Error : s0 == '4' ? Level::Warning : Level::Info;
}

// "1:M 01 Jan 2024 10:00:00.000 * Ready to accept connections"
Level redisLevel(QByteArrayView t)
{
    qsizetype i = 0;
    while (i < t.size() && i < 10 && isDigit(t[i]))
        ++i;
    if (i == 0 || i + 30 > t.size() || t[i] != ':' || std::strchr("XCSM", t[i + 1]) == nullptr ||
        t[i + 2] != ' ')
        return Level::Unknown;
    // "01 Jan 2024 10:00:00.000 " is 25 bytes
    const char* d = t.data() + i + 3;
    if (!isDigit(d[0]) || !isDigit(d[1]) || d[2] != ' ' || !isUpper(d[3]) || d[6] != ' ' || d[11] != ' ' ||
        d[14] != ':' || d[17] != ':' || d[20] != '.' || d[24] != ' ' || d[26] != ' ')
        return Level::Unknown;
    switch (d[25]) {
    case '.':
        return Level::Debug;
    case '-':
        return Level::Info;
    case '*':
        return Level::Notice;
    case '#':
        return Level::Warning;
    default:
        return Level::Unknown;
    }
}

// The value of the first of `keys` present in a JSON line: a string or a number.
QByteArrayView jsonValue(QByteArrayView t, QByteArrayView key)
{
    qsizetype at = 0;
    while ((at = t.indexOf(key, at)) >= 0) {
        qsizetype i = at + key.size();
        at = i;
        while (i < t.size() && (t[i] == ' ' || t[i] == '\t'))
            ++i;
        if (i >= t.size() || t[i] != ':')
            continue; // a value that happens to read like the key
        ++i;
        while (i < t.size() && (t[i] == ' ' || t[i] == '\t'))
            ++i;
        if (i < t.size() && t[i] == '"') {
            const qsizetype end = t.indexOf('"', i + 1);
            return end < 0 ? QByteArrayView() : t.sliced(i + 1, end - i - 1);
        }
        qsizetype end = i;
        while (end < t.size() && isDigit(t[end]))
            ++end;
        return t.sliced(i, end - i);
    }
    return {};
}

Level jsonLevel(QByteArrayView t)
{
    static constexpr std::array keys{"\"level\"", "\"levelname\"", "\"severity\"", "\"lvl\"", "\"loglevel\""};
    for (const char* key : keys) {
        const QByteArrayView v = jsonValue(t, QByteArrayView(key));
        if (v.isEmpty())
            continue;
        if (isDigit(v[0])) { // pino, bunyan
            const int n = QByteArrayView(v).toInt();
            return n >= 60   ? Level::Critical
                   : n >= 50 ? Level::Error
                   : n >= 40 ? Level::Warning
                   : n >= 30 ? Level::Info
                   : n >= 20 ? Level::Debug
                   : n >= 10 ? Level::Trace
                             : Level::Unknown;
        }
        return levelFromWord(v);
    }
    const QByteArrayView s = jsonValue(t, "\"s\""); // MongoDB
    if (s.size() == 1 || (s.size() == 2 && s[0] == 'D')) {
        switch (s[0]) {
        case 'F':
            return Level::Critical;
        case 'E':
            return Level::Error;
        case 'W':
            return Level::Warning;
        case 'I':
            return Level::Info;
        case 'D':
            return Level::Debug;
        default:
            break;
        }
    }
    return Level::Unknown;
}

// Capitals only, so "no error found" in a message is not a level; "LOG" only as PostgreSQL's
// "LOG:".
Level upperWordLevel(QByteArrayView w, char next)
{
    if (w.size() == 3 && w == QByteArrayView("LOG"))
        return next == ':' ? Level::Info : Level::Unknown;
    for (char c : w)
        if (!isUpper(c))
            return Level::Unknown;
    return levelFromWord(w);
}

} // namespace

Level levelFromWord(QByteArrayView word)
{
    if (word.size() < 3 || word.size() > 11)
        return Level::Unknown;
    char buf[12];
    for (qsizetype i = 0; i < word.size(); ++i)
        buf[i] = lower(word[i]);
    const std::string_view w(buf, std::size_t(word.size()));
    for (const Word& k : kWords)
        if (k.name == w)
            return k.level;
    return Level::Unknown;
}

Level detectLevel(QByteArrayView t)
{
    qsizetype i = 0;
    while (i < t.size() && (t[i] == ' ' || t[i] == '\t'))
        ++i;
    if (i < t.size() && t[i] == '{')
        return jsonLevel(t);
    if (i < t.size() && isDigit(t[i])) {
        if (const Level l = redisLevel(t); l != Level::Unknown)
            return l;
        if (const Level l = nginxAccessLevel(t); l != Level::Unknown)
            return l;
    }
    // Words, leftmost first, in the first kScanBytes.
    const qsizetype n = std::min(t.size(), kScanBytes);
    const char* s = t.data();
    while (i < n) {
        if (!isWordChar(s[i])) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < t.size() && isWordChar(s[i]))
            ++i;
        const qsizetype len = i - start;
        if (len < 3 || len > 9)
            continue;
        const QByteArrayView w(s + start, len);
        const char before = start > 0 ? s[start - 1] : ' ';
        const char next = i < t.size() ? s[i] : ' ';
        Level l = Level::Unknown;
        if (isUpper(s[start]))
            l = upperWordLevel(w, next);
        if (l == Level::Unknown && before == '[' && next == ']')
            l = levelFromWord(w); // nginx error log: [error]
        if (l == Level::Unknown && before == '=' && start >= 2) {
            // logfmt: level=warn, lvl=error, severity=info
            const QByteArrayView head(s, start - 1);
            if (head.endsWith("level") || head.endsWith("lvl") || head.endsWith("severity"))
                l = levelFromWord(w);
        }
        if (l != Level::Unknown)
            return l;
    }
    return Level::Unknown;
}

QByteArrayView levelName(Level level)
{
    switch (level) {
    case Level::Trace:
        return "TRACE";
    case Level::Debug:
        return "DEBUG";
    case Level::Info:
        return "INFO";
    case Level::Notice:
        return "NOTICE";
    case Level::Warning:
        return "WARN";
    case Level::Error:
        return "ERROR";
    case Level::Critical:
        return "CRIT";
    case Level::Unknown:
        break;
    }
    return "";
}

} // namespace capataz::logs
