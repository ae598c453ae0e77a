#include "ErrorHints.h"

using namespace Qt::Literals::StringLiterals;

namespace capataz::cli {

QString connectionHint(const Error& error, const QString& server)
{
    switch (error.code) {
    case ErrorCode::HostNotFound:
    case ErrorCode::ConnectionRefused:
    case ErrorCode::NetworkUnreachable:
    case ErrorCode::Timeout:
    case ErrorCode::ConnectionLost:
    case ErrorCode::TunnelOpenFailed:
        return u"Check that the server is up and that its host name and port are right "
               u"('capataz-cli servers list')."_s;
    case ErrorCode::HostKeyUnknown:
        return u"Compare that fingerprint with the one the server's administrator reads on the server "
               u"('ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub'); if they match, run again with "
               u"--accept-new to trust it."_s;
    case ErrorCode::HostKeyChanged:
        return u"WARNING: do not connect until you know why the key changed. If the server was really "
               u"reinstalled, delete the old line named above and run again with --accept-new."_s;
    case ErrorCode::HostKeyRejected:
        return u"The server's key was not trusted; see 'capataz-cli hostkey "_s + server + u" --help'."_s;
    case ErrorCode::AuthenticationFailed:
    case ErrorCode::AuthMethodNotOffered:
        return u"Check the user, key or password of the profile; a password can be given with "
               u"--password-stdin."_s;
    case ErrorCode::PasswordNeeded:
        return u"No password is stored for this profile: pass it with --password-stdin."_s;
    case ErrorCode::KeyPassphraseNeeded:
    case ErrorCode::KeyPassphraseWrong:
        return u"Pass the key's passphrase with --password-stdin, or load the key into ssh-agent."_s;
    case ErrorCode::KeyFileUnreadable:
        return u"Check the key file of the profile ('capataz-cli servers list'): it must exist and be "
               u"readable by you."_s;
    case ErrorCode::RsaSha1Rejected:
        return u"The server refuses this RSA key's signature; use an ed25519 or ecdsa key."_s;
    case ErrorCode::AgentUnavailable:
        return u"Start ssh-agent and add your key (ssh-add), or give the profile a key file."_s;
    case ErrorCode::SudoPasswordWrong:
        return u"Pass the right sudo password with --sudo-password-stdin."_s;
    case ErrorCode::SudoNotAllowed:
        return u"This profile cannot become root that way; add it again with the right --sudo mode "
               u"(root, sudo or sudo-password)."_s;
    case ErrorCode::NotFound:
        return u"See the known servers with 'capataz-cli servers list'."_s;
    case ErrorCode::Cancelled:
        return u"The command was interrupted."_s;
    case ErrorCode::InvalidArgument:
        return u"Check the command and the profile ('capataz-cli servers list')."_s;
    default:
        return storeHint(error);
    }
}

QString storeHint(const Error& error)
{
    switch (error.code) {
    case ErrorCode::DatabaseError:
    case ErrorCode::LocalFileError:
        return u"Check the data directory (--data-dir or CAPATAZ_DATA_DIR): it must be writable by you."_s;
    case ErrorCode::KeychainUnavailable:
        return u"The keychain refused the operation; unlock it, or remove the entry with your keychain tool."_s;
    case ErrorCode::NotFound:
        return u"See the known servers with 'capataz-cli servers list'."_s;
    case ErrorCode::AlreadyExists:
        return u"Choose another name, or remove the existing profile first ('capataz-cli servers remove NAME')."_s;
    case ErrorCode::InvalidArgument:
        return u"Fix the value named above and run the command again."_s;
    default:
        return u"Run the command again; if it keeps failing, report the message above."_s;
    }
}

} // namespace capataz::cli
