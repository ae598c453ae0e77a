#pragma once

#include "WizardPage.h"
#include "setup/ComposeStatus.h"

#include <memory>
#include <optional>

namespace capataz::setup {
class ComposePortsStep;
}

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace capataz::ui {

// Step 5: brings the stack up. Shows the effective configuration (variables interpolated,
// secrets masked), then pulls, builds and starts it with the recipe's files and profiles,
// streaming the output, and waits until every service runs (and is healthy where it has a
// healthcheck). A table shows each service's state, read again after every run or on Refresh.
// The "Published ports" tab names the ports compose.ports found open to other machines, what
// they probably are and what was done or is to be done about them, in the current language.
class ComposePage final : public WizardPage {
    Q_OBJECT
public:
    explicit ComposePage(SetupContext* context, QWidget* parent = nullptr);
    [[nodiscard]] QString pageTitle() const override;
    void refreshServices();
    void renderServices(); // m_lastStatus, in the current language
    void renderPorts();    // the last compose.ports check, in the current language
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
    QCheckBox* m_bindLocal;
    QLineEdit* m_allowPublic;
    QLabel* m_labels[3] = {};
    QPlainTextEdit* m_config;
    QPlainTextEdit* m_ports;
    std::shared_ptr<const setup::ComposePortsStep> m_portsStep; // of the last plan built
    QWidget* m_servicesBox;
    QTableWidget* m_services;
    QPushButton* m_refresh;
    QLabel* m_servicesNote;
    std::optional<setup::ComposeStatus> m_lastStatus;
    QMetaObject::Connection m_statusConnection; // to the session's ProjectService while reading
    int m_configTab = -1;
    int m_servicesTab = -1;
    int m_portsTab = -1;
    bool m_newConfig = true;
};

} // namespace capataz::ui
