#include "LogText.h"

#include "logs/LogJson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>
#include <QSaveFile>
#include <QThreadPool>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

QString LogText::level(logs::Level level)
{
    switch (level) {
    case logs::Level::Trace:
        return tr("TRACE", "log level");
    case logs::Level::Debug:
        return tr("DEBUG", "log level");
    case logs::Level::Info:
        return tr("INFO", "log level");
    case logs::Level::Notice:
        return tr("NOTICE", "log level");
    case logs::Level::Warning:
        return tr("WARN", "log level");
    case logs::Level::Error:
        return tr("ERROR", "log level");
    case logs::Level::Critical:
        return tr("CRIT", "log level");
    case logs::Level::Unknown:
        break;
    }
    return {};
}

QString LogText::time(qint64 ms, bool withDate)
{
    if (ms <= 0)
        return {};
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    return t.toString(withDate ? u"yyyy-MM-dd HH:mm:ss.zzz"_s : u"HH:mm:ss.zzz"_s);
}

QString LogText::line(const logs::LogLine& line, const QStringList& laneNames)
{
    QString out = time(line.timeMs, true);
    out += u"  "_s;
    out += level(line.level);
    out += u"  "_s;
    out += laneNames.value(line.source);
    out += u"  "_s;
    out += line.text();
    return out;
}

LogText::Shown LogText::shown(const logs::LogLine& line)
{
    Shown s;
    s.timeMs = line.timeMs;
    if (auto json = logs::parseJsonLine(line.utf8)) {
        s.json = true;
        if (s.timeMs == 0)
            s.timeMs = json->timeMs;
        s.text = json->logger.isEmpty() ? json->message : json->logger + u": "_s + json->message;
        s.plainLength = s.text.size();
        if (!json->fields.isEmpty())
            s.text += u"   {"_s + QString::number(json->fields.size()) + u"\u2026}"_s;
        return s;
    }
    s.text = line.text();
    s.plainLength = s.text.size();
    return s;
}

QString LogText::details(const logs::LogLine& line, const QStringList& laneNames)
{
    QString text;
    if (auto json = logs::parseJsonLine(line.utf8)) {
        if (!json->time.isEmpty())
            text += tr("time") + u": "_s + json->time + u'\n';
        if (!json->logger.isEmpty())
            text += tr("logger") + u": "_s + json->logger + u'\n';
        text += tr("message") + u": "_s + json->message + u'\n';
        for (const auto& [key, value] : json->fields)
            text += key + u": "_s + value + u'\n';
        text += u'\n';
    }
    return text + LogText::line(line, laneNames);
}

void LogText::writeFile(const QString& path, const logs::LogSnapshot& snapshot, std::vector<qint64> seqs,
                        const QStringList& laneNames, QObject* context,
                        std::function<void(const Written&)> done)
{
    QPointer<QObject> guard(context);
    // Millions of lines take seconds; the lines are already masked.
    QThreadPool::globalInstance()->start(
        [guard, path, snapshot, seqs = std::move(seqs), laneNames, done = std::move(done)] {
            QSaveFile file(path);
            Written result;
            bool ok = file.open(QIODevice::WriteOnly);
            QByteArray buffer;
            for (qint64 s : seqs) {
                if (!ok)
                    break;
                if (!snapshot.contains(logs::LogSeq(s)))
                    continue;
                buffer += LogText::line(snapshot.line(logs::LogSeq(s)), laneNames).toUtf8();
                buffer += '\n';
                ++result.lines;
                if (buffer.size() > (1 << 20)) {
                    ok = file.write(buffer) == buffer.size();
                    buffer.clear();
                }
            }
            if (ok && !buffer.isEmpty())
                ok = file.write(buffer) == buffer.size();
            result.ok = ok && file.commit();
            if (!result.ok)
                result.error = file.errorString();
            // Back on the GUI thread; the context is checked there (it may be gone by now).
            QMetaObject::invokeMethod(qApp, [guard, done, result] {
                if (guard)
                    done(result);
            });
        });
}

} // namespace capataz::ui
