#pragma once

#include "logs/LogParse.h"
#include "logs/LogRecord.h"

#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace capataz::cli {

// What `logs --grep/--level` keep. Marks (resumed, gap) are always printed.
struct LogsFilter {
    std::optional<QRegularExpression> grep;
    logs::Level minLevel = logs::Level::Unknown; // Unknown: every line
};

// The level a line is filtered by: the source's (journald), else the one its text states
// (logs::detectLevel, the Logs tab's detector: JSON lines, python, nginx, PostgreSQL...).
[[nodiscard]] logs::Level effectiveLevel(const logs::LogRecord& record);

// Prints records on stdout: "TIME SOURCE | text", or with --json one object per line,
// {"time":"2026-12-05T10:00:00.123Z"|null,"source":"web","level":"error"|null,"message":"...",
//  "fields":{"channel":"stdout","kind":"line"|"resumed"|"gap"[,"resumed":"..."]}}. A line that
// is one JSON object gives its own message, level, time and "logger", and its other keys in
// "fields" (logs::parseJsonLine).
class LogsPrinter {
public:
    LogsPrinter(LogsFilter filter, bool json)
        : m_filter(std::move(filter))
        , m_json(json)
    {}
    void addSourceName(const QString& name) { m_names << name; }
    void print(const logs::LogBatch& batch) const;
    [[nodiscard]] QString
    format(const logs::LogRecord& record) const; // one line, without '\n'; empty: filtered
    [[nodiscard]] bool keeps(const logs::LogRecord& record) const;

private:
    LogsFilter m_filter;
    bool m_json = false;
    QStringList m_names;
};

} // namespace capataz::cli
