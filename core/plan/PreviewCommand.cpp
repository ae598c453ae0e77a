#include "plan/PreviewCommand.h"

namespace capataz::plan {

Preview::Command previewCommand(Preview::Phase phase, const remote::Command& command, remote::SudoMode sudo)
{
    auto shell = command.toShell(sudo);
    return {phase, shell ? *shell : QStringLiteral("(cannot run: %1)").arg(shell.error().toString())};
}

} // namespace capataz::plan
