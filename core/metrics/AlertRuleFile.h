#pragma once

#include "common/Error.h"
#include "metrics/AlertRule.h"

#include <QByteArray>
#include <QList>
#include <QString>

// A server's own alert rules (the recipe's and node-exporter's defaults as the user edited
// them), kept in the data directory as alerts/server-<id>.json:
//   {"version": 1, "rules": [{"name": "HighErrorRate", "expr": "... > 0.05", "for": "5m",
//     "severity": "warning", "summary": {"en": "...", "es": "..."}}, ...]}
// A rule may give "comparison" (">", ">=", "<", "<=", "==", "!=") and "threshold" instead of
// writing the comparison in "expr". Errors carry a sentence in the installed language.
namespace capataz::metrics {

// The data directory's alerts/server-<id>.json; empty for id <= 0 or without a data directory.
[[nodiscard]] QString alertRulesFile(qint64 serverId);

// Reads rules from JSON text. ParseError: not JSON, not this format, or a rule that cannot be
// read (no name, a name twice, an expression that does not parse, a bad `for` or severity); the
// detail says which rule and why.
[[nodiscard]] Result<QList<AlertRule>> parseAlertRules(const QByteArray& json);
[[nodiscard]] QByteArray alertRulesJson(const QList<AlertRule>& rules);

// NotFound when the file does not exist (the defaults apply), LocalFileError when it cannot be
// read, else as parseAlertRules (with the path in the detail).
[[nodiscard]] Result<QList<AlertRule>> loadAlertRules(const QString& path);
// Checks the rules as parseAlertRules would read them back, then writes atomically (a temporary
// file renamed over the old one, whose previous version is kept as <path>.bak). Rules that do
// not check out leave the file as it was (ParseError); LocalFileError when it cannot be written.
VoidResult saveAlertRules(const QString& path, const QList<AlertRule>& rules);

} // namespace capataz::metrics
