#pragma once

#include "WizardPage.h"

class QLabel;
class QLineEdit;
class QSpinBox;

namespace capataz::ui {

// Step 2: ufw. Allows the SSH port sshd really listens on (read on the server), 80 and 443,
// denies the rest and enables the firewall with a dead-man switch: the server reverts it by
// itself unless a fresh SSH login after the change proves that access still works. Warns that
// ports Docker publishes bypass ufw.
class FirewallPage final : public WizardPage {
    Q_OBJECT
public:
    explicit FirewallPage(SetupContext* context, QWidget* parent = nullptr);
    [[nodiscard]] QString pageTitle() const override;

protected:
    [[nodiscard]] QString explanation() const override;
    [[nodiscard]] Result<std::vector<plan::Plan>> buildPlans(const setup::SetupTarget& target,
                                                             QStringList* problems) override;
    [[nodiscard]] QString confirmation() const override;
    void retranslatePage() override;

private:
    QLabel* m_labels[3] = {};
    QLineEdit* m_sshPorts;
    QLineEdit* m_extra;
    QSpinBox* m_deadman;
    QLabel* m_dockerWarning;
};

} // namespace capataz::ui
