#include "LogsOutput.h"

#include "CliContext.h"
#include "logs/LogJson.h"
#include "logs/LogLevel.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace capataz::cli {

namespace {

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString kindName(logs::LogRecord::Kind kind)
{
    switch (kind) {
    case logs::LogRecord::Kind::Line:
        return u"line"_s;
    case logs::LogRecord::Kind::Resumed:
        return u"resumed"_s;
    case logs::LogRecord::Kind::Gap:
        return u"gap"_s;
    }
    return {};
}

} // namespace

logs::Level effectiveLevel(const logs::LogRecord& record)
{
    return record.level != logs::Level::Unknown ? record.level : logs::detectLevel(record.text.toUtf8());
}

bool LogsPrinter::keeps(const logs::LogRecord& r) const
{
    if (r.kind != logs::LogRecord::Kind::Line)
        return true;
    if (m_filter.minLevel != logs::Level::Unknown && effectiveLevel(r) < m_filter.minLevel)
        return false;
    if (m_filter.grep && !m_filter.grep->match(r.text).hasMatch())
        return false;
    return true;
}

QString LogsPrinter::format(const logs::LogRecord& r) const
{
    if (!keeps(r))
        return {};
    const QString source = r.origin.isEmpty() ? m_names.value(r.source) : r.origin;
    if (m_json) {
        QJsonObject fields{{u"channel"_s, r.channel == exec::Channel::Stderr ? u"stderr"_s : u"stdout"_s},
                           {u"kind"_s, kindName(r.kind)}};
        if (r.kind != logs::LogRecord::Kind::Line)
            fields.insert(u"resumed"_s, isoTime(r.resumedMs));
        logs::Level level = effectiveLevel(r);
        QString message = r.text;
        qint64 timeMs = r.timeMs;
        // A line that is one JSON object (the seeds' services log so): its own message, level,
        // time and logger, and its other keys in "fields", as the Logs tab shows them.
        if (r.kind == logs::LogRecord::Kind::Line) {
            if (const std::optional<logs::JsonLine> j = logs::parseJsonLine(r.text.toUtf8())) {
                if (!j->message.isEmpty())
                    message = j->message;
                if (j->level != logs::Level::Unknown)
                    level = j->level;
                if (timeMs <= 0)
                    timeMs = j->timeMs;
                if (!j->logger.isEmpty())
                    fields.insert(u"logger"_s, j->logger);
                for (const auto& [key, value] : j->fields)
                    if (!fields.contains(key))
                        fields.insert(key, value);
            }
        }
        const QJsonObject o{
            {u"time"_s, timeMs > 0 ? QJsonValue(isoTime(timeMs)) : QJsonValue()},
            {u"source"_s, source},
            {u"level"_s, level != logs::Level::Unknown ? QJsonValue(logs::levelKey(level)) : QJsonValue()},
            {u"message"_s, message},
            {u"fields"_s, fields}};
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    if (r.kind != logs::LogRecord::Kind::Line)
        return u"-- "_s + r.text + u" --"_s;
    QString line;
    if (r.timeMs > 0)
        line += isoTime(r.timeMs) + u' ';
    line += source + u" | "_s + r.text;
    return line;
}

void LogsPrinter::print(const logs::LogBatch& batch) const
{
    QString out;
    for (const logs::LogRecord& r : batch) {
        const QString line = format(r);
        if (!line.isEmpty() || (keeps(r) && !m_json))
            out += line + u'\n';
    }
    if (!out.isEmpty())
        CliContext::print(out);
}

} // namespace capataz::cli
