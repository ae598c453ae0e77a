#pragma once

#include "common/CancelToken.h"
#include "common/Error.h"
#include "remote/Command.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QObject;

namespace capataz::ssh {
class Connection;
struct ProcessResult;
} // namespace capataz::ssh

namespace capataz::exec {

// What a remote command that ran to its own end left behind.
struct Output {
    int exitCode = -1;
    QString exitSignal; // "TERM", "KILL", ... when a signal ended it
    qint64 durationMs = 0;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] bool succeeded() const { return exitCode == 0 && exitSignal.isEmpty(); }
    // The last non-empty lines of stderr (or stdout when stderr is empty), at most `maxChars`:
    // what an error detail quotes.
    [[nodiscard]] QString tail(qsizetype maxChars = 600) const;
};

// One remote command: the command (argv, sudo, directory: remote::Command is the only place a
// shell string is built), what goes to its stdin (secrets go there, never in argv), an optional
// cancel token and time limit.
struct Request {
    remote::Command command;
    QByteArray input;
    CancelToken cancel;
    int timeoutMs = 0;       // 0: no limit
    qsizetype maxOutput = 0; // 0: no limit; stdout/stderr beyond it are dropped (a mark says so)

    Request(remote::Command c) // NOLINT: implicit on purpose, a command alone is a request
        : command(std::move(c))
    {}
    Request(remote::Command c, QByteArray in)
        : command(std::move(c))
        , input(std::move(in))
    {}
};

// The callback of run(): an Error only when the command did not run to its own end (no
// connection, could not start, cancelled, timed out, connection lost, sudo refused). A non-zero
// exit status is NOT an error here: the caller decides (a `test -f` that says no, a grep that
// finds nothing).
using Done = std::function<void(Result<Output>)>;

// Runs `request` on `connection` and calls `done` exactly once on `owner`'s thread, unless
// `owner` is destroyed first: then the command is cancelled and `done` is never called. The
// same when the request's cancel token fires (checked when output arrives and on a short timer),
// with ErrorCode::Cancelled. Without a connection, `done` gets ErrorCode::ConnectionLost
// (queued, never called from inside run()).
void run(ssh::Connection* connection, QObject* owner, Request request, Done done);

// Like run(), with the exit status already turned into an Error: a non-zero exit or a signal
// becomes ErrorCode::RemoteCommandFailed whose detail says "`what` exited with N: <stderr tail>".
// `what` names the command for people (e.g. "docker compose ps"); empty: the program's name.
void runChecked(ssh::Connection* connection, QObject* owner, Request request, Done done,
                const QString& what = {});

// How a command is named for people in an error when the caller gives no name: its program
// ("docker"), or "a script" for sh -c.
[[nodiscard]] QString commandName(const remote::Command& command);

// The exit status of a finished command as an Error (None when it succeeded). Used by
// runChecked() and by callers that first look at the output themselves.
[[nodiscard]] Error exitError(const Output& output, const QString& what);

// "[label] exit N" followed by stdout and "[stderr] ..." : how a step shows a command's run in
// its live output (masking is the caller's: it knows the secrets).
[[nodiscard]] QString transcript(const QString& label, const Output& output);

// A ProcessResult (how a RemoteProcess ended) with its collected output, as run() reports it.
[[nodiscard]] Result<Output> toResult(const ssh::ProcessResult& result, QByteArray out, QByteArray err);

} // namespace capataz::exec
