#pragma once

#include "common/Error.h"

namespace capataz::ssh {
class Connection;
}

namespace capataz::cli {

// How a connection attempt made by a command ended.
struct ConnectOutcome {
    VoidResult result;     // the connection error, when there is one
    int interruptedBy = 0; // the signal (SIGINT, SIGTERM) that stopped the wait, 0 if none
};

// Connects `conn` in a local event loop (the CLI has no GUI to keep responsive) and waits
// until it is connected, failed, or Ctrl-C stopped the wait. With the accept-new host key
// policy it says on stderr which new keys were trusted and remembered, as ssh does.
// The one connect-and-wait of the commands that work on a server (exec, plan); `host-key`
// stops before authentication and keeps its own loop.
[[nodiscard]] ConnectOutcome connectAndWait(ssh::Connection& conn);

} // namespace capataz::cli
