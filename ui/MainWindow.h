#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLineEdit;
class QListView;
class QMenu;
class QStackedWidget;
class QToolButton;

namespace capataz::client {
class ServerRegistry;
class ServerSession;
} // namespace capataz::client
namespace capataz::secrets {
class SecretStore;
}

namespace capataz::ui {

class AlertNotifier;
class FleetView;
class ConnectController;
class ServerFilterModel;
class ServerListModel;
class ServerView;
class WelcomePage;

// Servers on the left (status light, role, search), the selected server's tabs on the
// right, the welcome page when none is selected.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(client::ServerRegistry& registry, secrets::SecretStore& secrets, QWidget* parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] client::ServerSession* currentSession() const;
    void selectServer(const QString& name);
    // The sandbox test host's env file, when the README's run command started one.
    [[nodiscard]] static QString sandboxEnvFile();

public slots:
    void addServer();
    void editServer();
    void duplicateServer();
    void removeServer();
    void importSshConfig();
    void useSandbox();
    void connectCurrent();
    void showSettings();
    void showAlerts(); // Alerts › Alert list for the selected server
    void showAccess(); // Server › Give access: the access accounts of the selected server
    void showFleet();  // Server › Fleet overview: every server's status in one table
    void showAudit();  // File › Audit log

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildActions();
    void retranslateUi();
    void onSelectionChanged();
    void updateActions();
    void openOwnersPage();

    client::ServerRegistry& m_registry;
    secrets::SecretStore& m_secrets;
    ConnectController* m_connector;
    ServerListModel* m_model;
    ServerFilterModel* m_filter;
    QLineEdit* m_search;
    QListView* m_list;
    QStackedWidget* m_stack;
    WelcomePage* m_welcome;
    ServerView* m_view;
    AlertNotifier* m_notifier = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_serverMenu = nullptr;
    QMenu* m_alertsMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_add = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_duplicate = nullptr;
    QAction* m_remove = nullptr;
    QAction* m_import = nullptr;
    QAction* m_connect = nullptr;
    QAction* m_disconnect = nullptr;
    QAction* m_alerts = nullptr;
    QAction* m_fleet = nullptr;
    QAction* m_access = nullptr;
    QPointer<FleetView> m_fleetView;
    QAction* m_audit = nullptr;
    QAction* m_settings = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_about = nullptr;
    QAction* m_guide = nullptr;
    QToolButton* m_addButton = nullptr;
    QToolButton* m_editButton = nullptr;
    QToolButton* m_duplicateButton = nullptr;
    QToolButton* m_removeButton = nullptr;
    QToolButton* m_importButton = nullptr;
};

} // namespace capataz::ui
