#include "AccessDialog.h"

#include "ErrorText.h"
#include "access/KeyPair.h"
#include "client/ServerRegistry.h"
#include "client/ServerSession.h"
#include "exec/Exec.h"
#include "setup/PlanPreviewView.h"
#include "setup/PlanQueue.h"
#include "setup/PlanRunView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace capataz::ui {

using namespace Qt::Literals::StringLiterals;

namespace {
enum Column { AccountColumn, RoleColumn, ProjectColumn, KeyColumn, StateColumn, ColumnCount };
}

AccessDialog::AccessDialog(client::ServerSession* session, client::ServerRegistry* registry, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_registry(registry)
    , m_intro(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_list(new QTreeWidget(this))
    , m_refresh(new QPushButton(this))
    , m_revoke(new QPushButton(this))
    , m_listStatus(new QLabel(this))
    , m_revokeRun(new PlanRunView(this))
    , m_personLabel(new QLabel(this))
    , m_person(new QLineEdit(this))
    , m_accountName(new QLabel(this))
    , m_roleLabel(new QLabel(this))
    , m_role(new QComboBox(this))
    , m_roleText(new QLabel(this))
    , m_keyLabel(new QLabel(this))
    , m_keySource(new QComboBox(this))
    , m_pubLabel(new QLabel(this))
    , m_publicKey(new QPlainTextEdit(this))
    , m_saveLabel(new QLabel(this))
    , m_keyPath(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_logsLabel(new QLabel(this))
    , m_logFiles(new QPlainTextEdit(this))
    , m_unitsLabel(new QLabel(this))
    , m_units(new QLineEdit(this))
    , m_addProfile(new QCheckBox(this))
    , m_preview(new QPushButton(this))
    , m_give(new QPushButton(this))
    , m_grantStatus(new QLabel(this))
    , m_right(new QStackedWidget(this))
    , m_previewView(new PlanPreviewView(this))
    , m_grantRun(new PlanRunView(this))
    , m_close(new QPushButton(this))
{
    setObjectName(u"accessDialog"_s);
    m_intro->setWordWrap(true);
    for (QLabel* l : {m_listStatus, m_grantStatus, m_roleText, m_accountName}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    // Accounts
    auto* accounts = new QWidget(this);
    m_list->setObjectName(u"accessList"_s);
    m_revoke->setObjectName(u"accessRevoke"_s);
    m_refresh->setObjectName(u"accessRefresh"_s);
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(true);
    m_revokeRun->setVisible(false);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_refresh);
    listButtons->addWidget(m_revoke);
    listButtons->addStretch();
    auto* accountsLayout = new QVBoxLayout(accounts);
    accountsLayout->addWidget(m_list, 2);
    accountsLayout->addLayout(listButtons);
    accountsLayout->addWidget(m_listStatus);
    accountsLayout->addWidget(m_revokeRun, 3);

    // Give access
    auto* give = new QWidget(this);
    m_person->setObjectName(u"accessPerson"_s);
    m_role->setObjectName(u"accessRole"_s);
    m_keySource->setObjectName(u"accessKeySource"_s);
    m_publicKey->setObjectName(u"accessPublicKey"_s);
    m_keyPath->setObjectName(u"accessKeyPath"_s);
    m_logFiles->setObjectName(u"accessLogFiles"_s);
    m_units->setObjectName(u"accessUnits"_s);
    m_preview->setObjectName(u"accessPreview"_s);
    m_give->setObjectName(u"accessGive"_s);
    m_role->addItem(QString(), int(store::Role::Support));
    m_role->addItem(QString(), int(store::Role::Owner));
    m_keySource->addItem(QString());
    m_keySource->addItem(QString());
    m_publicKey->setTabChangesFocus(true);
    m_publicKey->setMaximumHeight(72);
    m_logFiles->setTabChangesFocus(true);
    m_logFiles->setMaximumHeight(72);
    m_keyPath->setText(QDir::home().filePath(u"capataz-access-key"_s));
    m_addProfile->setChecked(false);
    auto* keyRow = new QHBoxLayout;
    keyRow->setContentsMargins(0, 0, 0, 0);
    keyRow->addWidget(m_keyPath, 1);
    keyRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_personLabel, m_person);
    form->addRow(QString(), m_accountName);
    form->addRow(m_roleLabel, m_role);
    form->addRow(QString(), m_roleText);
    form->addRow(m_keyLabel, m_keySource);
    form->addRow(m_pubLabel, m_publicKey);
    form->addRow(m_saveLabel, keyRow);
    form->addRow(QString(), m_addProfile);
    form->addRow(m_logsLabel, m_logFiles);
    form->addRow(m_unitsLabel, m_units);
    for (auto [label, field] : {std::pair<QLabel*, QWidget*>{m_personLabel, m_person},
                                {m_roleLabel, m_role},
                                {m_keyLabel, m_keySource},
                                {m_pubLabel, m_publicKey},
                                {m_saveLabel, m_keyPath},
                                {m_logsLabel, m_logFiles},
                                {m_unitsLabel, m_units}})
        label->setBuddy(field);
    auto* giveButtons = new QHBoxLayout;
    giveButtons->addStretch();
    giveButtons->addWidget(m_preview);
    giveButtons->addWidget(m_give);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(form);
    leftLayout->addLayout(giveButtons);
    leftLayout->addWidget(m_grantStatus);
    leftLayout->addStretch();
    m_right->addWidget(m_previewView);
    m_right->addWidget(m_grantRun);
    left->setMinimumWidth(440); // the labels never clipped
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({470, 610});
    auto* giveLayout = new QVBoxLayout(give);
    giveLayout->addWidget(split);

    m_tabs->addTab(accounts, QString());
    m_tabs->addTab(give, QString());
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_refresh, &QPushButton::clicked, this, &AccessDialog::refresh);
    connect(m_revoke, &QPushButton::clicked, this, &AccessDialog::revokeSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &AccessDialog::updateForm);
    connect(m_person, &QLineEdit::textChanged, this, &AccessDialog::updateForm);
    connect(m_role, &QComboBox::currentIndexChanged, this, &AccessDialog::updateForm);
    connect(m_keySource, &QComboBox::currentIndexChanged, this, &AccessDialog::updateForm);
    connect(m_preview, &QPushButton::clicked, this, &AccessDialog::preview);
    connect(m_give, &QPushButton::clicked, this, &AccessDialog::giveAccess);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString f =
            QFileDialog::getSaveFileName(this, tr("Save the new private key as"), m_keyPath->text());
        if (!f.isEmpty())
            m_keyPath->setText(f);
    });
    if (m_session)
        connect(m_session, &client::ServerSession::statusChanged, this, [this] {
            // connected (again): read the accounts; else the buttons wait for the connection
            if (m_session && m_session->isConnected() && !m_listing && !m_queue)
                refresh();
            updateForm();
        });

    resize(1100, 640);
    retranslateUi();
    refresh();
}

