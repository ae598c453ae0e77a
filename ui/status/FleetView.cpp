#include "FleetView.h"

#include "FleetModel.h"
#include "client/ProfileSettings.h"
#include "client/ServerRegistry.h"
#include "client/StatusService.h"
#include "status/StatusRunner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

namespace {
constexpr int kDefaultIntervalMs = 5 * 60'000;
constexpr int kJobs = 8;
constexpr int kConnectTimeoutMs = 10'000;
constexpr int kCheckTimeoutMs = 30'000;
} // namespace

FleetView::FleetView(client::ServerRegistry& registry, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_registry(registry)
    , m_model(new FleetModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_check(new QPushButton(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_timer(new QTimer(this))
{
    setObjectName(u"fleetView"_s);
    m_filter->setObjectName(u"fleetFilter"_s);
    m_check->setObjectName(u"fleetCheck"_s);
    m_summary->setObjectName(u"fleetSummary"_s);
    m_table->setObjectName(u"fleetTable"_s);
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FleetModel::SortRole);
    m_proxy->setFilterKeyColumn(FleetModel::Server);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FleetModel::Health, Qt::AscendingOrder); // worst first
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // constant-time rows
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(FleetModel::Server, 240);
    m_table->setColumnWidth(FleetModel::Health, 330);
    m_table->setWordWrap(false);

    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_check);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_check, &QPushButton::clicked, this, &FleetView::checkAll);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& i) { emit openRequested(i.data(FleetModel::NameRole).toString()); });
    connect(&m_registry, &client::ServerRegistry::reloaded, this, &FleetView::reload);
    connect(&m_registry, &client::ServerRegistry::added, this, &FleetView::reload);
    connect(&m_registry, &client::ServerRegistry::removed, this, &FleetView::reload);
    m_timer->setInterval(kDefaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_model->setNow(QDateTime::currentDateTimeUtc());
        checkAll();
    });
    m_timer->start();
    resize(1200, 640);
    reload();
    retranslateUi();
}

FleetView::~FleetView()
{
    delete m_runner.data(); // its connections close
}

void FleetView::setInterval(int ms)
{
    m_timer->setInterval(ms);
}

bool FleetView::isChecking() const
{
    return !m_runner.isNull();
}

void FleetView::reload()
{
    QStringList names;
    names.reserve(m_registry.count());
    for (int i = 0; i < m_registry.count(); ++i) {
        client::ServerSession* s = m_registry.at(i);
        names << s->profile().name;
        // Connected servers report through their own service, as it checks.
        client::StatusService* service = s->statusService();
        disconnect(service, nullptr, this, nullptr);
        connect(service, &client::StatusService::changed, this, [this, s] {
            const int row = m_model->row(s->profile().name);
            const status::ServerStatus& st = s->statusService()->status();
            if (row >= 0 && st.checkedAt.isValid() && !s->statusService()->isChecking())
                m_model->setStatus(row, st);
            updateSummary();
        });
    }
    m_model->setServers(names);
    for (int i = 0; i < m_registry.count(); ++i) {
        const status::ServerStatus& st = m_registry.at(i)->statusService()->status();
        if (st.checkedAt.isValid())
            m_model->setStatus(i, st);
        else if (m_registry.at(i)->statusService()->settings() != status::StatusSettings{}) {
            status::ServerStatus withSettings;
            withSettings.server = st.server;
            withSettings.settings = st.settings;
            m_model->setStatus(i, withSettings);
        }
    }
    updateSummary();
}

void FleetView::checkAll()
{
    if (m_runner)
        return;
    std::vector<status::StatusRunner::Item> items;
    std::vector<QString> names;
    for (int i = 0; i < m_registry.count(); ++i) {
        client::ServerSession* s = m_registry.at(i);
        if (s->isConnected()) {
            s->statusService()->refresh(); // reports through its changed()
            continue;
        }
        status::StatusRunner::Item item;
        item.target = status::StatusTarget::forProfile(s->profile());
        item.status.server = s->profile().name;
        item.status.address = s->profile().host;
        item.status.settings = s->statusService()->settings();
        item.status.backup = status::backupStatusFor(s->profile());
        auto settings = client::settingsForProfile(s->profile(), m_registry.store(), client::ProfileSecrets{},
                                                   ssh::HostKeyPolicy::Strict);
        if (!settings) {
            item.ready = false;
            item.status.error = settings.error();
            item.status.checkedAt = QDateTime::currentDateTimeUtc();
        } else {
            item.settings = *settings;
            item.settings.connectTimeoutMs = kConnectTimeoutMs;
            // A sudo password lives in the keychain: without it the check reads as the login user.
            if (s->profile().sudo == remote::SudoMode::Password)
                item.target.asRoot = false;
        }
        names.push_back(s->profile().name);
        items.push_back(std::move(item));
    }
    if (items.empty()) {
        updateSummary();
        return;
    }
    auto* runner = new status::StatusRunner(std::move(items), kJobs, kCheckTimeoutMs, this);
    m_runner = runner;
    connect(runner, &status::StatusRunner::checked, this, [this, runner, names](int index) {
        m_model->setNow(QDateTime::currentDateTimeUtc());
        m_model->setStatus(m_model->row(names[std::size_t(index)]),
                           runner->items()[std::size_t(index)].status);
        updateSummary();
    });
    connect(runner, &status::StatusRunner::finished, this, [this, runner] {
        runner->deleteLater();
        m_runner = nullptr;
        updateSummary();
    });
    runner->start();
    updateSummary();
}

void FleetView::updateSummary()
{
    int bad = 0;
    int attention = 0;
    int well = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const int sev = m_model->index(i, 0).data(FleetModel::SeverityRole).toInt();
        bad += sev == 0 ? 1 : 0;
        attention += sev == 1 ? 1 : 0;
        well += sev >= 3 ? 1 : 0;
    }
    Q_UNUSED(now);
    m_summary->setText(
        m_runner ? tr("Checking… No answer: %1. Needs attention: %2. All well: %3.")
                       .arg(bad)
                       .arg(attention)
                       .arg(well)
                 : tr("No answer: %1. Needs attention: %2. All well: %3.").arg(bad).arg(attention).arg(well));
    m_check->setEnabled(!m_runner);
}

void FleetView::retranslateUi()
{
    setWindowTitle(tr("Fleet overview"));
    m_filter->setPlaceholderText(tr("Filter by name or description"));
    m_check->setText(tr("&Check all now"));
    updateSummary();
}

void FleetView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace capataz::ui
