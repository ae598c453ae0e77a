#include "ConnectController.h"

#include "ConnectDialog.h"
#include "ErrorText.h"
#include "HostKeyDialog.h"
#include "client/ServerRegistry.h"
#include "client/ServerSession.h"
#include "secrets/SecretStore.h"
#include "ssh/KeyFile.h"

#include <QMessageBox>
#include <QWidget>

namespace capataz::ui {

using client::ServerSession;
using Kind = CredentialDialog::Kind;

struct ConnectController::Attempt {
    QPointer<ServerSession> session;
    QList<Kind> needed;
    int index = 0;
    client::ProfileSecrets secrets;
    QPointer<ConnectDialog> dialog;
    bool done = false;
    bool test = false;         // testSession(): report through testFinished, no boxes
    QPointer<QWidget> owner;   // parent of the dialogs of a test
    QPointer<QObject> context; // a test's connections to the session, one try's
};

ConnectController::ConnectController(secrets::SecretStore& secrets, client::ServerRegistry& registry,
                                     QWidget* window)
    : QObject(window)
    , m_secrets(secrets)
    , m_registry(registry)
    , m_window(window)
{}

namespace {
secrets::SecretStore::Kind storeKind(Kind k)
{
    switch (k) {
    case Kind::Password:
        return secrets::SecretStore::Kind::Password;
    case Kind::KeyPassphrase:
        return secrets::SecretStore::Kind::KeyPassphrase;
    case Kind::SudoPassword:
        return secrets::SecretStore::Kind::SudoPassword;
    }
    return secrets::SecretStore::Kind::Password;
}

void setSecret(client::ProfileSecrets& s, Kind k, const QString& v)
{
    switch (k) {
    case Kind::Password:
        s.password = v;
        break;
    case Kind::KeyPassphrase:
        s.keyPassphrase = v;
        break;
    case Kind::SudoPassword:
        s.sudoPassword = v;
        break;
    }
}
} // namespace

QString ConnectController::cacheKey(const QString& server, Kind kind) const
{
    return secrets::SecretStore::key(server, storeKind(kind));
}

void ConnectController::forgetSecrets(const QString& serverName)
{
    for (Kind k : {Kind::Password, Kind::KeyPassphrase, Kind::SudoPassword})
        m_typed.remove(cacheKey(serverName, k));
}

namespace {
QList<Kind> neededSecrets(const store::ServerProfile& p, bool sudo)
{
    QList<Kind> needed;
    if (p.auth == store::AuthMethod::Password || p.auth == store::AuthMethod::KeyboardInteractive)
        needed << Kind::Password;
    if (p.auth == store::AuthMethod::KeyFile) {
        // A small local file: reading it here costs nothing and tells us to ask first.
        if (auto info = ssh::inspectKeyFile(p.keyPath); info && info->encrypted)
            needed << Kind::KeyPassphrase;
    }
    if (sudo && p.sudo == remote::SudoMode::Password)
        needed << Kind::SudoPassword;
    return needed;
}
} // namespace

void ConnectController::connectSession(ServerSession* session)
{
    if (!session || session->status() == ServerSession::Status::Connecting)
        return;
    auto a = std::make_shared<Attempt>();
    a->session = session;
    a->needed = neededSecrets(session->profile(), true);
    next(a);
}

void ConnectController::testSession(ServerSession* session, QWidget* owner)
{
    if (!session || session->status() == ServerSession::Status::Connecting)
        return;
    auto a = std::make_shared<Attempt>();
    a->session = session;
    a->test = true;
    a->owner = owner;
    a->needed = neededSecrets(session->profile(), false);
    next(a);
}

QWidget* ConnectController::dialogParent(const std::shared_ptr<Attempt>& a) const
{
    return a->owner ? a->owner.data() : m_window;
}

void ConnectController::report(const std::shared_ptr<Attempt>& a, const Error& error)
{
    if (a->test) {
        emit testFinished(a->session, error);
        return;
    }
    if (error.isError())
        showError(a->session, error);
}

void ConnectController::next(const std::shared_ptr<Attempt>& a)
{
    if (!a->session)
        return;
    if (a->index >= a->needed.size()) {
        start(a);
        return;
    }
    const Kind kind = a->needed.at(a->index);
    const QString key = cacheKey(a->session->profile().name, kind);
    if (m_typed.contains(key)) {
        setSecret(a->secrets, kind, m_typed.value(key));
        ++a->index;
        next(a);
        return;
    }
    m_secrets.read(key, this, [this, a, kind](Result<QString> r) {
        if (r) {
            setSecret(a->secrets, kind, *r);
            ++a->index;
            next(a);
        } else {
            ask(a, kind);
        }
    });
}

void ConnectController::ask(const std::shared_ptr<Attempt>& a, Kind kind, const QString& retryMessage)
{
    if (!a->session)
        return;
    const store::ServerProfile& p = a->session->profile();
    const QString detail = kind == Kind::KeyPassphrase ? p.keyPath : p.user;
    auto* d = new CredentialDialog(kind, p.name, detail, m_secrets.isPersistent(), dialogParent(a));
    d->setAttribute(Qt::WA_DeleteOnClose);
    if (a->test) // a normal connect simply stops; a test must say it ended
        connect(d, &QDialog::rejected, this, [this, a] {
            if (a->session)
                report(a, Error{ErrorCode::Cancelled, QStringLiteral("no secret given")});
        });
    d->setRetryMessage(retryMessage);
    connect(d, &QDialog::accepted, this, [this, a, d, kind] {
        if (!a->session)
            return;
        const QString value = d->secret();
        const QString key = cacheKey(a->session->profile().name, kind);
        m_typed.insert(key, value);
        if (d->save())
            m_secrets.write(key, value, this, [](VoidResult) {});
        setSecret(a->secrets, kind, value);
        ++a->index;
        next(a);
    });
    d->open();
}

void ConnectController::start(const std::shared_ptr<Attempt>& a)
{
    ServerSession* s = a->session;
    auto settings =
        client::settingsForProfile(s->profile(), m_registry.store(), a->secrets, ssh::HostKeyPolicy::Ask);
    if (!settings) {
        report(a, settings.error());
        return;
    }
    const store::ServerProfile& p = s->profile();
    // A test shows its progress in its own window; the context of the connections below.
    // One per try, so a retry after a wrong password does not answer twice.
    QObject* context = nullptr;
    if (a->test) {
        delete a->context;
        a->context = new QObject(s);
        context = a->context;
    } else {
        auto* dialog = new ConnectDialog(p.name, p.user + u'@' + p.host, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        a->dialog = dialog;
        context = dialog;
        connect(dialog, &ConnectDialog::cancelRequested, s, [s] { s->cancelConnect(); });
        connect(s, &ServerSession::connectionStateChanged, dialog, &ConnectDialog::setState);
    }
    auto finishOnce = [a] {
        if (a->done)
            return false;
        a->done = true;
        if (a->dialog)
            a->dialog->close();
        return true;
    };
    connect(
        s, &ServerSession::connected, context,
        [this, a, finishOnce] {
            if (!finishOnce())
                return;
            if (a->test)
                report(a, Error{});
            else if (a->session && a->session->accessRoleDiffers())
                showRoleDiffers(a->session);
        },
        Qt::SingleShotConnection);
    connect(
        s, &ServerSession::failed, this,
        [this, a, finishOnce](const Error& e) {
            if (finishOnce())
                onFailed(a, e);
        },
        Qt::SingleShotConnection);
    connect(s, &ServerSession::hostKeyConfirmationRequested, context,
            [this, a, s](const ssh::HostKeyInfo& info) {
                auto* hk = new HostKeyDialog(info, s->profile().name, s->profile().role, dialogParent(a));
                hk->setAttribute(Qt::WA_DeleteOnClose);
                connect(hk, &QDialog::finished, s, [s](int result) {
                    if (!s->connection())
                        return;
                    if (result == HostKeyDialog::AcceptOnce)
                        s->connection()->acceptHostKey(false);
                    else if (result == HostKeyDialog::AcceptAndRemember)
                        s->connection()->acceptHostKey(true);
                    else
                        s->connection()->rejectHostKey();
                });
                hk->open();
            });
    if (a->dialog)
        a->dialog->open();
    s->connectWith(*settings);
}

void ConnectController::onFailed(const std::shared_ptr<Attempt>& a, const Error& error)
{
    ServerSession* s = a->session;
    if (!s)
        return;
    const QString name = s->profile().name;
    auto retry = [&](Kind kind, const QString& message) {
        m_typed.remove(cacheKey(name, kind));
        a->index = int(a->needed.indexOf(kind));
        a->done = false;
        ask(a, kind, message);
    };
    switch (error.code) {
    case ErrorCode::Cancelled:
    case ErrorCode::HostKeyRejected:
        if (a->test)
            report(a, error);
        return;
    case ErrorCode::HostKeyChanged: {
        auto* hk = new HostKeyDialog(s->lastHostKey(), name, s->profile().role, dialogParent(a));
        hk->setAttribute(Qt::WA_DeleteOnClose);
        hk->open();
        if (a->test)
            report(a, error);
        return;
    }
    case ErrorCode::KeyPassphraseWrong:
    case ErrorCode::KeyPassphraseNeeded:
        if (a->needed.contains(Kind::KeyPassphrase)) {
            retry(Kind::KeyPassphrase, ErrorText::sentence(error.code));
            return;
        }
        break;
    case ErrorCode::AuthenticationFailed:
    case ErrorCode::PasswordNeeded:
        if (a->needed.contains(Kind::Password)) {
            retry(Kind::Password, ErrorText::sentence(error.code));
            return;
        }
        break;
    default:
        break;
    }
    report(a, error);
}

// The server enforces the access account's role whatever the profile says; the profile only
// chooses the tabs. Said once per connection, without stopping anything.
void ConnectController::showRoleDiffers(ServerSession* session)
{
    const auto roleText = [](const QString& role) {
        return role == store::roleName(store::Role::Owner) ? tr("owner") : tr("support");
    };
    const QString server = roleText(session->serverAccess()->role);
    auto* box = new QMessageBox(
        QMessageBox::Information, tr("Role on the server"),
        tr("The server gives the access account of %1 the %2 role, not the role of this profile.")
            .arg(session->profile().name, server),
        QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("roleDiffersBox"));
    box->setInformativeText(tr("The server allows only what the %1 role may do. Edit the server and "
                               "choose %1 so that this computer shows the same.")
                                .arg(server));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ConnectController::showError(ServerSession* session, const Error& error)
{
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Could not connect"),
                        tr("Could not connect to %1.").arg(session ? session->profile().name : QString()),
                        QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("connectErrorBox"));
    box->setInformativeText(ErrorText::sentence(error));
    box->setDetailedText(error.detail);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace capataz::ui
