#pragma once

#include "common/Error.h"
#include "store/ServerProfile.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QPushButton;

namespace capataz::client {
class ServerSession;
}

namespace capataz::ui {

class ConnectController;

// Add, edit or duplicate a server profile. Checks the values before accepting and says
// what is wrong next to the form. With a ConnectController it offers "Test connection":
// a login with the values typed, through the usual secret and host key dialogs.
class ServerDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Add, Edit, Duplicate };
    ServerDialog(Mode mode, const store::ServerProfile& profile, QWidget* parent = nullptr);
    ~ServerDialog() override;

    [[nodiscard]] store::ServerProfile profile() const;
    // Shown under the form, e.g. when saving failed (name taken).
    void showError(const QString& text);
    // Enables "Test connection"; without one the button stays hidden.
    void setConnector(ConnectController* connector);

protected:
    void changeEvent(QEvent* event) override;
    void done(int result) override;

private:
    enum Row {
        NameRow,
        HostRow,
        PortRow,
        UserRow,
        AuthRow,
        KeyRow,
        JumpRow,
        SudoRow,
        ProjectRow,
        RoleRow,
        RowCount
    };
    void retranslateUi();
    void updateAuthFields();
    void updateRoleNote();
    void toggleTest();
    void stopTest(bool cancel = true);
    void onTestFinished(client::ServerSession* session, const Error& error);
    void setTestRunning(bool running);

    Mode m_mode;
    store::ServerProfile m_base;
    QFormLayout* m_form;
    QLabel* m_labels[RowCount];
    QLineEdit* m_name;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_user;
    QComboBox* m_auth;
    QLineEdit* m_keyPath;
    QPushButton* m_browse;
    QLineEdit* m_jump;
    QComboBox* m_sudo;
    QLineEdit* m_projectDir;
    QComboBox* m_role;
    QCheckBox* m_ownerLogs; // shown for the owner role only
    QLabel* m_roleNote;
    QPushButton* m_test;
    QLabel* m_testResult;
    QLabel* m_error;
    QPushButton* m_ok;
    QPointer<ConnectController> m_connector;
    QPointer<client::ServerSession> m_testSession;
};

} // namespace capataz::ui
