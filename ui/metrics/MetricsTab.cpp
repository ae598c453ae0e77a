#include "MetricsTab.h"

#include "ErrorText.h"
#include "LanguageManager.h"
#include "MetricsChartView.h"
#include "MetricsPanel.h"
#include "client/AlertService.h"
#include "client/LogService.h"
#include "client/MetricsService.h"
#include "client/ServerSession.h"
#include "metrics/AlertEngine.h"
#include "metrics/QueryEngine.h"
#include "metrics/QueryNames.h"
#include "metrics/SeriesStore.h"
#include "stack/RecipeLoader.h"
#include "store/RolePolicy.h"

#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kRanges[] = {5 * kMinute, kHour, 6 * kHour, 24 * kHour, 7 * 24 * kHour};
constexpr int kPanelsPerRow = 4;
// "Show the logs around" a time of a chart: from this much before it to this much after.
constexpr qint64 kLogsAroundMs = 2 * 60'000;
constexpr qint64 kMinZoomMs = 10'000;
constexpr int kEverySeconds[] = {5, 10, 15, 30, 60, 300};

} // namespace

MetricsTab::MetricsTab(QWidget* parent)
    : ServerTab(parent)
    , m_rangeLabel(new QLabel(this))
    , m_range(new QComboBox(this))
    , m_everyLabel(new QLabel(this))
    , m_every(new QComboBox(this))
    , m_zoomOut(new QPushButton(this))
    , m_refresh(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_rows(nullptr)
    , m_timer(new QTimer(this))
    , m_thread(new QThread(this))
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<MetricsRequest>();
    qRegisterMetaType<MetricsResult>();
    setObjectName(u"metricsTab"_s);
    m_range->setObjectName(u"metricsRange"_s);
    m_every->setObjectName(u"metricsEvery"_s);
    m_everyLabel->setBuddy(m_every);
    for (int seconds : kEverySeconds)
        m_every->addItem(QString(), seconds);
    m_zoomOut->setObjectName(u"metricsZoomOut"_s);
    m_refresh->setObjectName(u"metricsRefresh"_s);
    m_status->setObjectName(u"metricsStatus"_s);
    m_rangeLabel->setBuddy(m_range);
    for (int i = 0; i < int(std::size(kRanges)); ++i)
        m_range->addItem(QString());
    m_range->setCurrentIndex(1);
    m_zoomOut->setEnabled(false);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_rangeLabel);
    bar->addWidget(m_range);
    bar->addWidget(m_everyLabel);
    bar->addWidget(m_every);
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_refresh);
    bar->addWidget(m_status, 1);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_scroll, 1);
    buildPanels();

    auto* worker = new MetricsEvaluator(m_latest);
    worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(this, &MetricsTab::evaluateRequested, worker, &MetricsEvaluator::evaluate, Qt::QueuedConnection);
    connect(worker, &MetricsEvaluator::evaluated, this, &MetricsTab::onEvaluated, Qt::QueuedConnection);
    m_thread->setObjectName(u"metrics-evaluator"_s);
    m_thread->start();

    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        m_zoomStack.clear();
        m_fixed.reset();
        refresh();
    });
    // Chosen by the user (not set from the profile): kept in the profile, for every view of it.
    connect(m_every, &QComboBox::activated, this, &MetricsTab::saveInterval);
    connect(m_zoomOut, &QPushButton::clicked, this, &MetricsTab::zoomOut);
    connect(m_refresh, &QPushButton::clicked, this, &MetricsTab::refresh);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!m_fixed) // a zoomed range does not move
            refresh();
    });
    retranslateUi();
}

MetricsTab::~MetricsTab()
{
    m_latest->store(0); // abandons what the worker is doing
    m_thread->quit();
    m_thread->wait();
}

QString MetricsTab::title() const
{
    return tr("Metrics");
}

bool MetricsTab::isForRole(store::Role role) const
{
    return role == store::Role::Admin || role == store::Role::Support;
}

bool MetricsTab::isForProfile(const store::ServerProfile& profile) const
{
    return store::mayReadMetrics(profile).has_value();
}

MetricsPanel* MetricsTab::panel(const QString& id) const
{
    for (MetricsPanel* p : m_panels) {
        if (p->spec().id == id)
            return p;
    }
    return nullptr;
}

