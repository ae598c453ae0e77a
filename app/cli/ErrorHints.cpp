#include "ErrorHints.h"

#include <QCoreApplication>

namespace capataz::cli {

// Only what to do next: what happened is the catalogue's sentence (common/ErrorCatalog), which
// CliContext::reportError prints above the hint.
QString connectionHint(const Error& error, const QString& server)
{
    switch (error.code) {
    case ErrorCode::HostNotFound:
    case ErrorCode::ConnectionRefused:
    case ErrorCode::NetworkUnreachable:
    case ErrorCode::Timeout:
    case ErrorCode::ConnectionLost:
    case ErrorCode::TunnelOpenFailed:
        return QCoreApplication::translate("capataz::cli",
                                           "Check that the server is up and that its host name and port are "
                                           "right ('capataz-cli servers list').");
    case ErrorCode::HostKeyUnknown:
        return QCoreApplication::translate(
            "capataz::cli", "Compare that fingerprint with the one the server's administrator reads on the "
                            "server ('ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub'); if they match, run "
                            "again with --accept-new to trust it.");
    case ErrorCode::HostKeyChanged:
        return QCoreApplication::translate(
            "capataz::cli", "WARNING: do not connect until you know why the key changed. If the server was "
                            "really reinstalled, delete the old line named above and run again with "
                            "--accept-new.");
    case ErrorCode::HostKeyRejected:
        return QCoreApplication::translate("capataz::cli",
                                           "See 'capataz-cli hostkey %1 --help' to review the server's key "
                                           "and trust it.")
            .arg(server);
    case ErrorCode::AuthenticationFailed:
    case ErrorCode::AuthMethodNotOffered:
        return QCoreApplication::translate(
            "capataz::cli", "Check the user, key or password of the profile; a password can be "
                            "given with --password-stdin.");
    case ErrorCode::PasswordNeeded:
        return QCoreApplication::translate("capataz::cli",
                                           "No password is stored for this profile: pass it with "
                                           "--password-stdin.");
    case ErrorCode::KeyPassphraseNeeded:
    case ErrorCode::KeyPassphraseWrong:
        return QCoreApplication::translate(
            "capataz::cli",
            "Pass the key's passphrase with --password-stdin, or load the key into ssh-agent.");
    case ErrorCode::KeyFileUnreadable:
        return QCoreApplication::translate("capataz::cli",
                                           "Check the key file of the profile ('capataz-cli servers list'): "
                                           "it must exist and be readable by you.");
    case ErrorCode::RsaSha1Rejected:
        return QCoreApplication::translate("capataz::cli", "Use an ed25519 or ecdsa key instead.");
    case ErrorCode::AgentUnavailable:
        return QCoreApplication::translate(
            "capataz::cli", "Start ssh-agent and add your key (ssh-add), or give the profile a key file.");
    case ErrorCode::SudoPasswordWrong:
        return QCoreApplication::translate("capataz::cli",
                                           "Pass the right sudo password with --sudo-password-stdin.");
    case ErrorCode::AccessRefused:
        return QCoreApplication::translate(
            "capataz::cli", "Ask the server's administrator to do it, or for access with another role.");
    case ErrorCode::AccessAccountUnconfirmed:
        return QCoreApplication::translate("capataz::cli",
                                           "Ask the server's administrator to give access again "
                                           "('capataz-cli access SERVER grant'), or add the profile again "
                                           "with the --sudo mode the account really has.");
    case ErrorCode::SudoNotAllowed:
        return QCoreApplication::translate("capataz::cli",
                                           "This profile cannot become root that way; add it again with the "
                                           "right --sudo mode (root, sudo or sudo-password).");
    case ErrorCode::NotFound:
        return QCoreApplication::translate("capataz::cli",
                                           "See the known servers with 'capataz-cli servers list'.");
    case ErrorCode::Cancelled:
        return QCoreApplication::translate("capataz::cli", "The command was interrupted.");
    case ErrorCode::CheckFailed:
        return QCoreApplication::translate("capataz::cli",
                                           "The details list what was found; fix it, then run the plan "
                                           "again.");
    case ErrorCode::InvalidArgument:
        return QCoreApplication::translate("capataz::cli",
                                           "Check the command and the profile ('capataz-cli servers list').");
    default:
        return storeHint(error);
    }
}

QString storeHint(const Error& error)
{
    switch (error.code) {
    case ErrorCode::DatabaseError:
    case ErrorCode::LocalFileError:
        return QCoreApplication::translate(
            "capataz::cli", "Check the data directory (--data-dir or CAPATAZ_DATA_DIR): it must "
                            "be writable by you.");
    case ErrorCode::KeychainUnavailable:
        return QCoreApplication::translate(
            "capataz::cli", "Unlock the keychain, or remove the entry with your keychain tool.");
    case ErrorCode::NotFound:
        return QCoreApplication::translate("capataz::cli",
                                           "See the known servers with 'capataz-cli servers list'.");
    case ErrorCode::AlreadyExists:
        return QCoreApplication::translate("capataz::cli",
                                           "Choose another name, or remove the existing profile first "
                                           "('capataz-cli servers remove NAME').");
    case ErrorCode::InvalidArgument:
        return QCoreApplication::translate("capataz::cli",
                                           "Fix the value named above and run the command again.");
    default:
        return QCoreApplication::translate(
            "capataz::cli", "Run the command again; if it keeps failing, report the message above.");
    }
}

} // namespace capataz::cli
