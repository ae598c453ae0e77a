#include "ComposePage.h"

#include "ErrorText.h"
#include "client/ProjectService.h"
#include "setup/ComposePlan.h"
#include "setup/ComposePortsStep.h"
#include "setup/ComposeStatus.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

ComposePage::ComposePage(SetupContext* context, QWidget* parent)
    : WizardPage(context, u"composePage"_s, parent)
{
    m_pull = new QCheckBox(formWidget());
    m_pull->setObjectName(u"composePull"_s);
    m_pull->setChecked(true);
    m_orphans = new QCheckBox(formWidget());
    m_orphans->setObjectName(u"composeRemoveOrphans"_s);
    m_orphans->setChecked(true);
    m_build = new QComboBox(formWidget());
    m_build->setObjectName(u"composeBuild"_s);
    m_build->addItems({QString(), QString(), QString()});
    m_wait = new QSpinBox(formWidget());
    m_wait->setObjectName(u"composeWait"_s);
    m_wait->setRange(5, 3600);
    m_wait->setValue(300);
    m_bindLocal = new QCheckBox(formWidget());
    m_bindLocal->setObjectName(u"composeBindLocal"_s);
    m_bindLocal->setChecked(true);
    m_allowPublic = new QLineEdit(formWidget());
    m_allowPublic->setObjectName(u"composeAllowPublic"_s);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_labels[0] = new QLabel(formWidget());
    m_labels[0]->setBuddy(m_build);
    m_labels[1] = new QLabel(formWidget());
    m_labels[1]->setBuddy(m_wait);
    form->addRow(m_labels[0], m_build);
    form->addRow(m_labels[1], m_wait);
    m_labels[2] = new QLabel(formWidget());
    m_labels[2]->setBuddy(m_allowPublic);
    form->addRow(m_labels[2], m_allowPublic);
    formLayout()->addWidget(m_pull);
    formLayout()->addWidget(m_orphans);
    formLayout()->addWidget(m_bindLocal);
    formLayout()->addLayout(form);
    formLayout()->addStretch(1);

    m_config = new QPlainTextEdit(this);
    m_config->setObjectName(u"composeConfig"_s);
    m_config->setReadOnly(true);
    m_config->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_config->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_configTab = addResultTab(m_config, {});

    m_ports = new QPlainTextEdit(this);
    m_ports->setObjectName(u"composePorts"_s);
    m_ports->setReadOnly(true);
    m_portsTab = addResultTab(m_ports, {});

    m_servicesBox = new QWidget(this);
    m_services = new QTableWidget(0, 4, m_servicesBox);
    m_services->setObjectName(u"composeServices"_s);
    m_services->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_services->verticalHeader()->hide();
    m_services->horizontalHeader()->setStretchLastSection(true);
    m_services->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_refresh = new QPushButton(m_servicesBox);
    m_refresh->setObjectName(u"composeRefresh"_s);
    m_servicesNote = new QLabel(m_servicesBox);
    m_servicesNote->setObjectName(u"composeServicesNote"_s);
    m_servicesNote->setWordWrap(true);
    m_servicesNote->setTextFormat(Qt::PlainText);
    auto* top = new QHBoxLayout;
    top->addWidget(m_servicesNote, 1);
    top->addWidget(m_refresh);
    auto* sl = new QVBoxLayout(m_servicesBox);
    sl->setContentsMargins(0, 0, 0, 0);
    sl->addLayout(top);
    sl->addWidget(m_services, 1);
    m_servicesTab = addResultTab(m_servicesBox, {});
    connect(m_refresh, &QPushButton::clicked, this, &ComposePage::refreshServices);
    initPage();
}

QString ComposePage::pageTitle() const
{
    return tr("Start the services");
}

QString ComposePage::explanation() const
{
    return tr(
        "Starts the project with docker compose using the recipe's files and profiles. First the effective "
        "configuration is shown (with the .env values filled in, secrets hidden), then the images are "
        "pulled or built and the services started in the background. The page waits until every service "
        "is running, and healthy where it has a health check; if one fails, its last log lines are shown.");
}

