#include "client/ServerSession.h"

#include "client/AlertService.h"
#include "client/BackupService.h"
#include "client/FactsService.h"
#include "client/LogService.h"
#include "client/MetricsService.h"
#include "client/ProjectService.h"
#include "client/StatusService.h"
#include "exec/Exec.h"

using namespace Qt::Literals::StringLiterals;

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
        dropConnection();
        setStatus(Status::Unknown);
    }
    emit profileChanged();
}

VoidResult ServerSession::saveProfile(const store::ServerProfile& profile)
{
    if (auto valid = profile.validate(); !valid)
        return valid;
    if (m_saver)
        return m_saver(this, profile);
    setProfile(profile);
    return {};
}

void ServerSession::dropConnection(bool later)
{
    if (!m_connection)
        return;
    emit connectionClosing();
    if (later)
        m_connection.release()->deleteLater();
    else
        m_connection.reset();
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
    dropConnection();
    m_connection = std::make_unique<ssh::Connection>(settings);
    ssh::Connection* c = m_connection.get();
    connect(c, &ssh::Connection::hostKeyConfirmationRequested, this,
            &ServerSession::hostKeyConfirmationRequested);
    connect(c, &ssh::Connection::hostKeyReceived, this,
            [this](const ssh::HostKeyInfo& info) { m_hostKey = info; });
    connect(c, &ssh::Connection::stateChanged, this, &ServerSession::connectionStateChanged);
    connect(c, &ssh::Connection::connected, this, [this, c] {
        if (m_profile.sudo == remote::SudoMode::Access)
            checkAccess(c);
        else
            markConnected();
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
    m_access.reset();
    setStatus(Status::Connecting);
    c->connectToHost();
}

void ServerSession::markConnected()
{
    m_error = {};
    setStatus(Status::Connected);
    emit connected();
}

bool ServerSession::accessRoleDiffers() const
{
    return m_access && m_access->role != store::roleName(m_profile.role);
}

// An access account's login succeeds as long as its key is in place; only the dispatcher can say
// that the account is one and which role it has. A profile that is not such an account (its
// commands would all be refused) or whose dispatcher answers something else fails here, with a
// sentence, instead of every tab failing on its own later.
void ServerSession::checkAccess(ssh::Connection* c)
{
    exec::Request request(access::helloCommand());
    request.timeoutMs = 30000;
    exec::run(c, this, std::move(request), [this, c](Result<exec::Output> r) {
        if (m_connection.get() != c || m_status != Status::Connecting)
            return; // dropped or replaced meanwhile
        std::optional<access::Hello> hello;
        QString detail;
        if (!r) {
            detail = r.error().toString();
        } else {
            hello = access::parseHello(r->out);
            if (!hello)
                detail = u"the server answered \"hello\" with exit status %1: %2"_s.arg(r->exitCode)
                             .arg(QString::fromUtf8(r->out + r->err).trimmed().left(300));
        }
        if (!hello) {
            m_error = Error{ErrorCode::AccessAccountUnconfirmed, detail};
            dropConnection(true); // from inside its own callback
            setStatus(Status::Error);
            emit failed(m_error);
            return;
        }
        m_access = hello;
        markConnected();
    });
}

void ServerSession::cancelConnect()
{
    if (m_status != Status::Connecting)
        return;
    dropConnection();
    m_error = Error{ErrorCode::Cancelled, QStringLiteral("connection cancelled")};
    setStatus(Status::Unknown);
}

void ServerSession::disconnectFromServer()
{
    dropConnection();
    setStatus(Status::Unknown);
}

} // namespace capataz::client
