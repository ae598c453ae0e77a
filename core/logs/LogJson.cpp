#include "logs/LogJson.h"

#include "logs/LogLevel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace capataz::logs {

namespace {

constexpr std::array kTimeKeys{"timestamp", "time", "ts", "@timestamp", "t", "asctime"};
constexpr std::array kLevelKeys{"level", "levelname", "severity", "lvl", "loglevel", "s"};
constexpr std::array kLoggerKeys{"logger", "logger_name", "name", "c"};
constexpr std::array kMessageKeys{"message", "msg", "event", "@message"};

QString text(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'g', 17);
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isNull())
        return QStringLiteral("null");
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

// The first of `keys` present: its key is taken out of `rest`.
template <std::size_t N>
std::optional<QJsonValue> take(QJsonObject& rest, const std::array<const char*, N>& keys)
{
    for (const char* key : keys) {
        const QString k = QString::fromLatin1(key);
        const auto it = rest.find(k);
        if (it != rest.end()) {
            QJsonValue v = *it;
            rest.erase(it);
            return v;
        }
    }
    return std::nullopt;
}

Level levelOf(const QJsonValue& v)
{
    if (v.isDouble()) { // pino, bunyan
        const int n = v.toInt();
        return n >= 60   ? Level::Critical
               : n >= 50 ? Level::Error
               : n >= 40 ? Level::Warning
               : n >= 30 ? Level::Info
               : n >= 20 ? Level::Debug
               : n >= 10 ? Level::Trace
                         : Level::Unknown;
    }
    const QByteArray word = v.toString().toUtf8();
    if (word.size() <= 2) { // MongoDB
        static constexpr std::array<std::pair<char, Level>, 5> mongo{{{'F', Level::Critical},
                                                                      {'E', Level::Error},
                                                                      {'W', Level::Warning},
                                                                      {'I', Level::Info},
                                                                      {'D', Level::Debug}}};
        for (const auto& [c, l] : mongo)
            if (!word.isEmpty() && word[0] == c && (word.size() == 1 || c == 'D'))
                return l;
        return Level::Unknown;
    }
    return levelFromWord(word);
}

qint64 timeOf(const QJsonValue& v)
{
    if (v.isObject()) // MongoDB {"$date": "..."}
        return timeOf(v.toObject().value(QStringLiteral("$date")));
    if (v.isDouble()) { // epoch: seconds (with fraction) or milliseconds
        const double d = v.toDouble();
        return d > 1e11 ? qint64(d) : qint64(d * 1000);
    }
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

} // namespace

std::optional<JsonLine> parseJsonLine(QByteArrayView utf8)
{
    qsizetype i = 0;
    while (i < utf8.size() && (utf8[i] == ' ' || utf8[i] == '\t'))
        ++i;
    if (i == utf8.size() || utf8[i] != '{')
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    QJsonObject rest = doc.object();
    JsonLine line;
    if (const auto t = take(rest, kTimeKeys)) {
        line.time = t->isObject() ? text(t->toObject().value(QStringLiteral("$date"))) : text(*t);
        line.timeMs = timeOf(*t);
    }
    if (const auto l = take(rest, kLevelKeys))
        line.level = levelOf(*l);
    if (const auto g = take(rest, kLoggerKeys))
        line.logger = text(*g);
    if (const auto m = take(rest, kMessageKeys))
        line.message = text(*m);
    for (auto it = rest.begin(); it != rest.end(); ++it)
        line.fields.append({it.key(), text(it.value())});
    return line;
}

} // namespace capataz::logs
