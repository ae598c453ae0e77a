#pragma once

#include <QStringList>

namespace capataz::cli {

class CliContext;

// capataz-cli logs SERVER [--service S]... [--file PATH] [--unit U] [--journal-dir DIR]
//   [--since T] [--tail N] [--follow] [--grep RE] [--level L] [--json]
// Prints a server's logs through the same sources as the console (core/logs): compose
// services, files, journald. Reading changes nothing: admin and support profiles may.
int runLogsCommand(CliContext& ctx, const QStringList& args);

} // namespace capataz::cli
