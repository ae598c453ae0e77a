#pragma once

#include "common/Error.h"

#include <QString>

namespace capataz::cli {

// The CLI's "what to do next" line under an error (translated, context "capataz::cli"); what
// happened is the catalogue's sentence (common/ErrorCatalog). For errors that come from
// connecting to and running commands on `server` (a profile name).
[[nodiscard]] QString connectionHint(const Error& error, const QString& server);

// The same for the profile store and the keychain.
[[nodiscard]] QString storeHint(const Error& error);

} // namespace capataz::cli
