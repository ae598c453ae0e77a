#pragma once

#include <QStringList>

namespace capataz::cli {

class CliContext;

// capataz-cli hostkey SERVER [--accept-new] [--json]
// Connects only as far as the host key and shows it. Exit codes:
enum HostKeyExit : int {
    HostKeyKnown = 0,   // known, or unknown and accepted with --accept-new
    HostKeyUnknown = 1, // unknown and not accepted
    HostKeyChanged = 3, // another key is known for the server (or the key is @revoked): refused
    // 255 when no key could be fetched (no such profile, connection errors); 2 for bad arguments
};

int runHostKeyCommand(CliContext& ctx, const QStringList& args);

} // namespace capataz::cli
