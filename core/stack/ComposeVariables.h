#pragma once

#include "stack/ComposeProject.h"

#include <QList>
#include <QStringView>

namespace capataz::stack {

// Every variable reference in one scalar of a compose file, as docker compose reads them:
// ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?message}, ${NAME?message},
// ${NAME:+alt}, ${NAME+alt}, $NAME; "$$" is a literal dollar. References inside a default
// (${A:-${B}}) are found too, and count as having a default themselves only when they do.
// An unterminated "${" is ignored (compose reports it when interpolating).
[[nodiscard]] QList<ComposeVariableRef> scanVariableReferences(QStringView text, int line);

} // namespace capataz::stack
