#pragma once

#include <QStringList>

namespace capataz::cli {

class CliContext;

// Exit codes of `capataz-cli status`: a server that could not be reached wins over one that
// needs attention. Maintenance counts as all well (the admin's note replaces the alarms).
enum StatusExit : int {
    kStatusAllWell = 0,
    kStatusAttention = 1,
    kStatusUnreachable = 2,
};

// capataz-cli status [SERVER...] [--json] [--jobs N] [--timeout SECONDS] [--accept-new]
int runStatusCommand(CliContext& ctx, const QStringList& args);

} // namespace capataz::cli
