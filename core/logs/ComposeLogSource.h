#pragma once

#include "logs/LogSource.h"
#include "setup/SetupTarget.h"

#include <QHash>

namespace capataz::logs {

// The compose project a server profile's logs come from, as the setup wizard's first page
// picks it: the recipe whose project directory is the profile's (else generic-compose), the
// profile's project directory (else the recipe's), the recipe's compose files (else
// docker-compose.yml), its first profile set, its .env.
[[nodiscard]] setup::SetupTarget defaultComposeTarget(const QString& profileProjectDir,
                                                      const QList<stack::Recipe>& recipes);

// The logs of a compose project's services: `<compose> logs --no-color --timestamps --tail N
// [-f] [SERVICE...]` in the project directory (setup::SetupTarget::composeCommand), for compose
// v2 and docker-compose 1.29 alike. Each record gets the service as origin, docker's timestamp
// (nanoseconds, kept here for resuming) and the text after it.
//
// Resuming after a cut: `--since <oldest last timestamp of the containers>` (v2); 1.29 has no
// --since: when compose refuses it, `--tail all` instead (remembered). Either way the lines
// replayed are dropped per container: those older than the last one delivered, and at the
// same nanosecond those already delivered (counted by text, so two identical lines written at
// the same nanosecond both arrive once).
class ComposeLogSource final : public LogSource {
    Q_OBJECT
public:
    ComposeLogSource(ssh::Connection* connection, setup::SetupTarget target, QStringList services,
                     Options options, QObject* parent = nullptr);

    // False once compose refused --since (docker-compose 1.x).
    [[nodiscard]] bool sinceSupported() const { return m_sinceSupported; }

protected:
    [[nodiscard]] Result<remote::Command> command(bool resuming) override;
    void convert(const exec::LineBatch& lines, LogBatch& out) override;
    [[nodiscard]] bool retry(const exec::StreamResult& result) override;
    void streamEnded(const exec::StreamResult& result) override;

private:
    // Per container: the newest timestamp delivered, and how many lines with each text were
    // delivered at exactly that nanosecond.
    struct Seen {
        qint64 lastNs = 0;
        QHash<QString, int> atLast;
    };
    // What the resumed command may replay: a copy of m_seen when it started.
    struct Replay {
        qint64 lastNs = 0;
        QHash<QString, int> atLast;
    };

    setup::SetupTarget m_target;
    QStringList m_services;
    QString m_project;
    QHash<QString, Seen> m_seen;
    QHash<QString, Replay> m_replay;
    qint64 m_floorNs = 0; // lines of unknown containers at or before this are replayed ones
    bool m_sinceSupported = true;
    bool m_triedSince = false; // the running command has --since
    qint64 m_linesThisRun = 0;
    LogBatch m_heldBack; // stderr of a run with --since, until it proves compose took it
    bool m_retryWithoutSince = false;
    bool m_sinceRefused = false;           // this run printed compose 1.x's usage text (or a --since error)
    QHash<QString, QString> m_originCache; // service names shared between records
};

} // namespace capataz::logs
