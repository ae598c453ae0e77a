#include "client/StatusService.h"

#include "client/AlertService.h"
#include "client/ServerSession.h"
#include "status/StatusCheck.h"
#include "store/RolePolicy.h"

#include <QTimer>

namespace capataz::client {

namespace {
constexpr int kDefaultIntervalMs = 60'000;
}

StatusService::StatusService(ServerSession* session)
    : QObject(session)
    , m_session(session)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kDefaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &StatusService::refresh);
    connect(session, &ServerSession::statusChanged, this, &StatusService::onSessionChanged);
    connect(session, &ServerSession::profileChanged, this, [this] {
        stampProfile();
        loadSettings();
        emit changed();
    });
    stampProfile();
}

StatusService::~StatusService() = default;

bool StatusService::isChecking() const
{
    return !m_check.isNull();
}

void StatusService::stampProfile()
{
    m_status.server = m_session->profile().name;
    m_status.address = m_session->profile().host;
}

void StatusService::setInterval(int ms)
{
    m_timer->setInterval(ms);
}

int StatusService::interval() const
{
    return m_timer->interval();
}

void StatusService::setSettingsStore(status::StatusSettingsStore* store)
{
    m_store = store;
    loadSettings();
}

void StatusService::loadSettings()
{
    if (!m_store)
        return;
    if (auto s = m_store->get(m_session->profile().id))
        m_status.settings = *s;
}

VoidResult StatusService::setSettings(const status::StatusSettings& settings)
{
    if (auto allowed = store::mayChangeServer(m_session->profile()); !allowed)
        return allowed;
    if (auto v = settings.validate(); !v)
        return v;
    if (m_store) {
        if (auto r = m_store->set(m_session->profile().id, settings); !r)
            return r;
    }
    m_status.settings = settings;
    emit changed();
    return {};
}

void StatusService::onSessionChanged()
{
    switch (m_session->status()) {
    case ServerSession::Status::Connected:
        refresh();
        m_timer->start();
        return;
    case ServerSession::Status::Error:
        delete m_check.data();
        m_timer->stop();
        m_status.reachable = false;
        m_status.error = m_session->lastError();
        m_status.checkedAt = QDateTime::currentDateTimeUtc();
        emit changed();
        return;
    case ServerSession::Status::Connecting:
        return;
    case ServerSession::Status::Unknown:
        delete m_check.data();
        m_timer->stop();
        emit changed();
        return;
    }
}

void StatusService::refresh()
{
    if (!m_session->isConnected() || !m_session->connection() || m_check)
        return;
    auto* check = new status::StatusCheck(m_session->connection(),
                                          status::StatusTarget::forProfile(m_session->profile()), this);
    m_check = check;
    connect(check, &status::StatusCheck::finished, this, [this, check](const status::ServerStatus& result) {
        check->deleteLater();
        m_check = nullptr;
        const QDateTime lastAnswer = m_status.lastAnswerAt;
        const status::StatusSettings settings = m_status.settings;
        m_status = result;
        stampProfile();
        m_status.settings = settings;
        if (!m_status.reachable)
            m_status.lastAnswerAt = lastAnswer;
        if (!m_status.backup.configured) // the backup directory had nothing: ask the registered source
            m_status.backup = status::backupStatusFor(m_session->profile());
        if (AlertService* alerts = m_session->alerts()) {
            for (const metrics::AlertRuleStatus& a : alerts->statuses())
                if (a.state == metrics::AlertState::Firing)
                    m_status.firingAlerts << a.rule.name;
        }
        emit changed();
    });
    check->start();
    emit changed();
}

} // namespace capataz::client
