#include "FirewallPage.h"

#include "setup/DeadManSwitchStep.h"
#include "setup/FirewallPlan.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

FirewallPage::FirewallPage(SetupContext* context, QWidget* parent)
    : WizardPage(context, u"firewallPage"_s, parent)
{
    m_sshPorts = new QLineEdit(formWidget());
    m_sshPorts->setObjectName(u"firewallSshPorts"_s);
    m_extra = new QLineEdit(formWidget());
    m_extra->setObjectName(u"firewallAllow"_s);
    m_deadman = new QSpinBox(formWidget());
    m_deadman->setObjectName(u"firewallDeadman"_s);
    m_deadman->setRange(setup::FirewallAnswers::kMinDeadmanSeconds,
                        setup::FirewallAnswers::kMaxDeadmanSeconds);
    m_deadman->setValue(setup::FirewallAnswers{}.deadmanSeconds);
    m_dockerWarning = new QLabel(formWidget());
    m_dockerWarning->setObjectName(u"firewallDockerWarning"_s);
    m_dockerWarning->setWordWrap(true);
    m_dockerWarning->setTextFormat(Qt::PlainText);
    m_dockerWarning->setStyleSheet(u"color:#8a6d00"_s);
    m_portsLabel = new QLabel(formWidget());
    m_portsLabel->setObjectName(u"firewallPortsState"_s);
    m_portsLabel->setWordWrap(true);
    m_portsLabel->setTextFormat(Qt::PlainText);
    m_ports = new QListWidget(formWidget());
    m_ports->setObjectName(u"firewallBypassingPorts"_s);
    m_ports->setSelectionMode(QAbstractItemView::NoSelection);
    m_ports->setFocusPolicy(Qt::NoFocus);
    m_ports->setIconSize(QSize(16, 16));
    m_ports->hide();
    m_phase = new QLabel(this);
    m_phase->setObjectName(u"firewallPhase"_s);
    m_phase->setTextFormat(Qt::PlainText);
    m_phase->setStyleSheet(u"font-weight:bold"_s);
    m_phase->hide();
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    QWidget* fields[3] = {m_sshPorts, m_extra, m_deadman};
    for (int i = 0; i < 3; ++i) {
        m_labels[i] = new QLabel(formWidget());
        m_labels[i]->setBuddy(fields[i]);
        form->addRow(m_labels[i], fields[i]);
    }
    formLayout()->addLayout(form);
    formLayout()->addWidget(m_portsLabel);
    formLayout()->addWidget(m_ports);
    formLayout()->addWidget(m_dockerWarning);
    formLayout()->addWidget(m_phase);
    formLayout()->addStretch(1);
    connect(context, &SetupContext::sessionChanged, this, [this] {
        if (isVisible() && !isBusy())
            readComposePorts();
    });
    initPage();
}

FirewallPage::~FirewallPage() = default;

void FirewallPage::pageShown()
{
    readComposePorts();
}

void FirewallPage::readComposePorts()
{
    m_ports->clear();
    disconnect(m_portsConnection);
    if (!context()->isConnected()) {
        m_portsState = PortsState::NotConnected;
        showPortsState();
        return;
    }
    const setup::SetupTarget target = context()->target();
    if (target.composeFiles.isEmpty()) {
        m_portsState = PortsState::NoFiles;
        showPortsState();
        return;
    }
    client::ProjectService* service = context()->session()->project();
    m_portsState = PortsState::Reading;
    showPortsState();
    m_portsConnection = connect(service, &client::ProjectService::portsChanged, this, [this, service] {
        if (service->isReadingPorts())
            return;
        disconnect(m_portsConnection);
        if (!service->ports()) { // the connection went before anything was read
            m_portsState = PortsState::NotConnected;
            showPortsState();
            return;
        }
        showPorts(*service->ports());
    });
    service->readPorts(target);
}

void FirewallPage::showPorts(const Result<client::ProjectService::PublishedPorts>& result)
{
    m_ports->clear();
    if (!result) {
        m_portsState = PortsState::Failed;
        m_portsError = result.error().detail;
        showPortsState();
        return;
    }
    if (result->noFiles) {
        m_portsState = PortsState::NoFiles;
        showPortsState();
        return;
    }
    const QIcon warn = style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this);
    for (const setup::BypassingPort& b : result->ports) {
        QString container;
        for (const stack::ComposeService& s : result->project.services) {
            for (const stack::ComposePort& p : s.ports) {
                if (container.isEmpty() && s.name == b.service && p.published == b.published &&
                    p.hostIp == b.hostIp)
                    container = p.target;
            }
        }
        const QString host = b.hostIp.isEmpty() ? u"0.0.0.0"_s : b.hostIp;
        auto* item = new QListWidgetItem(
            warn,
            u"%1: %2:%3 -> %4/%5"_s.arg(b.service, host, b.published,
                                        container.isEmpty() ? b.published : container, b.protocol),
            m_ports);
        item->setToolTip(b.service);
    }
    m_portsState = m_ports->count() > 0 ? PortsState::Found : PortsState::None;
    showPortsState();
}

QStringList FirewallPage::bypassingPorts() const
{
    QStringList out;
    for (int i = 0; i < m_ports->count(); ++i)
        out.append(m_ports->item(i)->text());
    return out;
}

