#include "ErrorText.h"

namespace capataz::ui {

QString ErrorText::sentence(const Error& error)
{
    return sentence(error.code);
}

QString ErrorText::sentence(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return tr("Everything went fine.");
    case ErrorCode::InvalidArgument:
        return tr("Some of the values given are not valid. Check them and try again.");
    case ErrorCode::HostNotFound:
        return tr("The server's name could not be found. Check the host name, or use its IP address.");
    case ErrorCode::ConnectionRefused:
        return tr(
            "The server refused the connection. Check the port and that the SSH service is running on it.");
    case ErrorCode::NetworkUnreachable:
        return tr("The server cannot be reached from this computer. Check your network or VPN.");
    case ErrorCode::Timeout:
        return tr("The server took too long to answer. Try again; if it keeps happening, check the network.");
    case ErrorCode::ConnectionLost:
        return tr("The connection to the server was lost. Reconnect when the server is reachable again.");
    case ErrorCode::ProtocolError:
        return tr(
            "The SSH conversation with the server failed. Check that the port belongs to an SSH server.");
    case ErrorCode::HostKeyUnknown:
        return tr("This server's identity is not known yet. Compare its fingerprint with the one your "
                  "provider gave you before accepting it.");
    case ErrorCode::HostKeyChanged:
        return tr("The server's identity has changed since the last connection. This can mean someone is "
                  "intercepting the connection. Do not continue until the server's administrator confirms "
                  "the new fingerprint.");
    case ErrorCode::HostKeyRejected:
        return tr("The server's identity was not accepted, so no connection was made.");
    case ErrorCode::AuthenticationFailed:
        return tr("The server did not accept the login. Check the user name and the key or password.");
    case ErrorCode::AuthMethodNotOffered:
        return tr("The server does not allow this way of logging in. Choose another authentication method in "
                  "the server's settings.");
    case ErrorCode::KeyFileUnreadable:
        return tr("The key file could not be read. Check its path and that it is a private key.");
    case ErrorCode::KeyPassphraseWrong:
        return tr("The passphrase does not open the key. Type it again.");
    case ErrorCode::KeyPassphraseNeeded:
        return tr("The key is protected by a passphrase. Type the passphrase to use it.");
    case ErrorCode::PasswordNeeded:
        return tr("A password is needed to log in to this server.");
    case ErrorCode::RsaSha1Rejected:
        return tr("The server refuses this RSA key's old signature type. Create an ed25519 key (ssh-keygen "
                  "-t ed25519), install it on the server (ssh-copy-id) and use it instead.");
    case ErrorCode::AgentUnavailable:
        return tr("No SSH agent is running. Start one and add your key (ssh-add), or choose a key file in "
                  "the server's settings.");
    case ErrorCode::ChannelOpenFailed:
        return tr(
            "The server refused to run the command. It may be limiting sessions; try again in a moment.");
    case ErrorCode::TooManyChannels:
        return tr("Too many operations are running on this server at once. Wait for some to finish.");
    case ErrorCode::SudoPasswordWrong:
        return tr("sudo did not accept the password. Check the sudo password saved for this server.");
    case ErrorCode::SudoNotAllowed:
        return tr("This needs administrator rights, and the server's settings give no way to get them. Set "
                  "the sudo mode in the server's settings.");
    case ErrorCode::RemoteCommandFailed:
        return tr("The command failed on the server. See the details for its message.");
    case ErrorCode::SftpError:
        return tr("The file transfer failed. See the details for the server's message.");
    case ErrorCode::RemoteFileNotFound:
        return tr("The file or folder does not exist on the server.");
    case ErrorCode::RemotePermissionDenied:
        return tr("The server denied access to that file. Use a user with the right permissions, or run it "
                  "as administrator.");
    case ErrorCode::LocalFileError:
        return tr("A file on this computer could not be read or written. Check the path and free space.");
    case ErrorCode::TunnelOpenFailed:
        return tr(
            "The server could not reach that service. Check that it is running and listening on that port.");
    case ErrorCode::HttpError:
        return tr("The service answered with an error.");
    case ErrorCode::DatabaseError:
        return tr(
            "Capataz's own database could not be used. See the details; your servers' data is not affected.");
    case ErrorCode::KeychainUnavailable:
        return tr(
            "The system keychain is not available, so secrets are kept in memory only until Capataz closes.");
    case ErrorCode::NotFound:
        return tr("It was not found.");
    case ErrorCode::AlreadyExists:
        return tr("Something with that name already exists. Choose another name.");
    case ErrorCode::ParseError:
        return tr("The data could not be understood. See the details.");
    case ErrorCode::Cancelled:
        return tr("Cancelled.");
    case ErrorCode::Internal:
        return tr("Something went wrong inside Capataz. Please report it with the details.");
    }
    return tr("Something went wrong.");
}

} // namespace capataz::ui
