#pragma once

#include "ssh/SshConfig.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace capataz::client {
class ServerRegistry;
}

namespace capataz::ui {

// Import of ~/.ssh/config: every concrete Host with a checkbox (names already in the list
// are shown but cannot be picked), and the notes (wildcards skipped, Match blocks...).
class SshImportDialog final : public QDialog {
    Q_OBJECT
public:
    SshImportDialog(client::ServerRegistry& registry, const QString& configPath, QWidget* parent = nullptr);
    [[nodiscard]] int importedCount() const { return m_imported; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void importChecked();

    client::ServerRegistry& m_registry;
    QString m_path;
    ssh::SshConfigImport m_result;
    QLabel* m_text;
    QListWidget* m_list;
    QLabel* m_notesLabel;
    QPlainTextEdit* m_notes;
    QPushButton* m_import;
    QPushButton* m_cancel;
    int m_imported = 0;
};

} // namespace capataz::ui
