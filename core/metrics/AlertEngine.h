#pragma once

#include "metrics/AlertRule.h"
#include "metrics/QueryError.h"
#include "metrics/QueryParser.h"
#include "metrics/SeriesSet.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>
#include <vector>

// Evaluates alert rules over a SeriesSet at times the caller passes in (the clock is injected:
// nothing here reads the time or does I/O), keeps each rule's state per label set, and decides
// when to notify without storms.
namespace capataz::metrics {

enum class AlertState : quint8 {
    Inactive, // the condition does not hold
    Pending,  // it holds, not yet for the rule's `for`
    Firing,   // it has held for `for`
    Resolved, // it fired and holds no more (kept for AlertPolicy::keepResolvedMs)
    NoData,   // the expression returns nothing (no such series, or stale): not resolved, not zero
    Error,    // the query cannot be read or evaluated
};

// "5 min", "30 s", "2 h" in the installed language.
[[nodiscard]] QString alertDurationText(qint64 ms);

// "inactive", "pending", "firing", "resolved", "no-data", "error" (for --json).
[[nodiscard]] QString alertStateName(AlertState state);
// The state in the installed language (context "capataz::metrics").
[[nodiscard]] QString alertStateText(AlertState state);

// Against alert storms (issue 11): a rule notifies once its alert has fired for minFiringMs; after
// the rule resolves (nothing of it firing) it stays quiet for quietMs, restarted by every
// resolution, and a firing within it does not notify; one notification per rule, whatever the
// number of label sets firing. A rule flapping across its threshold every few minutes notifies once.
struct AlertPolicy {
    qint64 minFiringMs = 60 * 1000;
    qint64 quietMs = 15 * 60 * 1000;
    qint64 keepResolvedMs = 15 * 60 * 1000;
};

// One label set of a rule.
struct AlertInstance {
    LabelSet labels;
    AlertState state = AlertState::Inactive; // Pending, Firing, Resolved or NoData
    double value = 0;                        // the last value seen
    qint64 activeSinceMs = 0;                // the condition holds since
    qint64 firingSinceMs = 0;                // 0: not firing
    qint64 resolvedAtMs = 0;                 // 0: not resolved
};

struct AlertRuleStatus {
    AlertRule rule;
    AlertState state = AlertState::Inactive; // Error, NoData, else the "worst" of the instances
    std::optional<QueryError> error;         // state Error
    std::vector<AlertInstance> instances;    // by label set
    qint64 evaluatedAtMs = 0;                // 0: never evaluated
    // The error or the state as a sentence in the installed language; the rule's summary in
    // `language` ("en", "es").
    [[nodiscard]] QString describe(const QString& language = QStringLiteral("en")) const;
    [[nodiscard]] int firingCount() const;
};

struct AlertTransition {
    QString rule;
    LabelSet labels;
    AlertState from = AlertState::Inactive;
    AlertState to = AlertState::Inactive;
    qint64 timeMs = 0;
    bool wholeRule = false; // the rule's state (AlertRuleStatus::state), not a label set's
};

struct AlertNotification {
    QString rule;
    AlertSeverity severity = AlertSeverity::Warning;
    qint64 timeMs = 0;
    int firing = 0; // label sets firing
    QString text;   // the summary, expanded, in the installed language
};

struct AlertEvaluation {
    std::vector<AlertTransition> transitions;
    std::vector<AlertNotification> notifications;
};

class AlertEngine {
public:
    explicit AlertEngine(AlertPolicy policy = {});

    // Replaces the rules. A rule kept with the same name, expression and condition keeps its
    // states and anti-storm memory; the others start inactive.
    void setRules(const QList<AlertRule>& rules);
    [[nodiscard]] QList<AlertRule> rules() const;
    void setLanguage(const QString& language) { m_language = language; }

    // Evaluates every rule at `nowMs` (ms since the epoch; never earlier than the last call).
    AlertEvaluation evaluate(const SeriesSet& data, qint64 nowMs);

    [[nodiscard]] const std::vector<AlertRuleStatus>& statuses() const { return m_rules; }
    [[nodiscard]] const AlertRuleStatus* status(const QString& rule) const;
    // The oldest sample any rule reads at time t is t - maxReachMs() (queryReachMs).
    [[nodiscard]] qint64 maxReachMs() const;

private:
    struct Memory {
        std::optional<Query> query;
        std::optional<QueryError> parseError;
        bool notified = false;   // this firing episode has been notified
        qint64 quietUntilMs = 0; // no notification before
    };
    struct Values {
        std::vector<std::pair<LabelSet, double>> present; // every label set with a value
        std::vector<std::string> holding;                 // keys of those whose condition holds
    };
    std::expected<Values, QueryError> evaluateRule(const Memory& memory, const AlertRule& rule,
                                                   const SeriesSet& data, qint64 nowMs) const;
    void update(AlertRuleStatus& status, Memory& memory, const Values& values, qint64 nowMs,
                AlertEvaluation& out) const;
    void notifyIfDue(AlertRuleStatus& status, Memory& memory, qint64 nowMs, AlertEvaluation& out) const;

    AlertPolicy m_policy;
    QString m_language = QStringLiteral("en");
    std::vector<AlertRuleStatus> m_rules;
    std::vector<Memory> m_memory; // parallel to m_rules
};

} // namespace capataz::metrics

Q_DECLARE_METATYPE(capataz::metrics::AlertTransition)
Q_DECLARE_METATYPE(capataz::metrics::AlertNotification)