void MetricsTab::buildPanels()
{
    // Built again when the server's project (and so its recipe's row) changes: a new widget
    // replaces the old one in the scroll area, which deletes it with its panels.
    m_panels.clear();
    m_rowTitles.clear();
    m_panelMetrics.clear();
    m_rows = new QWidget(m_scroll);
    auto* grid = new QGridLayout(m_rows);
    grid->setContentsMargins(0, 0, 0, 0);
    int line = 0;
    for (const DashboardRow& row : dashboard()) {
        auto* title = new QLabel(row.title, m_rows);
        title->setObjectName(u"metricsRowTitle"_s);
        QFont f = title->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.15);
        title->setFont(f);
        m_rowTitles.append(title);
        grid->addWidget(title, line++, 0, 1, kPanelsPerRow);
        int column = 0;
        for (const PanelSpec& spec : row.panels) {
            auto* panel = new MetricsPanel(spec, m_rows);
            m_panels.append(panel);
            QSet<QString> names;
            for (const PanelQuery& q : spec.queries) {
                QString expr = q.expr;
                names.unite(metrics::metricNames(expr.replace(u"$rate"_s, u"5m"_s)));
            }
            m_panelMetrics.append(names);
            // A single value takes one column; a chart takes the rest of the row's width.
            grid->addWidget(panel, line, column, 1, 1);
            connect(panel, &MetricsPanel::hovered, this, &MetricsTab::setCursorTime);
            connect(panel, &MetricsPanel::zoomRequested, this, &MetricsTab::zoomTo);
            connect(panel, &MetricsPanel::zoomOutRequested, this, &MetricsTab::zoomOut);
            connect(panel, &MetricsPanel::logsRequested, this, &MetricsTab::showLogsAround);
            if (++column == kPanelsPerRow) {
                column = 0;
                ++line;
            }
        }
        if (column != 0)
            ++line;
    }
    for (int c = 0; c < kPanelsPerRow; ++c)
        grid->setColumnStretch(c, 1);
    grid->setRowStretch(line, 1);
    m_scroll->setWidget(m_rows);
}

QList<DashboardRow> MetricsTab::dashboard() const
{
    if (m_projectDir.trimmed().isEmpty())
        return defaultDashboard();
    if (!m_recipes)
        m_recipes = stack::builtinRecipes();
    return dashboardFor(m_projectDir, *m_recipes, LanguageManager::instance().effectiveLanguage());
}

void MetricsTab::retranslateUi()
{
    m_rangeLabel->setText(tr("&Time range:"));
    m_range->setItemText(0, tr("Last 5 minutes"));
    m_range->setItemText(1, tr("Last hour"));
    m_range->setItemText(2, tr("Last 6 hours"));
    m_range->setItemText(3, tr("Last 24 hours"));
    m_range->setItemText(4, tr("Last 7 days"));
    m_everyLabel->setText(tr("&Scrape every:"));
    for (int i = 0; i < m_every->count(); ++i)
        m_every->setItemText(i, everyText(m_every->itemData(i).toInt()));
    showEvery(); // its tooltip, in the new language
    m_zoomOut->setText(tr("&Zoom out"));
    m_zoomOut->setToolTip(tr("Back to the range before the last zoom (or double-click a chart)"));
    m_refresh->setText(tr("&Refresh"));
    const QList<DashboardRow> rows = dashboard();
    int i = 0;
    for (int r = 0; r < rows.size() && r < m_rowTitles.size(); ++r) {
        m_rowTitles[r]->setText(rows[r].title);
        for (const PanelSpec& spec : rows[r].panels) {
            if (i < m_panels.size())
                m_panels[i++]->setSpec(spec);
        }
    }
    showAlerts(); // in the new language
    updateStatus();
    // The series' names (legend, hover values) come with a result: evaluate again so they are
    // in the new language too, not left in the one the last result was made in.
    refresh();
}

qint64 MetricsTab::rangeMs() const
{
    return kRanges[std::clamp(m_range->currentIndex(), 0, int(std::size(kRanges)) - 1)];
}

int MetricsTab::intervalMs() const
{
    client::ServerSession* s = session();
    return s && s->metrics() ? s->metrics()->intervalMs() : client::MetricsService::kDefaultIntervalMs;
}

