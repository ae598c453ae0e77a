#pragma once

#include <QStringList>

namespace capataz::cli {

class CliContext;

// Exit code of `metrics alerts` when a rule fires.
inline constexpr int kExitAlertFiring = 3;

// `capataz-cli metrics alerts SERVER [--wait SECONDS] [--json]`: scrapes the server's targets
// (as `metrics SERVER`), every 15 s for SECONDS when --wait is given (so a rule's `for` can pass),
// evaluates its alert rules (alerts/server-<id>.json in the data directory, else the recipe's and
// node-exporter's defaults) after each scrape and prints each rule's state in a sentence.
// `capataz-cli metrics alerts --file HISTORY.om [--at T] [--rules FILE] [--json]`: the same over
// a history file (as `metrics query --file` reads it), the clock walked every 15 s from the file's
// first sample (at most 24 hours before T) to T (default: its last sample); without --rules, the
// node-exporter defaults. Exit 0: nothing fires; 3: a rule fires; 1: an error (a rule that cannot
// be evaluated too); 77: the profile's role may not read metrics (owner).
int runMetricsAlertsCommand(CliContext& ctx, const QStringList& args);

} // namespace capataz::cli
