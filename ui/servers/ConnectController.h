#pragma once

#include "CredentialDialog.h"
#include "client/ProfileSettings.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

class QWidget;

namespace capataz::client {
class ServerRegistry;
class ServerSession;
} // namespace capataz::client
namespace capataz::secrets {
class SecretStore;
}

namespace capataz::ui {

class ConnectDialog;

// Connecting safely, step by step and never blocking: the secrets the profile needs (from
// the keychain, else asked for and optionally saved), a progress dialog with Cancel, the
// host key dialog, and a clear message (or a new prompt) when something fails.
class ConnectController final : public QObject {
    Q_OBJECT
public:
    ConnectController(secrets::SecretStore& secrets, client::ServerRegistry& registry, QWidget* window);

    void connectSession(client::ServerSession* session);
    // A login test (e.g. from the server dialog, for a profile not saved yet): the same
    // secrets and host key dialogs, parented to `owner` so they close with it, but no progress
    // dialog and no error box; the outcome comes once as testFinished(). No sudo password is
    // asked for: the test only logs in.
    void testSession(client::ServerSession* session, QWidget* owner);
    void forgetSecrets(const QString& serverName); // typed secrets kept for this run

signals:
    // Exactly once per testSession(): error.code None when the login succeeded.
    void testFinished(capataz::client::ServerSession* session, const capataz::Error& error);

private:
    struct Attempt;
    void next(const std::shared_ptr<Attempt>& a);
    void ask(const std::shared_ptr<Attempt>& a, CredentialDialog::Kind kind,
             const QString& retryMessage = {});
    void start(const std::shared_ptr<Attempt>& a);
    void onFailed(const std::shared_ptr<Attempt>& a, const Error& error);
    void showRoleDiffers(client::ServerSession* session);
    void showError(client::ServerSession* session, const Error& error);
    void report(const std::shared_ptr<Attempt>& a, const Error& error); // test: emit; else a box
    [[nodiscard]] QWidget* dialogParent(const std::shared_ptr<Attempt>& a) const;
    [[nodiscard]] QString cacheKey(const QString& server, CredentialDialog::Kind kind) const;

    secrets::SecretStore& m_secrets;
    client::ServerRegistry& m_registry;
    QWidget* m_window;
    QHash<QString, QString> m_typed; // secrets typed this run (memory only)
};

} // namespace capataz::ui