QString MetricsTab::everyText(int seconds)
{
    if (seconds % 60 == 0)
        return tr("%n min", "a scrape interval in minutes", seconds / 60);
    return tr("%n s", "a scrape interval in seconds", seconds);
}

void MetricsTab::showEvery()
{
    const int seconds = session() ? session()->profile().scrapeIntervalS : 15;
    int index = m_every->findData(seconds);
    if (index < 0) { // set elsewhere (capataz-cli servers add --scrape-every 45)
        m_every->addItem(everyText(seconds), seconds);
        index = m_every->count() - 1;
    }
    m_every->setCurrentIndex(index);
    // Kept in the profile, like the rest of it: an administrator's profile changes it.
    const bool may = session() && store::mayChangeServer(session()->profile()).has_value();
    m_every->setEnabled(may);
    m_every->setToolTip(may ? tr("How often this computer asks the server for its metrics (one request per "
                                 "target each time); the alerts are checked as often. Kept with the server's "
                                 "profile.")
                            : tr("How often this computer asks the server for its metrics. Only an "
                                 "administrator's profile changes it."));
}

void MetricsTab::saveInterval(int index)
{
    client::ServerSession* s = session();
    if (!s || !store::mayChangeServer(s->profile()))
        return;
    store::ServerProfile p = s->profile();
    p.scrapeIntervalS = m_every->itemData(index).toInt();
    if (p.scrapeIntervalS == s->profile().scrapeIntervalS)
        return;
    if (auto r = s->saveProfile(p); !r) {
        showEvery(); // back to what is kept
        m_status->setText(ErrorText::sentence(r.error()));
        return;
    }
    // The profile's change reached sessionChanged(): the timer and the next request use it.
}

void MetricsTab::showAlerts()
{
    client::ServerSession* s = session();
    const QString language = LanguageManager::instance().effectiveLanguage();
    QList<QList<MetricsPanel::Alert>> perPanel(m_panels.size());
    if (s && s->alerts()) {
        for (const metrics::AlertRuleStatus& status : s->alerts()->statuses()) {
            if (status.state != metrics::AlertState::Firing && status.state != metrics::AlertState::Pending)
                continue;
            // Parsed once per expression, not at every evaluation (every scrape interval).
            auto known = m_ruleMetrics.constFind(status.rule.expr);
            if (known == m_ruleMetrics.constEnd())
                known = m_ruleMetrics.insert(status.rule.expr, metrics::metricNames(status.rule.expr));
            const QSet<QString>& names = *known;
            for (qsizetype i = 0; i < m_panels.size() && i < m_panelMetrics.size(); ++i)
                if (m_panelMetrics[i].intersects(names))
                    perPanel[i].append(
                        {status.state == metrics::AlertState::Firing ? Severity::Critical : Severity::Warning,
                         status.describe(language)});
        }
    }
    for (qsizetype i = 0; i < m_panels.size(); ++i)
        m_panels[i]->setAlerts(perPanel[i]);
}

void MetricsTab::showLogsAround(qint64 timeMs)
{
    client::ServerSession* s = session();
    if (!s || !s->logs() || !store::mayReadLogs(s->profile()))
        return;
    s->logs()->openWindow(timeMs - kLogsAroundMs, timeMs + kLogsAroundMs);
}

void MetricsTab::offerLogs()
{
    const bool offered =
        session() && session()->logs() && store::mayReadLogs(session()->profile()).has_value();
    for (MetricsPanel* p : std::as_const(m_panels))
        p->chartView()->setLogsOffered(offered);
}

void MetricsTab::sessionChanged()
{
    const QString dir = session() ? session()->profile().projectDir : QString();
    if (dir != m_projectDir) {
        m_projectDir = dir;
        buildPanels();
        retranslateUi(); // sets the panels' titles; refreshes when a session is there
    }
    offerLogs();
    showEvery();
    disconnect(m_alertsWatch);
    if (session() && session()->alerts())
        m_alertsWatch =
            connect(session()->alerts(), &client::AlertService::evaluated, this, &MetricsTab::showAlerts);
    showAlerts();
    m_timer->setInterval(intervalMs());
    if (!session()) {
        ++m_generation;
        m_latest->store(m_generation);
        m_inFlight = false;
        for (MetricsPanel* p : m_panels)
            p->clear();
    } else if (isVisible()) {
        refresh();
    }
    updateStatus();
}

