#pragma once

#include <QStringList>

namespace capataz::cli {

class CliContext;

// `capataz-cli env show FILE... [--json] [--mask-secrets] [--env KEY=VALUE...] [--local-environment]`:
// every variable of the .env files as docker compose will see it, interpolated. Problems go to
// stderr (in --json, into "problems"); exits 1 when compose would refuse the files.
int runEnvShow(CliContext& ctx, const QStringList& args);

} // namespace capataz::cli
