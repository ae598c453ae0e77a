#include "client/ProjectService.h"

#include "client/ServerSession.h"
#include "exec/Exec.h"
#include "plan/StepContext.h"
#include "setup/RemoteFiles.h"
#include "stack/ComposeParser.h"

namespace capataz::client {

namespace {

constexpr int kStatusTimeoutMs = 60000;

} // namespace

ProjectService::ProjectService(ServerSession* session)
    : QObject(session)
    , m_session(session)
{
    connect(session, &ServerSession::statusChanged, this, [this] {
        if (!m_session->isConnected())
            stopAll();
    });
}

ProjectService::~ProjectService() = default;

QObject* ProjectService::startReader(QPointer<QObject>& slot)
{
    delete slot.data(); // the owner of the read under way: deleting it cancels that read
    auto* reader = new QObject(this);
    slot = reader;
    return reader;
}

void ProjectService::stopAll()
{
    const bool any = m_statusReader || m_portsReader || m_envReader;
    delete m_statusReader.data();
    delete m_portsReader.data();
    delete m_envReader.data();
    if (any) {
        emit statusChanged();
        emit portsChanged();
        emit envChanged();
    }
}

void ProjectService::readStatus(const setup::SetupTarget& target)
{
    QObject* reader = startReader(m_statusReader);
    exec::Request request(remote::Command::script(setup::composeStatusScript(), target.composeArgv())
                              .inDirectory(target.projectDir)
                              .asRoot()
                              .request(QStringLiteral("compose-status")));
    request.timeoutMs = kStatusTimeoutMs;
    exec::runChecked(
        m_session->connection(), reader, std::move(request),
        [this, reader](Result<exec::Output> r) {
            reader->deleteLater();
            m_statusReader = nullptr;
            if (!r)
                m_status = std::unexpected(r.error());
            else
                m_status = setup::ComposeStatus::parseLines(r->out);
            emit statusChanged();
        },
        QStringLiteral("docker compose ps"));
    emit statusChanged();
}

void ProjectService::readPorts(const setup::SetupTarget& target)
{
    QObject* reader = startReader(m_portsReader);
    QStringList paths;
    for (int i = 0; i < target.composeFiles.size(); ++i)
        paths.append(target.composePath(i));
    const QStringList profiles = target.profiles;
    const plan::StepContext ctx{m_session->connection(), reader, {}};
    setup::readRemoteFiles(ctx, paths, false,
                           [this, reader, profiles](Result<QList<setup::RemoteFile>> files) {
                               reader->deleteLater();
                               m_portsReader = nullptr;
                               if (!files) {
                                   m_ports = std::unexpected(files.error());
                                   emit portsChanged();
                                   return;
                               }
                               QList<QByteArray> contents;
                               for (const setup::RemoteFile& f : std::as_const(*files)) {
                                   if (f.exists())
                                       contents.append(*f.content);
                               }
                               PublishedPorts result;
                               if (contents.isEmpty()) {
                                   result.noFiles = true;
                                   m_ports = std::move(result);
                                   emit portsChanged();
                                   return;
                               }
                               auto project = stack::parseComposeFiles(contents);
                               if (!project) {
                                   m_ports = std::unexpected(project.error());
                                   emit portsChanged();
                                   return;
                               }
                               result.ports = setup::portsBypassingUfw(*project, profiles);
                               result.project = std::move(*project);
                               m_ports = std::move(result);
                               emit portsChanged();
                           });
    emit portsChanged();
}

void ProjectService::readEnv(const setup::EnvAnswers& answers, const setup::SetupTarget& target)
{
    QObject* reader = startReader(m_envReader);
    const plan::StepContext ctx{m_session->connection(), reader, {}};
    setup::loadEnvState(ctx, answers, target, [this, reader](Result<setup::EnvState> state) {
        reader->deleteLater();
        m_envReader = nullptr;
        m_env = std::move(state);
        emit envChanged();
    });
    emit envChanged();
}

} // namespace capataz::client
