#pragma once

#include "common/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace capataz::store {

class Database;

// One recorded event: a plan run started or ended, a step's check/apply/verify/rollback and
// its outcome. Written with secrets already masked (PlanRunner does it): nothing here is
// redacted again.
struct AuditEntry {
    qint64 id = 0;  // set by append()
    QDateTime at;   // UTC; append() uses now when invalid
    QString server; // profile name
    QString plan;   // untranslated plan title
    QString step;   // step id, empty for the plan itself
    QString action; // "run", "dry-run", "check", "apply", "verify", "rollback", "step", "preview"
    QString status; // "started", "ok", "failed", "done", "needed", a StepStatus name ...
    QString detail; // technical text: output, error; never a secret
    bool operator==(const AuditEntry&) const = default;
};

// The audit table (schema migration 2) of the Database it is built on. Same thread rules as
// the Database: use it on the thread that opened it.
class AuditLog {
public:
    explicit AuditLog(Database& database)
        : m_db(database)
    {}

    // Appends `entry`; returns its id.
    [[nodiscard]] Result<qint64> append(const AuditEntry& entry);
    // The newest `limit` entries of `server`, newest first (all servers when `server` is empty).
    [[nodiscard]] Result<QList<AuditEntry>> list(const QString& server, int limit = 200) const;

private:
    Database& m_db;
};

} // namespace capataz::store
