#include "remote/Command.h"

#include "remote/ShellQuote.h"

#include <algorithm>

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
    case SudoMode::Access:
        return QStringLiteral("access");
    }
    return QStringLiteral("none");
}

std::optional<SudoMode> sudoModeFromName(QStringView name)
{
    for (SudoMode m :
         {SudoMode::None, SudoMode::RootLogin, SudoMode::NoPassword, SudoMode::Password, SudoMode::Access}) {
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

Command& Command::request(const QString& verb, const QStringList& args)
{
    m_request = QStringList{verb} + args;
    return *this;
}

Result<QString> Command::toShell(SudoMode mode) const
{
    if (mode == SudoMode::Access) {
        // The dispatcher splits on spaces and takes words of [A-Za-z0-9._/:,@%+=;-], each
        // optionally in single quotes (what shellQuote() gives for ';'); anything else is
        // refused here, before it is sent.
        if (m_request.isEmpty())
            return fail(ErrorCode::AccessRefused,
                        QStringLiteral("an access account cannot run this: it is not one of its requests"));
        for (const QString& w : m_request) {
            const bool ok = !w.isEmpty() && std::ranges::all_of(w, [](QChar c) {
                const char16_t u = c.unicode();
                return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
                       QStringView(u"._/:,@%+=;-").contains(c);
            });
            if (!ok)
                return fail(ErrorCode::InvalidArgument,
                            QStringLiteral("an access request's word may hold only letters, digits and "
                                           "._/:,@%+=;-: ") +
                                shellQuote(w));
        }
        return shellJoin(m_request);
    }
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
