#pragma once

#include <QStringList>

namespace capataz::cli {

class CliContext;

// `capataz-cli audit [--server S] [--plan P] [--result ok|failed] [--since T] [--until T]
// [--grep TEXT] [--limit N] [--csv FILE|-] [--json]`: what Capataz did on the servers, newest
// first, as a table, JSON or CSV. Entries of servers whose profile has the owner role are left
// out; a computer whose profiles are all owners is refused (exit 77).
int runAuditCommand(CliContext& ctx, const QStringList& args);

} // namespace capataz::cli
