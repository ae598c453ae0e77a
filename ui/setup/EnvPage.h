#pragma once

#include "WizardPage.h"
#include "stack/EnvCheck.h"

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace capataz::ui {

class EnvTableModel;

// Step 4: the project's .env. Reads it from the server (or starts from .env.example), shows it
// in a table with secrets hidden (a "Show" box per row reveals one), lets the user edit values
// and generate secrets the way the deployment guides do, and lists what the checks find
// (against the recipe and the compose file). Preview shows the diff, secrets masked; Apply
// writes the file atomically with mode 0600, keeping the previous version.
class EnvPage final : public WizardPage {
    Q_OBJECT
public:
    explicit EnvPage(SetupContext* context, QWidget* parent = nullptr);
    [[nodiscard]] QString pageTitle() const override;
    void pageShown() override;
    void reload(); // reads the .env from the server again (drops the edits)
    [[nodiscard]] EnvTableModel* model() const { return m_model; }

protected:
    [[nodiscard]] QString explanation() const override;
    [[nodiscard]] int formSharePercent() const override { return 55; } // the table is edited here
    [[nodiscard]] Result<std::vector<plan::Plan>> buildPlans(const setup::SetupTarget& target,
                                                             QStringList* problems) override;
    void retranslatePage() override;
    void runFinished(bool dryRun, bool ok) override;

private:
    [[nodiscard]] QVariantMap sectionValues() const;
    void updateGenerateButtons();
    void updateFindings();
    void showFindings(const QList<stack::EnvFinding>& findings);

    EnvTableModel* m_model;
    QCheckBox* m_fromExample;
    QCheckBox* m_generateMissing;
    QPushButton* m_reload;
    QLabel* m_source;
    // What m_source says, kept as a function: a language switch writes it again in the new one.
    std::function<QString()> m_sourceText;
    void setSourceText(std::function<QString()> text);
    QTableView* m_table;
    QLabel* m_findingsTitle;
    QListWidget* m_findings;
    QList<stack::EnvFinding> m_shownFindings; // shown again in a new language
    bool m_findingsShown = false;
    std::optional<QByteArray> m_composeText;
    QString m_loadedFor; // the env path the table was read for
    bool m_loading = false;
    QMetaObject::Connection m_envConnection; // to the session's ProjectService while reading
};

} // namespace capataz::ui
