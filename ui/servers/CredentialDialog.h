#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace capataz::ui {

// Asks for one secret (a login password, a key passphrase or a sudo password), with
// "save in the system keychain" when one is available.
class CredentialDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Kind { Password, KeyPassphrase, SudoPassword };
    CredentialDialog(Kind kind, const QString& serverName, const QString& detail, bool keychainAvailable,
                     QWidget* parent = nullptr);
    [[nodiscard]] QString secret() const;
    [[nodiscard]] bool save() const;
    void setRetryMessage(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    Kind m_kind;
    QString m_server;
    QString m_detail;
    bool m_keychain;
    QLabel* m_text;
    QLabel* m_retry;
    QLineEdit* m_input;
    QCheckBox* m_save;
    QLabel* m_keychainNote;
};

} // namespace capataz::ui
