#include "plan/StepContext.h"

namespace capataz::plan {

void StepContext::run(exec::Request request, exec::Done done) const
{
    if (!request.cancel.isValid())
        request.cancel = cancel;
    exec::run(connection, owner, std::move(request), std::move(done));
}

void StepContext::runChecked(exec::Request request, exec::Done done, const QString& what) const
{
    if (!request.cancel.isValid())
        request.cancel = cancel;
    exec::runChecked(connection, owner, std::move(request), std::move(done), what);
}

} // namespace capataz::plan
