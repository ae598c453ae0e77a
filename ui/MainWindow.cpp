#include "MainWindow.h"

#include "ErrorText.h"
#include "GuideDialog.h"
#include "SettingsDialog.h"
#include "WelcomePage.h"
#include "access/AccessDialog.h"
#include "alerts/AlertListDialog.h"
#include "alerts/AlertNotifier.h"
#include "audit/AuditView.h"
#include "client/ServerRegistry.h"
#include "secrets/SecretStore.h"
#include "servers/ConnectController.h"
#include "servers/ServerDialog.h"
#include "servers/ServerListDelegate.h"
#include "servers/ServerListModel.h"
#include "servers/ServerView.h"
#include "servers/SshImportDialog.h"
#include "status/FleetView.h"
#include "store/RolePolicy.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace capataz::ui {

using client::ServerSession;

MainWindow::MainWindow(client::ServerRegistry& registry, secrets::SecretStore& secrets, QWidget* parent)
    : QMainWindow(parent)
    , m_registry(registry)
    , m_secrets(secrets)
    , m_connector(new ConnectController(secrets, registry, this))
    , m_model(new ServerListModel(registry, this))
    , m_filter(new ServerFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_view(new ServerView(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/capataz.svg")));
    m_search->setObjectName(QStringLiteral("serverSearch"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("serverList"));
    m_stack->setObjectName(QStringLiteral("mainStack"));
    m_filter->setSourceModel(m_model);
    m_list->setModel(m_filter);
    m_list->setItemDelegate(new ServerListDelegate(m_list));
    m_list->setUniformItemSizes(true); // constant-time layout with hundreds of servers
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_view);

    buildActions();
    m_notifier = new AlertNotifier(registry, this);
    connect(m_notifier, &AlertNotifier::openRequested, this, [this](ServerSession* s) {
        selectServer(s->profile().name);
        showAlerts();
    });

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    auto tool = [this, buttons](QAction* a, const char* name) {
        auto* b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setObjectName(QString::fromLatin1(name));
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(b);
        return b;
    };
    m_addButton = tool(m_add, "serverAdd");
    m_editButton = tool(m_edit, "serverEdit");
    m_duplicateButton = tool(m_duplicate, "serverDuplicate");
    m_removeButton = tool(m_remove, "serverRemove");
    m_importButton = tool(m_import, "serverImport");
    buttons->addStretch(1);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(buttons);
    auto* split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(m_stack);
    split->setStretchFactor(1, 1);
    split->setSizes({300, 900});
    setCentralWidget(split);

    connect(m_search, &QLineEdit::textChanged, m_filter, &ServerFilterModel::setSearch);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onSelectionChanged);
    connect(m_list, &QListView::activated, this, [this] { connectCurrent(); });
    connect(m_welcome, &WelcomePage::addRequested, this, &MainWindow::addServer);
    connect(m_welcome, &WelcomePage::importRequested, this, &MainWindow::importSshConfig);
    connect(m_welcome, &WelcomePage::sandboxRequested, this, &MainWindow::useSandbox);
    connect(m_view, &ServerView::connectRequested, m_connector, &ConnectController::connectSession);
    connect(m_view, &ServerView::disconnectRequested, this, [](ServerSession* s) {
        if (s->status() == ServerSession::Status::Connecting)
            s->cancelConnect();
        else
            s->disconnectFromServer();
    });
    connect(&m_registry, &client::ServerRegistry::changed, this, &MainWindow::updateActions);
    connect(&m_registry, &client::ServerRegistry::removed, this, &MainWindow::onSelectionChanged);
    connect(&m_registry, &client::ServerRegistry::reloaded, this, &MainWindow::onSelectionChanged);

    m_welcome->setSandboxAvailable(QFile::exists(sandboxEnvFile()));
    resize(1200, 760);
    retranslateUi();
    onSelectionChanged();
    openOwnersPage();
}

void MainWindow::openOwnersPage()
{
    // A computer set up for an owner (every profile an owner's) opens straight on the first
    // server's status page and connects it, so that the page fills itself.
    if (m_registry.count() == 0)
        return;
    for (int i = 0; i < m_registry.count(); ++i)
        if (m_registry.at(i)->profile().role != store::Role::Owner)
            return;
    selectServer(m_registry.at(0)->profile().name);
    QTimer::singleShot(0, this, &MainWindow::connectCurrent);
}

MainWindow::~MainWindow() = default;

QString MainWindow::sandboxEnvFile()
{
    const QString env = qEnvironmentVariable("CAPATAZ_SANDBOX_ENV");
    return env.isEmpty() ? QStringLiteral("/tmp/capataz-sandbox/env") : env;
}

void MainWindow::buildActions()
{
    auto action = [this](const char* name, const QKeySequence& key = {}) {
        auto* a = new QAction(this);
        a->setObjectName(QString::fromLatin1(name));
        if (!key.isEmpty())
            a->setShortcut(key);
        return a;
    };
    m_add = action("actionAddServer", QKeySequence::New);
    m_edit = action("actionEditServer");
    m_duplicate = action("actionDuplicateServer");
    m_remove = action("actionRemoveServer", QKeySequence::Delete);
    m_import = action("actionImportSshConfig");
    m_connect = action("actionConnect");
    m_disconnect = action("actionDisconnect");
    m_alerts = action("actionAlertList");
    m_fleet = action("actionFleet", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_access = action("actionAccess");
    m_audit = action("actionAuditLog");
    m_settings = action("actionSettings", QKeySequence::Preferences);
    m_quit = action("actionQuit", QKeySequence::Quit);
    m_about = action("actionAbout");
    m_guide = action("actionGuide", QKeySequence::HelpContents);
    connect(m_add, &QAction::triggered, this, &MainWindow::addServer);
    connect(m_edit, &QAction::triggered, this, &MainWindow::editServer);
    connect(m_duplicate, &QAction::triggered, this, &MainWindow::duplicateServer);
    connect(m_remove, &QAction::triggered, this, &MainWindow::removeServer);
    connect(m_import, &QAction::triggered, this, &MainWindow::importSshConfig);
    connect(m_connect, &QAction::triggered, this, &MainWindow::connectCurrent);
    connect(m_disconnect, &QAction::triggered, this, [this] {
        if (auto* s = currentSession())
            s->disconnectFromServer();
    });
    connect(m_alerts, &QAction::triggered, this, &MainWindow::showAlerts);
    connect(m_fleet, &QAction::triggered, this, &MainWindow::showFleet);
    connect(m_access, &QAction::triggered, this, &MainWindow::showAccess);
    connect(m_audit, &QAction::triggered, this, &MainWindow::showAudit);
    connect(m_settings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_about, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Capataz"),
            tr("<b>Capataz %1</b><br>Sets up, watches and backs up Docker Compose services on your "
               "servers over SSH.")
                .arg(QStringLiteral(CAPATAZ_VERSION)));
    });
    connect(m_guide, &QAction::triggered, this, [this] {
        auto* guide = new GuideDialog(this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
        guide->open();
    });
    m_list->addActions({m_connect, m_disconnect, m_edit, m_duplicate, m_remove});

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_audit);
    m_fileMenu->addAction(m_settings);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_serverMenu = menuBar()->addMenu(QString());
    m_serverMenu->addActions({m_connect, m_disconnect});
    m_serverMenu->addSeparator();
    m_serverMenu->addActions({m_add, m_edit, m_duplicate, m_remove});
    m_serverMenu->addSeparator();
    m_serverMenu->addAction(m_import);
    m_serverMenu->addSeparator();
    m_serverMenu->addAction(m_fleet);
    m_serverMenu->addAction(m_access);
    m_alertsMenu = menuBar()->addMenu(QString());
    m_alertsMenu->addAction(m_alerts);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_guide);
    m_helpMenu->addAction(m_about);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Capataz"));
    m_search->setPlaceholderText(tr("Search servers"));
    m_fileMenu->setTitle(tr("&File"));
    m_serverMenu->setTitle(tr("&Server"));
    m_alertsMenu->setTitle(tr("&Alerts"));
    m_helpMenu->setTitle(tr("&Help"));
    m_add->setText(tr("Add…"));
    m_add->setToolTip(tr("Add a server"));
    m_edit->setText(tr("Edit…"));
    m_edit->setToolTip(tr("Edit the selected server"));
    m_duplicate->setText(tr("Duplicate…"));
    m_duplicate->setToolTip(tr("Add a server starting from the selected one"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected server from this list (nothing changes on the server)"));
    m_import->setText(tr("Import…"));
    m_import->setToolTip(tr("Import servers from ~/.ssh/config"));
    m_connect->setText(tr("Connect"));
    m_disconnect->setText(tr("Disconnect"));
    m_alerts->setText(tr("Alert &list…"));
    m_fleet->setText(tr("&Fleet overview…"));
    m_fleet->setToolTip(tr("Every server's status in one table, the worst first"));
    m_access->setText(tr("&Give access…"));
    m_audit->setText(tr("Audit &log…"));
    m_audit->setToolTip(tr("What Capataz did on the servers: commands, changes and their results"));
    updateActions(); // the alert list's tooltip
    m_settings->setText(tr("Settings…"));
    m_quit->setText(tr("Quit"));
    m_about->setText(tr("About Capataz"));
    m_guide->setText(tr("&Guide"));
    statusBar()->showMessage(tr("%n server(s)", nullptr, m_registry.count()));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

ServerSession* MainWindow::currentSession() const
{
    return m_model->session(m_filter->mapToSource(m_list->currentIndex()));
}

void MainWindow::selectServer(const QString& name)
{
    if (ServerSession* s = m_registry.find(name)) {
        const QModelIndex src = m_model->index(m_registry.indexOf(s));
        m_list->setCurrentIndex(m_filter->mapFromSource(src));
    }
}

void MainWindow::onSelectionChanged()
{
    ServerSession* s = currentSession();
    m_view->setSession(s);
    m_stack->setCurrentWidget(s ? static_cast<QWidget*>(m_view) : m_welcome);
    updateActions();
    statusBar()->showMessage(tr("%n server(s)", nullptr, m_registry.count()));
}

void MainWindow::updateActions()
{
    ServerSession* s = currentSession();
    const bool has = s != nullptr;
    m_edit->setEnabled(has);
    m_duplicate->setEnabled(has);
    m_remove->setEnabled(has);
    const bool readsMetrics = has && store::mayReadMetrics(s->profile()).has_value();
    m_alerts->setEnabled(readsMetrics);
    m_alerts->setToolTip(!has || readsMetrics
                             ? tr("The selected server's alerts: their state, and their rules")
                             : tr("An owner profile does not read metrics, so it has no alerts to show"));
    // The fleet overview is for admins and support: a computer with only owners' profiles shows
    // each owner the status page and nothing else.
    bool anyNotOwner = false;
    for (int i = 0; i < m_registry.count() && !anyNotOwner; ++i)
        anyNotOwner = m_registry.at(i)->profile().role != store::Role::Owner;
    m_fleet->setVisible(anyNotOwner);
    // The audit log is local and spans every server: refused when every profile is an owner's.
    QList<store::ServerProfile> profiles;
    for (int i = 0; i < m_registry.count(); ++i)
        profiles << m_registry.at(i)->profile();
    m_audit->setEnabled(m_registry.auditLog() && store::auditHiddenServers(profiles).has_value());
    // Access accounts are made with an administrator's profile that can become root, connected.
    const bool admin = has && store::mayChangeServer(s->profile()).has_value() &&
                       s->profile().sudo != remote::SudoMode::None &&
                       s->profile().sudo != remote::SudoMode::Access;
    m_access->setEnabled(admin && s->status() == ServerSession::Status::Connected);
    m_access->setVisible(anyNotOwner);
    m_access->setToolTip(!has || admin
                             ? tr("Accounts on this server for support staff and owners whose role the "
                                  "server enforces (connect first)")
                             : tr("Needs an administrator's profile that can become root"));
    // A computer with only owners' profiles (the ranch owner's laptop) shows what an owner uses:
    // the status page, connecting, the server's own settings. The technical entries go: alerts
    // (an owner reads no metrics), the audit log, importing from an SSH config, duplicating, and
    // (above) the fleet and access accounts. With no profile yet everything shows.
    const bool ownersOnly = m_registry.count() > 0 && !anyNotOwner;
    m_alertsMenu->menuAction()->setVisible(!ownersOnly);
    m_audit->setVisible(!ownersOnly);
    for (QAction* a : {m_import, m_duplicate})
        a->setVisible(!ownersOnly);
    for (QToolButton* b : {m_importButton, m_duplicateButton})
        b->setVisible(!ownersOnly);
    m_connect->setEnabled(has && s->status() != ServerSession::Status::Connected &&
                          s->status() != ServerSession::Status::Connecting);
    m_disconnect->setEnabled(has && (s->status() == ServerSession::Status::Connected ||
                                     s->status() == ServerSession::Status::Connecting));
}

void MainWindow::connectCurrent()
{
    if (ServerSession* s = currentSession())
        m_connector->connectSession(s);
}

void MainWindow::addServer()
{
    store::ServerProfile p;
    p.user = qEnvironmentVariable("USER");
    auto* d = new ServerDialog(ServerDialog::Mode::Add, p, this);
    d->setConnector(m_connector);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QDialog::accepted, this, [this, d] {
        auto r = m_registry.add(d->profile());
        if (!r) {
            QMessageBox::warning(this, tr("Add a server"),
                                 ErrorText::sentence(r.error()) + u'\n' + r.error().detail);
            return;
        }
        selectServer((*r)->profile().name);
    });
    d->open();
}

void MainWindow::editServer()
{
    ServerSession* s = currentSession();
    if (!s)
        return;
    auto* d = new ServerDialog(ServerDialog::Mode::Edit, s->profile(), this);
    d->setConnector(m_connector);
    d->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ServerSession> session(s);
    connect(d, &QDialog::accepted, this, [this, d, session] {
        if (!session)
            return;
        if (auto r = m_registry.update(session, d->profile()); !r) {
            QMessageBox::warning(this, tr("Edit server"),
                                 ErrorText::sentence(r.error()) + u'\n' + r.error().detail);
            return;
        }
        selectServer(session->profile().name);
    });
    d->open();
}

void MainWindow::duplicateServer()
{
    ServerSession* s = currentSession();
    if (!s)
        return;
    store::ServerProfile p = s->profile();
    p.name = m_registry.freeName(p.name);
    auto* d = new ServerDialog(ServerDialog::Mode::Duplicate, p, this);
    d->setConnector(m_connector);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QDialog::accepted, this, [this, d] {
        auto r = m_registry.add(d->profile());
        if (!r) {
            QMessageBox::warning(this, tr("Duplicate server"),
                                 ErrorText::sentence(r.error()) + u'\n' + r.error().detail);
            return;
        }
        selectServer((*r)->profile().name);
    });
    d->open();
}

