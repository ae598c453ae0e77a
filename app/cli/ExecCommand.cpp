#include "ExecCommand.h"

#include "CliConnect.h"
#include "CliContext.h"
#include "ErrorHints.h"
#include "InterruptWatcher.h"
#include "StdinForwarder.h"
#include "ssh/Connection.h"
#include "ssh/RemoteProcess.h"
#include "store/RolePolicy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>

#include <climits>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace capataz::cli {

namespace {

const QString kCommand = u"exec"_s;

// Exit status for a remote process ended by a signal, as a local shell reports it (Linux numbers).
int signalExitCode(const QString& name)
{
    static const QStringList names{u"HUP"_s,  u"INT"_s,  u"QUIT"_s, u"ILL"_s,  u"TRAP"_s,
                                   u"ABRT"_s, u"BUS"_s,  u"FPE"_s,  u"KILL"_s, u"USR1"_s,
                                   u"SEGV"_s, u"USR2"_s, u"PIPE"_s, u"ALRM"_s, u"TERM"_s};
    const qsizetype i = names.indexOf(name.startsWith(u"SIG") ? name.mid(3) : name);
    return i < 0 ? ExitSsh : 128 + int(i) + 1;
}

// Splits exec's arguments into its own options and the remote command: the command is what
// follows the first "--", or (as with ssh: exec web ls -la) everything from the first word
// after SERVER on. Options that take a value (--timeout, --data-dir) are skipped with it.
QPair<QStringList, QStringList> splitCommand(const QStringList& args)
{
    bool haveServer = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == u"--")
            return {args.first(i), args.mid(i + 1)};
        if (a.startsWith(u'-') && a.size() > 1) {
            if ((a == u"--timeout" || a == u"--data-dir") && i + 1 < args.size())
                ++i;
            continue;
        }
        if (haveServer)
            return {args.first(i), args.mid(i)};
        haveServer = true;
    }
    return {args, {}};
}

struct ExecRequest {
    QString server;
    remote::Command command;
    int timeoutMs = 0;
};

// Connects, runs the command with stdin/stdout/stderr wired through, returns the exit code.
int runOnServer(const ssh::ConnectionSettings& settings, const ExecRequest& req)
{
    ssh::Connection conn(settings);
    if (const auto stop = connectOrReport(conn, req.server, ExitSsh))
        return *stop;

    InterruptWatcher interrupts;
    int interruptedBy = 0;
    QEventLoop loop;

    auto* proc = conn.exec(req.command);
    proc->setTimeout(req.timeoutMs);
    ssh::ProcessResult result;
    bool done = false;
    QObject::connect(proc, &ssh::RemoteProcess::readyReadStdout, &loop,
                     [](const QByteArray& d) { CliContext::writeOut(d); });
    QObject::connect(proc, &ssh::RemoteProcess::readyReadStderr, &loop,
                     [](const QByteArray& d) { CliContext::writeErr(d); });
    QObject::connect(proc, &ssh::RemoteProcess::finished, &loop, [&](const ssh::ProcessResult& r) {
        result = r;
        done = true;
        loop.quit();
    });
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &loop, [&](int sig) {
        if (interruptedBy) // a second interrupt: stop waiting for the remote side
            ::_exit(128 + sig);
        interruptedBy = sig;
        proc->cancel();
    });
    proc->start();

    StdinForwarder input;
    if (StdinForwarder::hasInput()) {
        QObject::connect(&input, &StdinForwarder::dataRead, &loop,
                         [proc](const QByteArray& d) { proc->write(d); });
        QObject::connect(&input, &StdinForwarder::endOfInput, &loop, [proc] { proc->closeWriteChannel(); });
        input.start();
    } else {
        proc->closeWriteChannel(); // a terminal (or no stdin): the remote command gets EOF at once
    }
    if (!done)
        loop.exec();
    input.stop();
    proc->deleteLater();

    if (interruptedBy && result.error.code == ErrorCode::Cancelled)
        return 128 + interruptedBy;
    if (result.error.code == ErrorCode::Timeout)
        return CliContext::reportError(
            result.error,
            QCoreApplication::translate(
                "capataz::cli", "It ran longer than --timeout allows and was stopped; give it more time."),
            ExitSsh);
    if (result.error.isError())
        return CliContext::reportError(result.error, connectionHint(result.error, req.server), ExitSsh);
    if (!result.exitSignal.isEmpty())
        return signalExitCode(result.exitSignal);
    return result.exitCode >= 0 && result.exitCode <= 255 ? result.exitCode : ExitSsh;
}

} // namespace

