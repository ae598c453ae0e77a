// capataz-cli: the command-line twin of the Capataz console. Argument parsing and output only;
// the work is done by core/.
#include "AccessCommand.h"
#include "AuditCommand.h"
#include "BackupCommand.h"
#include "CheckOutsideCommand.h"
#include "CliContext.h"
#include "CliLanguage.h"
#include "EnvCommand.h"
#include "ExecCommand.h"
#include "HostKeyCommand.h"
#include "LogsCommand.h"
#include "MetricsCommand.h"
#include "PlanCommand.h"
#include "ServersCommand.h"
#include "StatusCommand.h"
#include "StatusPageCommand.h"
#include "store/DataDir.h"

#include <QCoreApplication>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace capataz::cli;

namespace {

const QString kGlobalHelp = uR"(Usage: capataz-cli [--data-dir DIR] COMMAND [options]

Sets up and watches Docker Compose services on Linux servers over SSH.

Commands:
  servers list                 List the server profiles.
  servers add NAME ...         Add a server profile.
  servers remove NAME          Remove a profile and its stored secrets.
  servers import-ssh-config    Add profiles for the hosts of ~/.ssh/config.
  exec SERVER -- CMD [ARG...]  Run a command on a server.
  hostkey SERVER               Show a server's host key and whether it is trusted.
  env check|set|show FILE ...  Check a .env file, set values and generate secrets in it, or
                               show its variables as docker compose will see them.
  plan --list | SERVER STEP --answers FILE.yaml [--dry-run]
                               Run a setup plan (server-check ... verify, or all).
  logs SERVER [--service S]... [--file PATH] [--unit U] [--follow] ...
                               Print a server's logs (compose services, files, journald).
  metrics parse FILE [--format prometheus|openmetrics] [--json]
                               Print the metric families and samples of an exposition file.
  metrics SERVER [--target HOST:PORT/PATH]... [--json]
                               Scrape a server's metrics once (through SSH) and print them.
  metrics query --file HISTORY.om EXPR (--at T | --range START:END:STEP) [--json]
                               Evaluate a PromQL expression over the samples of a file.
  metrics alerts SERVER [--wait SECONDS] [--json]
  metrics alerts --file HISTORY.om [--at T] [--rules FILE] [--json]
                               Evaluate the alert rules and print each rule's state (exit 3: firing).
  backup SERVER create|list|verify|download|drill|restore [NAME] [--json]
                               Make, list, check, copy, test-restore and restore backups.
  status [SERVER...] [--json]  Check servers in parallel: service, certificate, disk, backups
                               (exit 0 all well, 1 needs attention, 2 a server did not answer).
  status-page SERVER [--description T] [--contact-name N] [--maintenance NOTE --until WHEN] ...
                               Show or change what the owner's status page says besides the checks.
  audit [--server S] [--plan P] [--result ok|failed] [--since 24h|7d|DATE] [--csv FILE|-] [--json]
                               Print what Capataz did on the servers (the audit log).
  check-outside SERVER [--name NAME] [--allow PORT]... [--read-compose] [--json]
                               Check from this computer which ports answer, the certificate and
                               the HTTPS redirect, as the internet sees them (exit 3: a problem).
  access SERVER list | grant PERSON --role support|owner (--public-key F | --new-key F) ...
         | revoke ACCOUNT | hello
                               Accounts for support staff and owners whose role the server
                               enforces (a fixed dispatcher, an sshd Match block).

Global options:
  --data-dir DIR   Keep profiles and known hosts in DIR (default: $CAPATAZ_DATA_DIR,
                   else ~/.local/share/Capataz/capataz).
  --version        Show the version.
  -h, --help       Show this help; 'capataz-cli COMMAND --help' shows a command's options.

Errors are printed on stderr as three lines: what happened, the error code with its
detail, and what to do next; with --json, as one line {"error": {"code", "message",
"detail", "hint"}}. Messages are in Spanish when LC_ALL, LC_MESSAGES or LANG says so.
)"_s;

int dispatch(CliContext& ctx, const QString& command, const QStringList& rest)
{
    if (command == u"servers")
        return runServersCommand(ctx, rest);
    if (command == u"exec")
        return runExecCommand(ctx, rest);
    if (command == u"hostkey")
        return runHostKeyCommand(ctx, rest);
    if (command == u"env")
        return runEnvCommand(ctx, rest);
    if (command == u"plan")
        return runPlanCommand(ctx, rest);
    if (command == u"logs")
        return runLogsCommand(ctx, rest);
    if (command == u"metrics")
        return runMetricsCommand(ctx, rest);
    if (command == u"backup")
        return runBackupCommand(ctx, rest);
    if (command == u"status")
        return runStatusCommand(ctx, rest);
    if (command == u"status-page")
        return runStatusPageCommand(ctx, rest);
    if (command == u"audit")
        return runAuditCommand(ctx, rest);
    if (command == u"access")
        return runAccessCommand(ctx, rest);
    if (command == u"check-outside")
        return runCheckOutsideCommand(ctx, rest);
    return CliContext::usageError(u"unknown command '"_s + command + u"'"_s, QString());
}

} // namespace

int main(int argc, char* argv[])
{
    // A closed stdin/stdout/stderr would be reused by the next open() (the SSH socket, the
    // database): point it at /dev/null first.
    for (int fd = STDIN_FILENO; fd <= STDERR_FILENO; ++fd) {
        if (::fcntl(fd, F_GETFD) == -1)
            (void)::open("/dev/null", fd == STDIN_FILENO ? O_RDONLY : O_WRONLY);
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Capataz"_s);
    QCoreApplication::setApplicationName(u"capataz"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CAPATAZ_VERSION));

    installCliTranslator(); // LC_ALL / LC_MESSAGES / LANG: Spanish or English messages

    const QStringList args = QCoreApplication::arguments().mid(1);
    // --json asks for machine-readable output, errors included; after "--" (exec) the words
    // belong to the remote command.
    for (const QString& a : args) {
        if (a == u"--")
            break;
        if (a == u"--json")
            CliContext::setJsonErrors(true);
    }
    // Global options come before the command; --data-dir is also accepted after it.
    qsizetype i = 0;
    for (; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == u"--version" || a == u"-v") {
            CliContext::print(u"capataz-cli "_s + QCoreApplication::applicationVersion() + u'\n');
            return ExitOk;
        }
        if (a == u"--help" || a == u"-h" || a == u"-?") {
            CliContext::print(kGlobalHelp);
            return ExitOk;
        }
        if (a == u"--data-dir" || a.startsWith(u"--data-dir=")) {
            const QString dir = a.contains(u'=') ? a.mid(a.indexOf(u'=') + 1)
                                                 : (i + 1 < args.size() ? args.at(++i) : QString());
            if (dir.isEmpty())
                return CliContext::usageError(u"--data-dir needs a directory"_s, QString());
            capataz::store::setDataDirectoryOverride(dir);
            continue;
        }
        if (a.startsWith(u'-'))
            return CliContext::usageError(u"unknown option '"_s + a + u"'"_s, QString());
        break;
    }
    if (i >= args.size()) {
        CliContext::printErr(kGlobalHelp);
        return ExitUsage;
    }
    CliContext ctx;
    return dispatch(ctx, args.at(i), args.mid(i + 1));
}
