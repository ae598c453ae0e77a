#pragma once

#include "WizardPage.h"
#include "setup/ComposeStatus.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace capataz::ui {

// Step 5: brings the stack up. Shows the effective configuration (variables interpolated,
// secrets masked), then pulls, builds and starts it with the recipe's files and profiles,
// streaming the output, and waits until every service runs (and is healthy where it has a
// healthcheck). A table shows each service's state, read again after every run or on Refresh.
class ComposePage final : public WizardPage {
    Q_OBJECT
public:
    explicit ComposePage(SetupContext* context, QWidget* parent = nullptr);
    [[nodiscard]] QString pageTitle() const override;
    void refreshServices();
    void renderServices(); // m_lastStatus, in the current language
    [[nodiscard]] QString healthText(const QString& health) const;

protected:
    [[nodiscard]] QString explanation() const override;
    [[nodiscard]] Result<std::vector<plan::Plan>> buildPlans(const setup::SetupTarget& target,
                                                             QStringList* problems) override;
    void retranslatePage() override;
    void runFinished(bool dryRun, bool ok) override;
    void stepOutput(const QString& stepId, const QString& text) override;

private:
    QCheckBox* m_pull;
    QComboBox* m_build;
    QSpinBox* m_wait;
    QCheckBox* m_orphans;
    QLabel* m_labels[2] = {};
    QPlainTextEdit* m_config;
    QWidget* m_servicesBox;
    QTableWidget* m_services;
    QPushButton* m_refresh;
    QLabel* m_servicesNote;
    std::optional<setup::ComposeStatus> m_lastStatus;
    QMetaObject::Connection m_statusConnection; // to the session's ProjectService while reading
    int m_configTab = -1;
    int m_servicesTab = -1;
    bool m_newConfig = true;
};

} // namespace capataz::ui