int runExecCommand(CliContext& ctx, const QStringList& args)
{
    const auto [optionArgs, argv] = splitCommand(args);
    QCommandLineParser parser;
    const QCommandLineOption acceptNew(
        u"accept-new"_s, u"Trust the server's host key if none is known yet, and remember it. A "
                         u"changed key is always refused."_s);
    const QCommandLineOption password(u"password-stdin"_s,
                                      u"Read one line from stdin first: the login password (or the key's "
                                      u"passphrase). Overrides the keychain."_s);
    const QCommandLineOption sudoPassword(u"sudo-password-stdin"_s,
                                          u"Read one line from stdin (after the password, if both): the sudo "
                                          u"password. Overrides the keychain."_s);
    const QCommandLineOption root(u"root"_s,
                                  u"Run the command as root, the way the profile's sudo mode says."_s);
    const QCommandLineOption timeout(u"timeout"_s, u"Stop the command after SECONDS (default: no limit)."_s,
                                     u"SECONDS"_s);
    // main.cpp already switched errors to JSON when it saw --json before "--"; the remote
    // command's own output is passed through untouched either way.
    const QCommandLineOption json(u"json"_s, u"Print capataz-cli's own errors as one JSON line on stderr."_s);
    parser.addOptions({acceptNew, password, sudoPassword, root, timeout, json});
    parser.addPositionalArgument(u"SERVER"_s, u"The server profile."_s);
    parser.addPositionalArgument(u"CMD"_s, u"The program to run and its arguments, after --."_s,
                                 u"-- CMD [ARG...]"_s);
    if (auto exit =
            ctx.parse(parser, optionArgs,
                      {kCommand, u"SERVER [options] -- CMD [ARG...]"_s,
                       u"Run a command on a server. Its stdout and stderr arrive on ours, our stdin "
                       u"(unless it is a terminal) goes to it, and its exit code becomes ours: 128+N "
                       u"for signal N, 255 when capataz-cli itself failed, 77 when the profile's role "
                       u"(support, owner) may not run commands."_s},
                      ExitSsh))
        return *exit;

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return CliContext::usageError(u"exec needs a SERVER"_s, kCommand, ExitSsh);
    const QString server = positional.takeFirst();
    if (!positional.isEmpty())
        return CliContext::usageError(u"put the whole remote command after --"_s, kCommand, ExitSsh);
    if (argv.isEmpty() || argv.constFirst().isEmpty())
        return CliContext::usageError(u"exec needs a command to run: exec SERVER -- CMD [ARG...]"_s, kCommand,
                                      ExitSsh);

    ExecRequest req{server, remote::Command(argv).asRoot(parser.isSet(root)), 0};
    if (parser.isSet(timeout)) {
        bool ok = false;
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || seconds <= 0)
            return CliContext::usageError(u"--timeout needs a positive number of seconds"_s, kCommand,
                                          ExitSsh);
        req.timeoutMs = int(qMin(seconds * 1000.0, double(INT_MAX)));
    }

    auto found = findServer(ctx, server, ExitSsh, ExitSsh);
    if (!found)
        return found.error();
    auto& [store, profile] = *found;
    // Any command can change the server: only an administrator's profile runs one (the GUI
    // gives support and owner profiles no console either). Checked before any secret is read.
    if (auto allowed = store::mayChangeServer(profile); !allowed)
        return CliContext::reportError(
            allowed.error(),
            QCoreApplication::translate("capataz::cli", "Ask an administrator of the server to run it."),
            ExitRoleNotAllowed);

    auto settings =
        profileSettings(ctx, profile, store,
                        {.passwordFromStdin = parser.isSet(password),
                         .sudoPasswordFromStdin = parser.isSet(sudoPassword),
                         .needsSudoPassword = req.command.sendsSudoPassword(profile.sudo)},
                        parser.isSet(acceptNew) ? ssh::HostKeyPolicy::AcceptNew : ssh::HostKeyPolicy::Strict,
                        ExitSsh, ExitSsh);
    if (!settings)
        return settings.error();
    return runOnServer(*settings, req);
}

} // namespace capataz::cli
