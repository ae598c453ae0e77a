#include "plan/RemoteCall.h"

namespace capataz::plan {

void runRemote(const StepContext& ctx, const remote::Command& command, const QByteArray& input,
               std::function<void(RemoteCallOutput)> done)
{
    ctx.run(exec::Request(command, input), [done = std::move(done)](Result<exec::Output> r) {
        RemoteCallOutput o;
        if (!r) {
            o.result.error = r.error();
        } else {
            o.result.exitCode = r->exitCode;
            o.result.exitSignal = r->exitSignal;
            o.result.durationMs = r->durationMs;
            o.out = std::move(r->out);
            o.err = std::move(r->err);
        }
        done(std::move(o));
    });
}

} // namespace capataz::plan
