#include "ConsoleText.h"

#include "ErrorText.h"
#include "exec/ExecStream.h"

#include <QDateTime>
#include <QLocale>

namespace capataz::ui {

QString ConsoleText::duration(qint64 ms)
{
    const QLocale locale;
    ms = std::max<qint64>(ms, 0);
    if (ms < 10000)
        return tr("%1 s", "duration in seconds, one decimal")
            .arg(locale.toString(double(ms) / 1000.0, 'f', 1));
    const qint64 s = ms / 1000;
    if (s < 60)
        return tr("%1 s", "duration in whole seconds").arg(locale.toString(s));
    if (s < 3600)
        return tr("%1 min %2 s", "duration").arg(locale.toString(s / 60), locale.toString(s % 60));
    return tr("%1 h %2 min", "duration").arg(locale.toString(s / 3600), locale.toString(s / 60 % 60));
}

QString ConsoleText::footer(const exec::StreamResult& r)
{
    const QString d = duration(r.end.durationMs);
    switch (r.error.code) {
    case ErrorCode::None:
    case ErrorCode::RemoteCommandFailed: // ran to its end: the exit status says it all
        break;
    case ErrorCode::Cancelled:
        return tr("cancelled · %1", "console footer; %1 = duration").arg(d);
    case ErrorCode::Timeout:
        return tr("timed out · %1", "console footer; %1 = duration").arg(d);
    case ErrorCode::ConnectionLost:
        return tr("connection lost · %1", "console footer; %1 = duration").arg(d);
    default:
        return tr("failed: %1 · %2", "console footer; %1 = what went wrong, %2 = duration")
            .arg(ErrorText::sentence(r.error), d);
    }
    if (!r.end.exitSignal.isEmpty())
        return tr("ended by signal %1 · %2", "console footer; %1 = signal name such as TERM, %2 = duration")
            .arg(r.end.exitSignal, d);
    return tr("exit code %1 · %2", "console footer; %1 = exit code, %2 = duration")
        .arg(QLocale().toString(r.end.exitCode), d);
}

QString ConsoleText::status(const exec::StreamResult& r)
{
    switch (r.error.code) {
    case ErrorCode::None:
    case ErrorCode::RemoteCommandFailed:
        break;
    case ErrorCode::Cancelled:
        return tr("Cancelled");
    case ErrorCode::Timeout:
        return tr("Timed out");
    case ErrorCode::ConnectionLost:
        return tr("Connection lost");
    default:
        return tr("Failed");
    }
    if (!r.end.exitSignal.isEmpty())
        return tr("Ended by signal %1").arg(r.end.exitSignal);
    return tr("Exit code: %1").arg(QLocale().toString(r.end.exitCode));
}

QString ConsoleText::running()
{
    return tr("Running…");
}

QString ConsoleText::header(const QString& server, const QDateTime& when)
{
    return tr("on %1 at %2", "console: after \"$ command\"; %1 = server name, %2 = time")
        .arg(server, QLocale().toString(when.time(), QLocale::LongFormat));
}

} // namespace capataz::ui
