#include "FirewallPage.h"

#include "setup/FirewallPlan.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
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
    m_deadman->setRange(setup::FirewallAnswers::kMinDeadmanSeconds, setup::FirewallAnswers::kMaxDeadmanSeconds);
    m_deadman->setValue(setup::FirewallAnswers{}.deadmanSeconds);
    m_dockerWarning = new QLabel(formWidget());
    m_dockerWarning->setObjectName(u"firewallDockerWarning"_s);
    m_dockerWarning->setWordWrap(true);
    m_dockerWarning->setTextFormat(Qt::PlainText);
    m_dockerWarning->setStyleSheet(u"color:#8a6d00"_s);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    QWidget* fields[3] = {m_sshPorts, m_extra, m_deadman};
    for (int i = 0; i < 3; ++i) {
        m_labels[i] = new QLabel(formWidget());
        m_labels[i]->setBuddy(fields[i]);
        form->addRow(m_labels[i], fields[i]);
    }
    formLayout()->addLayout(form);
    formLayout()->addWidget(m_dockerWarning);
    formLayout()->addStretch(1);
    initPage();
}

QString FirewallPage::pageTitle() const
{
    return tr("Firewall");
}

QString FirewallPage::explanation() const
{
    return tr("Turns on the ufw firewall so that only SSH, HTTP (80) and HTTPS (443) are reachable from outside. "
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
    m_dockerWarning->setText(tr("Warning: ports that Docker publishes (ports: in the compose file, bound to 0.0.0.0) "
                                "bypass ufw. Bind them to 127.0.0.1 and let nginx serve them."));
}

QString FirewallPage::confirmation() const
{
    return tr("Enable the firewall on “%1”? If the new SSH login that confirms access fails, the server reverts "
              "the firewall by itself after %2 seconds.")
        .arg(context()->serverName())
        .arg(m_deadman->value());
}

Result<std::vector<plan::Plan>> FirewallPage::buildPlans(const setup::SetupTarget& target, QStringList* problems)
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
    std::vector<plan::Plan> plans;
    plans.push_back(std::move(*plan));
    return plans;
}

} // namespace capataz::ui
