#pragma once

#include "common/Error.h"

#include <QString>
#include <QStringList>

namespace capataz::remote {

// How a server profile becomes root.
enum class SudoMode {
    None,       // never: commands that need root are refused before they are sent
    RootLogin,  // the profile logs in as root
    NoPassword, // sudo -n (NOPASSWD in sudoers)
    Password,   // sudo -S: the password goes on the channel's stdin, never in argv
    // A Capataz access account (support or owner): the server's dispatcher runs only the fixed
    // requests of its role and becomes root itself. Only commands with a request() can be sent.
    Access,
};

[[nodiscard]] QString sudoModeName(SudoMode mode); // "none", "root", "sudo", "sudo-password"
[[nodiscard]] std::optional<SudoMode> sudoModeFromName(QStringView name);

// A remote command as an argv list. toShell() is the only place in Capataz where a shell
// string is built: every word goes through shellQuote().
class Command {
public:
    Command() = default;
    explicit Command(QStringList argv);

    // sh -c SCRIPT capataz ARG...: a fixed script that reads its inputs as "$1", "$2", ...
    // Untrusted values go in `args`, never into `script`.
    [[nodiscard]] static Command script(const QString& script, const QStringList& args = {});

    Command& asRoot(bool root = true);
    Command& inDirectory(const QString& dir);
    // What an access account sends instead (SudoMode::Access): a verb the server's dispatcher
    // knows and its arguments, checked again there (core/access, resources/access).
    Command& request(const QString& verb, const QStringList& args = {});

    [[nodiscard]] const QStringList& argv() const { return m_argv; }
    [[nodiscard]] bool needsRoot() const { return m_root; }
    [[nodiscard]] const QString& directory() const { return m_dir; }
    [[nodiscard]] const QStringList& requestWords() const { return m_request; }

    // The exact string sent with the SSH exec request. Errors: empty argv, a NUL in an
    // argument, or root needed with SudoMode::None.
    [[nodiscard]] Result<QString> toShell(SudoMode mode) const;

    // With SudoMode::Password and a root command, the password line is written to stdin
    // before anything else.
    [[nodiscard]] bool sendsSudoPassword(SudoMode mode) const { return m_root && mode == SudoMode::Password; }

private:
    QStringList m_argv;
    QString m_dir;
    QStringList m_request; // verb, then its arguments
    bool m_root = false;
};

} // namespace capataz::remote
