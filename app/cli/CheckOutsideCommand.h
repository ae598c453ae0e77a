#pragma once

#include <QStringList>

namespace capataz::cli {

class CliContext;

// `capataz-cli check-outside SERVER [--name NAME] [--allow PORT]... [--published PORT]...
// [--read-compose] [--ca-file PEM] [--timeout SECONDS] [--json]`: what the world sees of the
// server, from this computer (health::OutsideCheck): which ports answer against the intended
// ones, the certificate on 443, the redirect on 80. Exit 0: nothing wrong (warnings allowed),
// 3: a problem was found, 1/2/77 as the other commands.
int runCheckOutsideCommand(CliContext& ctx, const QStringList& args);

} // namespace capataz::cli
