#include "ServerDialog.h"

#include "ConnectController.h"
#include "ErrorText.h"
#include "client/ServerSession.h"
#include "common/ErrorCatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace capataz::ui {

namespace {
QLabel* wrappedLabel(QWidget* parent, const QString& objectName)
{
    auto* l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}
} // namespace

ServerDialog::ServerDialog(Mode mode, const store::ServerProfile& profile, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_base(profile)
    , m_form(new QFormLayout)
    , m_name(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_user(new QLineEdit(this))
    , m_auth(new QComboBox(this))
    , m_keyPath(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_jump(new QLineEdit(this))
    , m_sudo(new QComboBox(this))
    , m_projectDir(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_ownerLogs(new QCheckBox(this))
    , m_roleNote(wrappedLabel(this, QStringLiteral("serverRoleNote")))
    , m_test(new QPushButton(this))
    , m_testResult(wrappedLabel(this, QStringLiteral("serverTestResult")))
    , m_error(wrappedLabel(this, QStringLiteral("serverDialogError")))
{
    setObjectName(QStringLiteral("serverDialog"));
    m_name->setObjectName(QStringLiteral("serverName"));
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_auth->setObjectName(QStringLiteral("serverAuth"));
    m_keyPath->setObjectName(QStringLiteral("serverKeyPath"));
    m_browse->setObjectName(QStringLiteral("serverKeyBrowse"));
    m_jump->setObjectName(QStringLiteral("serverJump"));
    m_sudo->setObjectName(QStringLiteral("serverSudo"));
    m_projectDir->setObjectName(QStringLiteral("serverProjectDir"));
    m_role->setObjectName(QStringLiteral("serverRole"));
    m_ownerLogs->setObjectName(QStringLiteral("serverOwnerLogs"));
    m_test->setObjectName(QStringLiteral("serverTest"));
    m_error->setVisible(false);
    m_testResult->setVisible(false);
    m_test->setVisible(false);
    QPalette ep = m_error->palette();
    ep.setColor(QPalette::WindowText, QColor(0xd1, 0x24, 0x2f));
    m_error->setPalette(ep);

    m_port->setRange(1, 65535);
    for (int i = 0; i < 4; ++i)
        m_auth->addItem(QString(), i);
    for (int i = 0; i < 5; ++i)
        m_sudo->addItem(QString(), i);
    for (int i = 0; i < 3; ++i)
        m_role->addItem(QString(), i);

    m_name->setText(mode == Mode::Add ? QString() : profile.name);
    m_host->setText(profile.host);
    m_port->setValue(profile.port);
    m_user->setText(profile.user);
    m_auth->setCurrentIndex(int(profile.auth));
    m_keyPath->setText(profile.keyPath);
    m_jump->setText(profile.jumpHost);
    m_sudo->setCurrentIndex(int(profile.sudo));
    m_projectDir->setText(profile.projectDir);
    m_role->setCurrentIndex(int(profile.role));
    m_ownerLogs->setChecked(profile.ownerReadsLogs);

    // Each row gets its own label (text set in retranslateUi) with the field as its buddy,
    // so the mnemonic moves the focus there.
    QWidget* const fields[RowCount] = {m_name,    m_host, m_port, m_user,       m_auth,
                                       m_keyPath, m_jump, m_sudo, m_projectDir, m_role};
    static const char* const names[RowCount] = {"Name",    "Host", "Port", "User",       "Auth",
                                                "KeyPath", "Jump", "Sudo", "ProjectDir", "Role"};
    for (int i = 0; i < RowCount; ++i) {
        m_labels[i] = new QLabel(this);
        m_labels[i]->setObjectName(QStringLiteral("server%1Label").arg(QLatin1String(names[i])));
        m_labels[i]->setBuddy(fields[i]);
    }
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyPath, 1);
    keyRow->addWidget(m_browse);
    for (int i = 0; i < RowCount; ++i) {
        if (i == KeyRow)
            m_form->addRow(m_labels[i], keyRow);
        else
            m_form->addRow(m_labels[i], fields[i]);
    }
    m_form->addRow(QString(), m_ownerLogs);
    m_form->addRow(m_roleNote);

    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignLeft | Qt::AlignTop); // its own width, result or not
    testRow->addWidget(m_testResult, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("serverDialogOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ServerDialog::updateAuthFields);
    connect(m_role, &QComboBox::currentIndexChanged, this, &ServerDialog::updateRoleNote);
    connect(m_sudo, &QComboBox::currentIndexChanged, this, &ServerDialog::updateRoleNote);
    connect(m_test, &QPushButton::clicked, this, &ServerDialog::toggleTest);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Choose a private key"),
                                                       QDir::home().filePath(QStringLiteral(".ssh")));
        if (!f.isEmpty())
            m_keyPath->setText(f);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addLayout(testRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    retranslateUi();
    updateAuthFields();
}

ServerDialog::~ServerDialog()
{
    stopTest();
}

void ServerDialog::setConnector(ConnectController* connector)
{
    if (m_connector)
        disconnect(m_connector, nullptr, this, nullptr);
    m_connector = connector;
    m_test->setVisible(connector != nullptr);
    if (connector)
        connect(connector, &ConnectController::testFinished, this, &ServerDialog::onTestFinished);
}

store::ServerProfile ServerDialog::profile() const
{
    store::ServerProfile p = m_base;
    if (m_mode != Mode::Edit)
        p.id = 0;
    p.name = m_name->text().trimmed();
    p.host = m_host->text().trimmed();
    p.port = m_port->value();
    p.user = m_user->text().trimmed();
    p.auth = store::AuthMethod(m_auth->currentData().toInt());
    p.keyPath = p.auth == store::AuthMethod::KeyFile ? m_keyPath->text().trimmed() : QString();
    p.jumpHost = m_jump->text().trimmed();
    p.sudo = remote::SudoMode(m_sudo->currentData().toInt());
    p.projectDir = m_projectDir->text().trimmed();
    p.role = store::Role(m_role->currentData().toInt());
    p.ownerReadsLogs = p.role == store::Role::Owner && m_ownerLogs->isChecked();
    return p;
}

void ServerDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void ServerDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        if (auto v = profile().validate(); !v) {
            // The detail names the field ("host: ..."): show it with the translated sentence.
            showError(ErrorText::sentence(v.error()) + u'\n' + v.error().detail);
            return;
        }
    }
    stopTest(); // closing the dialog cancels a test still running
    QDialog::done(result);
}

void ServerDialog::toggleTest()
{
    if (m_testSession) {
        stopTest();
        m_testResult->setText(errorSentence(ErrorCode::Cancelled));
        m_testResult->setToolTip(QString());
        return;
    }
    if (!m_connector)
        return;
    store::ServerProfile p = profile();
    if (p.name.isEmpty()) // a new server can be tried before it has a name
        p.name = p.host;
    m_testResult->setVisible(true);
    m_testResult->setToolTip(QString());
    if (auto v = p.validate(); !v) {
        m_testResult->setText(ErrorText::sentence(v.error()) + u'\n' + v.error().detail);
        return;
    }
    // A session of its own, never the registry's: the profile may not be saved yet.
    m_testSession = new client::ServerSession(p, this);
    setTestRunning(true);
    m_testResult->setText(tr("Logging in to %1 as %2…").arg(p.host, p.user));
    m_connector->testSession(m_testSession, this);
}

void ServerDialog::stopTest(bool cancel)
{
    if (!m_testSession)
        return;
    client::ServerSession* s = m_testSession;
    m_testSession = nullptr;
    // When the test reported (maybe from inside the connection's own signal) the connection
    // goes with the session, later; a cancel drops it now.
    if (cancel)
        s->disconnectFromServer();
    s->deleteLater();
    setTestRunning(false);
}

void ServerDialog::onTestFinished(client::ServerSession* session, const Error& error)
{
    if (!session || session != m_testSession)
        return;
    const store::ServerProfile p = session->profile();
    const std::optional<access::Hello> access = session->serverAccess();
    stopTest(false);
    m_testResult->setVisible(true);
    if (!error.isError()) {
        QString text = tr("Logged in as %1 on %2.").arg(p.user, p.host);
        if (access) {
            const QString serverRole =
                access->role == store::roleName(store::Role::Owner) ? tr("owner") : tr("support");
            if (access->role == store::roleName(p.role))
                text += u' ' +
                        tr("The server confirms it is an access account with the %1 role.").arg(serverRole);
            else
                text +=
                    u' ' + tr("The server gives this access account the %1 role, not the one chosen above: "
                              "choose %1 so that this computer shows what the account may do.")
                               .arg(serverRole);
        }
        m_testResult->setText(text);
        m_testResult->setToolTip(QString());
    } else {
        m_testResult->setText(ErrorText::sentence(error));
        m_testResult->setToolTip(error.plainDetail()); // technical, never a secret
    }
}

void ServerDialog::setTestRunning(bool running)
{
    m_test->setText(running ? tr("Stop &test") : tr("&Test connection"));
    m_test->setToolTip(running ? QString()
                               : tr("Log in to the server with the values above, without saving them. "
                                    "Nothing is changed on the server."));
}

void ServerDialog::updateAuthFields()
{
    const bool key = store::AuthMethod(m_auth->currentData().toInt()) == store::AuthMethod::KeyFile;
    m_keyPath->setEnabled(key);
    m_browse->setEnabled(key);
}

void ServerDialog::updateRoleNote()
{
    const auto role = store::Role(m_role->currentData().toInt());
    const bool enforced = remote::SudoMode(m_sudo->currentData().toInt()) == remote::SudoMode::Access;
    QString what;
    switch (role) {
    case store::Role::Admin:
        what = tr("With the administrator role this computer shows and offers everything for this server, "
                  "changes included; the login account's own permissions on the server are what protect it.");
        break;
    case store::Role::Support:
        what = tr("With the support role this computer shows logs and status and offers no changes and no "
                  "console.");
        break;
    case store::Role::Owner:
        what = tr("With the owner role this computer shows only the status page, and the logs if you tick "
                  "the box above.");
        break;
    }
    if (role != store::Role::Admin) {
        what += u' ';
        what += enforced ? tr("The server enforces this role: the profile logs in with a Capataz access "
                              "account, whose every request the server checks.")
                         : tr("Without an access account the role only chooses what this computer shows: "
                              "for the server to enforce it, an administrator gives this person an access "
                              "account (Server › Give access) and this profile uses it.");
    }
    m_roleNote->setText(what);
    m_ownerLogs->setVisible(role == store::Role::Owner);
}

void ServerDialog::retranslateUi()
{
    switch (m_mode) {
    case Mode::Add:
        setWindowTitle(tr("Add a server"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit server"));
        break;
    case Mode::Duplicate:
        setWindowTitle(tr("Duplicate server"));
        break;
    }
    m_labels[NameRow]->setText(tr("&Name:"));
    m_labels[HostRow]->setText(tr("&Host:"));
    m_labels[PortRow]->setText(tr("&Port:"));
    m_labels[UserRow]->setText(tr("&User:"));
    m_labels[AuthRow]->setText(tr("Log &in with:"));
    m_labels[KeyRow]->setText(tr("&Key file:"));
    m_labels[JumpRow]->setText(tr("&Jump host:"));
    m_labels[SudoRow]->setText(tr("A&dministrator rights:"));
    m_labels[ProjectRow]->setText(tr("Project &folder:"));
    m_labels[RoleRow]->setText(tr("&Role:"));

    const QString tips[RowCount] = {
        tr("The name this server has in Capataz's list. It is only used on this computer."),
        tr("The server's host name or IP address, as you would give it to ssh."),
        tr("The port the server's SSH service listens on; usually 22."),
        tr("The account on the server that Capataz logs in with."),
        tr("How to prove who you are: an SSH agent that already holds your key, a private key file on "
           "this computer, or the account's password. Passwords and passphrases are asked for when "
           "needed and kept in the system keychain, never in Capataz's settings."),
        tr("The private key file (not the .pub one) whose public half is in the server's "
           "~/.ssh/authorized_keys."),
        tr("A server you connect through first, when this one cannot be reached directly (a bastion). "
           "Several are separated by commas. Leave it empty to connect directly."),
        tr("How Capataz gets administrator (root) rights on the server for changes such as the firewall "
           "or nginx: never, by logging in as root, or with sudo, with or without a password. An access "
           "account that an administrator gave you (Server › Give access) can only do what its role "
           "allows, and the server enforces it."),
        tr("The folder on the server where the system's docker-compose.yml lives."),
        tr("What this computer shows and offers for this server. See the note below.")};
    QWidget* const fields[RowCount] = {m_name,    m_host, m_port, m_user,       m_auth,
                                       m_keyPath, m_jump, m_sudo, m_projectDir, m_role};
    for (int i = 0; i < RowCount; ++i) {
        m_labels[i]->setToolTip(tips[i]);
        fields[i]->setToolTip(tips[i]);
    }
    m_browse->setToolTip(tips[KeyRow]);

    m_name->setPlaceholderText(tr("e.g. ranch-production"));
    m_host->setPlaceholderText(tr("e.g. server.example.com or 203.0.113.10"));
    m_user->setPlaceholderText(tr("e.g. deploy"));
    m_jump->setPlaceholderText(tr("optional, e.g. bastion or admin@bastion.example.com:22"));
    m_projectDir->setPlaceholderText(tr("e.g. /srv/app"));
    m_keyPath->setPlaceholderText(tr("e.g. ~/.ssh/id_ed25519"));
    m_browse->setText(tr("&Browse…"));
    m_auth->setItemText(0, tr("SSH agent"));
    m_auth->setItemText(1, tr("Key file"));
    m_auth->setItemText(2, tr("Password"));
    m_auth->setItemText(3, tr("Keyboard-interactive (password prompts)"));
    m_sudo->setItemText(0, tr("None (never act as administrator)"));
    m_sudo->setItemText(1, tr("Logs in as root"));
    m_sudo->setItemText(2, tr("sudo without password"));
    m_sudo->setItemText(3, tr("sudo with password"));
    m_sudo->setItemText(4, tr("Capataz access account (the server enforces the role)"));
    m_role->setItemText(0, tr("Administrator: everything"));
    m_role->setItemText(1, tr("Support: logs and status, no changes"));
    m_role->setItemText(2, tr("Owner: status page only"));
    m_ownerLogs->setText(tr("This owner may also read the &logs"));
    m_ownerLogs->setToolTip(tr("Reading logs changes nothing on the server. Secrets stay masked."));
    updateRoleNote();
    setTestRunning(bool(m_testSession));
}

void ServerDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace capataz::ui
