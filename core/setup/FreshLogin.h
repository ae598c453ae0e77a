#pragma once

#include "exec/Exec.h"
#include "plan/StepContext.h"

namespace capataz::setup {

// Opens a new SSH connection with the settings of ctx.connection (so whatever the step just
// changed on the server applies to it), runs `command` over it and closes it. A host key that is
// not remembered is refused: a new login to an unknown key proves nothing. Everything hangs off
// ctx.owner; `done` is called once, with the command's output or why the login failed. Used by
// the steps that could lock the user out: the firewall's dead-man switch, the access accounts'
// sshd block.
void runOverFreshLogin(const plan::StepContext& ctx, const remote::Command& command, int connectTimeoutMs,
                       exec::Done done);

} // namespace capataz::setup
