#include "ssh/Authenticator.h"

#include "ssh/RsaSha2Auth.h"
#include "ssh/SessionEngine.h"

#include <QFile>

#include <libssh2.h>

#include <cstdlib>
#include <cstring>

namespace capataz::ssh {

namespace {

// keyboard-interactive: every hidden prompt gets the profile's password. The session's
// abstract pointer is the SessionEngine (see SessionEngine::beginSession).
LIBSSH2_USERAUTH_KBDINT_RESPONSE_FUNC(answerPrompts)
{
    Q_UNUSED(name);
    Q_UNUSED(name_len);
    Q_UNUSED(instruction);
    Q_UNUSED(instruction_len);
    const auto* engine = abstract && *abstract ? static_cast<SessionEngine*>(*abstract) : nullptr;
    const QByteArray pw = engine ? engine->settings().password.toUtf8() : QByteArray();
    for (int i = 0; i < num_prompts; ++i) {
        Q_UNUSED(prompts);
        auto* text = static_cast<char*>(std::malloc(size_t(pw.size()) + 1)); // libssh2 frees it with free()
        if (!text) {
            responses[i].text = nullptr;
            responses[i].length = 0;
            continue;
        }
        std::memcpy(text, pw.constData(), size_t(pw.size()));
        text[pw.size()] = '\0';
        responses[i].text = text;
        responses[i].length = unsigned(pw.size());
    }
}

QString rsaWayOut()
{
    return QStringLiteral(
        "libssh2 1.10 signs RSA keys with SHA-1 (ssh-rsa), which this server refuses (OpenSSH 8.8 and "
        "later). "
        "Generate an ed25519 key (ssh-keygen -t ed25519) and install it on the server (ssh-copy-id), "
        "then use that key");
}

} // namespace

Authenticator::Authenticator(const ConnectionSettings& settings)
    : m_settings(settings)
    , m_user(settings.user.toUtf8())
{}

Authenticator::~Authenticator()
{
    if (m_agent) {
        libssh2_agent_disconnect(m_agent);
        libssh2_agent_free(m_agent);
    }
}

void Authenticator::failWith(ErrorCode code, const QString& detail)
{
    m_phase = Phase::Failed;
    m_error = Error{code, detail};
}

Error Authenticator::sessionError(LIBSSH2_SESSION* session, ErrorCode code, const QString& what) const
{
    char* msg = nullptr;
    int len = 0;
    const int rc = libssh2_session_last_error(session, &msg, &len, 0);
    QString detail = what;
    if (rc != 0 && msg && len > 0)
        detail += QStringLiteral(" (libssh2 %1: %2)").arg(rc).arg(QString::fromUtf8(msg, len));
    return Error{code, detail};
}

bool Authenticator::step(LIBSSH2_SESSION* session)
{
    switch (m_phase) {
    case Phase::List:
        return stepList(session);
    case Phase::Agent:
        return stepAgent(session);
    case Phase::Key:
        return stepKey(session);
    case Phase::Password:
        return stepPassword(session);
    case Phase::KeyboardInteractive:
        return stepKeyboard(session);
    case Phase::Done:
    case Phase::Failed:
        return false;
    }
    return false;
}

bool Authenticator::stepList(LIBSSH2_SESSION* session)
{
    if (m_settings.user.isEmpty()) {
        failWith(ErrorCode::InvalidArgument, QStringLiteral("no user name given"));
        return false;
    }
    char* list = libssh2_userauth_list(session, m_user.constData(), unsigned(m_user.size()));
    if (!list) {
        if (libssh2_userauth_authenticated(session)) { // "none" was enough
            m_phase = Phase::Done;
            return true;
        }
        if (libssh2_session_last_errno(session) == LIBSSH2_ERROR_EAGAIN)
            return false;
        m_error = sessionError(session, ErrorCode::AuthenticationFailed,
                               QStringLiteral("could not ask which methods the server accepts"));
        m_phase = Phase::Failed;
        return false;
    }
    m_offered = QString::fromLatin1(list);
    const QStringList offered = m_offered.split(u',');
    auto need = [&](const char* method, Phase next) {
        if (!offered.contains(QLatin1StringView(method))) {
            failWith(
                ErrorCode::AuthMethodNotOffered,
                QStringLiteral("%1 does not accept %2 authentication for %3 (it offers: %4)")
                    .arg(m_settings.displayName(), QLatin1StringView(method), m_settings.user, m_offered));
            return;
        }
        m_phase = next;
    };
    switch (m_settings.auth) {
    case AuthKind::Agent:
        need("publickey", Phase::Agent);
        break;
    case AuthKind::KeyFile:
        need("publickey", Phase::Key);
        break;
    case AuthKind::Password:
        need("password", Phase::Password);
        break;
    case AuthKind::KeyboardInteractive:
        need("keyboard-interactive", Phase::KeyboardInteractive);
        break;
    }
    return true;
}

bool Authenticator::stepAgent(LIBSSH2_SESSION* session)
{
    if (!m_agent) {
        if (qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")) {
            failWith(ErrorCode::AgentUnavailable,
                     QStringLiteral("no ssh-agent is running (SSH_AUTH_SOCK is not set)"));
            return false;
        }
        m_agent = libssh2_agent_init(session);
        if (!m_agent || libssh2_agent_connect(m_agent) != 0) {
            failWith(ErrorCode::AgentUnavailable,
                     QStringLiteral("could not talk to the ssh-agent at SSH_AUTH_SOCK"));
            return false;
        }
        if (libssh2_agent_list_identities(m_agent) != 0) {
            failWith(ErrorCode::AgentUnavailable, QStringLiteral("the ssh-agent did not list its keys"));
            return false;
        }
        const int rc = libssh2_agent_get_identity(m_agent, &m_identity, nullptr);
        if (rc != 0) {
            failWith(ErrorCode::AuthenticationFailed,
                     QStringLiteral("the ssh-agent holds no keys (add one with ssh-add)"));
            return false;
        }
    }
    for (;;) {
        const int rc = libssh2_agent_userauth(m_agent, m_user.constData(), m_identity);
        if (rc == LIBSSH2_ERROR_EAGAIN)
            return false;
        ++m_identitiesTried;
        if (rc == 0) {
            m_phase = Phase::Done;
            return true;
        }
        libssh2_agent_publickey* next = nullptr;
        if (libssh2_agent_get_identity(m_agent, &next, m_identity) != 0) {
            failWith(ErrorCode::AuthenticationFailed,
                     QStringLiteral(
                         "the server refused all %1 keys of the ssh-agent for %2 (RSA keys in the agent "
                         "are signed with SHA-1 by libssh2 1.10, which OpenSSH 8.8 and later refuse)")
                         .arg(m_identitiesTried)
                         .arg(m_settings.user));
            return false;
        }
        m_identity = next;
    }
}

bool Authenticator::stepKey(LIBSSH2_SESSION* session)
{
    if (!m_keyInspected) {
        m_keyInspected = true;
        if (m_settings.keyPath.isEmpty()) {
            failWith(ErrorCode::InvalidArgument, QStringLiteral("no key file given"));
            return false;
        }
        auto info = inspectKeyFile(m_settings.keyPath);
        if (!info) {
            m_phase = Phase::Failed;
            m_error = info.error();
            return false;
        }
        m_keyInfo = *info;
        if (m_keyInfo.encrypted && m_settings.keyPassphrase.isEmpty()) {
            failWith(ErrorCode::KeyPassphraseNeeded,
                     QStringLiteral("%1 is protected by a passphrase").arg(m_settings.keyPath));
            return false;
        }
        if (m_keyInfo.isRsa()) {
            // libssh2 1.10 would sign with ssh-rsa (SHA-1); sign rsa-sha2-512 ourselves.
            auto key = loadRsaKeyForSha2(m_settings.keyPath, m_settings.keyPassphrase);
            if (key) {
                m_rsaKey = *key;
                m_rsaBlob = publicBlobForSha2(*m_rsaKey, 512);
            } else if (key.error().code == ErrorCode::KeyPassphraseWrong ||
                       key.error().code == ErrorCode::KeyPassphraseNeeded) {
                m_phase = Phase::Failed;
                m_error = key.error();
                return false;
            }
            // Otherwise (e.g. an encrypted OpenSSH-format RSA key) fall back to libssh2's own path.
        }
    }
    if (m_rsaKey && !m_rsaSha2Tried) {
        void* abstract = m_rsaKey.get();
        const int rc = libssh2_userauth_publickey(
            session, m_user.constData(), reinterpret_cast<const unsigned char*>(m_rsaBlob.constData()),
            size_t(m_rsaBlob.size()), &signRsaSha2, &abstract);
        if (rc == LIBSSH2_ERROR_EAGAIN)
            return false;
        if (rc == 0) {
            m_phase = Phase::Done;
            return true;
        }
        // Refused as rsa-sha2: an old server may still take libssh2's own ssh-rsa signature.
        m_rsaSha2Tried = true;
        return true;
    }
    const QByteArray path = QFile::encodeName(m_settings.keyPath);
    const QByteArray pass = m_settings.keyPassphrase.toUtf8();
    const int rc =
        libssh2_userauth_publickey_fromfile_ex(session, m_user.constData(), unsigned(m_user.size()), nullptr,
                                               path.constData(), pass.isEmpty() ? nullptr : pass.constData());
    if (rc == LIBSSH2_ERROR_EAGAIN)
        return false;
    if (rc == 0) {
        m_phase = Phase::Done;
        return true;
    }
    if (rc == LIBSSH2_ERROR_FILE) {
        if (m_keyInfo.encrypted)
            failWith(ErrorCode::KeyPassphraseWrong,
                     QStringLiteral("the passphrase does not open %1").arg(m_settings.keyPath));
        else
            m_error = sessionError(session, ErrorCode::KeyFileUnreadable,
                                   QStringLiteral("could not use the key %1").arg(m_settings.keyPath)),
            m_phase = Phase::Failed;
        return false;
    }
    if (m_keyInfo.isRsa() && !m_rsaSha2Tried) {
        failWith(ErrorCode::RsaSha1Rejected, rsaWayOut());
        return false;
    }
    m_error = sessionError(
        session, ErrorCode::AuthenticationFailed,
        QStringLiteral("the server refused the key %1 for %2").arg(m_settings.keyPath, m_settings.user));
    m_phase = Phase::Failed;
    return false;
}

bool Authenticator::stepPassword(LIBSSH2_SESSION* session)
{
    if (m_settings.password.isEmpty()) {
        failWith(ErrorCode::PasswordNeeded,
                 QStringLiteral("a password is needed for %1").arg(m_settings.displayName()));
        return false;
    }
    const QByteArray pw = m_settings.password.toUtf8();
    const int rc = libssh2_userauth_password_ex(session, m_user.constData(), unsigned(m_user.size()),
                                                pw.constData(), unsigned(pw.size()), nullptr);
    if (rc == LIBSSH2_ERROR_EAGAIN)
        return false;
    if (rc == 0) {
        m_phase = Phase::Done;
        return true;
    }
    failWith(ErrorCode::AuthenticationFailed,
             QStringLiteral("the server refused the password for %1").arg(m_settings.displayName()));
    return false;
}

bool Authenticator::stepKeyboard(LIBSSH2_SESSION* session)
{
    if (m_settings.password.isEmpty()) {
        failWith(ErrorCode::PasswordNeeded,
                 QStringLiteral("a password is needed for %1").arg(m_settings.displayName()));
        return false;
    }
    const int rc = libssh2_userauth_keyboard_interactive_ex(session, m_user.constData(),
                                                            unsigned(m_user.size()), &answerPrompts);
    if (rc == LIBSSH2_ERROR_EAGAIN)
        return false;
    if (rc == 0) {
        m_phase = Phase::Done;
        return true;
    }
    failWith(ErrorCode::AuthenticationFailed,
             QStringLiteral("the server refused the keyboard-interactive answers for %1")
                 .arg(m_settings.displayName()));
    return false;
}

} // namespace capataz::ssh
