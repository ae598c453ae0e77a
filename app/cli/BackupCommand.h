#pragma once

#include <QStringList>

namespace capataz::cli {

class CliContext;

// capataz-cli backup SERVER create|list|verify|download|drill|restore [NAME] [options]
int runBackupCommand(CliContext& ctx, const QStringList& args);

} // namespace capataz::cli
