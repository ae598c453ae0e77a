#pragma once

#include "exec/Line.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace capataz::logs {

// How serious a log line says it is, as detected from its text (LogLevel.h) or given by the
// source (journald's PRIORITY). Ordered: a filter "Warning and above" is `level >= Warning`.
enum class Level : quint8 { Unknown, Trace, Debug, Info, Notice, Warning, Error, Critical };

// One log line as a source delivers it (a compose service, a file on the server, a journald
// unit), before it is stored. This is the contract between the sources (LogSource*) and the
// store (LogStore*): sources produce batches of records on a worker or connection thread, the
// store keeps them compactly and the view shows them.
struct LogRecord {
    // What the record is: a line of the log, or a mark a source adds where its reading stopped
    // and resumed (a dropped connection): `timeMs` is when it stopped, `resumedMs` when it went
    // on, `text` says so in the user's language. Resumed: every line written meanwhile was read
    // back (compose --since, journald's cursor, a file's byte offset). Gap: lines written
    // meanwhile may be missing (the file was rotated or truncated meanwhile, or journald's
    // cursor was gone). Added for sources; a store that knows only lines shows the text.
    enum class Kind : quint8 { Line, Resumed, Gap };

    qint64 timeMs = 0;  // UTC, milliseconds since the epoch; 0 when unknown
    quint16 source = 0; // index of the source in the session's list of sources
    exec::Channel channel = exec::Channel::Stdout;
    Level level = Level::Unknown; // Unknown: the store detects it from the text
    QString text;                 // the line without the source's own prefix (docker's timestamp,
                                  // compose's "service  | "); secrets already masked
    QList<exec::StyleSpan> spans; // ANSI colours of `text` (UTF-16 positions), may be empty
    Kind kind = Kind::Line;
    qint64 resumedMs = 0; // Resumed/Gap: when reading went on (UTC ms)
    // Where in the source the line comes from, when one source has several: the compose
    // service ("web"), journald's unit or SYSLOG_IDENTIFIER; empty for a file. Implicitly
    // shared between the records of one origin.
    QString origin;
};

using LogBatch = QList<LogRecord>;

} // namespace capataz::logs

Q_DECLARE_METATYPE(capataz::logs::LogRecord)
Q_DECLARE_METATYPE(capataz::logs::LogBatch)
