#include "SshImportDialog.h"

#include "ErrorText.h"
#include "client/ServerRegistry.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace capataz::ui {

SshImportDialog::SshImportDialog(client::ServerRegistry& registry, const QString& configPath, QWidget* parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_path(configPath)
    , m_text(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_notesLabel(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
    , m_import(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("sshImportDialog"));
    m_list->setObjectName(QStringLiteral("sshImportList"));
    m_import->setObjectName(QStringLiteral("sshImportOk"));
    m_text->setWordWrap(true);
    m_notes->setReadOnly(true);
    m_notes->setMaximumHeight(110);

    QFile f(configPath);
    if (f.open(QIODevice::ReadOnly)) {
        auto opts = ssh::SshConfigParseOptions::forLocalUser();
        opts.configPath = configPath;
        m_result = ssh::parseSshConfig(QString::fromUtf8(f.readAll()), opts);
    }
    for (const ssh::SshConfigHost& h : m_result.hosts) {
        auto* item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, h.alias);
        const bool exists = m_registry.find(h.alias) != nullptr;
        item->setFlags(exists ? Qt::ItemIsEnabled : (Qt::ItemIsEnabled | Qt::ItemIsUserCheckable));
        if (!exists)
            item->setCheckState(Qt::Checked);
    }
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    connect(m_import, &QPushButton::clicked, this, &SshImportDialog::importChecked);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_notesLabel);
    layout->addWidget(m_notes);
    layout->addWidget(buttons);
    setMinimumSize(560, 420);
    retranslateUi();
}

void SshImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import from SSH config"));
    m_text->setText(m_result.hosts.isEmpty()
                        ? tr("No servers were found in %1.").arg(m_path)
                        : tr("Servers found in %1. Choose the ones to add:").arg(m_path));
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        const ssh::SshConfigHost& h = m_result.hosts.at(i);
        QString text =
            tr("%1 — %2@%3").arg(h.alias, h.user.isEmpty() ? tr("(your user)") : h.user, h.hostName);
        if (m_registry.find(h.alias))
            text += u' ' + tr("(already in the list)");
        item->setText(text);
    }
    m_notesLabel->setText(tr("Notes:"));
    QStringList notes;
    for (const ssh::SshConfigNote& n : m_result.notes)
        notes << tr("line %1: %2").arg(n.line).arg(n.text);
    m_notes->setPlainText(notes.isEmpty() ? tr("Nothing was skipped.") : notes.join(u'\n'));
    m_import->setText(tr("Import"));
    m_cancel->setText(tr("Cancel"));
}

void SshImportDialog::importChecked()
{
    QStringList failures;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        if (!(item->flags() & Qt::ItemIsUserCheckable) || item->checkState() != Qt::Checked)
            continue;
        const ssh::SshConfigHost& h = m_result.hosts.at(i);
        store::ServerProfile p;
        p.name = h.alias;
        p.host = h.hostName.isEmpty() ? h.alias : h.hostName;
        p.port = h.port > 0 ? h.port : 22;
        p.user = h.user.isEmpty() ? qEnvironmentVariable("USER") : h.user;
        if (!h.identityFiles.isEmpty()) {
            p.auth = store::AuthMethod::KeyFile;
            p.keyPath = h.identityFiles.front();
        }
        p.jumpHost = h.proxyJump;
        if (auto r = m_registry.add(p); r)
            ++m_imported;
        else
            failures << tr("%1: %2").arg(h.alias, ErrorText::sentence(r.error()));
    }
    if (!failures.isEmpty()) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Import"),
                                    tr("%n server(s) could not be imported.", nullptr, int(failures.size())),
                                    QMessageBox::Ok, parentWidget());
        box->setDetailedText(failures.join(u'\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    accept();
}

void SshImportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace capataz::ui
