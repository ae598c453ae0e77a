#pragma once

#include "stack/ComposeProject.h"
#include "stack/Recipe.h"

#include <QStringList>

namespace capataz::stack {

// The "generic compose" recipe for a system no built-in recipe knows, learnt from its compose
// file and the keys of its .env / .env.example (envKeys):
//  - env: every variable the compose file references plus every key in envKeys; required when
//    some use has neither a default nor a value; secret when the name looks like one
//    (PASSWORD, SECRET, TOKEN, ..._KEY, PRIVATE, CREDENTIAL, SALT, DSN) and is not a setting
//    about one (..._EXPIRE..., ..._TTL, ..._ALGORITHM, ..._URL, ..._HOST, ..._PORT, ..._USER, ..._FILE);
//    secrets whose value we may invent get a generator (passwords base64-24, JWT secrets hex32, other secrets
//    urlsafe32); third-party keys and tokens are left to the user;
//  - nginx.upstream_port: the first published port of a service started without profiles
//    that is not a known data store (falling back to any published HTTP-ish port);
//  - backups: services whose image is postgres (or pgvector/postgis/timescale), mongo, redis,
//    minio or qdrant, with the credentials' variable names when the service's environment
//    takes them from ${VARS}; plus every named volume of the project as a volume target
//    when no data-store service uses it;
//  - compose.files: docker-compose.yml; one profile set per profile found, plus "default".
[[nodiscard]] Recipe genericFromCompose(const ComposeProject& project, const QStringList& envKeys);

// Whether a variable name looks like it holds a secret (the heuristic above).
[[nodiscard]] bool looksSecret(const QString& variableName);

// The placeholders refused in every recipe unless it says otherwise.
[[nodiscard]] QStringList defaultForbiddenValues();

} // namespace capataz::stack
