#pragma once

#include "common/Error.h"
#include "plan/StepContext.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace capataz::health {

// The host ports a compose project publishes on every interface (the ones Docker opens ahead of
// ufw), read through the server's SSH connection as root with setup::findPublicPorts: the
// compose files (`composeFiles` relative to `projectDir`; empty: the first of compose.yaml,
// compose.yml, docker-compose.yml, docker-compose.yaml that exists) plus Capataz's ports
// override when it is there (setup::kPortsOverrideName), with `profiles` enabled. Ports
// written as variables without a default are left out. `done` once, on ctx.owner's thread.
// Errors: RemoteFileNotFound (no compose file), ParseError, and those of reading the files.
void readPublishedPorts(const plan::StepContext& ctx, const QString& projectDir,
                        const QStringList& composeFiles, const QStringList& profiles,
                        std::function<void(Result<QList<int>>)> done);

} // namespace capataz::health
