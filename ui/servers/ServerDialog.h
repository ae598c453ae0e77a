#pragma once

#include "store/ServerProfile.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QPushButton;

namespace capataz::ui {

// Add, edit or duplicate a server profile. Checks the values before accepting and says
// what is wrong next to the form. Every field has a label, a tooltip, and an example as its
// placeholder; a note under the role says what that role protects.
class ServerDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Add, Edit, Duplicate };
    ServerDialog(Mode mode, const store::ServerProfile& profile, QWidget* parent = nullptr);

    [[nodiscard]] store::ServerProfile profile() const;
    // Shown under the form, e.g. when saving failed (name taken).
    void showError(const QString& text);

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
    QLabel* m_roleNote;
    QLabel* m_error;
    QPushButton* m_ok;
};

} // namespace capataz::ui
