#pragma once

#include <QStringList>

namespace capataz::cli {

class CliContext;

// capataz-cli exec SERVER [--accept-new] [--password-stdin] [--sudo-password-stdin] [--root]
//     [--timeout SECONDS] -- CMD [ARG...]
// Exits with the remote exit code, 128+N when a signal ended it, 255 when capataz-cli itself
// failed (arguments, profile, connection, authentication, host key, sudo, timeout), 77 when the
// profile's role (support, owner) may not run commands (RoleNotAllowed).
int runExecCommand(CliContext& ctx, const QStringList& args);

} // namespace capataz::cli
