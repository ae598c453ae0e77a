#include "logs/LogParse.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace capataz::logs {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kNanosPerSecond = 1'000'000'000;

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

// Reads `n` digits at `pos`; -1 if they are not all digits.
int digits(QStringView s, qsizetype pos, int n)
{
    if (pos + n > s.size())
        return -1;
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const char16_t c = s[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.';
}

} // namespace

std::optional<qint64> parseRfc3339Nanos(QStringView s)
{
    // YYYY-MM-DDTHH:MM:SS
    if (s.size() < 20 || s[4] != u'-' || s[7] != u'-' || (s[10] != u'T' && s[10] != u't' && s[10] != u' ') ||
        s[13] != u':' || s[16] != u':')
        return std::nullopt;
    const int y = digits(s, 0, 4), mo = digits(s, 5, 2), d = digits(s, 8, 2);
    const int h = digits(s, 11, 2), mi = digits(s, 14, 2), sec = digits(s, 17, 2);
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 ||
        sec > 60)
        return std::nullopt;
    qsizetype pos = 19;
    qint64 frac = 0;
    if (pos < s.size() && s[pos] == u'.') {
        ++pos;
        int n = 0;
        while (pos < s.size() && s[pos].isDigit()) {
            if (n < 9) {
                frac = frac * 10 + s[pos].digitValue();
                ++n;
            }
            ++pos;
        }
        if (n == 0)
            return std::nullopt;
        for (; n < 9; ++n)
            frac *= 10;
    }
    qint64 offsetSeconds = 0;
    if (pos < s.size() && (s[pos] == u'Z' || s[pos] == u'z')) {
        ++pos;
    } else if (pos < s.size() && (s[pos] == u'+' || s[pos] == u'-')) {
        const int oh = digits(s, pos + 1, 2), om = digits(s, pos + 4, 2);
        if (oh < 0 || om < 0 || s.size() < pos + 6 || s[pos + 3] != u':')
            return std::nullopt;
        offsetSeconds = (s[pos] == u'+' ? 1 : -1) * (oh * 3600 + om * 60);
        pos += 6;
    } else {
        return std::nullopt;
    }
    if (pos != s.size())
        return std::nullopt;
    const qint64 seconds =
        daysFromCivil(y, unsigned(mo), unsigned(d)) * 86400 + h * 3600 + mi * 60 + sec - offsetSeconds;
    return seconds * kNanosPerSecond + frac;
}

QString formatRfc3339Nanos(qint64 ns)
{
    qint64 seconds = ns / kNanosPerSecond;
    qint64 frac = ns % kNanosPerSecond;
    if (frac < 0) {
        frac += kNanosPerSecond;
        --seconds;
    }
    const QDateTime t = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    return t.toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u'.' + u"%1"_s.arg(frac, 9, 10, QChar(u'0')) + u'Z';
}

QString composeProjectName(QStringView projectDir)
{
    QStringView dir = projectDir;
    while (dir.endsWith(u'/'))
        dir.chop(1);
    const qsizetype slash = dir.lastIndexOf(u'/');
    QString name;
    for (QChar c : dir.sliced(slash + 1)) {
        const QChar l = c.toLower();
        if ((l >= u'a' && l <= u'z') || (l >= u'0' && l <= u'9') || l == u'_' || l == u'-')
            name += l;
    }
    return name;
}

QString serviceOfContainer(QStringView container, QStringView project)
{
    QStringView name = container;
    // The replica number: "-1" (v2) or "_1" (v1).
    qsizetype end = name.size();
    while (end > 0 && name[end - 1].isDigit())
        --end;
    if (end > 0 && end < name.size() && (name[end - 1] == u'-' || name[end - 1] == u'_'))
        name = name.first(end - 1);
    if (!project.isEmpty()) {
        // v1: "<project>_" with the project's '_' and '-' dropped; v2 keeps them ("<project>-").
        QString v1;
        for (QChar c : project)
            if (c != u'_' && c != u'-')
                v1 += c;
        const QStringList prefixes{v1 + u'_', project.toString() + u'_', project.toString() + u'-'};
        for (const QString& p : prefixes) {
            if (name.size() > p.size() && name.startsWith(p))
                return name.sliced(p.size()).toString();
        }
    }
    return name.toString();
}

