#pragma once

#include "plan/StepContext.h"
#include "remote/Command.h"
#include "ssh/RemoteProcess.h"

#include <QByteArray>

#include <functional>

namespace capataz::plan {

struct RemoteCallOutput {
    ssh::ProcessResult result;
    QByteArray out;
    QByteArray err;
};

// The older form of StepContext::run() (core/exec), kept while the last steps move to it:
// `input` goes to stdin, output is collected, `done` is called once on ctx.owner's thread
// unless the owner is destroyed first. New code calls ctx.run() / ctx.runChecked().
void runRemote(const StepContext& ctx, const remote::Command& command, const QByteArray& input,
               std::function<void(RemoteCallOutput)> done);

} // namespace capataz::plan