AccessDialog::~AccessDialog() = default;

void AccessDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AccessDialog::retranslateUi()
{
    const QString server = m_session ? m_session->profile().name : QString();
    setWindowTitle(tr("Access accounts — %1").arg(server));
    m_intro->setText(
        tr("Accounts on %1 for support staff and owners. The server itself enforces what each role may do: "
           "every request of such an account goes to one fixed program that accepts only its role's "
           "read-only requests. Support: logs, metrics, status and the backup list. Owner: the status page "
           "only. Neither can change the server, restore a backup or run a command.")
            .arg(server));
    m_tabs->setTabText(0, tr("Accounts"));
    m_tabs->setTabText(1, tr("Give access"));
    m_list->setHeaderLabels({tr("Account"), tr("Role"), tr("Project"), tr("Key"), tr("State")});
    m_refresh->setText(tr("&Refresh"));
    m_revoke->setText(tr("Re&voke…"));
    m_personLabel->setText(tr("&Person:"));
    m_person->setPlaceholderText(tr("e.g. María López"));
    m_roleLabel->setText(tr("&Role:"));
    m_role->setItemText(0, tr("Support: logs, metrics and status"));
    m_role->setItemText(1, tr("Owner: the status page only"));
    m_keyLabel->setText(tr("&Key:"));
    m_keySource->setItemText(0, tr("Make a key pair on this computer"));
    m_keySource->setItemText(1, tr("Use the person's public key"));
    m_pubLabel->setText(tr("P&ublic key:"));
    m_publicKey->setPlaceholderText(tr("Paste the line of their .pub file: ssh-ed25519 AAAA… name"));
    m_saveLabel->setText(tr("&Save the key as:"));
    m_browse->setText(tr("&Browse…"));
    m_addProfile->setText(tr("Also add a profile for this account on this computer"));
    m_logsLabel->setText(tr("&Log files:"));
    m_logFiles->setPlaceholderText(tr("One absolute path per line, e.g. /var/log/nginx/access.log"));
    m_unitsLabel->setText(tr("&Units:"));
    m_units->setPlaceholderText(tr("journald units, separated by commas, e.g. nginx.service"));
    m_preview->setText(tr("&Preview"));
    m_give->setText(tr("&Give access"));
    m_close->setText(tr("Close"));
    showAccounts();
    updateForm();
    for (auto [label, message] :
         {std::pair{m_listStatus, &m_listMessage}, std::pair{m_grantStatus, &m_grantMessage}})
        if (message->first)
            label->setText(message->first());
    showPreview();
}

