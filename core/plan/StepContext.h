#pragma once

#include "common/CancelToken.h"
#include "exec/Exec.h"

#include <QObject>

namespace capataz::ssh {
class Connection;
}

namespace capataz::plan {

// Shared cancel flag: set by PlanRunner::cancel(), read by steps between their commands.
using capataz::CancelToken;

// What a step's check/apply/verify/rollback work with. All of it belongs to the thread that
// runs the plan (the GUI thread): steps start jobs on `connection` and receive their signals
// with `owner` as context, so a step's pending work dies with the runner.
struct StepContext {
    ssh::Connection* connection = nullptr; // null for plans that do no remote work
    QObject* owner = nullptr;              // never null while a runner runs
    CancelToken cancel;

    [[nodiscard]] bool cancelled() const { return cancel.isCancelled(); }

    // Runs a command for the step through the exec layer (core/exec): on `connection`, owned by
    // `owner`, stopped by `cancel`. See exec::run() and exec::runChecked().
    void run(exec::Request request, exec::Done done) const;
    void runChecked(exec::Request request, exec::Done done, const QString& what = {}) const;
};

} // namespace capataz::plan
