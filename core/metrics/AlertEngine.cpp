#include "metrics/AlertEngine.h"

#include "metrics/QueryEngine.h"
#include "metrics/QueryEvaluator.h"

#include <QCoreApplication>

#include <algorithm>
#include <unordered_set>

namespace capataz::metrics {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("capataz::metrics", text, nullptr, n);
}

// Alert labels are the series' labels without the metric name, as Prometheus's rules make them.
LabelSet alertLabels(LabelSet labels)
{
    labels.remove(kMetricNameLabel);
    return labels;
}

// Worst first: what the rule shows when its label sets differ.
int rank(AlertState s)
{
    switch (s) {
    case AlertState::Error:
        return 6;
    case AlertState::Firing:
        return 5;
    case AlertState::Pending:
        return 4;
    case AlertState::NoData:
        return 3;
    case AlertState::Resolved:
        return 2;
    case AlertState::Inactive:
        return 1;
    }
    return 0;
}

bool sameCondition(const AlertRule& a, const AlertRule& b)
{
    return a.name == b.name && a.expr == b.expr && a.comparison == b.comparison && a.threshold == b.threshold;
}

} // namespace

QString alertStateName(AlertState state)
{
    switch (state) {
    case AlertState::Inactive:
        return u"inactive"_s;
    case AlertState::Pending:
        return u"pending"_s;
    case AlertState::Firing:
        return u"firing"_s;
    case AlertState::Resolved:
        return u"resolved"_s;
    case AlertState::NoData:
        return u"no-data"_s;
    case AlertState::Error:
        return u"error"_s;
    }
    return {};
}

QString alertStateText(AlertState state)
{
    switch (state) {
    case AlertState::Inactive:
        return tr("not firing");
    case AlertState::Pending:
        return tr("pending");
    case AlertState::Firing:
        return tr("firing");
    case AlertState::Resolved:
        return tr("resolved");
    case AlertState::NoData:
        return tr("no data");
    case AlertState::Error:
        return tr("error");
    }
    return {};
}

QString alertDurationText(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s % 3600 == 0 && s >= 3600)
        return tr("%n h", int(s / 3600));
    if (s % 60 == 0 && s >= 60)
        return tr("%n min", int(s / 60));
    return tr("%n s", int(s));
}

QString AlertRuleStatus::describe(const QString& language) const
{
    const QString condition = rule.condition();
    switch (state) {
    case AlertState::Error:
        return QCoreApplication::translate("capataz::metrics", "The rule cannot be evaluated: %1")
            .arg(error ? error->describe() : QString());
    case AlertState::NoData:
        return QCoreApplication::translate(
                   "capataz::metrics",
                   "No data: %1 returns nothing (no such series, or it stopped being scraped).")
            .arg(rule.expr);
    case AlertState::Inactive:
        return QCoreApplication::translate("capataz::metrics", "Not firing: %1 does not hold.")
            .arg(condition);
    case AlertState::Pending:
        return QCoreApplication::translate("capataz::metrics",
                                           "Pending: %1 holds; it fires when it has held for %2.")
            .arg(condition, alertDurationText(rule.forMs));
    case AlertState::Firing: {
        const auto it = std::ranges::find_if(
            instances, [](const AlertInstance& i) { return i.state == AlertState::Firing; });
        const QString summary = it == instances.end()
                                    ? rule.summary(language)
                                    : expandAlertTemplate(rule.summary(language), it->value, it->labels);
        return QCoreApplication::translate("capataz::metrics", "Firing (%n label sets): %1", nullptr,
                                           firingCount())
            .arg(summary);
    }
    case AlertState::Resolved:
        return QCoreApplication::translate("capataz::metrics", "Resolved: %1 held and holds no more.")
            .arg(condition);
    }
    return {};
}

int AlertRuleStatus::firingCount() const
{
    return int(std::ranges::count_if(instances,
                                     [](const AlertInstance& i) { return i.state == AlertState::Firing; }));
}

AlertEngine::AlertEngine(AlertPolicy policy)
    : m_policy(policy)
{}

void AlertEngine::setRules(const QList<AlertRule>& rules)
{
    std::vector<AlertRuleStatus> statuses;
    std::vector<Memory> memory;
    for (const AlertRule& rule : rules) {
        const auto old = std::ranges::find_if(
            m_rules, [&](const AlertRuleStatus& s) { return sameCondition(s.rule, rule); });
        if (old != m_rules.end()) {
            statuses.push_back(*old);
            statuses.back().rule = rule;
            memory.push_back(m_memory[size_t(old - m_rules.begin())]);
            continue;
        }
        AlertRuleStatus status;
        status.rule = rule;
        Memory m;
        if (auto q = parseQuery(rule.expr))
            m.query = *q;
        else
            m.parseError = q.error();
        statuses.push_back(std::move(status));
        memory.push_back(std::move(m));
    }
    m_rules = std::move(statuses);
    m_memory = std::move(memory);
}

