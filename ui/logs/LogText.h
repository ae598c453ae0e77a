#pragma once

#include "logs/LogStore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QObject;

namespace capataz::ui {

// How a log line reads as text, wherever it is shown or written: the level's short name, the
// time, one line as copied and saved, what the message column shows of a JSON line, the details
// pane's text; and writing many lines to a file off the GUI thread.
class LogText {
    Q_DECLARE_TR_FUNCTIONS(LogText)
public:
    // Translated short name of a level for the level column ("ERROR", "AVISO"...).
    [[nodiscard]] static QString level(logs::Level level);
    [[nodiscard]] static QString time(qint64 ms, bool withDate);
    // A count of lines in the user's locale ("1.234.567" in Spanish).
    [[nodiscard]] static QString number(qint64 n) { return QLocale().toString(n); }
    // One line as copied and saved: "2026-12-05 10:00:00.123  ERROR  web  message".
    [[nodiscard]] static QString line(const logs::LogLine& line, const QStringList& laneNames);

    // What the message column shows for a line: JSON lines their logger and message (and how
    // many other fields the details hold), others their text.
    struct Shown {
        QString text;
        qsizetype plainLength = 0; // the first characters (before the fields note)
        qint64 timeMs = 0;
        bool json = false;
    };
    [[nodiscard]] static Shown shown(const logs::LogLine& line);

    // The details pane: a JSON line's fields one per row (what the columns could not show),
    // then the line in full.
    [[nodiscard]] static QString details(const logs::LogLine& line, const QStringList& laneNames);

    // Writes the lines `seqs` of `snapshot` to `path` (QSaveFile: all or nothing) on a worker
    // thread; `done` runs on the GUI thread unless `context` is gone by then.
    struct Written {
        bool ok = false;
        qint64 lines = 0;
        QString error;
    };
    static void writeFile(const QString& path, const logs::LogSnapshot& snapshot, std::vector<qint64> seqs,
                          const QStringList& laneNames, QObject* context,
                          std::function<void(const Written&)> done);
};

} // namespace capataz::ui
