#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace capataz::stack {

// One entry of a service's `ports:`, short ("127.0.0.1:8000:8000/tcp") or long syntax.
// Values are kept as written, so "${API_PORT}:8000" keeps its reference.
struct ComposePort {
    QString hostIp;    // empty: all interfaces (as 0.0.0.0 and ::)
    QString published; // empty: not published on the host (or a random host port)
    QString target;    // container port or range
    QString protocol;  // "tcp" unless written otherwise
    int line = 0;

    // A host port is given ("8000", "8000-8001", "${PORT}").
    [[nodiscard]] bool isPublished() const { return !published.isEmpty(); }
    // Reachable from other machines: Docker publishes it through its own iptables rules, which
    // ufw does not see. True for an empty host IP, 0.0.0.0, :: and any non-loopback address.
    [[nodiscard]] bool isExposedBeyondLoopback() const;
    // Bound to all interfaces (empty host IP, 0.0.0.0 or ::).
    [[nodiscard]] bool bindsAllInterfaces() const;
    // The first port number of `published` / `target`; 0 when not a plain number or range.
    [[nodiscard]] int publishedPort() const;
    [[nodiscard]] int targetPort() const;
    bool operator==(const ComposePort&) const = default;
};

struct ComposeVolumeMount {
    enum Kind { Named, Bind, Anonymous, Tmpfs };
    Kind kind = Anonymous;
    QString source; // volume name or host path as written; empty for anonymous and tmpfs
    QString target;
    bool readOnly = false;
    int line = 0;
    bool operator==(const ComposeVolumeMount&) const = default;
};

struct ComposeEnvEntry {
    QString name;
    QString value;         // as written, references kept
    bool hasValue = false; // false: "- NAME" or "NAME:" (value taken from the shell / .env)
    int line = 0;
    bool operator==(const ComposeEnvEntry&) const = default;
};

struct ComposeService {
    enum Health { HealthUnset, HealthDefined, HealthDisabled };
    QString name;
    QString image;        // empty: not set
    QString buildContext; // empty: no build (or "." when `build:` is given without context)
    bool hasBuild = false;
    QString containerName;
    QList<ComposePort> ports;
    QList<ComposeEnvEntry> environment;
    QStringList envFiles;
    QList<ComposeVolumeMount> volumes;
    QStringList dependsOn;
    QStringList profiles;
    QStringList networks;
    Health healthcheck = HealthUnset;
    int line = 0;
    // Keys this file tags `!override` (its value replaces the earlier files' instead of being
    // merged into it) or `!reset` (the earlier files' value is removed), compose >= 2.24.4:
    // "ports", "volumes", "environment", "env_file", "depends_on", "profiles", "networks",
    // "healthcheck", "image", "build", "container_name". Only mergeCompose reads it.
    QStringList replacedKeys;
    QStringList resetKeys; // the ones tagged `!reset` (also in replacedKeys)

    [[nodiscard]] bool hasHealthcheck() const { return healthcheck == HealthDefined; }
    // Image name without registry, tag or digest: "pgvector/pgvector:pg16" -> "pgvector/pgvector".
    [[nodiscard]] QString imageRepository() const;
    bool operator==(const ComposeService&) const = default;
};

// A use of a variable inside the compose file: ${X}, ${X:-default}, ${X-default}, ${X:?msg},
// ${X?msg}, ${X:+alt}, ${X+alt} or $X. "$$" is an escaped dollar, not a reference.
struct ComposeVariableRef {
    QString name;
    bool hasDefault = false; // ":-" / "-" (or ":+" / "+": unset gives an empty value, not an error)
    bool required = false;   // ":?" / "?": compose refuses to start when unset
    QString defaultValue;    // as written, may itself hold references
    int line = 0;            // first use
    bool operator==(const ComposeVariableRef&) const = default;
};

struct ComposeServicePort {
    QString service;
    ComposePort port;
};

struct ComposeProject {
    QList<ComposeService> services;       // in file order
    QStringList volumes;                  // top-level named volumes
    QStringList networks;                 // top-level networks
    QList<ComposeVariableRef> references; // every use, in file order (see variableReferences)

    [[nodiscard]] const ComposeService* service(const QString& name) const;
    // Services docker compose starts with these profiles active: those without `profiles:`
    // and those sharing one with activeProfiles ("*" activates every profile).
    [[nodiscard]] QList<ComposeService> servicesFor(const QStringList& activeProfiles) const;
    // Every profile named by some service, sorted, no repeats.
    [[nodiscard]] QStringList profiles() const;
    // One entry per variable, in order of first use. hasDefault only when every use has a
    // default; required when any use is ${X:?...}; line of the first use.
    [[nodiscard]] QList<ComposeVariableRef> variableReferences() const;
    // Published ports reachable beyond loopback, of the services started with these profiles:
    // the list behind the "Docker-published ports bypass ufw" warning.
    [[nodiscard]] QList<ComposeServicePort> exposedPorts(const QStringList& activeProfiles = {}) const;
};

} // namespace capataz::stack
