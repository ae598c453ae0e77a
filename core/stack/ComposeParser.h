#pragma once

#include "common/Error.h"
#include "stack/ComposeProject.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace capataz::stack {

// Reads one compose file (compose spec; a `version:` key is accepted and ignored). Values are
// kept as written: interpolation of ${X} happens elsewhere, but every reference is recorded
// in ComposeProject::references. Errors (code ParseError), detail "line L, column C: ..." for
// invalid YAML and "line L: field: message" for a document that is YAML but not a compose file
// (a top level that is not a mapping, `services` that is not a mapping, a service name written
// twice, which docker compose refuses too). Unknown keys are
// ignored; a malformed entry inside a service (a port that is not a string, number or mapping)
// is skipped. Inputs over 2 MiB or nested deeper than 128 levels are refused before yaml-cpp
// reads them. Never throws.
[[nodiscard]] Result<ComposeProject> parseCompose(QByteArrayView yaml);

// `docker compose -f a.yml -f b.yml ...`: parses each file and merges them in order (see
// mergeCompose). The first error is returned, its detail prefixed with "file N: " (1-based).
[[nodiscard]] Result<ComposeProject> parseComposeFiles(const QList<QByteArray>& files);

} // namespace capataz::stack
