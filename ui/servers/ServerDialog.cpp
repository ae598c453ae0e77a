#include "ServerDialog.h"

#include "ErrorText.h"

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
    , m_error(new QLabel(this))
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
    m_error->setObjectName(QStringLiteral("serverDialogError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    QPalette ep = m_error->palette();
    ep.setColor(QPalette::WindowText, QColor(0xd1, 0x24, 0x2f));
    m_error->setPalette(ep);

    m_port->setRange(1, 65535);
    for (int i = 0; i < 4; ++i)
        m_auth->addItem(QString(), i);
    for (int i = 0; i < 4; ++i)
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

    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyPath, 1);
    keyRow->addWidget(m_browse);
    m_form->addRow(QString(), m_name);
    m_form->addRow(QString(), m_host);
    m_form->addRow(QString(), m_port);
    m_form->addRow(QString(), m_user);
    m_form->addRow(QString(), m_auth);
    m_form->addRow(QString(), keyRow);
    m_form->addRow(QString(), m_jump);
    m_form->addRow(QString(), m_sudo);
    m_form->addRow(QString(), m_projectDir);
    m_form->addRow(QString(), m_role);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("serverDialogOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ServerDialog::updateAuthFields);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Choose a private key"),
                                                       QDir::home().filePath(QStringLiteral(".ssh")));
        if (!f.isEmpty())
            m_keyPath->setText(f);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    retranslateUi();
    updateAuthFields();
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
    QDialog::done(result);
}

void ServerDialog::updateAuthFields()
{
    const bool key = store::AuthMethod(m_auth->currentData().toInt()) == store::AuthMethod::KeyFile;
    m_keyPath->setEnabled(key);
    m_browse->setEnabled(key);
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
    const QStringList labels{
        tr("Name:"),           tr("Host:"),     tr("Port:"),      tr("User:"),
        tr("Log in with:"),    tr("Key file:"), tr("Jump host:"), tr("Administrator rights:"),
        tr("Project folder:"), tr("Role:")};
    for (int i = 0; i < labels.size() && i < m_form->rowCount(); ++i)
        if (auto* item = m_form->itemAt(i, QFormLayout::LabelRole); item && item->widget())
            static_cast<QLabel*>(item->widget())->setText(labels.at(i));
    m_name->setPlaceholderText(tr("e.g. ranch-production"));
    m_host->setPlaceholderText(tr("host name or IP address"));
    m_user->setPlaceholderText(tr("e.g. deploy"));
    m_jump->setPlaceholderText(tr("optional: another server's name, or user@host:port"));
    m_projectDir->setPlaceholderText(tr("e.g. /srv/app, where docker-compose.yml lives"));
    m_keyPath->setPlaceholderText(tr("e.g. ~/.ssh/id_ed25519"));
    m_browse->setText(tr("Browse…"));
    m_auth->setItemText(0, tr("SSH agent"));
    m_auth->setItemText(1, tr("Key file"));
    m_auth->setItemText(2, tr("Password"));
    m_auth->setItemText(3, tr("Keyboard-interactive (password prompts)"));
    m_sudo->setItemText(0, tr("None (never act as administrator)"));
    m_sudo->setItemText(1, tr("Logs in as root"));
    m_sudo->setItemText(2, tr("sudo without password"));
    m_sudo->setItemText(3, tr("sudo with password"));
    m_role->setItemText(0, tr("Administrator: everything"));
    m_role->setItemText(1, tr("Support: read-only"));
    m_role->setItemText(2, tr("Owner: status page only"));
}

void ServerDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace capataz::ui
