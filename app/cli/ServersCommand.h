#pragma once

#include <QStringList>

namespace capataz::cli {

class CliContext;

// `capataz-cli servers list|add|remove|import-ssh-config ...`; `args` follow "servers".
int runServersCommand(CliContext& ctx, const QStringList& args);

// The subcommands, each in its own file.
int runServersList(CliContext& ctx, const QStringList& args);
int runServersAdd(CliContext& ctx, const QStringList& args);
int runServersRemove(CliContext& ctx, const QStringList& args);
int runImportSshConfig(CliContext& ctx, const QStringList& args);

} // namespace capataz::cli