QList<AlertRule> AlertEngine::rules() const
{
    QList<AlertRule> out;
    for (const AlertRuleStatus& s : m_rules)
        out << s.rule;
    return out;
}

const AlertRuleStatus* AlertEngine::status(const QString& rule) const
{
    const auto it =
        std::ranges::find_if(m_rules, [&](const AlertRuleStatus& s) { return s.rule.name == rule; });
    return it == m_rules.end() ? nullptr : &*it;
}

qint64 AlertEngine::maxReachMs() const
{
    qint64 reach = kLookbackMs;
    for (const Memory& m : m_memory)
        if (m.query)
            reach = std::max(reach, queryReachMs(m.query->root()));
    return reach;
}

std::expected<AlertEngine::Values, QueryError> AlertEngine::evaluateRule(const Memory& memory,
                                                                         const AlertRule& rule,
                                                                         const SeriesSet& data,
                                                                         qint64 nowMs) const
{
    if (memory.parseError)
        return std::unexpected(*memory.parseError);
    const Query& query = *memory.query;
    const Expr& root = query.root();
    Values out;
    auto collect = [&out](const QueryResult& r) {
        for (const QuerySeries& s : r.series)
            if (!s.points.empty())
                out.present.emplace_back(alertLabels(s.labels), s.points.back().v);
    };
    // The condition is split from the expression, so that a value that does not meet it still
    // counts as data (inactive), unlike a series that is not there (no data).
    const bool comparisonAtTop = root.kind == Expr::Kind::Binary && isComparison(root.op) && !root.returnBool;
    if (rule.comparison || !comparisonAtTop) {
        const auto r = evaluateInstant(query, data, nowMs);
        if (!r)
            return std::unexpected(r.error());
        collect(*r);
        for (const auto& [labels, value] : out.present)
            if (!rule.comparison || compareAlertValue(*rule.comparison, value, rule.threshold))
                out.holding.push_back(labels.key());
        return out;
    }
    const Expr& lhs = *root.args[0];
    const Expr& rhs = *root.args[1];
    if (lhs.kind == Expr::Kind::Number || rhs.kind == Expr::Kind::Number) {
        const bool numberLeft = lhs.kind == Expr::Kind::Number;
        const auto r = evaluateInstant(query.part(numberLeft ? rhs : lhs), data, nowMs);
        if (!r)
            return std::unexpected(r.error());
        collect(*r);
        for (const auto& [labels, value] : out.present) {
            const bool holds = numberLeft ? detail::applyBinary(root.op, lhs.number, value).second
                                          : detail::applyBinary(root.op, value, rhs.number).second;
            if (holds)
                out.holding.push_back(labels.key());
        }
        return out;
    }
    // Two vectors: the left side says which label sets have data, the whole which hold.
    const auto left = evaluateInstant(query.part(lhs), data, nowMs);
    if (!left)
        return std::unexpected(left.error());
    const auto whole = evaluateInstant(query, data, nowMs);
    if (!whole)
        return std::unexpected(whole.error());
    collect(*left);
    for (const QuerySeries& s : whole->series)
        out.holding.push_back(alertLabels(s.labels).key());
    return out;
}

AlertEvaluation AlertEngine::evaluate(const SeriesSet& data, qint64 nowMs)
{
    AlertEvaluation out;
    for (size_t i = 0; i < m_rules.size(); ++i) {
        AlertRuleStatus& status = m_rules[i];
        Memory& memory = m_memory[i];
        const AlertState before = status.state;
        status.evaluatedAtMs = nowMs;
        if (!status.rule.enabled) { // turned off: nothing of it holds, fires or notifies
            status.error.reset();
            status.instances.clear();
            memory.notified = false;
            status.state = AlertState::Inactive;
            if (before != AlertState::Inactive)
                out.transitions.push_back({status.rule.name, {}, before, status.state, nowMs, true});
            continue;
        }
        const auto values = evaluateRule(memory, status.rule, data, nowMs);
        if (!values) {
            status.error = values.error();
            status.state = AlertState::Error;
        } else {
            status.error.reset();
            update(status, memory, *values, nowMs, out);
            notifyIfDue(status, memory, nowMs, out);
        }
        if (status.state != before)
            out.transitions.push_back({status.rule.name, {}, before, status.state, nowMs, true});
    }
    return out;
}

