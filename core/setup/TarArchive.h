#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QString>

namespace capataz::setup {

// A POSIX ustar archive of the regular files and directories below `dir`, paths relative to it
// (what `server_check.project_source.upload` sends to `tar -x` on the server). Refused
// (InvalidArgument): symbolic links and special files, names longer than ustar allows, more
// than `maxBytes` of content. Unreadable files: LocalFileError. Modes keep only rwx bits.
[[nodiscard]] Result<QByteArray> tarDirectory(const QString& dir, qint64 maxBytes = 256LL * 1024 * 1024);

} // namespace capataz::setup
