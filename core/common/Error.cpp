#include "common/Error.h"

namespace capataz {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
#define CAPATAZ_CODE(name)                                                                                   \
    case ErrorCode::name:                                                                                    \
        return QStringLiteral(#name);
        CAPATAZ_CODE(None)
        CAPATAZ_CODE(InvalidArgument)
        CAPATAZ_CODE(HostNotFound)
        CAPATAZ_CODE(ConnectionRefused)
        CAPATAZ_CODE(NetworkUnreachable)
        CAPATAZ_CODE(Timeout)
        CAPATAZ_CODE(ConnectionLost)
        CAPATAZ_CODE(ProtocolError)
        CAPATAZ_CODE(HostKeyUnknown)
        CAPATAZ_CODE(HostKeyChanged)
        CAPATAZ_CODE(HostKeyRejected)
        CAPATAZ_CODE(AuthenticationFailed)
        CAPATAZ_CODE(AuthMethodNotOffered)
        CAPATAZ_CODE(KeyFileUnreadable)
        CAPATAZ_CODE(KeyPassphraseWrong)
        CAPATAZ_CODE(KeyPassphraseNeeded)
        CAPATAZ_CODE(PasswordNeeded)
        CAPATAZ_CODE(RsaSha1Rejected)
        CAPATAZ_CODE(AgentUnavailable)
        CAPATAZ_CODE(ChannelOpenFailed)
        CAPATAZ_CODE(TooManyChannels)
        CAPATAZ_CODE(SudoPasswordWrong)
        CAPATAZ_CODE(SudoNotAllowed)
        CAPATAZ_CODE(RemoteCommandFailed)
        CAPATAZ_CODE(SftpError)
        CAPATAZ_CODE(RemoteFileNotFound)
        CAPATAZ_CODE(RemotePermissionDenied)
        CAPATAZ_CODE(LocalFileError)
        CAPATAZ_CODE(TunnelOpenFailed)
        CAPATAZ_CODE(HttpError)
        CAPATAZ_CODE(DatabaseError)
        CAPATAZ_CODE(KeychainUnavailable)
        CAPATAZ_CODE(NotFound)
        CAPATAZ_CODE(AlreadyExists)
        CAPATAZ_CODE(ParseError)
        CAPATAZ_CODE(Cancelled)
        CAPATAZ_CODE(Internal)
#undef CAPATAZ_CODE
    }
    return QStringLiteral("Unknown");
}

QString Error::codeName() const
{
    return errorCodeName(code);
}

QString Error::toString() const
{
    if (detail.isEmpty())
        return codeName();
    return codeName() + QStringLiteral(": ") + detail;
}

} // namespace capataz