void AlertEngine::update(AlertRuleStatus& status, Memory& memory, const Values& values, qint64 nowMs,
                         AlertEvaluation& out) const
{
    const AlertRule& rule = status.rule;
    const std::unordered_set<std::string> holding(values.holding.begin(), values.holding.end());
    std::unordered_set<std::string> present;
    auto transition = [&](AlertInstance& inst, AlertState to) {
        if (inst.state != to)
            out.transitions.push_back({rule.name, inst.labels, inst.state, to, nowMs, false});
        inst.state = to;
    };
    auto startFiring = [&](AlertInstance& inst) {
        inst.firingSinceMs = nowMs;
        inst.resolvedAtMs = 0;
        transition(inst, AlertState::Firing);
    };
    auto resolve = [&](AlertInstance& inst) {
        inst.resolvedAtMs = nowMs;
        inst.firingSinceMs = 0;
        transition(inst, AlertState::Resolved);
        memory.quietUntilMs = nowMs + m_policy.quietMs; // every resolution restarts the quiet
    };
    std::vector<AlertInstance> kept;
    for (const auto& [labels, value] : values.present) {
        const std::string key = labels.key();
        if (!present.insert(key).second)
            continue;
        auto it = std::ranges::find_if(status.instances,
                                       [&](const AlertInstance& a) { return a.labels == labels; });
        const bool holds = holding.contains(key);
        if (it == status.instances.end()) {
            if (!holds)
                continue;
            AlertInstance inst{labels, AlertState::Inactive, value, nowMs, 0, 0};
            if (rule.forMs <= 0)
                startFiring(inst);
            else
                transition(inst, AlertState::Pending);
            status.instances.push_back(std::move(inst));
            continue;
        }
        AlertInstance& inst = *it;
        inst.value = value;
        if (holds) {
            if (inst.state == AlertState::Resolved) {
                inst.activeSinceMs = nowMs;
                inst.resolvedAtMs = 0;
                transition(inst, AlertState::Pending);
            }
            if (inst.state == AlertState::NoData) // it was firing when its data went away
                transition(inst, AlertState::Firing);
            if (inst.state == AlertState::Pending && nowMs - inst.activeSinceMs >= rule.forMs)
                startFiring(inst);
        } else if (inst.state == AlertState::Pending) {
            transition(inst, AlertState::Inactive);
        } else if (inst.state == AlertState::Firing || inst.state == AlertState::NoData) {
            resolve(inst);
        }
    }
    for (AlertInstance& inst : status.instances) {
        if (present.contains(inst.labels.key()))
            continue;
        if (inst.state == AlertState::Pending)
            transition(inst, AlertState::Inactive);
        else if (inst.state == AlertState::Firing)
            transition(inst, AlertState::NoData); // its series is gone or stale: not resolved
    }
    for (AlertInstance& inst : status.instances) {
        if (inst.state == AlertState::Resolved && nowMs - inst.resolvedAtMs >= m_policy.keepResolvedMs)
            transition(inst, AlertState::Inactive);
        if (inst.state != AlertState::Inactive)
            kept.push_back(std::move(inst));
    }
    status.instances = std::move(kept);
    std::ranges::sort(status.instances, [](const AlertInstance& a, const AlertInstance& b) {
        return LabelSet::compare(a.labels, b.labels) < 0;
    });

    AlertState state = AlertState::Inactive;
    for (const AlertInstance& inst : status.instances)
        if (rank(inst.state) > rank(state))
            state = inst.state;
    if (values.present.empty())
        state = AlertState::NoData;
    status.state = state;
}

void AlertEngine::notifyIfDue(AlertRuleStatus& status, Memory& memory, qint64 nowMs,
                              AlertEvaluation& out) const
{
    const AlertInstance* longest = nullptr;
    bool episode = false; // something of the rule fires, or fired and lost its data
    for (const AlertInstance& inst : status.instances) {
        if (inst.state == AlertState::NoData)
            episode = true;
        if (inst.state != AlertState::Firing)
            continue;
        episode = true;
        if (!longest || inst.firingSinceMs < longest->firingSinceMs)
            longest = &inst;
    }
    if (!episode) {
        memory.notified = false;
        return;
    }
    if (memory.notified || !longest || nowMs - longest->firingSinceMs < m_policy.minFiringMs ||
        nowMs < memory.quietUntilMs)
        return;
    memory.notified = true;
    const int firing = status.firingCount();
    QString text = expandAlertTemplate(status.rule.summary(m_language), longest->value, longest->labels);
    if (firing > 1)
        text = QCoreApplication::translate("capataz::metrics", "%1 (%n label sets firing)", nullptr, firing)
                   .arg(text);
    out.notifications.push_back({status.rule.name, status.rule.severity, nowMs, firing, text});
}

} // namespace capataz::metrics
