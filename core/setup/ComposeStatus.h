#pragma once

#include "common/Error.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace capataz::setup {

// The state of one container of a compose service, as `docker inspect` reports it.
struct ContainerState {
    QString service;
    QString containerId; // empty: the service has no container
    QString status;      // created, running, restarting, paused, exited, dead; "missing" without container
    QString health;      // starting, healthy, unhealthy; empty: no healthcheck
    int exitCode = 0;
    int restartCount = 0;
    QDateTime startedAt; // UTC, State.StartedAt; invalid when docker gives none (never started)

    [[nodiscard]] bool isRunning() const { return status == u"running"; }
    [[nodiscard]] bool hasHealthcheck() const { return !health.isEmpty(); }
    // Running, and healthy when it has a healthcheck.
    [[nodiscard]] bool isReady() const;
    // Exited, dead, unhealthy, or restarting again and again: waiting longer will not help.
    [[nodiscard]] bool hasFailed() const;
    // "web: running, healthy" / "db: exited (code 1)" / "worker: no container".
    [[nodiscard]] QString describe() const;
    bool operator==(const ContainerState&) const = default;
};

// The services of a project and their containers' states.
struct ComposeStatus {
    QList<ContainerState> containers; // in the order given, one row per container

    enum class Overall { Ready, Waiting, Failed };
    // Ready: every service has a container and all are ready. Failed: one has failed.
    [[nodiscard]] Overall overall() const;
    [[nodiscard]] QStringList failedServices() const;  // each once, in order
    [[nodiscard]] QStringList waitingServices() const; // not ready, and no container of it failed
    [[nodiscard]] QString describe() const;            // one describe() line per container

    // Lines "SERVICE|ID|RESTARTS|STATE" as composeStatusScript() prints them, STATE being
    // `docker inspect`'s State object as JSON; "SERVICE|||" for a service without a container
    // (status "missing"). ParseError naming the line for anything else.
    [[nodiscard]] static Result<ComposeStatus> parseLines(QByteArrayView text);
    // The JSON array `docker inspect ID...` prints; the service comes from the
    // com.docker.compose.service label.
    [[nodiscard]] static Result<ComposeStatus> parseInspectJson(QByteArrayView json);
};

// A fixed sh script run with the compose invocation as its arguments ("$@" = docker compose -f
// ... --profile ...), in the project directory: one line per container of every service the
// active profiles start, in parseLines' format.
[[nodiscard]] QString composeStatusScript();

} // namespace capataz::setup
