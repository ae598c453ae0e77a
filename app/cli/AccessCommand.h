#pragma once

#include <QStringList>

namespace capataz::cli {

class CliContext;

// capataz-cli access SERVER list [--json]
// capataz-cli access SERVER grant PERSON --role support|owner (--public-key FILE | --new-key FILE)
//     [--log-file PATH]... [--unit UNIT]... [--port N]... [--add-profile NAME] [--dry-run] [--json]
// capataz-cli access SERVER revoke ACCOUNT [--dry-run] [--json]
// capataz-cli access SERVER hello [--json]     (with an access account's own profile)
// Exit 0: done; 1: a step failed (rolled back) or the connection failed; 2: bad usage; 77: the
// profile is not an administrator's (grant, revoke, list).
int runAccessCommand(CliContext& ctx, const QStringList& args);

} // namespace capataz::cli
