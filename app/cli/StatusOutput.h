#pragma once

#include "status/ServerStatus.h"
#include "store/ServerProfile.h"

#include <QJsonObject>
#include <QList>

namespace capataz::cli {

// One server's status as `capataz-cli status --json` prints it (the fields README.md lists).
// The address only when the admin allows owners to see it or the profile is not an owner's.
[[nodiscard]] QJsonObject statusJson(const store::ServerProfile& profile, const status::ServerStatus& status,
                                     const QDateTime& now);

// Prints the statuses (text or one JSON object) and returns the exit code: 2 when a server could
// not be reached, else 1 when one needs attention, else 0 (StatusCommand.h).
int printStatuses(const QList<store::ServerProfile>& profiles, const QList<status::ServerStatus>& statuses,
                  bool json);

} // namespace capataz::cli
