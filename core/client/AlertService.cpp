#include "client/AlertService.h"

#include "client/MetricsService.h"
#include "client/ServerSession.h"
#include "metrics/AlertRuleFile.h"
#include "metrics/DefaultAlertRules.h"
#include "metrics/SeriesStore.h"
#include "metrics/StoreSeriesSet.h"
#include "stack/RecipeLoader.h"
#include "store/RolePolicy.h"

#include <QDateTime>
#include <QFile>
#include <QTimer>

#include <mutex>

namespace capataz::client {

using namespace Qt::Literals::StringLiterals;
using metrics::AlertRule;

// The engine and what an evaluation reads: touched on the worker only (the mutex orders a
// change of rules against an evaluation that may still run).
struct AlertService::Shared {
    std::mutex mutex;
    metrics::AlertEngine engine;
    std::optional<QStringList> metricNames; // of every rule; nullopt: all series
};

AlertService::AlertService(ServerSession* session)
    : QObject(session)
    , m_session(session)
    , m_shared(std::make_shared<Shared>())
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<metrics::AlertTransition>();
    qRegisterMetaType<metrics::AlertNotification>();
    connect(m_timer, &QTimer::timeout, this, &AlertService::tick);
    connect(session, &ServerSession::statusChanged, this, &AlertService::restart);
    if (MetricsService* metrics = session->metrics()) // scraping turned off: nothing new to evaluate
        connect(metrics, &MetricsService::statusChanged, this, &AlertService::restart);
    connect(session, &ServerSession::profileChanged, this, [this] {
        m_rulesLoaded = false; // another project or id: read again when next needed
        restart();
    });
}

AlertService::~AlertService()
{
    m_worker.stop();
}

bool AlertService::allowed() const
{
    return store::mayReadMetrics(m_session->profile()).has_value();
}

bool AlertService::isRunning() const
{
    return m_timer->isActive();
}

void AlertService::restart()
{
    const MetricsService* metrics = m_session->metrics();
    if (m_session->isConnected() && allowed() && metrics && metrics->isEnabled()) {
        // setInterval restarts an active timer: only when it changes (restart() follows every
        // scrape's statusChanged, and would otherwise keep the evaluation from ever coming).
        if (m_timer->interval() != metrics->intervalMs())
            m_timer->setInterval(metrics->intervalMs());
        if (!m_timer->isActive())
            m_timer->start();
    } else {
        m_timer->stop();
    }
}

void AlertService::tick()
{
    if (const MetricsService* metrics = m_session->metrics();
        metrics && m_timer->interval() != metrics->intervalMs())
        m_timer->setInterval(metrics->intervalMs());
    evaluateNow();
}

QString AlertService::rulesFile() const
{
    return m_rulesFile ? *m_rulesFile : metrics::alertRulesFile(m_session->profile().id);
}

void AlertService::setRulesFile(const QString& path)
{
    m_rulesFile = path.isEmpty() ? std::nullopt : std::optional<QString>(path);
    reloadRules();
}

void AlertService::ensureRules() const
{
    if (!m_rulesLoaded)
        const_cast<AlertService*>(this)->reloadRules(); // loading them is not a change a caller sees
}

QList<AlertRule> AlertService::rules() const
{
    ensureRules();
    return m_rules;
}

const Error& AlertService::rulesError() const
{
    ensureRules();
    return m_rulesError;
}

void AlertService::reloadRules()
{
    m_rulesLoaded = true;
    const QString file = rulesFile();
    auto loaded = file.isEmpty() ? Result<QList<AlertRule>>(std::unexpected(Error{ErrorCode::NotFound, {}}))
                                 : metrics::loadAlertRules(file);
    if (loaded) {
        m_rules = *loaded;
        m_rulesError = {};
    } else if (loaded.error().code == ErrorCode::NotFound) {
        m_rules = metrics::defaultAlertRules(m_session->profile().projectDir, stack::builtinRecipes());
        m_rulesError = {};
    } else {
        // The rules in use stay (the defaults the first time): a bad edit never silences alerts.
        if (m_rules.isEmpty())
            m_rules = metrics::defaultAlertRules(m_session->profile().projectDir, stack::builtinRecipes());
        m_rulesError = loaded.error();
        qWarning("capataz: alert rules %s not used: %s", qPrintable(file),
                 qPrintable(m_rulesError.toString()));
    }
    applyRules();
}

VoidResult AlertService::setRules(const QList<AlertRule>& rules)
{
    if (auto ok = store::mayChangeServer(m_session->profile()); !ok)
        return ok;
    const QString file = rulesFile();
    if (file.isEmpty())
        return fail(ErrorCode::LocalFileError, u"no data directory for the alert rules"_s);
    if (auto saved = metrics::saveAlertRules(file, rules); !saved)
        return saved;
    m_rules = rules;
    m_rulesError = {};
    m_rulesLoaded = true;
    applyRules();
    return {};
}

VoidResult AlertService::resetRules()
{
    if (auto ok = store::mayChangeServer(m_session->profile()); !ok)
        return ok;
    if (const QString file = rulesFile(); !file.isEmpty() && QFile::exists(file) && !QFile::remove(file))
        return fail(ErrorCode::LocalFileError, file);
    reloadRules();
    return {};
}

void AlertService::setLanguage(const QString& language)
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->engine.setLanguage(language);
}

void AlertService::applyRules()
{
    std::optional<QStringList> names = QStringList();
    for (const AlertRule& r : m_rules) {
        const auto q = metrics::parseQuery(r.expr);
        if (!q)
            continue;
        const auto own = metrics::queryMetricNames(q->root());
        if (!own) {
            names.reset();
            break;
        }
        for (const QString& n : *own)
            if (!names->contains(n))
                *names << n;
    }
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->engine.setRules(m_rules);
        m_shared->metricNames = names;
    }
    emit rulesChanged();
}

bool AlertService::evaluateNow()
{
    if (m_busy)
        return false;
    ensureRules();
    m_busy = true;
    const qint64 now = m_clock();
    std::shared_ptr<metrics::SeriesStore> store =
        m_session->metrics() ? m_session->metrics()->store() : nullptr;
    // The destructor waits for the worker, so `self` outlives any evaluation; a result posted
    // while it is being destroyed is dropped with it.
    AlertService* self = this;
    QMetaObject::invokeMethod(m_worker.context(), [shared = m_shared, store, now, self] {
        metrics::AlertEvaluation result;
        std::vector<metrics::AlertRuleStatus> statuses;
        {
            std::lock_guard lock(shared->mutex);
            const qint64 from = now - shared->engine.maxReachMs();
            const metrics::SeriesSet data =
                store ? metrics::seriesSetFromStore(*store, from, now, shared->metricNames)
                      : metrics::SeriesSet();
            result = shared->engine.evaluate(data, now);
            statuses = shared->engine.statuses();
        }
        QMetaObject::invokeMethod(
            self,
            [self, result = std::move(result), statuses = std::move(statuses)]() mutable {
                self->m_busy = false;
                self->m_statuses = std::move(statuses);
                for (const metrics::AlertTransition& t : result.transitions)
                    emit self->transitioned(t);
                for (const metrics::AlertNotification& n : result.notifications)
                    emit self->notified(n);
                emit self->evaluated();
            },
            Qt::QueuedConnection);
    });
    return true;
}

} // namespace capataz::client