ComposeLine parseComposeLine(QStringView line, QStringView project)
{
    ComposeLine out;
    // "<name><spaces>| " : a container name, padding, the bar.
    const qsizetype bar = line.indexOf(u'|');
    qsizetype nameEnd = bar;
    while (nameEnd > 0 && line[nameEnd - 1] == u' ')
        --nameEnd;
    bool prefixed = bar > 0 && nameEnd > 0 && nameEnd < bar;
    for (qsizetype i = 0; prefixed && i < nameEnd; ++i)
        prefixed = isNameChar(line[i]);
    if (!prefixed) {
        out.text = line.toString();
        return out;
    }
    out.container = line.first(nameEnd).toString();
    out.service = serviceOfContainer(out.container, project);
    QStringView rest = line.sliced(bar + 1);
    if (rest.startsWith(u' '))
        rest = rest.sliced(1);
    const qsizetype space = rest.indexOf(u' ');
    const QStringView stamp = space < 0 ? rest : rest.first(space);
    if (auto ns = parseRfc3339Nanos(stamp)) {
        out.timeNs = *ns;
        rest = space < 0 ? QStringView() : rest.sliced(space + 1);
    }
    out.text = rest.toString();
    return out;
}

std::optional<JournalEntry> parseJournalJson(QStringView line)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    JournalEntry e;
    e.timeUs = o.value(u"__REALTIME_TIMESTAMP"_s).toString().toLongLong();
    e.cursor = o.value(u"__CURSOR"_s).toString();
    bool ok = false;
    const int p = o.value(u"PRIORITY"_s).toString().toInt(&ok);
    e.priority = ok ? p : -1;
    const QJsonValue m = o.value(u"MESSAGE"_s);
    if (m.isString()) {
        e.message = m.toString();
    } else if (m.isArray()) {
        QByteArray bytes;
        for (const QJsonValue& b : m.toArray())
            bytes.append(char(b.toInt()));
        e.message = QString::fromUtf8(bytes);
    }
    for (const auto* key : {"_SYSTEMD_UNIT", "SYSLOG_IDENTIFIER", "_COMM"}) {
        e.origin = o.value(QLatin1StringView(key)).toString();
        if (!e.origin.isEmpty())
            break;
    }
    return e;
}

Level levelOfPriority(int priority)
{
    switch (priority) {
    case 0:
    case 1:
    case 2:
        return Level::Critical;
    case 3:
        return Level::Error;
    case 4:
        return Level::Warning;
    case 5:
        return Level::Notice;
    case 6:
        return Level::Info;
    case 7:
        return Level::Debug;
    default:
        return Level::Unknown;
    }
}

std::optional<Level> levelFromName(QStringView name)
{
    static const QList<std::pair<QString, Level>> names{
        {u"trace"_s, Level::Trace},   {u"debug"_s, Level::Debug},  {u"info"_s, Level::Info},
        {u"notice"_s, Level::Notice}, {u"warn"_s, Level::Warning}, {u"warning"_s, Level::Warning},
        {u"error"_s, Level::Error},   {u"err"_s, Level::Error},    {u"critical"_s, Level::Critical},
        {u"crit"_s, Level::Critical}};
    for (const auto& [text, level] : names)
        if (name.compare(text, Qt::CaseInsensitive) == 0)
            return level;
    return std::nullopt;
}

QString levelKey(Level level)
{
    switch (level) {
    case Level::Unknown:
        return {};
    case Level::Trace:
        return u"trace"_s;
    case Level::Debug:
        return u"debug"_s;
    case Level::Info:
        return u"info"_s;
    case Level::Notice:
        return u"notice"_s;
    case Level::Warning:
        return u"warning"_s;
    case Level::Error:
        return u"error"_s;
    case Level::Critical:
        return u"critical"_s;
    }
    return {};
}

} // namespace capataz::logs
