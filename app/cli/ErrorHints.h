#pragma once

#include "common/Error.h"

#include <QString>

namespace capataz::cli {

// The line printed under an error that says what to do next, for errors that come from
// connecting to and running commands on `server` (a profile name).
[[nodiscard]] QString connectionHint(const Error& error, const QString& server);

// The same for the profile store and the keychain.
[[nodiscard]] QString storeHint(const Error& error);

} // namespace capataz::cli
