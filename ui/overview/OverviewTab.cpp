#include "OverviewTab.h"

#include "ErrorText.h"
#include "client/FactsService.h"
#include "client/ServerSession.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

namespace {

constexpr double kDiskHigh = 0.9;  // used fraction above which the disk is highlighted
constexpr double kMemoryLow = 0.1; // available fraction below which memory is highlighted

QPixmap icon(const QWidget* w, QStyle::StandardPixmap which)
{
    const int size = w->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, w);
    return w->style()->standardIcon(which, nullptr, w).pixmap(size, size);
}

} // namespace

OverviewTab::OverviewTab(QWidget* parent)
    : ServerTab(parent)
{
    setObjectName(u"overviewTab"_s);
    buildUi();
    retranslateUi();
}

OverviewTab::~OverviewTab() = default;

QString OverviewTab::title() const
{
    return tr("Overview");
}

bool OverviewTab::isForRole(store::Role role) const
{
    // Owners get the plain status page instead (StatusTab): no kernel, no containers.
    return role != store::Role::Owner;
}

void OverviewTab::buildUi()
{
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(u"overviewRefresh"_s);
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload, nullptr, this));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"overviewBusy"_s);
    m_busy->setRange(0, 0); // "busy" animation
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_updatedLabel = new QLabel(this);
    m_updatedLabel->setObjectName(u"overviewUpdated"_s);
    auto* top = new QHBoxLayout;
    top->addWidget(m_refresh);
    top->addWidget(m_busy);
    top->addStretch(1);
    top->addWidget(m_updatedLabel);

    m_messageBox = new QWidget(this);
    m_messageIcon = new QLabel(m_messageBox);
    m_message = new QLabel(m_messageBox);
    m_message->setObjectName(u"overviewError"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* msg = new QHBoxLayout(m_messageBox);
    msg->setContentsMargins(0, 0, 0, 0);
    msg->addWidget(m_messageIcon, 0, Qt::AlignTop);
    msg->addWidget(m_message, 1);

    m_content = new QWidget;
    auto* content = new QVBoxLayout(m_content);
    for (int s = 0; s < SectionCount; ++s) {
        m_sections[s] = new QGroupBox(m_content);
        m_forms[s] = new QFormLayout(m_sections[s]);
        m_forms[s]->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        content->addWidget(m_sections[s]);
    }
    addRow(System, Os, u"overviewOs"_s);
    addRow(System, Kernel, u"overviewKernel"_s);
    addRow(System, Hostname, u"overviewHostname"_s);
    addRow(System, Uptime, u"overviewUptime"_s);
    addRow(System, Cpu, u"overviewCpu"_s);
    addRow(Resources, Disk, u"overviewDisk"_s, usageRow(Disk, u"overviewDiskBar"_s));
    addRow(Resources, ProjectDisk, u"overviewProjectDisk"_s,
           usageRow(ProjectDisk, u"overviewProjectDiskBar"_s));
    addRow(Resources, Memory, u"overviewMemory"_s, usageRow(Memory, u"overviewMemoryBar"_s));
    addRow(Resources, Swap, u"overviewSwap"_s);
    addRow(Containers, Docker, u"overviewDocker"_s);
    addRow(Containers, Compose, u"overviewCompose"_s);
    addRow(Services, Systemd, u"overviewSystemd"_s);
    addRow(Services, Ufw, u"overviewUfw"_s);
    addRow(Services, Nginx, u"overviewNginx"_s);
    m_values[Os]->setWordWrap(true);

    m_notesToggle = new QToolButton(m_content);
    m_notesToggle->setObjectName(u"overviewNotesToggle"_s);
    m_notesToggle->setCheckable(true);
    m_notesToggle->setAutoRaise(true);
    m_notesToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_notes = new QLabel(m_content);
    m_notes->setObjectName(u"overviewNotes"_s);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->setVisible(false);
    connect(m_notesToggle, &QToolButton::toggled, this, [this](bool on) {
        m_notes->setVisible(on);
        m_notesToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    m_notesToggle->setArrowType(Qt::RightArrow);
    content->addWidget(m_notesToggle, 0, Qt::AlignLeft);
    content->addWidget(m_notes);
    content->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"overviewScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_content);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_messageBox);
    layout->addWidget(scroll, 1);

    connect(m_refresh, &QPushButton::clicked, this, &OverviewTab::refresh);
}

void OverviewTab::addRow(Section section, Field field, const QString& objectName, QWidget* extra)
{
    m_captions[field] = new QLabel(m_sections[section]);
    QLabel* value = m_values[field] ? m_values[field] : new QLabel(m_sections[section]);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText); // server data is never markup
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_values[field] = value;
    m_captions[field]->setBuddy(value);
    m_forms[section]->addRow(m_captions[field], extra ? extra : value);
}

// [warning icon] [usage bar] text: the value label sits in the row with its bar.
QWidget* OverviewTab::usageRow(Field field, const QString& barName)
{
    auto* row = new QWidget(m_content);
    Usage& u = m_usage[field];
    u.icon = new QLabel(row);
    // always there (empty when all is well), so the bars of all rows line up
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    u.icon->setFixedSize(side, side);
    u.bar = new QProgressBar(row);
    u.bar->setObjectName(barName);
    u.bar->setRange(0, 1000);
    u.bar->setTextVisible(false);
    u.bar->setFixedWidth(160);
    m_values[field] = new QLabel(row);
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(u.icon);
    h->addWidget(u.bar);
    h->addWidget(m_values[field], 1);
    return row;
}

bool OverviewTab::connected() const
{
    const client::ServerSession* s = session();
    return s && s->isConnected() && s->connection();
}

client::FactsService* OverviewTab::service() const
{
    const client::ServerSession* s = session();
    return s ? s->facts() : nullptr;
}

bool OverviewTab::isLoading() const
{
    const client::FactsService* f = service();
    return f && f->isLoading();
}

const std::optional<remote::ServerFacts>& OverviewTab::facts() const
{
    static const std::optional<remote::ServerFacts> none;
    const client::FactsService* f = service();
    return f ? f->facts() : none;
}

void OverviewTab::sessionChanged()
{
    client::ServerSession* s = session();
    if (s != m_shownSession) {
        if (m_shownSession && m_shownSession->facts())
            disconnect(m_shownSession->facts(), nullptr, this, nullptr);
        m_shownSession = s;
        if (s)
            connect(s->facts(), &client::FactsService::changed, this, &OverviewTab::render);
    }
    render();
}

void OverviewTab::refresh()
{
    if (client::FactsService* f = service(); f && connected())
        f->refresh();
}

// ---- texts ------------------------------------------------------------------------------

void OverviewTab::retranslateUi()
{
    m_sections[System]->setTitle(tr("System"));
    m_sections[Resources]->setTitle(tr("Resources"));
    m_sections[Containers]->setTitle(tr("Containers"));
    m_sections[Services]->setTitle(tr("Services"));
    for (int f = 0; f < FieldCount; ++f)
        m_captions[f]->setText(captionText(Field(f)));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Read this server's details again"));
    m_busy->setAccessibleName(tr("Reading the server's details"));
    m_busy->setToolTip(tr("Reading the server's details…"));
    for (Field f : {Disk, ProjectDisk, Memory})
        m_usage[f].bar->setAccessibleName(captionText(f));
    render();
    // one caption column for all sections
    int width = 0;
    for (QLabel* c : m_captions)
        width = std::max(width, c->sizeHint().width());
    for (QLabel* c : m_captions)
        c->setMinimumWidth(width);
}

QString OverviewTab::captionText(Field field)
{
    switch (field) {
    case Os:
        return tr("Operating system:");
    case Kernel:
        return tr("Kernel:");
    case Hostname:
        return tr("Host name:");
    case Uptime:
        return tr("Running for:");
    case Cpu:
        return tr("Processors:");
    case Disk:
        return tr("Disk (/):");
    case ProjectDisk:
        return tr("Project disk:");
    case Memory:
        return tr("Memory:");
    case Swap:
        return tr("Swap:");
    case Docker:
        return tr("Docker:");
    case Compose:
        return tr("Compose:");
    case Systemd:
        return tr("systemd:");
    case Ufw:
        return tr("Firewall (ufw):");
    case Nginx:
        return tr("nginx:");
    case FieldCount:
        break;
    }
    return {};
}

QString OverviewTab::uptimeText(qint64 seconds)
{
    if (seconds < 0)
        return tr("Unknown");
    const qint64 days = seconds / 86400;
    const int hours = int(seconds % 86400 / 3600);
    const int minutes = int(seconds % 3600 / 60);
    const int d = int(std::min<qint64>(days, std::numeric_limits<int>::max()));
    if (days > 0 && hours > 0)
        return tr("%1, %2", "uptime: days, hours")
            .arg(tr("%Ln day(s)", nullptr, d), tr("%Ln hour(s)", nullptr, hours));
    if (days > 0)
        return tr("%Ln day(s)", nullptr, d);
    if (hours > 0 && minutes > 0)
        return tr("%1, %2", "uptime: hours, minutes")
            .arg(tr("%Ln hour(s)", nullptr, hours), tr("%Ln minute(s)", nullptr, minutes));
    if (hours > 0)
        return tr("%Ln hour(s)", nullptr, hours);
    return tr("%Ln minute(s)", nullptr, minutes);
}

QString OverviewTab::size(qint64 bytes)
{
    // Base 1024 with the familiar "GB": what df -h and free -h show, in the user's locale.
    // One decimal below 100 of a unit ("12.3 GB"), none above ("252 GB").
    double v = double(std::max<qint64>(bytes, 0));
    while (v >= 1024)
        v /= 1024;
    return QLocale().formattedDataSize(bytes, v >= 100 ? 0 : 1, QLocale::DataSizeTraditionalFormat);
}

void OverviewTab::render()
{
    renderStatus();
    if (!facts())
        return;
    const remote::ServerFacts& f = *facts();
    renderSystem(f);
    renderResources(f);
    renderServices(f);
    m_notesToggle->setVisible(!f.warnings.isEmpty());
    m_notesToggle->setText(tr("Details (%Ln note(s))", nullptr, int(f.warnings.size())));
    m_notes->setText(f.warnings.join(u'\n'));
    if (f.warnings.isEmpty())
        m_notesToggle->setChecked(false);
}

void OverviewTab::renderStatus()
{
    const bool isConnected = connected();
    const bool loading = isLoading();
    const client::FactsService* service = this->service();
    const bool haveFacts = facts().has_value();
    const QDateTime updated = service ? service->updated() : QDateTime();
    const Error error = service ? service->error() : Error();
    m_refresh->setEnabled(isConnected && !loading);
    m_busy->setVisible(loading);
    m_content->setVisible(haveFacts);
    m_content->setEnabled(isConnected); // stale facts of a disconnected server look disabled
    m_updatedLabel->setVisible(updated.isValid());
    if (updated.isValid())
        m_updatedLabel->setText(
            tr("Last updated at %1").arg(QLocale().toString(updated.time(), QLocale::ShortFormat)));

    QString text;
    QStyle::StandardPixmap kind = QStyle::SP_MessageBoxInformation;
    QString detail;
    const client::ServerSession* s = session();
    if (!isConnected && s && s->status() == client::ServerSession::Status::Error) {
        // e.g. the connection was lost: the header says so too, here it says what it means
        text = ErrorText::sentence(s->lastError());
        detail = s->lastError().toString();
        kind = QStyle::SP_MessageBoxWarning;
    } else if (!isConnected) {
        text = tr("Connect to see this server's overview.");
    } else if (error.isError()) {
        text =
            haveFacts
                ? tr("The details could not be read again; those shown are from the last successful read. %1")
                      .arg(ErrorText::sentence(error))
                : tr("This server's details could not be read. %1").arg(ErrorText::sentence(error));
        detail = error.toString();
        kind = QStyle::SP_MessageBoxWarning;
    } else if (loading && !haveFacts) {
        text = tr("Reading this server's details…");
    }
    m_messageBox->setVisible(!text.isEmpty());
    m_message->setText(text);
    m_message->setToolTip(detail);
    m_messageIcon->setPixmap(icon(this, kind));
}

void OverviewTab::setValue(Field field, const QString& text, const QString& toolTip)
{
    m_values[field]->setText(text);
    m_values[field]->setToolTip(toolTip);
}

void OverviewTab::setUsage(Field field, double usedFraction, bool high, const QString& text,
                           const QString& warning)
{
    Usage& u = m_usage[field];
    u.bar->setVisible(usedFraction >= 0);
    u.bar->setValue(usedFraction >= 0 ? qRound(usedFraction * 1000) : 0);
    if (high)
        u.icon->setPixmap(icon(this, QStyle::SP_MessageBoxWarning));
    else
        u.icon->clear();
    u.icon->setToolTip(high ? warning : QString());
    QFont font = m_values[field]->font();
    font.setBold(high); // the palette's own text colour stays: readable in light and dark themes
    m_values[field]->setFont(font);
    setValue(field, text, high ? warning : QString());
}

void OverviewTab::renderSystem(const remote::ServerFacts& f)
{
    const QString unknown = tr("Unknown");
    setValue(Os, f.osPrettyName.isEmpty() ? unknown : f.osPrettyName,
             f.osName.isEmpty()
                 ? QString()
                 : tr("%1, version %2").arg(f.osName, f.osVersion.isEmpty() ? unknown : f.osVersion));
    setValue(Kernel, f.kernel.isEmpty() ? unknown : f.kernel);
    setValue(Hostname, f.hostname.isEmpty() ? unknown : f.hostname);
    setValue(Uptime, uptimeText(f.uptimeSeconds));
    const QLocale l;
    if (f.cpuCount <= 0)
        setValue(Cpu, unknown);
    else if (f.load1 < 0)
        setValue(Cpu, tr("%Ln processor(s)", nullptr, f.cpuCount));
    else
        setValue(
            Cpu,
            tr("%Ln processor(s), load %1 · %2 · %3", nullptr, f.cpuCount)
                .arg(l.toString(f.load1, 'f', 2), l.toString(f.load5, 'f', 2), l.toString(f.load15, 'f', 2)),
            tr("Average number of processes running or waiting over the last 1, 5 and 15 minutes. "
               "Above the number of processors, the server is busier than it can keep up with."));
}

void OverviewTab::renderResources(const remote::ServerFacts& f)
{
    const QLocale l;
    const auto disk = [&](Field field, qint64 total, qint64 used, qint64 avail, double fraction) {
        if (total < 0 || used < 0 || avail < 0) {
            setUsage(field, -1, false, tr("Unknown"), {});
            return;
        }
        setUsage(
            field, fraction, fraction > kDiskHigh,
            tr("%1 of %2 used (%3%), %4 free")
                .arg(size(used), size(total), l.toString(qRound(fraction * 100)), size(avail)),
            tr("The disk is almost full. Free some space (old images, logs, backups) before services fail."));
    };
    disk(Disk, f.diskTotalBytes, f.diskUsedBytes, f.diskAvailBytes, f.diskUsedFraction());
    const bool project = !f.diskProjectPath.isEmpty();
    m_forms[Resources]->setRowVisible(m_captions[ProjectDisk], project);
    m_captions[ProjectDisk]->setToolTip(f.diskProjectPath);
    if (project) {
        disk(ProjectDisk, f.diskProjectTotalBytes, f.diskProjectUsedBytes, f.diskProjectAvailBytes,
             f.diskProjectUsedFraction());
        if (f.diskProjectTotalBytes < 0) {
            setValue(ProjectDisk, tr("The project folder %1 was not found").arg(f.diskProjectPath));
        } else if (f.diskProjectMountPoint == u"/") {
            setUsage(ProjectDisk, -1, false, tr("%1 is on the same disk as /").arg(f.diskProjectPath), {});
        } else if (m_values[ProjectDisk]->toolTip().isEmpty()) {
            m_values[ProjectDisk]->setToolTip(
                tr("%1, on the disk mounted at %2").arg(f.diskProjectPath, f.diskProjectMountPoint));
        }
    }

    const double avail = f.memAvailableFraction();
    if (avail < 0)
        setUsage(Memory, -1, false, tr("Unknown"), {});
    else
        setUsage(Memory, 1.0 - avail, avail < kMemoryLow,
                 tr("%1 of %2 in use, %3 available")
                     .arg(size(f.memTotalBytes - f.memAvailableBytes), size(f.memTotalBytes),
                          size(f.memAvailableBytes)),
                 tr("Little memory is left. Services may be slow or stopped by the system."));
    if (f.swapTotal < 0)
        setValue(Swap, tr("Unknown"));
    else if (f.swapTotal == 0)
        setValue(Swap, tr("None"));
    else
        setValue(
            Swap,
            tr("%1 of %2 used").arg(size(f.swapTotal - std::max<qint64>(f.swapFree, 0)), size(f.swapTotal)));

    // containers
    const QString notInstalled = tr("Not installed");
    const QString docker = f.dockerVersion.isEmpty() ? tr("Installed, version unknown") : f.dockerVersion;
    if (!f.dockerInstalled)
        setValue(Docker, notInstalled);
    else if (!f.dockerServerReachable && f.isRoot)
        setValue(Docker, tr("%1 (the Docker service is not running)").arg(docker));
    else if (!f.dockerServerReachable)
        setValue(Docker, tr("%1 (the Docker service does not answer this user)").arg(docker),
                 tr("The login user is not in the docker group and the details were read without sudo, "
                    "or the Docker service is not running."));
    else
        setValue(Docker, docker);
    const QString cv = f.composeVersion.isEmpty() ? tr("version unknown") : f.composeVersion;
    switch (f.compose) {
    case remote::ServerFacts::ComposeKind::None:
        setValue(Compose, notInstalled);
        break;
    case remote::ServerFacts::ComposeKind::V2Plugin:
        setValue(Compose, tr("%1 (docker compose plugin)").arg(cv));
        break;
    case remote::ServerFacts::ComposeKind::V1Standalone:
        setValue(Compose, tr("%1 (standalone docker-compose)").arg(cv));
        break;
    case remote::ServerFacts::ComposeKind::Podman:
        setValue(Compose, tr("%1 (podman-compose)").arg(cv));
        break;
    }
}

QString OverviewTab::ufwText(const remote::ServerFacts& f) const
{
    using State = remote::ServerFacts::UfwState;
    switch (f.ufw) {
    case State::NotInstalled:
        return tr("Not installed");
    case State::Inactive:
        return tr("Installed, not active");
    case State::Active:
        return tr("Active, %Ln rule(s)", nullptr, int(f.ufwRules.size()));
    case State::Unknown:
        break;
    }
    if (const client::FactsService* service = this->service(); service && service->rootRefused())
        return tr("Unknown: sudo refused administrator rights");
    if (!f.isRoot)
        return tr("Unknown: reading it needs administrator rights");
    return tr("Unknown: see the details below");
}

void OverviewTab::renderServices(const remote::ServerFacts& f)
{
    setValue(Systemd, f.systemd ? tr("Yes") : tr("No"));
    setValue(Ufw, ufwText(f), f.ufwRules.join(u'\n'));
    const QString v = f.nginxVersion.isEmpty() ? tr("version unknown") : f.nginxVersion;
    if (!f.nginxInstalled)
        setValue(Nginx, tr("Not installed"));
    else
        setValue(Nginx,
                 f.nginxRunning ? tr("%1, running").arg(v) : tr("%1, installed but not running").arg(v));
}

} // namespace capataz::ui
