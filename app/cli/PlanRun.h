#pragma once

#include "plan/Plan.h"

#include <QJsonArray>
#include <QString>

namespace capataz::ssh {
class Connection;
}
namespace capataz::store {
class AuditLog;
}

namespace capataz::cli {

struct NamedPlan {
    QString name;
    plan::Plan plan;
};

struct RunState {
    bool json = false;
    bool dryRun = false;
    store::AuditLog* audit = nullptr; // every step and its outcome, secrets masked
    QJsonArray steps;                 // --json: every step's outcome
};

// Runs one plan to its end over `conn` (PlanRunner: every step and its outcome in the audit log,
// secrets masked), printing each step as it goes (or, with state.json, collecting them in
// state.steps); Ctrl-C stops after the current step and rolls back. With state.dryRun only the
// checks run and the plan's preview is printed. True when it succeeded.
bool runOne(const NamedPlan& named, ssh::Connection& conn, const QString& server, RunState& state);

} // namespace capataz::cli
