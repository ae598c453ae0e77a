#pragma once

#include <QStringList>

namespace capataz::cli {

class CliContext;

// `capataz-cli env check FILE [--compose FILE] [--json]` and
// `capataz-cli env set FILE KEY=VALUE... [--generate KEY:KIND...]`, on files of this computer.
// check exits 1 when a finding is an error; set writes atomically and only when something changed.
int runEnvCommand(CliContext& ctx, const QStringList& args);

} // namespace capataz::cli
