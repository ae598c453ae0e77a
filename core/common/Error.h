#pragma once

#include <QMetaType>
#include <QString>

#include <expected>

namespace capataz {

// What went wrong, as a value. Tests compare codes; ui/ turns a code into a translated
// sentence that says what to do next. `detail` is technical text for logs and "details"
// boxes: it never holds a secret.
enum class ErrorCode {
    None = 0,
    InvalidArgument,
    // network and session
    HostNotFound,
    ConnectionRefused,
    NetworkUnreachable,
    Timeout,
    ConnectionLost,
    ProtocolError,
    // host keys
    HostKeyUnknown,
    HostKeyChanged,
    HostKeyRejected,
    // authentication
    AuthenticationFailed,
    AuthMethodNotOffered,
    KeyFileUnreadable,
    KeyPassphraseWrong,
    KeyPassphraseNeeded,
    PasswordNeeded,
    RsaSha1Rejected,
    AgentUnavailable,
    // channels and processes
    ChannelOpenFailed,
    TooManyChannels,
    SudoPasswordWrong,
    SudoNotAllowed,
    RemoteCommandFailed,
    // files
    SftpError,
    RemoteFileNotFound,
    RemotePermissionDenied,
    LocalFileError,
    // tunnels / http
    TunnelOpenFailed,
    HttpError,
    // storage / secrets
    DatabaseError,
    KeychainUnavailable,
    NotFound,
    AlreadyExists,
    ParseError,
    Cancelled,
    Internal,
};

struct Error {
    ErrorCode code = ErrorCode::None;
    QString detail;

    [[nodiscard]] bool isError() const { return code != ErrorCode::None; }
    [[nodiscard]] QString codeName() const;
    [[nodiscard]] QString toString() const; // "CodeName: detail", untranslated, for logs and CLI
    bool operator==(const Error&) const = default;
};

// Stable, untranslated identifier of a code ("HostKeyChanged"), used by the CLI's --json and
// by tests.
[[nodiscard]] QString errorCodeName(ErrorCode code);

template <typename T> using Result = std::expected<T, Error>;
using VoidResult = std::expected<void, Error>;

[[nodiscard]] inline std::unexpected<Error> fail(ErrorCode code, QString detail = {})
{
    return std::unexpected<Error>(Error{code, std::move(detail)});
}

} // namespace capataz

Q_DECLARE_METATYPE(capataz::Error)
