#pragma once

#include "client/ProfileSettings.h"
#include "common/Error.h"
#include "secrets/SecretStore.h"
#include "status/StatusSettings.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/ServerStore.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace capataz::cli {

// Exit codes shared by every command (exec and hostkey add their own, see their headers).
enum Exit : int {
    ExitOk = 0,
    ExitFailure = 1, // the operation failed (not found, database, keychain, unreadable file)
    ExitUsage = 2,   // bad arguments or an invalid profile (validation, duplicate name)
    // exec, plan without --dry-run: the profile's role (support, owner) may not change the
    // server (sysexits' EX_NOPERM).
    ExitRoleNotAllowed = 77,
    ExitSsh = 255, // exec: capataz-cli itself failed (connection, authentication, host key...)
};

// What a command's --help shows: "Usage: capataz-cli <command> <synopsis>", the description,
// then the parser's options and arguments.
struct CommandHelp {
    QString command;  // "servers add"
    QString synopsis; // "NAME --host HOST --user USER [options]"
    QString description;
};

// What every command needs: output, errors, argument parsing, the profile store, the keychain.
// Lives on the main thread for the whole run of one command.
class CliContext {
public:
    CliContext();
    ~CliContext();
    CliContext(const CliContext&) = delete;
    CliContext& operator=(const CliContext&) = delete;

    // Raw bytes and UTF-8 text to stdout / stderr, unbuffered (remote output is streamed).
    static void writeOut(QByteArrayView data);
    static void writeErr(QByteArrayView data);
    static void print(const QString& text) { writeOut(text.toUtf8()); }
    static void printErr(const QString& text) { writeErr(text.toUtf8()); }
    static void warn(const QString& text)
    {
        printErr(QStringLiteral("capataz-cli: warning: ") + text + u'\n');
    }

    // On stderr, then returns exitCode:
    //   capataz-cli: <what happened, from common/ErrorCatalog, translated>
    //     <CodeName>: <detail>
    //     <hint: what to do next>
    // or, once setJsonErrors(true), one line {"error":{"code","message","detail","hint"}}.
    static int reportError(const Error& error, const QString& hint, int exitCode);
    // The text reportError prints (without JSON), for tests and for reportError itself.
    [[nodiscard]] static QString errorText(const Error& error, const QString& hint);
    // --json anywhere before "--": errors are printed as JSON too (main.cpp decides).
    static void setJsonErrors(bool on);
    // An InvalidArgument about the command line, with a pointer to the command's --help.
    static int usageError(const QString& detail, const QString& command, int exitCode = ExitUsage);

    // Adds --help and --data-dir to `parser`, parses `args` (the words after the command name)
    // and applies --data-dir. Returns an exit code when the command should stop here (help
    // printed: 0; bad arguments: `usageExit`), std::nullopt to go on.
    std::optional<int> parse(QCommandLineParser& parser, const QStringList& args, const CommandHelp& help,
                             int usageExit = ExitUsage);

    // Opens the database in the data directory on first use.
    [[nodiscard]] Result<store::ServerStore*> servers();
    // The audit log in the same database (plans record every step there, as in the GUI).
    [[nodiscard]] Result<store::AuditLog*> auditLog();
    // The admin's status settings per server (description, contact, maintenance), same database.
    [[nodiscard]] Result<status::StatusSettingsStore*> statusSettings();

    // The keychain, created on first use; the wrappers wait for the answer in a local event loop.
    [[nodiscard]] secrets::SecretStore& secrets();
    [[nodiscard]] Result<QString> readSecret(const QString& server, secrets::SecretStore::Kind kind);
    [[nodiscard]] VoidResult writeSecret(const QString& server, secrets::SecretStore::Kind kind,
                                         const QString& value);
    [[nodiscard]] VoidResult removeSecret(const QString& server, secrets::SecretStore::Kind kind);

    // One line from stdin without its line ending, read byte by byte so that the rest of stdin
    // stays unread (exec forwards it). On a terminal, `prompt` is shown on stderr and echo is
    // off. ParseError at end of input before any line.
    [[nodiscard]] static Result<QString> readStdinLine(const QString& prompt);

private:
    std::optional<store::Database> m_db;
    std::optional<store::ServerStore> m_store;
    std::optional<store::AuditLog> m_audit;
    std::optional<status::StatusSettingsStore> m_statusSettings;
    std::unique_ptr<secrets::SecretStore> m_secrets;
};

} // namespace capataz::cli