void AccessDialog::updateForm()
{
    const bool connected = m_session && m_session->isConnected();
    const bool busy = m_queue || m_listing;
    const bool support = store::Role(m_role->currentData().toInt()) == store::Role::Support;
    const bool makeKey = m_keySource->currentIndex() == 0;
    const QString account = access::Grant::accountName(m_person->text());
    m_accountName->setText(account.size() > 4 ? tr("Account on the server: %1").arg(account) : QString());
    m_roleText->setText(support ? tr("Reads the project's compose logs, the log files and units below, the "
                                     "compose status and the metrics; sees the status and the backup list. "
                                     "Cannot restore or change anything.")
                                : tr("Sees whether the service works, the last backup, the certificate and "
                                     "the disk space. Reads no logs."));
    for (QWidget* w : {static_cast<QWidget*>(m_logsLabel), static_cast<QWidget*>(m_logFiles),
                       static_cast<QWidget*>(m_unitsLabel), static_cast<QWidget*>(m_units)})
        w->setVisible(support);
    m_pubLabel->setVisible(!makeKey);
    m_publicKey->setVisible(!makeKey);
    for (QWidget* w : {static_cast<QWidget*>(m_saveLabel), static_cast<QWidget*>(m_keyPath),
                       static_cast<QWidget*>(m_browse), static_cast<QWidget*>(m_addProfile)})
        w->setVisible(makeKey);
    m_refresh->setEnabled(connected && !busy);
    m_revoke->setEnabled(connected && !busy && !m_list->selectedItems().isEmpty());
    m_preview->setEnabled(connected && !busy && account.size() > 4);
    m_give->setEnabled(connected && !busy && account.size() > 4);
    if (!connected)
        showMessage(
            m_listStatus, [] { return tr("Connect to the server to see and change its access accounts."); },
            false);
}

void AccessDialog::showMessage(QLabel* label, Render text, bool error)
{
    // Kept as a function: a language switch renders it again (retranslateUi).
    label->setText(text());
    (label == m_listStatus ? m_listMessage : m_grantMessage) = {std::move(text), error};
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    label->setPalette(p);
}

void AccessDialog::showError(const Error& error)
{
    showMessage(
        m_grantStatus,
        [error]() -> QString {
            QString s = ErrorText::sentence(error);
            s += u'\n';
            s += error.detail;
            return s;
        },
        true);
}

void AccessDialog::showPreview()
{
    m_previewView->clearPreview();
    if (m_shownPreview)
        m_previewView->addPlan(m_shownPreview->plan, m_shownPreview->previews, m_shownPreview->done,
                               m_session ? m_session->profile().sudo : remote::SudoMode::NoPassword);
}

void AccessDialog::refresh()
{
    if (!m_session || !m_session->isConnected() || m_listing)
        return;
    m_listing = true;
    showMessage(
        m_listStatus, [] { return tr("Reading the accounts…"); }, false);
    updateForm();
    exec::runChecked(m_session->connection(), this, exec::Request(access::listCommand()),
                     [this](Result<exec::Output> r) {
                         m_listing = false;
                         if (r) {
                             m_accounts = access::parseAccountList(r->out);
                             m_listError.reset();
                         } else {
                             m_listError = r.error();
                         }
                         showAccounts();
                         updateForm();
                     });
}

