#pragma once

#include "logs/LogRecord.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace capataz::logs {

// A structured (JSON) log line split into the columns a view shows, and the rest for its
// expandable row:
//   {"timestamp":"2024-01-01T10:00:00Z","level":"INFO","logger":"app","message":"hi","extra":1}
// gives time "2024-01-01T10:00:00Z", level Info, logger "app", message "hi", fields [extra: 1].
// Keys understood (the first present wins):
//   time:    timestamp, time, ts, @timestamp, t (MongoDB: {"$date": ...}), asctime
//   level:   level, levelname, severity, lvl, loglevel, s (MongoDB "I", "W"...)
//   logger:  logger, logger_name, name, c (MongoDB's component)
//   message: message, msg, event, @message
// The time stays as written (ISO text or epoch number); timeMs has it parsed when it can be.
struct JsonLine {
    QString time;
    qint64 timeMs = 0; // 0 when not understood
    Level level = Level::Unknown;
    QString logger;
    QString message;
    QList<std::pair<QString, QString>> fields; // the other keys, sorted by key; values as compact JSON
                                               // (strings without their quotes)
};

// Parses a line that is one JSON object. Only lines whose first non-blank byte is '{' are even
// tried (a cheap test for the ones that are not); anything that is not a JSON object,
// malformed or truncated, is std::nullopt: the line is then just text.
[[nodiscard]] std::optional<JsonLine> parseJsonLine(QByteArrayView utf8);

} // namespace capataz::logs
