#pragma once

#include "store/AuditLog.h"

#include <QString>

namespace capataz::ui::audittext {

// The audit log's stable action and status names ("apply", "rollback-failed") in the
// window's language; an unknown name as it is.
[[nodiscard]] QString action(const QString& name);
[[nodiscard]] QString status(const QString& name);
// "850 ms", "12.3 s", "4 min 5 s"; empty when unknown (negative).
[[nodiscard]] QString duration(qint64 ms);
// The local time of `at` as the table shows it.
[[nodiscard]] QString when(const QDateTime& at);
// A plan's title as recorded (the English source text of its "capataz::plan" translation) in
// the window's language; a title the translations do not know stays as it is.
[[nodiscard]] QString plan(const QString& recorded);
// The detail as recorded, but Capataz's own words in the window's language: the "N step(s)" of
// a run's start. Commands, their output and diffs stay as they were.
[[nodiscard]] QString detail(const QString& recorded);
// Everything of one entry for the detail pane: a line per field, then the detail itself
// (commands, output, diffs) as recorded.
[[nodiscard]] QString details(const store::AuditEntry& e);

} // namespace capataz::ui::audittext
