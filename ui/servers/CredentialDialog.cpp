#include "CredentialDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace capataz::ui {

CredentialDialog::CredentialDialog(Kind kind, const QString& serverName, const QString& detail,
                                   bool keychainAvailable, QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_server(serverName)
    , m_detail(detail)
    , m_keychain(keychainAvailable)
    , m_text(new QLabel(this))
    , m_retry(new QLabel(this))
    , m_input(new QLineEdit(this))
    , m_save(new QCheckBox(this))
    , m_keychainNote(new QLabel(this))
{
    setObjectName(QStringLiteral("credentialDialog"));
    m_input->setObjectName(QStringLiteral("credentialInput"));
    m_save->setObjectName(QStringLiteral("credentialSave"));
    m_input->setEchoMode(QLineEdit::Password);
    m_text->setWordWrap(true);
    m_retry->setWordWrap(true);
    m_retry->setVisible(false);
    QFont bf = m_retry->font();
    bf.setBold(true);
    m_retry->setFont(bf);
    m_keychainNote->setWordWrap(true);
    m_save->setEnabled(keychainAvailable);
    m_save->setChecked(keychainAvailable);
    m_keychainNote->setVisible(!keychainAvailable);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("credentialOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_retry);
    layout->addWidget(m_input);
    layout->addWidget(m_save);
    layout->addWidget(m_keychainNote);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    retranslateUi();
}

QString CredentialDialog::secret() const
{
    return m_input->text();
}
bool CredentialDialog::save() const
{
    return m_keychain && m_save->isChecked();
}

void CredentialDialog::setRetryMessage(const QString& message)
{
    m_retry->setText(message);
    m_retry->setVisible(!message.isEmpty());
}

void CredentialDialog::retranslateUi()
{
    switch (m_kind) {
    case Kind::Password:
        setWindowTitle(tr("Password"));
        m_text->setText(tr("Password for %1 on %2:").arg(m_detail, m_server));
        break;
    case Kind::KeyPassphrase:
        setWindowTitle(tr("Key passphrase"));
        m_text->setText(tr("The key %1 is protected. Passphrase:").arg(m_detail));
        break;
    case Kind::SudoPassword:
        setWindowTitle(tr("sudo password"));
        m_text->setText(tr("Password that sudo asks for on %1 (user %2):").arg(m_server, m_detail));
        break;
    }
    m_save->setText(tr("Save in the system keychain"));
    m_keychainNote->setText(
        tr("No system keychain is available: the secret is kept in memory only until Capataz closes."));
}

void CredentialDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace capataz::ui
