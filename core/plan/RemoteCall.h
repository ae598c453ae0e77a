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

// Runs one command on ctx.connection for a step: `input` goes to stdin (secrets go there, never
// in argv), output is collected, and `done` is called once on ctx.owner's thread. If the owner
// is destroyed first, the command is cancelled and `done` is never called. Without a
// connection, `done` gets an Internal error.
void runRemote(const StepContext& ctx, const remote::Command& command, const QByteArray& input,
               std::function<void(RemoteCallOutput)> done);

} // namespace capataz::plan
