#include "ServersCommand.h"

#include "CliContext.h"
#include "ErrorHints.h"
#include "ProfileOutput.h"

#include <QCommandLineParser>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace capataz::cli {

namespace {

const QString kServersHelp = uR"(Usage: capataz-cli servers SUBCOMMAND [options]

Subcommands:
  list [--json]                      List the server profiles.
  add NAME --host H --user U ...     Add a profile ('capataz-cli servers add --help').
  remove NAME                        Remove a profile and its stored secrets.
  import-ssh-config [--file PATH] [--dry-run] [--json]
                                     Add a profile for each host of ~/.ssh/config.
)"_s;

} // namespace

int runServersCommand(CliContext& ctx, const QStringList& args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == u"list")
        return runServersList(ctx, rest);
    if (sub == u"add")
        return runServersAdd(ctx, rest);
    if (sub == u"remove")
        return runServersRemove(ctx, rest);
    if (sub == u"import-ssh-config")
        return runImportSshConfig(ctx, rest);
    if (sub == u"--help" || sub == u"-h") {
        CliContext::print(kServersHelp);
        return ExitOk;
    }
    if (sub.isEmpty())
        return CliContext::usageError(u"servers needs a subcommand: list, add, remove or import-ssh-config"_s,
                                      u"servers"_s);
    return CliContext::usageError(u"unknown subcommand 'servers "_s + sub + u"'"_s, u"servers"_s);
}

int runServersList(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(u"json"_s, u"Print JSON: {\"servers\": [profile...]}."_s);
    parser.addOption(jsonOption);
    if (auto exit =
            ctx.parse(parser, args, {u"servers list"_s, u"[--json]"_s, u"List the server profiles."_s}))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return CliContext::usageError(u"servers list takes no arguments"_s, u"servers list"_s);

    auto store = ctx.servers();
    if (!store)
        return CliContext::reportError(store.error(), storeHint(store.error()), ExitFailure);
    auto profiles = (*store)->list();
    if (!profiles)
        return CliContext::reportError(profiles.error(), storeHint(profiles.error()), ExitFailure);

    if (parser.isSet(jsonOption)) {
        QJsonArray list;
        for (const auto& p : *profiles)
            list.append(profileToJson(p));
        printJson(QJsonObject{{u"servers"_s, list}});
        return ExitOk;
    }
    if (profiles->isEmpty()) {
        CliContext::print(
            u"No servers yet. Add one with: capataz-cli servers add NAME --host HOST --user USER\n"_s);
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const auto& p : *profiles) {
        rows << QStringList{p.name,
                            profileAddress(p),
                            store::authMethodName(p.auth),
                            remote::sudoModeName(p.sudo),
                            store::roleName(p.role),
                            p.jumpHost};
    }
    CliContext::print(
        formatTable({u"NAME"_s, u"ADDRESS"_s, u"AUTH"_s, u"SUDO"_s, u"ROLE"_s, u"JUMP"_s}, rows));
    return ExitOk;
}

int runServersRemove(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"NAME"_s, u"The profile to remove."_s);
    if (auto exit = ctx.parse(parser, args,
                              {u"servers remove"_s, u"NAME"_s,
                               u"Remove a server profile and the secrets stored for it in the keychain."_s}))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return CliContext::usageError(u"servers remove needs exactly one NAME"_s, u"servers remove"_s);

    auto store = ctx.servers();
    if (!store)
        return CliContext::reportError(store.error(), storeHint(store.error()), ExitFailure);
    auto profile = (*store)->get(parser.positionalArguments().constFirst());
    if (!profile)
        return CliContext::reportError(profile.error(), storeHint(profile.error()), ExitFailure);

    // Secrets first: if the keychain refuses, the profile stays and the command can be repeated.
    using Kind = secrets::SecretStore::Kind;
    for (Kind kind : {Kind::Password, Kind::KeyPassphrase, Kind::SudoPassword}) {
        if (auto r = ctx.removeSecret(profile->name, kind); !r)
            return CliContext::reportError(r.error(), storeHint(r.error()), ExitFailure);
    }
    if (auto r = (*store)->remove(profile->name); !r)
        return CliContext::reportError(r.error(), storeHint(r.error()), ExitFailure);
    CliContext::print(u"Removed server '"_s + profile->name + u"' and its stored secrets.\n"_s);
    return ExitOk;
}

} // namespace capataz::cli