void MetricsTab::showEvent(QShowEvent* event)
{
    ServerTab::showEvent(event);
    m_timer->start(intervalMs());
    refresh();
}

void MetricsTab::hideEvent(QHideEvent* event)
{
    m_timer->stop();
    ServerTab::hideEvent(event);
}

void MetricsTab::refresh()
{
    client::ServerSession* s = session();
    if (!s || !s->metrics())
        return;
    if (m_inFlight) {
        m_again = true;
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto [from, to] = m_fixed ? *m_fixed : std::pair{now - rangeMs(), now};
    MetricsRequest request;
    request.generation = ++m_generation;
    request.store = s->metrics()->store();
    request.fromMs = from;
    request.toMs = to;
    int widest = 0;
    for (MetricsPanel* p : m_panels) {
        request.panels.append(MetricsRequest::Panel{p->spec().queries, p->plotColumns()});
        widest = std::max(widest, p->plotColumns());
    }
    const qint64 steps = std::clamp<qint64>(widest, 10, metrics::kMaxSteps - 1);
    request.stepMs = std::max<qint64>(1000, (to - from) / steps + 1);
    const qint64 interval = intervalMs();
    request.rateWindowMs = std::max(4 * interval, 2 * request.stepMs);
    request.staleMs = std::max(3 * interval, 2 * request.stepMs);
    m_latest->store(request.generation);
    m_inFlight = true;
    m_again = false;
    emit evaluateRequested(request);
}

void MetricsTab::onEvaluated(const MetricsResult& result)
{
    if (result.generation != m_generation)
        return;
    m_inFlight = false;
    m_shownFrom = result.fromMs;
    m_shownTo = result.toMs;
    for (qsizetype i = 0; i < m_panels.size() && i < result.panels.size(); ++i)
        m_panels[i]->setResult(result.panels[i], result.fromMs, result.toMs, result.staleMs);
    m_lastResultMs = QDateTime::currentMSecsSinceEpoch();
    updateStatus();
    emit refreshed();
    if (m_again)
        refresh();
}

void MetricsTab::zoomTo(qint64 fromMs, qint64 toMs)
{
    if (toMs - fromMs < kMinZoomMs) {
        const qint64 mid = (fromMs + toMs) / 2;
        fromMs = mid - kMinZoomMs / 2;
        toMs = mid + kMinZoomMs / 2;
    }
    m_zoomStack.append({m_shownFrom, m_shownTo});
    m_fixed = std::pair{fromMs, toMs};
    m_zoomOut->setEnabled(true);
    m_inFlight = false; // the range changed: what is under way no longer matters
    refresh();
}

void MetricsTab::zoomOut()
{
    if (m_zoomStack.isEmpty())
        return;
    m_zoomStack.removeLast();
    if (m_zoomStack.isEmpty())
        m_fixed.reset(); // back to the range that ends now
    else
        m_fixed = m_zoomStack.constLast();
    m_zoomOut->setEnabled(!m_zoomStack.isEmpty());
    m_inFlight = false;
    refresh();
}

void MetricsTab::setCursorTime(qint64 timeMs)
{
    for (MetricsPanel* p : m_panels)
        p->setCursorTime(timeMs);
}

void MetricsTab::updateStatus()
{
    client::ServerSession* s = session();
    QString text;
    if (!s) {
        text = tr("No server selected.");
    } else if (!s->metrics()->isScraping()) {
        text = tr("Not scraping now (the server is not connected): the charts show what was stored.");
    } else if (const QString churn = s->metrics()->churnWarning(); !churn.isEmpty()) {
        text = churn;
    } else {
        text = tr("Scraped every %n second(s).", nullptr, intervalMs() / 1000);
    }
    if (isZoomed())
        text = tr("Zoomed in: %1 to %2. %3")
                   .arg(QDateTime::fromMSecsSinceEpoch(m_shownFrom).toString(u"dd/MM HH:mm:ss"_s),
                        QDateTime::fromMSecsSinceEpoch(m_shownTo).toString(u"dd/MM HH:mm:ss"_s), text);
    m_status->setText(text);
}

} // namespace capataz::ui
