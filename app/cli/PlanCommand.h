#pragma once

#include <QStringList>

namespace capataz::cli {

class CliContext;

// capataz-cli plan --list
// capataz-cli plan SERVER STEP|all --answers FILE.yaml [--dry-run] [--json] [--accept-new]
//     [--password-stdin] [--sudo-password-stdin]
// Runs a setup plan (the wizard's pages) non-interactively. Exit 0: done (or, with --dry-run,
// previewed); 1: a step failed (after rolling back) or the connection failed; 2: bad usage or
// a bad answers file (every problem listed with its key path); 77: without --dry-run, the
// profile's role (support, owner) may not change the server (RoleNotAllowed).
int runPlanCommand(CliContext& ctx, const QStringList& args);

} // namespace capataz::cli
