#pragma once

#include "common/Error.h"

#include <QString>

namespace capataz::store {

// Where Capataz keeps its SQLite database (and, later, other local state). Resolution order:
//  1. the override set with setDataDirectoryOverride() (main() passes --data-dir here),
//  2. the environment variable CAPATAZ_DATA_DIR, when set and not empty,
//  3. QStandardPaths::AppDataLocation (organization "Capataz", application "capataz", both set
//     by main(); on Linux ~/.local/share/Capataz/capataz).
// Relative paths from 1. and 2. are made absolute against the current directory.

// An empty path clears the override. Thread-safe, but meant to be called once from main().
void setDataDirectoryOverride(const QString& path);

// The resolved directory, absolute and clean. Empty only when no location can be found at all
// (AppDataLocation unavailable and nothing set).
[[nodiscard]] QString dataDirectory();

// Resolves and creates the directory. A directory that has to be created gets mode 0700 (the
// missing parents are created with the default mode); an existing directory is used as it is.
// Errors: LocalFileError (no location, path is not a directory, cannot be created).
[[nodiscard]] Result<QString> ensureDataDirectory();

} // namespace capataz::store
