#pragma once

#include "common/Error.h"
#include "ssh/ConnectionSettings.h"
#include "ssh/KeyFile.h"

#include <optional>

using LIBSSH2_SESSION = struct _LIBSSH2_SESSION;
using LIBSSH2_AGENT = struct _LIBSSH2_AGENT;
struct libssh2_agent_publickey;

namespace capataz::ssh {

struct RsaKeyForSha2;

// The user-authentication state machine of one session, non-blocking: step() until
// succeeded() or error(). Methods: ssh-agent, key file (ed25519, ecdsa, RSA with an
// rsa-sha2 signature where the key can be read), password, keyboard-interactive.
class Authenticator {
public:
    explicit Authenticator(const ConnectionSettings& settings);
    ~Authenticator();
    Authenticator(const Authenticator&) = delete;
    Authenticator& operator=(const Authenticator&) = delete;

    bool step(LIBSSH2_SESSION* session);
    [[nodiscard]] bool succeeded() const { return m_phase == Phase::Done; }
    [[nodiscard]] const std::optional<Error>& error() const { return m_error; }

private:
    enum class Phase { List, Agent, Key, Password, KeyboardInteractive, Done, Failed };
    bool stepList(LIBSSH2_SESSION* session);
    bool stepAgent(LIBSSH2_SESSION* session);
    bool stepKey(LIBSSH2_SESSION* session);
    bool stepPassword(LIBSSH2_SESSION* session);
    bool stepKeyboard(LIBSSH2_SESSION* session);
    void failWith(ErrorCode code, const QString& detail);
    [[nodiscard]] Error sessionError(LIBSSH2_SESSION* session, ErrorCode code, const QString& what) const;

    const ConnectionSettings& m_settings;
    QByteArray m_user;
    Phase m_phase = Phase::List;
    QString m_offered;
    std::optional<Error> m_error;
    // agent
    LIBSSH2_AGENT* m_agent = nullptr;
    libssh2_agent_publickey* m_identity = nullptr;
    int m_identitiesTried = 0;
    // key file
    KeyFileInfo m_keyInfo;
    bool m_keyInspected = false;
    std::shared_ptr<RsaKeyForSha2> m_rsaKey;
    QByteArray m_rsaBlob;
    bool m_rsaSha2Tried = false;
};

} // namespace capataz::ssh