void ComposePage::retranslatePage()
{
    m_pull->setText(tr("&Pull the images first"));
    m_orphans->setText(tr("Remove containers of services no longer in the compose files"));
    m_labels[0]->setText(tr("&Build images:"));
    m_labels[1]->setText(tr("&Wait for the services up to:"));
    m_build->setItemText(0, tr("Services that have a build section"));
    m_build->setItemText(1, tr("Never"));
    m_build->setItemText(2, tr("Always"));
    m_wait->setSuffix(tr(" s"));
    m_bindLocal->setText(tr("Bind published ports to 127.0.0.1 with an &override file"));
    m_bindLocal->setToolTip(tr("Docker publishes ports past ufw. With docker compose 2.24.4 or later, an "
                               "override file next to your compose file (which is not edited) binds them to "
                               "127.0.0.1; with older versions the plan says which lines to change."));
    m_labels[2]->setText(tr("Ports &kept public:"));
    m_allowPublic->setPlaceholderText(tr("none (for example: 8000 9001)"));
    m_allowPublic->setToolTip(
        tr("Published ports that stay reachable from the internet on purpose. A database port left public "
           "and not listed here stops the plan."));
    setResultTabTitle(m_portsTab, tr("Published ports"));
    renderPorts();
    m_refresh->setText(tr("Refresh"));
    setResultTabTitle(m_configTab, tr("Configuration"));
    setResultTabTitle(m_servicesTab, tr("Services"));
    m_services->setHorizontalHeaderLabels({tr("Service"), tr("State"), tr("Health"), tr("Restarts")});
    if (m_lastStatus)
        renderServices();
    else if (m_servicesNote->text().isEmpty())
        m_servicesNote->setText(tr("The state of each service is read after every run."));
}

Result<std::vector<plan::Plan>> ComposePage::buildPlans(const setup::SetupTarget& target,
                                                        QStringList* problems)
{
    QVariantMap v;
    v[u"pull"_s] = m_pull->isChecked() ? u"true"_s : u"false"_s;
    v[u"remove_orphans"_s] = m_orphans->isChecked() ? u"true"_s : u"false"_s;
    if (m_build->currentIndex() == 1)
        v[u"build"_s] = u"false"_s;
    else if (m_build->currentIndex() == 2)
        v[u"build"_s] = u"true"_s;
    v[u"wait_seconds"_s] = QString::number(m_wait->value());
    v[u"bind_ports_locally"_s] = m_bindLocal->isChecked() ? u"true"_s : u"false"_s;
    v[u"allow_public_ports"_s] =
        m_allowPublic->text().split(QRegularExpression(u"[\\s,]+"_s), Qt::SkipEmptyParts);
    const setup::AnswerMap section(v, u"compose"_s);
    const setup::ComposeAnswers answers = setup::ComposeAnswers::fromAnswers(section, target);
    *problems = section.problems();
    if (!problems->isEmpty())
        return fail(ErrorCode::InvalidArgument, problems->join(u'\n'));
    auto plan = setup::buildComposePlan(answers, target);
    if (!plan)
        return std::unexpected(plan.error());
    m_newConfig = true;
    m_portsStep.reset();
    for (const auto& step : plan->steps()) {
        if (auto ports = std::dynamic_pointer_cast<const setup::ComposePortsStep>(step))
            m_portsStep = ports;
    }
    renderPorts();
    std::vector<plan::Plan> plans;
    plans.push_back(std::move(*plan));
    return plans;
}

void ComposePage::stepOutput(const QString& stepId, const QString& text)
{
    if (stepId != u"compose.config")
        return;
    if (m_newConfig) {
        m_config->clear();
        m_newConfig = false;
    }
    m_config->moveCursor(QTextCursor::End);
    m_config->insertPlainText(text);
}

