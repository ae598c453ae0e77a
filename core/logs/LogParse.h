#pragma once

#include "logs/LogRecord.h"

#include <QString>
#include <QStringView>

#include <optional>

// The parsers of the log sources (LogSource*): compose's "service | timestamp text" lines,
// docker's RFC 3339 timestamps with nanoseconds, and journalctl's JSON entries. Pure functions,
// no Qt event loop: unit-tested on their own (tests/unit/tst_logparse.cpp).
namespace capataz::logs {

// "2024-01-02T03:04:05.123456789Z" (docker, any number of fraction digits, also none; an offset
// "+02:00" instead of Z is accepted) as nanoseconds since the epoch (UTC). nullopt if malformed.
[[nodiscard]] std::optional<qint64> parseRfc3339Nanos(QStringView text);
// The reverse, always with nine fraction digits and Z: what `compose logs --since` is given.
[[nodiscard]] QString formatRfc3339Nanos(qint64 ns);

// One line of `docker compose logs --timestamps --no-color`, prefix taken apart. Compose v2
// writes "web-1  | 2024-...Z text", docker-compose 1.29 "project_web_1  | 2024-...Z text"; both
// pad the name to the longest one. A line without that prefix (v1's "Attaching to ...", "web_1
// exited with code 0") keeps its whole text and no container.
struct ComposeLine {
    QString container; // "web-1", "project_web_1"; empty: not a container's line
    QString service;   // "web"
    qint64 timeNs = 0; // 0: no timestamp
    QString text;      // the line without prefix and timestamp
};

// `project` is compose's project name (the project directory's name), to take v1's
// "project_" off container names; may be empty.
[[nodiscard]] ComposeLine parseComposeLine(QStringView line, QStringView project = {});
// "web-1" -> "web" (v2), "project_web_1" -> "web" (v1, when `project` matches), "web" -> "web".
[[nodiscard]] QString serviceOfContainer(QStringView container, QStringView project);
// The project name compose derives from a directory: its last component, lower case, keeping
// letters, digits, '_' and '-' (v1 also drops '_' and '-': both forms are tried by
// serviceOfContainer).
[[nodiscard]] QString composeProjectName(QStringView projectDir);

// One entry of `journalctl -o json` (one JSON object per line).
struct JournalEntry {
    qint64 timeUs = 0; // __REALTIME_TIMESTAMP
    int priority = -1; // PRIORITY 0..7, -1 when absent
    QString message;   // MESSAGE: a string, or an array of bytes (UTF-8 decoded); null: empty
    QString cursor;    // __CURSOR
    QString origin;    // _SYSTEMD_UNIT, else SYSLOG_IDENTIFIER, else _COMM
};
[[nodiscard]] std::optional<JournalEntry> parseJournalJson(QStringView line);
// syslog priorities: 0-2 Critical, 3 Error, 4 Warning, 5 Notice, 6 Info, 7 Debug; else Unknown.
[[nodiscard]] Level levelOfPriority(int priority);

// "trace", "debug", "info", "notice", "warning", "error", "critical" (and "warn", "err",
// "crit"), any case; nullopt otherwise.
[[nodiscard]] std::optional<Level> levelFromName(QStringView name);
// The level as `capataz-cli logs --json` and --level spell it: "info", ...; "" for Unknown.
// (LogLevel.h's levelName() is the view's short column text, "WARN".)
[[nodiscard]] QString levelKey(Level level);

} // namespace capataz::logs
