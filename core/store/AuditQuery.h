#pragma once

#include "common/Error.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace capataz::store {

// Which results an audit filter keeps. The statuses behind each (AuditLog's "status" column):
//   Ok:     ok, done, applied, skipped, planned
//   Failed: failed, rollback-failed, cancelled
// "started", "needed" and "rolled-back" are neither: they show only with Any.
enum class AuditOutcome { Any, Ok, Failed };

// The stable names used by the CLI: "any", "ok", "failed".
[[nodiscard]] QString auditOutcomeName(AuditOutcome outcome);
[[nodiscard]] std::optional<AuditOutcome> auditOutcomeFromName(QStringView name);
// True when `status` counts as a failure (Failed above).
[[nodiscard]] bool isFailedAuditStatus(QStringView status);
// The statuses behind Ok and Failed.
[[nodiscard]] QStringList auditStatuses(AuditOutcome outcome);

// What to show of the audit log. Every field that is set narrows the result.
struct AuditFilter {
    QString server; // exactly this profile name (case-insensitively); empty: all
    QString plan;   // exactly this plan title; empty: all
    AuditOutcome outcome = AuditOutcome::Any;
    QDateTime since;           // entries at or after (any time spec); invalid: no bound
    QDateTime until;           // entries before; invalid: no bound
    QString text;              // a substring of step, action, status, plan, server or detail
                               // (case-insensitively for ASCII letters); empty: no text filter
    QStringList hiddenServers; // never these servers (profiles whose role may not read the log)
    bool operator==(const AuditFilter&) const = default;
};

// "24h", "90m", "7d", "2w" (that long before `now`), or an ISO 8601 date ("2026-03-01", local
// midnight) or date and time ("2026-03-01T12:00", local unless it carries Z or an offset).
// InvalidArgument, with the text in the detail, otherwise.
[[nodiscard]] Result<QDateTime> parseAuditSince(const QString& text, const QDateTime& now);

} // namespace capataz::store