void MainWindow::removeServer()
{
    ServerSession* s = currentSession();
    if (!s)
        return;
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Remove server"),
        tr("Remove %1 from this list? Nothing changes on the server itself.").arg(s->profile().name),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeServerBox"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ServerSession> session(s);
    connect(box, &QMessageBox::finished, this, [this, session](int result) {
        if (result != QMessageBox::Yes || !session)
            return;
        const QString name = session->profile().name;
        if (auto r = m_registry.remove(session); !r) {
            QMessageBox::warning(this, tr("Remove server"), ErrorText::sentence(r.error()));
            return;
        }
        m_connector->forgetSecrets(name);
        for (auto kind : {secrets::SecretStore::Kind::Password, secrets::SecretStore::Kind::KeyPassphrase,
                          secrets::SecretStore::Kind::SudoPassword})
            m_secrets.remove(secrets::SecretStore::key(name, kind), this, [](VoidResult) {});
    });
    box->open();
}

void MainWindow::importSshConfig()
{
    auto* d = new SshImportDialog(m_registry, QDir::home().filePath(QStringLiteral(".ssh/config")), this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->open();
}

void MainWindow::useSandbox()
{
    if (!m_registry.find(u"sandbox")) {
        QFile f(sandboxEnvFile());
        if (!f.open(QIODevice::ReadOnly)) {
            QMessageBox::warning(
                this, tr("Sandbox server"),
                tr("The local sandbox server is not running. Start it with the command in README.md."));
            return;
        }
        QHash<QString, QString> env;
        for (const QByteArray& line : f.readAll().split('\n'))
            if (const qsizetype eq = line.indexOf('='); eq > 0 && !line.startsWith('#'))
                env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
        store::ServerProfile p;
        p.name = QStringLiteral("sandbox");
        p.host = env.value(QStringLiteral("TH_HOST"));
        p.port = env.value(QStringLiteral("TH_PORT"), QStringLiteral("22")).toInt();
        p.user = QStringLiteral("root");
        p.auth = store::AuthMethod::KeyFile;
        p.keyPath = env.value(QStringLiteral("TH_KEY_ROOT"));
        p.sudo = remote::SudoMode::RootLogin;
        p.knownHostsFile = env.value(QStringLiteral("TH_KNOWN_HOSTS"));
        p.projectDir = QStringLiteral("/srv/app");
        if (auto r = m_registry.add(p); !r) {
            QMessageBox::warning(this, tr("Sandbox server"),
                                 ErrorText::sentence(r.error()) + u'\n' + r.error().detail);
            return;
        }
    }
    selectServer(QStringLiteral("sandbox"));
    connectCurrent();
}

void MainWindow::showAlerts()
{
    ServerSession* s = currentSession();
    if (!s)
        return;
    // Not modal: the list follows the evaluations while the user works in the window. One per server.
    for (AlertListDialog* open : findChildren<AlertListDialog*>())
        if (open->session() == s && open->isVisible()) {
            open->raise();
            open->activateWindow();
            return;
        }
    auto* d = new AlertListDialog(s, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->show();
}

void MainWindow::showFleet()
{
    if (!m_fleetView) {
        m_fleetView = new FleetView(m_registry, this);
        m_fleetView->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_fleetView, &FleetView::openRequested, this, [this](const QString& name) {
            selectServer(name);
            raise();
            activateWindow();
        });
        m_fleetView->checkAll();
    }
    m_fleetView->show();
    m_fleetView->raise();
    m_fleetView->activateWindow();
}

void MainWindow::showAccess()
{
    ServerSession* s = currentSession();
    if (!s || !m_access->isEnabled())
        return;
    for (AccessDialog* open : findChildren<AccessDialog*>())
        if (open->session() == s && open->isVisible()) {
            open->raise();
            open->activateWindow();
            return;
        }
    auto* d = new AccessDialog(s, &m_registry, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->show();
}

void MainWindow::showAudit()
{
    if (!m_audit->isEnabled())
        return;
    for (AuditView* open : findChildren<AuditView*>())
        if (open->isVisible()) {
            open->reload();
            open->raise();
            open->activateWindow();
            return;
        }
    // Not modal: the log can stay open beside the server it explains.
    auto* d = new AuditView(m_registry, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->show();
}

void MainWindow::showSettings()
{
    auto* d = new SettingsDialog(m_secrets.isPersistent(), this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->open();
}

} // namespace capataz::ui
