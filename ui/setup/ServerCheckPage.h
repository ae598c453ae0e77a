#pragma once

#include "WizardPage.h"

class QCheckBox;
class QLabel;
class QLineEdit;

namespace capataz::ui {

// Step 1: the server can take the project. Checks the OS, sudo, Docker and compose (v2
// plugin, v1 or podman), installs what is missing with the distribution's packages if
// allowed, and makes sure the project directory exists (cloned from git or uploaded from
// this computer when it does not).
class ServerCheckPage final : public WizardPage {
    Q_OBJECT
public:
    explicit ServerCheckPage(SetupContext* context, QWidget* parent = nullptr);
    [[nodiscard]] QString pageTitle() const override;

protected:
    [[nodiscard]] QString explanation() const override;
    [[nodiscard]] Result<std::vector<plan::Plan>> buildPlans(const setup::SetupTarget& target,
                                                             QStringList* problems) override;
    void retranslatePage() override;

private:
    QCheckBox* m_install;
    QLabel* m_sourceTitle;
    QLabel* m_labels[3] = {};
    QLineEdit* m_git;
    QLineEdit* m_branch;
    QLineEdit* m_upload;
};

} // namespace capataz::ui