void ComposePage::runFinished(bool dryRun, bool ok)
{
    refreshServices();
    renderPorts();
    if (!dryRun && ok)
        showResultTab(m_servicesTab);
    else if (m_portsStep && !m_portsStep->findings().isEmpty())
        showResultTab(m_portsTab);
}

void ComposePage::renderPorts()
{
    if (!m_portsStep || m_portsStep->findings().isEmpty()) {
        m_ports->setPlainText(m_portsStep && !m_portsStep->ports().isEmpty()
                                  ? QString()
                                  : tr("The published ports are checked when the plan runs (also in a dry "
                                       "run): each port open to other machines is named here."));
        return;
    }
    QStringList lines;
    for (const Text& t : m_portsStep->findings())
        lines << t.translated();
    m_ports->setPlainText(lines.join(u"\n\n"_s));
}

void ComposePage::refreshServices()
{
    if (!context()->isConnected())
        return;
    QStringList problems;
    const setup::SetupTarget target = context()->target(&problems);
    if (!problems.isEmpty())
        return;
    m_refresh->setEnabled(false);
    m_services->setRowCount(0); // nothing stale while reading
    m_lastStatus.reset();
    m_servicesNote->setText(tr("Reading the services' state…"));
    client::ProjectService* service = context()->session()->project();
    disconnect(m_statusConnection);
    m_statusConnection = connect(service, &client::ProjectService::statusChanged, this, [this, service] {
        if (service->isReadingStatus())
            return;
        disconnect(m_statusConnection);
        m_refresh->setEnabled(true);
        if (!service->status())
            return; // the connection went before anything was read
        const Result<setup::ComposeStatus>& status = *service->status();
        if (!status) {
            m_servicesNote->setText(
                tr("Could not read the services' state: %1").arg(ErrorText::sentence(status.error())) + u' ' +
                status.error().detail);
            return;
        }
        m_lastStatus = *status;
        renderServices();
    });
    service->readStatus(target);
}

QString ComposePage::healthText(const QString& health) const
{
    if (health.isEmpty())
        return tr("no health check");
    if (health == u"healthy")
        return tr("healthy", "container health");
    if (health == u"unhealthy")
        return tr("unhealthy", "container health");
    if (health == u"starting")
        return tr("starting", "container health");
    return health;
}

void ComposePage::renderServices()
{
    if (!m_lastStatus)
        return;
    m_services->setRowCount(0);
    for (const setup::ContainerState& c : std::as_const(m_lastStatus->containers)) {
        const int row = m_services->rowCount();
        m_services->insertRow(row);
        QString state = c.status;
        if (c.status == u"running")
            state = tr("running", "container state");
        else if (c.status == u"restarting")
            state = tr("restarting", "container state");
        else if (c.status == u"created")
            state = tr("created", "container state");
        else if (c.status == u"paused")
            state = tr("paused", "container state");
        else if (c.status == u"dead")
            state = tr("dead", "container state");
        else if (c.status == u"exited")
            state = tr("exited (code %1)").arg(c.exitCode);
        else if (c.status == u"missing")
            state = tr("no container");
        const QStringList cells{c.service, state, healthText(c.health), QString::number(c.restartCount)};
        for (int col = 0; col < cells.size(); ++col)
            m_services->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    m_services->resizeColumnsToContents();
    switch (m_lastStatus->overall()) {
    case setup::ComposeStatus::Overall::Ready:
        m_servicesNote->setText(tr("Every service is running and healthy."));
        break;
    case setup::ComposeStatus::Overall::Waiting:
        m_servicesNote->setText(tr("Waiting for: %1").arg(m_lastStatus->waitingServices().join(u", "_s)));
        break;
    case setup::ComposeStatus::Overall::Failed:
        m_servicesNote->setText(tr("Failed: %1 (the Progress tab shows their last log lines)")
                                    .arg(m_lastStatus->failedServices().join(u", "_s)));
        break;
    }
}

} // namespace capataz::ui
