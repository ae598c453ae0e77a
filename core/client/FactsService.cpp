#include "client/FactsService.h"

#include "client/ServerSession.h"
#include "exec/ReadFacts.h"

namespace capataz::client {

namespace {

constexpr int kTimeoutMs = 60000;

QString readKey(const store::ServerProfile& p)
{
    return remote::sudoModeName(p.sudo) + u'\n' + p.projectDir;
}

} // namespace

FactsService::FactsService(ServerSession* session)
    : QObject(session)
    , m_session(session)
{
    connect(session, &ServerSession::statusChanged, this, &FactsService::onConnectionChanged);
    connect(session, &ServerSession::profileChanged, this, &FactsService::onConnectionChanged);
}

FactsService::~FactsService() = default;

void FactsService::onConnectionChanged()
{
    const bool connected = m_session->isConnected() && m_session->connection();
    if (!connected) {
        m_wasConnected = false;
        if (m_reader) {
            stop();
            emit changed();
        }
        return;
    }
    const QString key = readKey(m_session->profile());
    if (m_wasConnected && key == m_readKey)
        return;
    m_wasConnected = true;
    if (key != m_readKey) {
        m_rootRefused = false;
        if (!m_readKey.isEmpty()) { // another sudo mode or project: the old facts say nothing now
            m_facts.reset();
            m_error = {};
            m_updated = {};
        }
    }
    m_readKey = key;
    stop();
    refresh();
}

void FactsService::stop()
{
    delete m_reader.data(); // exec::run cancels the command when its owner goes
    m_reader = nullptr;
}

void FactsService::refresh()
{
    if (!m_session->isConnected() || !m_session->connection() || m_reader)
        return;
    // An owner's access account may run the status checks only: the server would refuse.
    if (m_session->profile().sudo == remote::SudoMode::Access &&
        m_session->profile().role == store::Role::Owner)
        return;
    auto* reader = new QObject(this);
    m_reader = reader;
    exec::FactsOptions options;
    options.asRoot = m_session->profile().sudo != remote::SudoMode::None && !m_rootRefused;
    options.projectDir = m_session->profile().projectDir;
    options.timeoutMs = kTimeoutMs;
    exec::readFacts(m_session->connection(), reader, options, [this, reader](Result<exec::FactsReading> r) {
        reader->deleteLater();
        m_reader = nullptr;
        if (!r) {
            m_error = r.error();
        } else {
            m_facts = std::move(r->facts);
            m_stderr = std::move(r->stderrText);
            if (r->rootRefused) {
                m_rootRefused = true;
                m_facts->warnings.prepend(
                    QStringLiteral("sudo refused administrator rights; read as the login user"));
            }
            m_error = {};
            m_updated = QDateTime::currentDateTime();
        }
        emit changed();
    });
    emit changed();
}

} // namespace capataz::client
