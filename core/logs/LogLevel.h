#pragma once

#include "logs/LogRecord.h"

#include <QByteArrayView>

namespace capataz::logs {

// The level a log line states, from its UTF-8 text: Unknown when it states none. Fast (no
// allocation, looks at the first 256 bytes of a line, JSON lines' level key anywhere), so the
// store runs it on every line it receives. Understands:
//   - plain level words in capitals, the leftmost wins: TRACE DEBUG INFO NOTICE WARN WARNING
//     ERROR ERR CRITICAL CRIT FATAL PANIC ALERT EMERG SEVERE; so python logging ("ERROR:root:",
//     "- app - ERROR - "), uvicorn ("INFO:     127.0.0.1:..."), gunicorn ("[1] [ERROR]"),
//     loguru ("| WARNING  | mod:fn:12 - msg"), PostgreSQL ("LOG:", "ERROR:", "FATAL:",
//     "PANIC:", "WARNING:"; "LOG" only before ':'; DETAIL/HINT/STATEMENT continue the line
//     before, Unknown);
//   - a level word of any case in brackets or after level=/lvl=/severity=: nginx's error log
//     ("[error]", "[warn]", "[crit]", "[emerg]", "[alert]", "[notice]"), logfmt;
//   - nginx's access log: the status after the request ("GET / HTTP/1.1" 502 ...): 5xx Error,
//     4xx Warning, else Info;
//   - Redis ("1:M 01 Jan 2024 10:00:00.000 * Ready"): '.' Debug, '-' (verbose) Info,
//     '*' Notice, '#' Warning;
//   - JSON lines (starting with '{'): the value of "level", "levelname", "severity", "lvl"
//     or "loglevel" (a word, or pino/bunyan's numbers 10..60), MongoDB's "s" ("I", "W", "E",
//     "F", "D1".."D5").
[[nodiscard]] Level detectLevel(QByteArrayView utf8);

// A level word ("warn", "WARNING", "Err", "emerg"...), any case; Unknown if it is none.
[[nodiscard]] Level levelFromWord(QByteArrayView word);

// For people and the CLI: "TRACE", "DEBUG", "INFO", "NOTICE", "WARN", "ERROR", "CRIT"; "" for
// Unknown.
[[nodiscard]] QByteArrayView levelName(Level level);

} // namespace capataz::logs
