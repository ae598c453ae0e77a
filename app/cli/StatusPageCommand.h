#pragma once

#include <QStringList>

namespace capataz::cli {

class CliContext;

// capataz-cli status-page SERVER [--description T] [--contact-name N] [--contact-phone P]
//     [--contact-email E] [--maintenance NOTE --until WHEN | --end-maintenance]
//     [--show-addresses yes|no] [--json]
// Shows, and with options changes, what the server's status page says besides its checks: the
// same settings as the page's "Page settings…" dialog, kept on this computer. Every role may
// read them; only an admin profile changes them (77 otherwise).
int runStatusPageCommand(CliContext& ctx, const QStringList& args);

} // namespace capataz::cli
