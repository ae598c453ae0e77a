#include "common/ErrorCatalog.h"

#include <QCoreApplication>

namespace capataz {

namespace {

constexpr const char* kContext = "capataz::Error";

// No default: a code added to ErrorCodes.def without a sentence here is a -Wswitch warning,
// an error under CAPATAZ_WERROR.
const char* sentenceSource(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return QT_TRANSLATE_NOOP("capataz::Error", "Everything went fine.");
    case ErrorCode::InvalidArgument:
        return QT_TRANSLATE_NOOP("capataz::Error", "Some of the values given are not valid.");
    case ErrorCode::HostNotFound:
        return QT_TRANSLATE_NOOP("capataz::Error", "The server's name could not be found.");
    case ErrorCode::ConnectionRefused:
        return QT_TRANSLATE_NOOP("capataz::Error", "The server refused the connection.");
    case ErrorCode::NetworkUnreachable:
        return QT_TRANSLATE_NOOP("capataz::Error", "The server cannot be reached from this computer.");
    case ErrorCode::Timeout:
        return QT_TRANSLATE_NOOP("capataz::Error", "The server took too long to answer.");
    case ErrorCode::ConnectionLost:
        return QT_TRANSLATE_NOOP("capataz::Error", "The connection to the server was lost.");
    case ErrorCode::ProtocolError:
        return QT_TRANSLATE_NOOP("capataz::Error", "The SSH conversation with the server failed.");
    case ErrorCode::HostKeyUnknown:
        return QT_TRANSLATE_NOOP("capataz::Error", "This server's identity is not known yet.");
    case ErrorCode::HostKeyChanged:
        return QT_TRANSLATE_NOOP("capataz::Error",
                                 "The server's identity has changed since the last connection. This can "
                                 "mean someone is intercepting the connection.");
    case ErrorCode::HostKeyRejected:
        return QT_TRANSLATE_NOOP("capataz::Error",
                                 "The server's identity was not accepted, so no connection was made.");
    case ErrorCode::AuthenticationFailed:
        return QT_TRANSLATE_NOOP("capataz::Error", "The server did not accept the login.");
    case ErrorCode::AuthMethodNotOffered:
        return QT_TRANSLATE_NOOP("capataz::Error", "The server does not allow this way of logging in.");
    case ErrorCode::KeyFileUnreadable:
        return QT_TRANSLATE_NOOP("capataz::Error", "The key file could not be read.");
    case ErrorCode::KeyPassphraseWrong:
        return QT_TRANSLATE_NOOP("capataz::Error", "The passphrase does not open the key.");
    case ErrorCode::KeyPassphraseNeeded:
        return QT_TRANSLATE_NOOP("capataz::Error", "The key is protected by a passphrase.");
    case ErrorCode::PasswordNeeded:
        return QT_TRANSLATE_NOOP("capataz::Error", "A password is needed to log in to this server.");
    case ErrorCode::RsaSha1Rejected:
        return QT_TRANSLATE_NOOP("capataz::Error", "The server refuses this RSA key's old signature type.");
    case ErrorCode::AgentUnavailable:
        return QT_TRANSLATE_NOOP("capataz::Error", "No SSH agent is running.");
    case ErrorCode::ChannelOpenFailed:
        return QT_TRANSLATE_NOOP("capataz::Error",
                                 "The server refused to run the command. It may be limiting sessions.");
    case ErrorCode::TooManyChannels:
        return QT_TRANSLATE_NOOP("capataz::Error", "Too many operations are running on this server at once.");
    case ErrorCode::SudoPasswordWrong:
        return QT_TRANSLATE_NOOP("capataz::Error", "sudo did not accept the password.");
    case ErrorCode::SudoNotAllowed:
        return QT_TRANSLATE_NOOP("capataz::Error",
                                 "This needs administrator rights, and the server's settings give no way to "
                                 "get them.");
    case ErrorCode::RemoteCommandFailed:
        return QT_TRANSLATE_NOOP("capataz::Error", "The command failed on the server.");
    case ErrorCode::CheckFailed:
        return QT_TRANSLATE_NOOP("capataz::Error",
                                 "A check found a problem on the server. No command failed and nothing was "
                                 "changed.");
    case ErrorCode::AccessRefused:
        return QT_TRANSLATE_NOOP("capataz::Error",
                                 "The server refused it: this access account's role does not allow it.");
    case ErrorCode::AccessAccountUnconfirmed:
        return QT_TRANSLATE_NOOP("capataz::Error",
                                 "The server did not confirm this profile as a Capataz access account.");
    case ErrorCode::RoleNotAllowed:
        return QT_TRANSLATE_NOOP("capataz::Error",
                                 "This server profile's role may not run commands or change the server.");
    case ErrorCode::SftpError:
        return QT_TRANSLATE_NOOP("capataz::Error", "The file transfer failed.");
    case ErrorCode::RemoteFileNotFound:
        return QT_TRANSLATE_NOOP("capataz::Error", "The file or folder does not exist on the server.");
    case ErrorCode::RemotePermissionDenied:
        return QT_TRANSLATE_NOOP("capataz::Error", "The server denied access to that file.");
    case ErrorCode::LocalFileError:
        return QT_TRANSLATE_NOOP("capataz::Error", "A file on this computer could not be read or written.");
    case ErrorCode::TunnelOpenFailed:
        return QT_TRANSLATE_NOOP("capataz::Error", "The server could not reach that service.");
    case ErrorCode::HttpError:
        return QT_TRANSLATE_NOOP("capataz::Error", "The service answered with an error.");
    case ErrorCode::DatabaseError:
        return QT_TRANSLATE_NOOP("capataz::Error",
                                 "Capataz's own database could not be used. Your servers' data is not "
                                 "affected.");
    case ErrorCode::KeychainUnavailable:
        return QT_TRANSLATE_NOOP("capataz::Error", "The system keychain could not be used.");
    case ErrorCode::NotFound:
        return QT_TRANSLATE_NOOP("capataz::Error", "What was asked for does not exist.");
    case ErrorCode::AlreadyExists:
        return QT_TRANSLATE_NOOP("capataz::Error", "Something with that name already exists.");
    case ErrorCode::ParseError:
        return QT_TRANSLATE_NOOP("capataz::Error", "The data could not be understood.");
    case ErrorCode::Cancelled:
        return QT_TRANSLATE_NOOP("capataz::Error", "The operation was cancelled.");
    case ErrorCode::Internal:
        return QT_TRANSLATE_NOOP("capataz::Error", "Something went wrong inside Capataz.");
    }
    // A value outside the enum (a corrupt or newer stored code).
    return QT_TRANSLATE_NOOP("capataz::Error", "Something went wrong.");
}

} // namespace

QString errorSentence(ErrorCode code)
{
    return QCoreApplication::translate(kContext, sentenceSource(code));
}

QString errorSentenceUntranslated(ErrorCode code)
{
    return QString::fromUtf8(sentenceSource(code));
}

} // namespace capataz
