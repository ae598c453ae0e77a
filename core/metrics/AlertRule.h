#pragma once

#include "metrics/QueryAst.h"
#include "metrics/SeriesSet.h"

#include <QString>
#include <QtGlobal>

#include <optional>

// An alert rule: a PromQL expression evaluated at an instant, a condition on its value, how long
// the condition must hold (`for`) before the alert fires, a severity and a summary.
namespace capataz::metrics {

enum class AlertSeverity : quint8 { Info, Warning, Critical };

// "info", "warning", "critical" (as recipes and rule files write them).
[[nodiscard]] QString alertSeverityName(AlertSeverity severity);
[[nodiscard]] std::optional<AlertSeverity> parseAlertSeverity(QStringView text);

enum class AlertComparison : quint8 { Greater, GreaterOrEqual, Less, LessOrEqual, Equal, NotEqual };

// ">", ">=", "<", "<=", "==", "!=".
[[nodiscard]] QString alertComparisonText(AlertComparison comparison);
[[nodiscard]] std::optional<AlertComparison> parseAlertComparison(QStringView text);
[[nodiscard]] bool compareAlertValue(AlertComparison comparison, double value, double threshold);

struct AlertRule {
    QString name; // unique per server: states and notifications are kept by it
    // PromQL. Either it holds its condition (`up == 0`, `x > 0.05`, as Prometheus's rules do) and
    // `comparison` is empty, or `comparison` and `threshold` are applied to its values.
    QString expr;
    std::optional<AlertComparison> comparison;
    double threshold = 0;
    qint64 forMs = 0; // the condition must hold this long before the alert fires
    AlertSeverity severity = AlertSeverity::Warning;
    // A template: {{ $value }} and {{ $labels.NAME }} are replaced. English and Spanish; a rule
    // Capataz ships (`builtin`) has English source text translated as context "capataz::metrics".
    QString summaryEn;
    QString summaryEs;
    bool builtin = false;
    bool enabled = true; // a rule turned off is not evaluated: always inactive, never notifies

    bool operator==(const AlertRule&) const = default;

    // The summary in the installed language (`language` such as "es", "es_AR", "en"), template
    // unexpanded.
    [[nodiscard]] QString summary(const QString& language) const;
    // "expr", or "expr > threshold" when the rule applies a comparison.
    [[nodiscard]] QString condition() const;
};

// The summary with {{ $value }} (the number, up to 4 significant digits) and
// {{ $labels.NAME }} replaced; unknown labels become "".
[[nodiscard]] QString expandAlertTemplate(const QString& summary, double value, const LabelSet& labels);

// How far back an expression reads before its evaluation time: the 5 minute lookback plus the
// largest range + offset among its selectors.
[[nodiscard]] qint64 queryReachMs(const Expr& root);

} // namespace capataz::metrics
