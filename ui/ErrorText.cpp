#include "ErrorText.h"

#include "common/ErrorCatalog.h"

namespace capataz::ui {

QString ErrorText::sentence(const Error& error)
{
    return sentence(error.code);
}

QString ErrorText::sentence(ErrorCode code)
{
    const QString what = errorSentence(code);
    const QString next = hint(code);
    return next.isEmpty() ? what : what + u' ' + next;
}

QString ErrorText::hint(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
        return tr("Check them and try again.");
    case ErrorCode::HostNotFound:
        return tr("Check the host name, or use its IP address.");
    case ErrorCode::ConnectionRefused:
        return tr("Check the port and that the SSH service is running on it.");
    case ErrorCode::NetworkUnreachable:
        return tr("Check your network or VPN.");
    case ErrorCode::Timeout:
        return tr("Try again; if it keeps happening, check the network.");
    case ErrorCode::ConnectionLost:
        return tr("Reconnect when the server is reachable again.");
    case ErrorCode::ProtocolError:
        return tr("Check that the port belongs to an SSH server.");
    case ErrorCode::HostKeyUnknown:
        return tr("Compare its fingerprint with the one your provider gave you before accepting it.");
    case ErrorCode::HostKeyChanged:
        return tr("Do not continue until the server's administrator confirms the new fingerprint.");
    case ErrorCode::AuthenticationFailed:
        return tr("Check the user name and the key or password.");
    case ErrorCode::AuthMethodNotOffered:
        return tr("Choose another authentication method in the server's settings.");
    case ErrorCode::KeyFileUnreadable:
        return tr("Check its path and that it is a private key.");
    case ErrorCode::KeyPassphraseWrong:
        return tr("Type it again.");
    case ErrorCode::KeyPassphraseNeeded:
        return tr("Type the passphrase to use it.");
    case ErrorCode::RsaSha1Rejected:
        return tr("Create an ed25519 key (ssh-keygen -t ed25519), install it on the server (ssh-copy-id) and "
                  "use it instead.");
    case ErrorCode::AgentUnavailable:
        return tr("Start one and add your key (ssh-add), or choose a key file in the server's settings.");
    case ErrorCode::ChannelOpenFailed:
        return tr("Try again in a moment.");
    case ErrorCode::TooManyChannels:
        return tr("Wait for some to finish.");
    case ErrorCode::SudoPasswordWrong:
        return tr("Check the sudo password saved for this server.");
    case ErrorCode::SudoNotAllowed:
        return tr("Set the sudo mode in the server's settings.");
    case ErrorCode::RemoteCommandFailed:
        return tr("See the details for its message.");
    case ErrorCode::CheckFailed:
        return tr("The details list what was found; fix it, then run the checks again.");
    case ErrorCode::AccessRefused:
        return tr("Ask the server's administrator to do it, or for access with another role.");
    case ErrorCode::AccessAccountUnconfirmed:
        return tr("Ask the server's administrator to give access again, or set the profile's sudo mode "
                  "to what the account really is.");
    case ErrorCode::RoleNotAllowed:
        return tr("Ask an administrator of the server to do it.");
    case ErrorCode::SftpError:
        return tr("See the details for the server's message.");
    case ErrorCode::RemotePermissionDenied:
        return tr("Use a user with the right permissions, or run it as administrator.");
    case ErrorCode::LocalFileError:
        return tr("Check the path and free space.");
    case ErrorCode::TunnelOpenFailed:
        return tr("Check that it is running and listening on that port.");
    case ErrorCode::DatabaseError:
    case ErrorCode::ParseError:
        return tr("See the details.");
    case ErrorCode::KeychainUnavailable:
        return tr("Secrets are kept in memory only until Capataz closes.");
    case ErrorCode::AlreadyExists:
        return tr("Choose another name.");
    case ErrorCode::Internal:
        return tr("Please report it with the details.");
    case ErrorCode::None:
    case ErrorCode::HostKeyRejected:
    case ErrorCode::PasswordNeeded:
    case ErrorCode::RemoteFileNotFound:
    case ErrorCode::HttpError:
    case ErrorCode::NotFound:
    case ErrorCode::Cancelled:
        break;
    }
    return QString();
}

} // namespace capataz::ui
