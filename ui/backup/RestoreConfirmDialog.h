#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace capataz::ui {

// Asks the user to type the name of what a restore replaces (the database's, or the volume's)
// before it runs: "Restore" stays disabled until the text is exactly that name.
class RestoreConfirmDialog final : public QDialog {
    Q_OBJECT
public:
    RestoreConfirmDialog(const QString& backupName, const QString& word, QWidget* parent = nullptr);
    [[nodiscard]] bool isConfirmed() const;

private:
    QString m_word;
    QLineEdit* m_input = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace capataz::ui