void FirewallPage::showPortsState()
{
    QString text;
    QString color = u"#555555"_s;
    switch (m_portsState) {
    case PortsState::Unknown:
        break;
    case PortsState::NotConnected:
        text = tr("Connect to check which ports of the compose project Docker publishes past the firewall.");
        break;
    case PortsState::Reading:
        text = tr("Reading the compose files on the server…");
        break;
    case PortsState::NoFiles:
        text = tr(
            "No compose file in the project directory yet: come back after uploading it to check its ports.");
        break;
    case PortsState::None:
        text = tr("No port of the compose project is published on all interfaces: ufw protects them all.");
        color = u"#1a7f37"_s;
        break;
    case PortsState::Found:
        text = tr(
            "These ports bypass ufw: Docker publishes them to every interface ahead of the firewall's rules. "
            "Bind them to 127.0.0.1 in the compose file (e.g. \"127.0.0.1:5432:5432\") and let nginx "
            "serve what must be public.");
        color = u"#b00020"_s;
        break;
    case PortsState::Failed:
        text = tr("Could not read the compose files to check their ports: %1").arg(m_portsError);
        color = u"#b00020"_s;
        break;
    }
    m_portsLabel->setText(text);
    m_portsLabel->setStyleSheet(u"color:"_s + color);
    m_portsLabel->setVisible(!text.isEmpty());
    m_ports->setVisible(m_ports->count() > 0);
    if (m_ports->count() > 0) {
        const int row = m_ports->sizeHintForRow(0);
        m_ports->setFixedHeight(std::min(m_ports->count(), 6) * (row + 2) + 2 * m_ports->frameWidth() + 4);
    }
    m_dockerWarning->setVisible(m_portsState != PortsState::Found && m_portsState != PortsState::None);
}

void FirewallPage::runFinished(bool dryRun, bool)
{
    if (dryRun)
        readComposePorts();
}

QString FirewallPage::pageTitle() const
{
    return tr("Firewall");
}

QString FirewallPage::explanation() const
{
    return tr(
        "Turns on the ufw firewall so that only SSH, HTTP (80) and HTTPS (443) are reachable from outside. "
        "The SSH port is read from the server's sshd, never assumed, and allowed before the firewall is "
        "enabled. As a safety net, the server itself undoes the change after the waiting time below "
        "unless a new SSH login made after enabling succeeds, so a mistake cannot lock you out.");
}

void FirewallPage::retranslatePage()
{
    m_labels[0]->setText(tr("&SSH ports:"));
    m_labels[1]->setText(tr("&Also allow:"));
    m_labels[2]->setText(tr("&Revert unless confirmed within:"));
    m_sshPorts->setPlaceholderText(tr("Read from sshd on the server (recommended)"));
    m_extra->setPlaceholderText(tr("More rules, separated by spaces, e.g. 8443/tcp 51820/udp"));
    m_deadman->setSuffix(tr(" s"));
    showPortsState();
    if (m_phaseValue >= 0)
        m_phase->setText(
            setup::DeadManSwitchStep::phaseText(setup::DeadManSwitchStep::Phase(m_phaseValue)).translated());
    m_dockerWarning->setText(
        tr("Warning: ports that Docker publishes (ports: in the compose file, bound to 0.0.0.0) "
           "bypass ufw. Bind them to 127.0.0.1 and let nginx serve them."));
}

QString FirewallPage::confirmation() const
{
    return tr("Enable the firewall on “%1”? If the new SSH login that confirms access fails, the server "
              "reverts "
              "the firewall by itself after %2 seconds.")
        .arg(context()->serverName())
        .arg(m_deadman->value());
}

Result<std::vector<plan::Plan>> FirewallPage::buildPlans(const setup::SetupTarget& target,
                                                         QStringList* problems)
{
    const QRegularExpression sep(u"[\\s,]+"_s);
    QVariantMap v;
    const QStringList ssh = m_sshPorts->text().split(sep, Qt::SkipEmptyParts);
    if (!ssh.isEmpty())
        v[u"ssh_ports"_s] = answerList(ssh);
    const QStringList extra = m_extra->text().split(sep, Qt::SkipEmptyParts);
    if (!extra.isEmpty())
        v[u"allow"_s] = answerList(extra);
    v[u"deadman_seconds"_s] = QString::number(m_deadman->value());
    const setup::AnswerMap section(v, u"firewall"_s);
    const setup::FirewallAnswers answers = setup::FirewallAnswers::fromAnswers(section, target);
    *problems = section.problems();
    if (!problems->isEmpty())
        return fail(ErrorCode::InvalidArgument, problems->join(u'\n'));
    auto plan = setup::buildFirewallPlan(answers, target);
    if (!plan)
        return std::unexpected(plan.error());
    // While firewall.enable runs, its phase ("Checking that a new SSH login still works…").
    m_phaseValue = -1;
    m_phase->hide();
    for (const auto& step : plan->steps()) {
        if (auto dms = std::dynamic_pointer_cast<setup::DeadManSwitchStep>(step)) {
            QPointer<FirewallPage> self(this);
            dms->setPhaseListener([self](setup::DeadManSwitchStep::Phase phase) {
                if (!self)
                    return;
                self->m_phaseValue = int(phase);
                self->m_phase->setText(setup::DeadManSwitchStep::phaseText(phase).translated());
                self->m_phase->show();
            });
        }
    }
    std::vector<plan::Plan> plans;
    plans.push_back(std::move(*plan));
    return plans;
}

} // namespace capataz::ui
