#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace capataz::ui {

// Language (applied at once, no restart), theme (follows the system), where the data lives,
// and whether secrets can be kept in the system keychain.
class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(bool keychainPersistent, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    bool m_keychain;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_themeLabel;
    QLabel* m_theme;
    QLabel* m_dataLabel;
    QLineEdit* m_dataDir;
    QPushButton* m_openData;
    QLabel* m_keychainLabel;
    QLabel* m_keychainState;
    QPushButton* m_close;
};

} // namespace capataz::ui
