#include "plan/StepStatus.h"

namespace capataz::plan {

QString stepStatusName(StepStatus status)
{
    switch (status) {
    case StepStatus::Skipped:
        return QStringLiteral("skipped");
    case StepStatus::Planned:
        return QStringLiteral("planned");
    case StepStatus::Applied:
        return QStringLiteral("applied");
    case StepStatus::Failed:
        return QStringLiteral("failed");
    case StepStatus::RolledBack:
        return QStringLiteral("rolled-back");
    case StepStatus::RollbackFailed:
        return QStringLiteral("rollback-failed");
    }
    return QStringLiteral("unknown");
}

} // namespace capataz::plan
