#pragma once

#include "common/Error.h"
#include "plan/StepStatus.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace capataz::plan {

// How a run of a plan ended: one outcome per step reached, in plan order. A step applied and
// then undone reads RolledBack (or RollbackFailed, with that error); the step that failed reads
// Failed (or RolledBack if its apply had succeeded and only verify failed). All text is masked.
struct PlanReport {
    struct Outcome {
        QString stepId;
        StepStatus status = StepStatus::Skipped;
        Error error;
    };

    QString plan; // untranslated title
    bool dryRun = false;
    bool cancelled = false;
    QList<Outcome> steps;
    QString failedStepId; // empty when nothing failed
    Error error;          // the failure (or Cancelled) that stopped the plan; None on success
    Error auditError;     // the first audit log write that failed, if any

    [[nodiscard]] bool ok() const { return !error.isError(); }
    [[nodiscard]] const Outcome* outcome(const QString& stepId) const;
};

} // namespace capataz::plan

Q_DECLARE_METATYPE(capataz::plan::PlanReport)
