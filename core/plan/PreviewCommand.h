#pragma once

#include "plan/Preview.h"
#include "remote/Command.h"

namespace capataz::plan {

// One command of a step's preview: the exact string sent for `sudo`, or "(cannot run: why)".
// The steps that list their own commands (CommandStep, UfwAllowStep, ...) add them through this.
[[nodiscard]] Preview::Command previewCommand(Preview::Phase phase, const remote::Command& command,
                                              remote::SudoMode sudo);

} // namespace capataz::plan
