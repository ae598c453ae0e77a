#include "client/ServerSession.h"

#include "client/AlertService.h"
#include "client/BackupService.h"
#include "client/FactsService.h"
#include "client/LogService.h"
#include "client/MetricsService.h"
#include "client/ProjectService.h"
#include "client/StatusService.h"

namespace capataz::client {

ServerSession::ServerSession(store::ServerProfile profile, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_facts(new FactsService(this))
    , m_project(new ProjectService(this))
    , m_logs(new LogService(this))
    , m_metrics(new MetricsService(this))
    , m_alerts(new AlertService(this))
    , m_statusService(new StatusService(this))
    , m_backups(new BackupService(this))
{}

ServerSession::~ServerSession()
{
    delete m_backups;
    delete m_statusService; // its check runs through the connection
    delete m_alerts;
    delete m_metrics; // its scrapes and its sources read through the connection: they go first
    delete m_logs;
}

void ServerSession::setProfile(const store::ServerProfile& profile)
{
    const bool sameTarget = profile.host == m_profile.host && profile.port == m_profile.port &&
                            profile.user == m_profile.user && profile.auth == m_profile.auth &&
                            profile.keyPath == m_profile.keyPath && profile.jumpHost == m_profile.jumpHost &&
                            profile.sudo == m_profile.sudo &&
                            profile.knownHostsFile == m_profile.knownHostsFile;
    m_profile = profile;
    if (!sameTarget && m_connection) {
        m_connection.reset();
        setStatus(Status::Unknown);
    }
    emit profileChanged();
}

void ServerSession::setStatus(Status s)
{
    if (m_status == s)
        return;
    m_status = s;
    emit statusChanged(s);
}

void ServerSession::connectWith(const ssh::ConnectionSettings& settings)
{
    m_connection = std::make_unique<ssh::Connection>(settings);
    ssh::Connection* c = m_connection.get();
    connect(c, &ssh::Connection::hostKeyConfirmationRequested, this,
            &ServerSession::hostKeyConfirmationRequested);
    connect(c, &ssh::Connection::hostKeyReceived, this,
            [this](const ssh::HostKeyInfo& info) { m_hostKey = info; });
    connect(c, &ssh::Connection::stateChanged, this, &ServerSession::connectionStateChanged);
    connect(c, &ssh::Connection::connected, this, [this] {
        m_error = {};
        setStatus(Status::Connected);
        emit connected();
    });
    connect(c, &ssh::Connection::failed, this, [this](const Error& e) {
        m_error = e;
        setStatus(Status::Error);
        emit failed(e);
    });
    connect(c, &ssh::Connection::disconnected, this, [this](const Error& e) {
        if (!e.isError() && m_status != Status::Error)
            setStatus(Status::Unknown);
    });
    m_error = {};
    setStatus(Status::Connecting);
    c->connectToHost();
}

void ServerSession::cancelConnect()
{
    if (m_status != Status::Connecting)
        return;
    m_connection.reset();
    m_error = Error{ErrorCode::Cancelled, QStringLiteral("connection cancelled")};
    setStatus(Status::Unknown);
}

void ServerSession::disconnectFromServer()
{
    m_connection.reset();
    setStatus(Status::Unknown);
}

} // namespace capataz::client
