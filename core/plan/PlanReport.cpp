#include "plan/PlanReport.h"

namespace capataz::plan {

const PlanReport::Outcome* PlanReport::outcome(const QString& stepId) const
{
    for (const Outcome& o : steps) {
        if (o.stepId == stepId)
            return &o;
    }
    return nullptr;
}

} // namespace capataz::plan
