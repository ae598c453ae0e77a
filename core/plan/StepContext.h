#pragma once

#include "common/CancelToken.h"

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
};

} // namespace capataz::plan
