#pragma once

#include <QMetaType>
#include <QString>

namespace capataz::plan {

// How a step ended in a run.
enum class StepStatus {
    Skipped,        // check found it already done: nothing changed
    Planned,        // dry run: it would be applied
    Applied,        // applied and verified
    Failed,         // check, apply or verify failed (the plan stops here)
    RolledBack,     // it had been applied, and was undone after a later failure or a cancel
    RollbackFailed, // undoing it failed: the server may be half-changed (see the error)
};

// Stable, untranslated name ("rolled-back"): audit rows, the CLI and tests use it.
[[nodiscard]] QString stepStatusName(StepStatus status);

} // namespace capataz::plan

Q_DECLARE_METATYPE(capataz::plan::StepStatus)
