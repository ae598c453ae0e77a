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
    qint64 timeMs = 0;  // UTC, milliseconds since the epoch; 0 when unknown
    quint16 source = 0; // index of the source in the session's list of sources
    exec::Channel channel = exec::Channel::Stdout;
    Level level = Level::Unknown; // Unknown: the store detects it from the text
    QString text;                 // the line without the source's own prefix (docker's timestamp,
                                  // compose's "service  | "); secrets already masked
    QList<exec::StyleSpan> spans; // ANSI colours of `text` (UTF-16 positions), may be empty
};

using LogBatch = QList<LogRecord>;

} // namespace capataz::logs

Q_DECLARE_METATYPE(capataz::logs::LogRecord)
Q_DECLARE_METATYPE(capataz::logs::LogBatch)
