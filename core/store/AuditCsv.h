#pragma once

#include "store/AuditLog.h"

#include <QString>
#include <QStringList>

class QIODevice;

namespace capataz::store {

// The audit log as CSV (RFC 4180): a header line, then one record per entry, fields separated
// by commas, records ended by CRLF. A field holding a comma, a quote, CR or LF is quoted, its
// quotes doubled. A text field starting with =, +, -, @, a tab or CR gets a leading ' first, so
// that a spreadsheet shows it as text instead of running it as a formula (OWASP's CSV
// injection advice). Columns: id, at (UTC, ISO 8601 with milliseconds), user, server, plan,
// step, action, status, duration_ms (empty: unknown), exit_code (auditExitCode; empty: none),
// detail.
namespace auditcsv {

[[nodiscard]] QStringList header();
// One field, quoted and guarded as above.
[[nodiscard]] QString cell(const QString& text);
// One record with its CRLF.
[[nodiscard]] QString record(const AuditEntry& entry);

// Writes the header and every entry of `log` that matches `filter` (newest first) to `out` as
// UTF-8. Returns the number of entries written. LocalFileError when writing fails, Cancelled.
[[nodiscard]] Result<qint64> write(const AuditLog& log, const AuditFilter& filter, QIODevice& out,
                                   const CancelToken& cancel = {});

} // namespace auditcsv
} // namespace capataz::store
