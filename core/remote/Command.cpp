#include "remote/Command.h"

#include "remote/ShellQuote.h"

namespace capataz::remote {

QString sudoModeName(SudoMode mode)
{
    switch (mode) {
    case SudoMode::None:
        return QStringLiteral("none");
    case SudoMode::RootLogin:
        return QStringLiteral("root");
    case SudoMode::NoPassword:
        return QStringLiteral("sudo");
    case SudoMode::Password:
        return QStringLiteral("sudo-password");
    }
    return QStringLiteral("none");
}

std::optional<SudoMode> sudoModeFromName(QStringView name)
{
    for (SudoMode m : {SudoMode::None, SudoMode::RootLogin, SudoMode::NoPassword, SudoMode::Password}) {
        if (name == sudoModeName(m))
            return m;
    }
    return std::nullopt;
}

Command::Command(QStringList argv)
    : m_argv(std::move(argv))
{}

Command Command::script(const QString& script, const QStringList& args)
{
    QStringList argv{QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("capataz")};
    argv += args;
    return Command(std::move(argv));
}

Command& Command::asRoot(bool root)
{
    m_root = root;
    return *this;
}

Command& Command::inDirectory(const QString& dir)
{
    m_dir = dir;
    return *this;
}

Result<QString> Command::toShell(SudoMode mode) const
{
    if (m_argv.isEmpty() || m_argv.front().isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("empty command"));
    for (const QString& a : m_argv) {
        if (!isPassable(a))
            return fail(ErrorCode::InvalidArgument, QStringLiteral("an argument contains a NUL character"));
    }
    if (!isPassable(m_dir))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the directory contains a NUL character"));

    QStringList words;
    const bool sudo = m_root && (mode == SudoMode::NoPassword || mode == SudoMode::Password);
    if (m_root && mode == SudoMode::None)
        return fail(ErrorCode::SudoNotAllowed,
                    QStringLiteral("this server profile has no way to become root"));
    if (sudo && m_argv.front().contains(u'='))
        // sudo reads a leading NAME=value after "--" as an environment setting: no quoting helps.
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("a program name containing '=' cannot run through sudo"));
    if (sudo && mode == SudoMode::NoPassword)
        words << QStringLiteral("sudo") << QStringLiteral("-n") << QStringLiteral("--");
    else if (sudo)
        // -S: password from stdin; -k: ignore cached credentials, so the password line is
        // always consumed by sudo and never reaches the command; -p '': no prompt text.
        words << QStringLiteral("sudo") << QStringLiteral("-S") << QStringLiteral("-k")
              << QStringLiteral("-p") << QString() << QStringLiteral("--");
    if (!m_dir.isEmpty()) {
        // cd inside the (possibly privileged) shell, so root-only directories work too.
        // A relative directory gets "./": cd reads a bare "-" as $OLDPWD and looks any other
        // relative name up in $CDPATH (printing the result on stdout), even after "--".
        const QString dir = m_dir.startsWith(u'/') ? m_dir : QStringLiteral("./") + m_dir;
        words << QStringLiteral("sh") << QStringLiteral("-c")
              << QStringLiteral("cd -- \"$1\" && shift && exec \"$@\"") << QStringLiteral("sh") << dir;
    }
    words += m_argv;
    return shellJoin(words);
}

} // namespace capataz::remote
