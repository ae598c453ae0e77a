#pragma once

#include "WizardPage.h"
#include "setup/VerifyReport.h"

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace capataz::ui {

// Step 6: is it really working? The health endpoints through the SSH connection and through
// the public HTTPS name (JSON shown as fields), the ports open from outside compared with the
// intended 22/80/443, and a summary a sysadmin can paste into a ticket (Copy). Changes nothing.
class VerifyPage final : public WizardPage {
    Q_OBJECT
public:
    explicit VerifyPage(SetupContext* context, QWidget* parent = nullptr);
    [[nodiscard]] QString pageTitle() const override;
    void pageShown() override;
    [[nodiscard]] QString summaryText() const;

protected:
    [[nodiscard]] QString explanation() const override;
    [[nodiscard]] Result<std::vector<plan::Plan>> buildPlans(const setup::SetupTarget& target,
                                                             QStringList* problems) override;
    [[nodiscard]] bool checksOnly() const override { return true; }
    void retranslatePage() override;
    void runFinished(bool dryRun, bool ok) override;
    [[nodiscard]] QString checkedStepState(const QString& stepId) const override;

private:
    void showReport();

    QLabel* m_labels[4] = {};
    QLineEdit* m_domain;
    QLineEdit* m_address;
    QLineEdit* m_caFile;
    QSpinBox* m_timeout;
    QTreeWidget* m_results;
    QWidget* m_summaryBox;
    QPlainTextEdit* m_summary;
    QPushButton* m_copy;
    std::shared_ptr<setup::VerifyReport> m_report;
    int m_resultsTab = -1;
    int m_summaryTab = -1;
};

} // namespace capataz::ui