void AccessDialog::showAccounts()
{
    m_list->clear();
    for (const access::Account& a : std::as_const(m_accounts)) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(AccountColumn, a.name);
        item->setText(RoleColumn, a.role == u"owner"_s     ? tr("Owner")
                                  : a.role == u"support"_s ? tr("Support")
                                                           : a.role);
        item->setText(ProjectColumn, a.projectDir);
        item->setText(KeyColumn, a.keyFingerprint);
        item->setText(StateColumn, a.complete() ? tr("Can log in") : tr("Incomplete: give access again"));
        item->setData(AccountColumn, Qt::UserRole, a.name);
    }
    for (int c = 0; c < ColumnCount - 1; ++c)
        m_list->resizeColumnToContents(c);
    if (m_listing)
        return;
    if (m_listError)
        showMessage(
            m_listStatus,
            [e = *m_listError]() -> QString {
                QString s = tr("The accounts could not be read: %1").arg(ErrorText::sentence(e));
                s += u' ';
                s += ErrorText::hint(e.code);
                return s;
            },
            true);
    else if (m_session && m_session->isConnected())
        showMessage(
            m_listStatus,
            [n = int(m_accounts.size())]() -> QString {
                return n == 0 ? tr("This server has no access accounts yet. Give one in the next tab.")
                              : tr("%n account(s).", nullptr, n);
            },
            false);
}

void AccessDialog::setBusy(bool busy)
{
    for (QWidget* w : {static_cast<QWidget*>(m_preview), static_cast<QWidget*>(m_give),
                       static_cast<QWidget*>(m_revoke), static_cast<QWidget*>(m_refresh)})
        w->setEnabled(!busy);
}

void AccessDialog::revokeSelected()
{
    const auto items = m_list->selectedItems();
    if (items.isEmpty() || !m_session)
        return;
    const QString account = items.first()->data(AccountColumn, Qt::UserRole).toString();
    const auto answer = QMessageBox::question(
        this, tr("Revoke access"),
        tr("Revoke %1? The person can no longer log in to %2, and open sessions are closed.")
            .arg(account, m_session->profile().name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_revokeRun->setVisible(true);
    showMessage(
        m_listStatus, [account] { return tr("Revoking %1…").arg(account); }, false);
    runPlan(access::revokePlan(account), false, m_revokeRun, [this, account](bool ok) {
        showMessage(
            m_listStatus,
            [ok, account]() -> QString {
                return ok ? tr("%1 was revoked.").arg(account)
                          : tr("%1 could not be revoked; what was removed was put back.").arg(account);
            },
            !ok);
        refresh();
    });
}

void AccessDialog::runPlan(plan::Plan plan, bool dryRun, PlanRunView* view,
                           const std::function<void(bool)>& done)
{
    std::vector<plan::Plan> plans;
    plans.push_back(std::move(plan));
    auto* queue = new PlanQueue(std::move(plans), m_session->connection(), m_session->auditLog(),
                                {m_session->profile().name, m_session->profile().sudo, dryRun, true}, this);
    m_queue = queue;
    QList<const plan::Plan*> shown;
    for (const plan::Plan& p : queue->plans())
        shown << &p;
    view->start(shown);
    connect(queue, &PlanQueue::stepStarted, view->model(), &StepStatusModel::setRunning);
    connect(queue, &PlanQueue::stepFinished, view->model(),
            [view](const QString& id, plan::StepStatus s, const Error& e) {
                view->model()->setFinished(id, s, e.isError() ? ErrorText::sentence(e) : QString());
            });
    connect(queue, &PlanQueue::stepOutput, view,
            [view](const QString&, const QString& text, const plan::OutputNote& note) {
                view->appendOutput(text, note);
            });
    connect(queue, &PlanQueue::progress, view, &PlanRunView::setProgress);
    connect(queue, &PlanQueue::finished, this, [this, queue, done](bool ok) {
        queue->deleteLater();
        m_queue = nullptr;
        done(ok);
        updateForm();
    });
    queue->start();
    updateForm();
}

} // namespace capataz::ui
