#pragma once

#include "logs/LogSource.h"

#include <QHash>

namespace capataz::logs {

// A systemd journal: `journalctl -o json --no-pager [-f] [-u UNIT] [-D DIR] [-n N]`, one JSON
// object per line (parseJournalJson): time from __REALTIME_TIMESTAMP, level from PRIORITY,
// text from MESSAGE (a string or an array of bytes), origin the unit or syslog identifier.
// After a cut it goes on with `--after-cursor <the last __CURSOR>`: nothing lost, nothing
// twice. When journald no longer knows that cursor, it goes on from the last entry's time
// (`--since @SECONDS`, dropping entries up to that microsecond) and marks a Gap.
class JournalLogSource final : public LogSource {
    Q_OBJECT
public:
    struct Where {
        QString unit;      // -u UNIT; empty: every unit
        QString directory; // -D DIR: journal files in a directory instead of the system's (absolute)
    };

    JournalLogSource(ssh::Connection* connection, Where where, Options options, QObject* parent = nullptr);

    [[nodiscard]] const QString& cursor() const { return m_cursor; }

protected:
    [[nodiscard]] Result<remote::Command> command(bool resuming) override;
    void convert(const exec::LineBatch& lines, LogBatch& out) override;
    void streamEnded(const exec::StreamResult& result) override;
    [[nodiscard]] bool retry(const exec::StreamResult& result) override;
    [[nodiscard]] LogRecord::Kind resumeKind() const override
    {
        return m_cursorLost ? LogRecord::Kind::Gap : LogRecord::Kind::Resumed;
    }

private:
    Where m_where;
    QString m_cursor;
    qint64 m_lastUs = 0;
    bool m_cursorLost = false;
    bool m_retry = false;
    bool m_runUsedCursor = false;
    bool m_sinceResume = false; // the running command goes on from m_lastUs's second
    qint64 m_linesThisRun = 0;
    QHash<QString, QString> m_originCache;
};

} // namespace capataz::logs
