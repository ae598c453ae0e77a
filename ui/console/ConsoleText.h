#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace capataz::exec {
struct StreamResult;
}

namespace capataz::ui {

// The console's translated sentences about a run: its footer line in the output, the
// status label, and durations (numbers through QLocale).
class ConsoleText {
    Q_DECLARE_TR_FUNCTIONS(ConsoleText)
public:
    // "0.4 s", "12 s", "3 min 5 s", "1 h 2 min"
    [[nodiscard]] static QString duration(qint64 ms);
    // The line after a run's output: "exit code 0 · 1.2 s", "cancelled · 3.0 s", ...
    [[nodiscard]] static QString footer(const exec::StreamResult& result);
    // The status label: "Exit code: 2", "Cancelled", "Timed out", ...
    [[nodiscard]] static QString status(const exec::StreamResult& result);
    [[nodiscard]] static QString running();
    // The note after "$ command" in the output: where and when it ran.
    [[nodiscard]] static QString header(const QString& server, const QDateTime& when);
};

} // namespace capataz::ui
