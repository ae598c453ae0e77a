#pragma once

#include "common/Text.h"
#include "remote/ServerFacts.h"
#include "stack/ComposeProject.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace capataz::setup {

// What a published port probably is, from the service's image and the port numbers.
struct PortGuess {
    QString what;             // "PostgreSQL", "MongoDB", "MinIO console"; empty: unknown
    bool dataService = false; // a database, cache, object store, search or vector index, model
                              // server or workflow tool: data or control that usually has no
                              // login in front of it. Published to the world in production,
                              // such a port stops the compose plan.
};

// By image first ("postgres", "pgvector/pgvector", "bitnami/mongodb", "minio/minio" ...), then
// by the container port, then by the published port (5432 PostgreSQL, 27017 MongoDB, 6379
// Redis, 3306/33060 MySQL, 9200 Elasticsearch, 6333/6334 Qdrant, 11434 Ollama, 9000/9001
// MinIO, 5678 n8n, 5000 with an mlflow image MLflow ...). Unknown: what empty, not a data service.
[[nodiscard]] PortGuess guessPort(const QString& imageRepository, int targetPort, int publishedPort);

// Whether this compose can replace a service's `ports` from a second file (`!override`):
// docker compose >= 2.24.4 (the plugin or a standalone 2.x binary). Never for docker-compose
// 1.x or podman-compose. `version` as `version --short` prints it ("2.24.5", "v2.27.0", "1.29.2").
[[nodiscard]] bool composeCanOverridePorts(remote::ServerFacts::ComposeKind kind, const QString& version);

// The name of the override file Capataz writes next to the first compose file.
inline constexpr char kPortsOverrideName[] = "docker-compose.capataz-ports.yml";

// One published port reachable from other machines, of a service the target starts.
struct PublicPort {
    QString service;
    QString image;
    stack::ComposePort port;
    int number = 0; // the published port, else the container port (0 when both are variables)
    PortGuess guess;
    bool allInterfaces = false; // bound to every interface (empty host IP, 0.0.0.0, ::)
    bool allowed = false;       // listed in allow_public_ports: kept public on purpose
    int fileIndex = -1;         // which compose file writes it (index in the target's list)
    int line = 0;               // its line in that file
    QString lineText;           // that line as written (trailing newline removed)
    QString suggestedText;      // the same line bound to 127.0.0.1; empty when no text fits

    // "5432/tcp" or "${API_PORT:-8000}/tcp" (the host side, as written).
    [[nodiscard]] QString label() const;
    // A port the override binds to 127.0.0.1 (every interface and not allowed).
    [[nodiscard]] bool toBind() const { return allInterfaces && !allowed; }
};

// Every published port of the services started with `profiles` that other machines can
// reach, in file order, with what it probably is, which file and line writes it and what
// that line would become. `files` are the target's compose files as read (in -f order).
[[nodiscard]] QList<PublicPort> findPublicPorts(const stack::ComposeProject& merged,
                                                const QList<QByteArray>& files, const QStringList& profiles,
                                                const QList<int>& allowPublic);

// The override file: for every service with a port to bind, `ports: !override` with all its
// ports, those to bind given as "127.0.0.1:PUBLISHED:TARGET[/udp]", the others as before.
// Empty when there is nothing to bind.
[[nodiscard]] QByteArray portsOverrideYaml(const stack::ComposeProject& merged,
                                           const QList<PublicPort>& ports);

// What the `compose:` answers say about published ports (see ComposeAnswers).
struct ComposePortsOptions {
    bool bindLocally = true; // write the override where the compose version can use it
    QList<int> allowPublic;  // published ports kept public on purpose
    bool production = true;  // a data service facing the internet stops the plan
};

// What compose.ports makes of the ports found: the sentences for the output, in order, the
// ones that stop the plan, and whether an override file is to be written.
//  - a port bound to every interface and not allowed is bound to 127.0.0.1 by the override
//    when `canOverride` and options.bindLocally;
//  - otherwise, a data service port (PortGuess::dataService) stops the plan in production,
//    naming the line to change and allow_public_ports; any other port is a warning with the
//    same advice;
//  - ports on a chosen address and allowed ports are named, never stop the plan.
struct PortsVerdict {
    QList<Text> notes;
    QList<Text> blocking;
    bool writeOverride = false;
};
[[nodiscard]] PortsVerdict judgePorts(const QList<PublicPort>& ports, const QStringList& composeFiles,
                                      const QString& overrideFile, const QString& composeVersion,
                                      bool canOverride, const ComposePortsOptions& options);

// The sentences about one port, translatable: what it is and why it matters, and what to do.
[[nodiscard]] Text describePublicPort(const PublicPort& p, const QString& fileName);
[[nodiscard]] Text suggestLineChange(const PublicPort& p, const QString& fileName);

} // namespace capataz::setup
