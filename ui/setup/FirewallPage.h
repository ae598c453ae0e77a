#pragma once

#include "WizardPage.h"
#include "client/ProjectService.h"

class QLabel;
class QLineEdit;
class QListWidget;
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
    ~FirewallPage() override;
    [[nodiscard]] QString pageTitle() const override;
    // Reads the project's compose files on the server again (asynchronously) and lists the
    // ports Docker publishes past ufw.
    void pageShown() override;
    void readComposePorts();
    // The listed ports, "service: 0.0.0.0:5432 -> 5432/tcp" (empty while reading or none).
    [[nodiscard]] QStringList bypassingPorts() const;

protected:
    [[nodiscard]] QString explanation() const override;
    [[nodiscard]] Result<std::vector<plan::Plan>> buildPlans(const setup::SetupTarget& target,
                                                             QStringList* problems) override;
    [[nodiscard]] QString confirmation() const override;
    void retranslatePage() override;
    void runFinished(bool dryRun, bool ok) override;

private:
    QLabel* m_labels[3] = {};
    QLineEdit* m_sshPorts;
    QLineEdit* m_extra;
    QSpinBox* m_deadman;
    QLabel* m_dockerWarning;
    QLabel* m_portsLabel;
    QListWidget* m_ports;
    QLabel* m_phase;
    enum class PortsState { Unknown, NotConnected, Reading, NoFiles, None, Found, Failed };
    PortsState m_portsState = PortsState::Unknown;
    QString m_portsError;
    int m_phaseValue = -1;                     // DeadManSwitchStep::Phase of the running step, -1: none
    QMetaObject::Connection m_portsConnection; // to the session's ProjectService while reading
    void showPorts(const Result<client::ProjectService::PublishedPorts>& result);
    void showPortsState();
};

} // namespace capataz::ui
