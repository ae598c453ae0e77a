#include "client/MetricsService.h"

#include "client/ServerSession.h"
#include "metrics/SeriesStore.h"
#include "metrics/TargetScraper.h"
#include "ssh/Connection.h"
#include "stack/RecipeLoader.h"
#include "store/DataDir.h"
#include "store/RolePolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QTimer>

namespace capataz::client {

using namespace Qt::Literals::StringLiterals;
using metrics::ScrapeStatus;
using metrics::ScrapeTarget;
using metrics::TargetScraper;

MetricsService::MetricsService(ServerSession* session)
    : QObject(session)
    , m_session(session)
    , m_store(std::make_shared<metrics::SeriesStore>())
    , m_timer(new QTimer(this))
{
    setIntervalMs(session->profile().scrapeIntervalS * 1000); // the profile's
    connect(m_timer, &QTimer::timeout, this, &MetricsService::tick);
    connect(session, &ServerSession::connected, this, &MetricsService::onConnected);
    connect(session, &ServerSession::statusChanged, this, [this](ServerSession::Status s) {
        if (s != ServerSession::Status::Connected)
            pauseAll();
    });
    connect(session, &ServerSession::profileChanged, this, [this] {
        if (m_session->profile().scrapeIntervalS * 1000 != m_intervalMs)
            setIntervalMs(m_session->profile().scrapeIntervalS * 1000);
        rebuildScrapers();
        if (!allowed())
            m_timer->stop();
        else if (isScraping() && !m_timer->isActive())
            onConnected();
    });
    rebuildScrapers();
}

MetricsService::~MetricsService()
{
    m_scrapers.clear(); // their HTTP requests go through the connection: first
    m_worker.stop();
}

bool MetricsService::allowed() const
{
    return m_enabled && store::mayReadMetrics(m_session->profile()).has_value();
}

VoidResult MetricsService::setEnabled(bool enabled)
{
    if (enabled) {
        if (auto ok = store::mayReadMetrics(m_session->profile()); !ok)
            return ok;
    }
    if (m_enabled == enabled)
        return {};
    m_enabled = enabled;
    if (enabled && m_session->isConnected())
        onConnected();
    else if (!enabled) {
        m_timer->stop();
        for (const auto& s : m_scrapers)
            s->cancel();
    }
    emit statusChanged();
    return {};
}

bool MetricsService::isScraping() const
{
    return allowed() && m_session->isConnected() && m_session->connection() &&
           m_session->connection()->isConnected();
}

void MetricsService::setIntervalMs(int ms)
{
    m_intervalMs = std::clamp(ms, 1000, 3600 * 1000);
    m_timer->setInterval(m_intervalMs);
}

void MetricsService::setConfiguredTargets(const QList<ScrapeTarget>& targets)
{
    m_configured = targets;
    rebuildScrapers();
}

void MetricsService::setNodeExporter(bool on)
{
    if (m_nodeExporter == on)
        return;
    m_nodeExporter = on;
    rebuildScrapers();
}

std::optional<ScrapeTarget> MetricsService::serviceTarget() const
{
    // The recipes are read (YAML) only when the project directory changes.
    const QString dir = m_session->profile().projectDir;
    if (!m_serviceTargetDir || *m_serviceTargetDir != dir) {
        m_serviceTarget =
            dir.trimmed().isEmpty() ? std::nullopt : metrics::recipeTarget(dir, stack::builtinRecipes());
        m_serviceTargetDir = dir;
    }
    return m_serviceTarget;
}

QList<ScrapeTarget> MetricsService::targets() const
{
    QList<ScrapeTarget> out;
    if (auto t = serviceTarget())
        out << *t;
    if (m_nodeExporter)
        out << metrics::nodeExporterTarget();
    for (const ScrapeTarget& t : m_configured) {
        const bool known = std::any_of(out.begin(), out.end(),
                                       [&](const ScrapeTarget& o) { return o.address() == t.address(); });
        if (!known)
            out << t;
    }
    return out;
}

void MetricsService::rebuildScrapers()
{
    const QList<ScrapeTarget> wanted = targets();
    std::vector<std::unique_ptr<TargetScraper>> next;
    for (const ScrapeTarget& t : wanted) {
        auto same = std::find_if(m_scrapers.begin(), m_scrapers.end(),
                                 [&](const auto& s) { return s && s->target() == t; });
        if (same != m_scrapers.end()) {
            next.push_back(std::move(*same));
            continue;
        }
        auto s = std::make_unique<TargetScraper>(t, m_store);
        connect(s.get(), &TargetScraper::finished, this, [this](const ScrapeStatus& status) {
            if (status.state == ScrapeStatus::State::Ok && status.stored > 0)
                emit samplesAdded();
            if (!m_session->isConnected())
                pauseAll();
            emit statusChanged();
        });
        next.push_back(std::move(s));
    }
    m_scrapers = std::move(next);
    emit statusChanged();
}

QList<ScrapeStatus> MetricsService::statuses() const
{
    QList<ScrapeStatus> out;
    for (const auto& s : m_scrapers)
        out << s->status();
    return out;
}

QString MetricsService::historyFile() const
{
    if (m_historyFile)
        return *m_historyFile;
    const qint64 id = m_session->profile().id;
    const QString dir = store::dataDirectory();
    if (id <= 0 || dir.isEmpty())
        return {};
    return QDir(dir).filePath(u"metrics/server-%1.sqlite"_s.arg(id));
}

void MetricsService::setHistoryFile(const QString& path)
{
    m_historyFile = path;
}

void MetricsService::openHistoryOnce()
{
    if (m_historyOpened)
        return;
    m_historyOpened = true;
    const QString file = historyFile();
    if (file.isEmpty())
        return;
    if (auto r = m_store->openHistory(file); !r)
        qWarning("capataz: metric history %s not available: %s", qPrintable(file),
                 qPrintable(r.error().toString()));
}

QString MetricsService::churnWarning() const
{
    const qint64 dropped = m_store->droppedSeries();
    if (dropped == 0)
        return {};
    // Computed before the call: lupdate loops for ever on a template argument list inside translate().
    const int n = int(std::min(dropped, qint64(INT_MAX)));
    return QCoreApplication::translate("capataz::metrics",
                                       "This server's metrics make more than %1 series (label values that "
                                       "change all the time?): %n new series were not kept.",
                                       nullptr, n)
        .arg(m_store->limits().maxSeries);
}

void MetricsService::scrapeNow()
{
    if (!isScraping())
        return;
    openHistoryOnce();
    ssh::Connection* conn = m_session->connection();
    const int timeout = std::clamp(m_intervalMs, 1000, 10'000);
    bool any = false;
    for (const auto& s : m_scrapers)
        any = s->scrape(*conn, m_worker.context(), timeout) || any;
    if (!m_timer->isActive())
        m_timer->start();
    if (any)
        emit statusChanged();
    // Minutes that ended are closed and written (on the store's own thread).
    QMetaObject::invokeMethod(m_worker.context(),
                              [store = m_store] { store->flush(QDateTime::currentMSecsSinceEpoch()); });
}

void MetricsService::tick()
{
    if (!allowed()) {
        m_timer->stop();
        return;
    }
    if (!isScraping()) {
        pauseAll(); // the timer goes on: the next connection resumes at the next tick at the latest
        return;
    }
    scrapeNow();
}

void MetricsService::onConnected()
{
    watch(m_session->connection());
    m_reconnectAsked = false;
    m_retryScheduled = false;
    if (!allowed())
        return;
    m_timer->start(); // from now: one scrape per interval
    scrapeNow();
}

void MetricsService::pauseAll()
{
    if (!allowed())
        return; // nothing was scraped: nothing to pause
    bool changed = false;
    for (const auto& s : m_scrapers) {
        if (!s->isBusy() && s->status().state != ScrapeStatus::State::Paused) {
            s->setPaused();
            changed = true;
        }
    }
    if (changed)
        emit statusChanged();
}

void MetricsService::watch(ssh::Connection* connection)
{
    if (!connection || m_watched == connection)
        return;
    if (m_watched)
        disconnect(m_watched, nullptr, this, nullptr);
    m_watched = connection;
    connect(connection, &ssh::Connection::reconnectScheduled, this, [this] { m_retryScheduled = true; });
    connect(connection, &ssh::Connection::failed, this, &MetricsService::onConnectionFailed);
    connect(connection, &ssh::Connection::connected, this, [this] {
        m_reconnectAsked = false;
        m_retryScheduled = false;
    });
}

void MetricsService::onConnectionFailed()
{
    pauseAll();
    // Connection emits reconnectScheduled() before failed() when it tries again by itself.
    const bool again = std::exchange(m_retryScheduled, false);
    if (again || !allowed() || !m_watched || m_reconnectAsked)
        return;
    // Another user of the connection (a log source) may have asked already: then it is
    // connecting, not failed.
    if (m_watched->state() != ssh::ConnectionState::Failed)
        return;
    m_reconnectAsked = true;
    m_watched->reconnect();
}

} // namespace capataz::client
