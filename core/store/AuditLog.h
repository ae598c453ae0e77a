#pragma once

#include "common/CancelToken.h"
#include "common/Error.h"
#include "store/AuditQuery.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace capataz::store {

class Database;

// The stored form of an entry's time, "2026-03-01T12:30:45.123Z" (UTC, milliseconds), and back
// (invalid when `text` is not in that form).
[[nodiscard]] QString auditTimeText(const QDateTime& at);
[[nodiscard]] QDateTime parseAuditTime(QStringView text);

// The exit code of the last remote command an entry's detail shows: the exec layer's transcript
// writes "[apply] exit 0" (check, apply, verify, rollback) before each command's output. -1 when
// the detail shows none (steps that write files, plan-level entries, old entries).
[[nodiscard]] int auditExitCode(const QString& detail);
// The first line of a detail worth a table cell: the first non-empty line that is not such an
// "[apply] exit 0" header (its code has a column of its own); empty when there is none.
[[nodiscard]] QString auditSummaryLine(const QString& detail);

// One recorded event: a plan run started or ended, a step's check/apply/verify/rollback and
// its outcome. Written with secrets already masked (PlanRunner does it): nothing here is
// redacted again.
struct AuditEntry {
    qint64 id = 0;          // set by append()
    QDateTime at;           // UTC; append() uses now when invalid
    QString server;         // profile name
    QString plan;           // untranslated plan title
    QString step;           // step id, empty for the plan itself
    QString action;         // "run", "dry-run", "check", "apply", "verify", "rollback", "step", "preview"
    QString status;         // "started", "ok", "failed", "done", "needed", a StepStatus name ...
    QString detail;         // technical text: output, error; never a secret
    QString user;           // the local account that ran it; empty in entries written before it was kept
    qint64 durationMs = -1; // how long the action took; -1 unknown
    bool operator==(const AuditEntry&) const = default;
};

// The audit table (schema migration 2) of the Database it is built on. Same thread rules as
// the Database: use it on the thread that opened it (AuditReader reads it on a worker thread
// with its own connection).
//
// `user` and `durationMs` have no column of their own (no migration for them yet): append()
// keeps them in a first line of the stored detail that starts with U+001E, and every read takes
// that line off again. Entries written before carry none.
class AuditLog {
public:
    explicit AuditLog(Database& database)
        : m_db(database)
    {}

    // Appends `entry`; returns its id.
    [[nodiscard]] Result<qint64> append(const AuditEntry& entry);
    // The newest `limit` entries of `server`, newest first (all servers when `server` is empty).
    [[nodiscard]] Result<QList<AuditEntry>> list(const QString& server, int limit = 200) const;

    // Entries that match `filter`, newest first, with an id below `beforeId` (0: from the newest):
    // pass the last id of a page to get the next one.
    [[nodiscard]] Result<QList<AuditEntry>> query(const AuditFilter& filter, qint64 beforeId = 0,
                                                  int limit = 500) const;
    // How many entries match `filter`.
    [[nodiscard]] Result<qint64> count(const AuditFilter& filter) const;
    // Every entry that matches, newest first, one at a time (a forward-only cursor, so memory
    // stays flat with any number of rows); `row` returns false to stop. Cancelled when `cancel`
    // fires. Returns how many rows were handed out.
    [[nodiscard]] Result<qint64> forEach(const AuditFilter& filter,
                                         const std::function<bool(const AuditEntry&)>& row,
                                         const CancelToken& cancel = {}) const;
    // The server names and plan titles present, sorted case-insensitively (for filter lists).
    [[nodiscard]] Result<QStringList> servers() const;
    [[nodiscard]] Result<QStringList> plans() const;

    // The local account name of this process (USER, else LOGNAME, else the password database).
    [[nodiscard]] static QString localUser();

private:
    Database& m_db;
};

} // namespace capataz::store
