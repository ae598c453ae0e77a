#pragma once

#include "backup/BackupSource.h"
#include "remote/Command.h"

#include <QByteArray>
#include <QString>

namespace capataz::backup {

// The fixed bash scripts behind backups, with their inputs as "key=value" arguments (never
// inside the script text) and the one secret, the database password, as the first line of
// stdin. Each runs as root (backup directory, docker, runuser) and prints "key=value" lines that
// core/backup/BackupOutput.h reads. Exposed for previews and tests.
namespace scripts {

// Makes the backup `<dir>/<stem>.<format>.<zst|gz>` through `<...>.partial` and a rename;
// prints started, ended, tool, compression, count=TABLE|ROWS or files/bytes, sha256, size and
// name. The manifest is written after it by writeFile().
[[nodiscard]] remote::Command create(const BackupSource& source, const QString& dir, const QString& stem);
// What create() reads on stdin: the password line (empty line without one).
[[nodiscard]] QByteArray secretInput(const BackupSource& source);

// Every file of `dir`: "F<TAB>name<TAB>size<TAB>mtime" and, for manifests and drill records,
// "J<TAB>name<TAB>base64". Nothing when the directory does not exist.
[[nodiscard]] remote::Command list(const QString& dir);

// size, sha256 and intact=yes|no (the compressed stream decompresses to its end) of one
// backup, and its manifest as manifest=BASE64; exit 3 when the file is missing.
[[nodiscard]] remote::Command verify(const QString& dir, const QString& name);
// A download in one command (sh as root): the backup's manifest, a NUL byte, then the file's
// bytes from `offset` on (`exec tail -c +OFFSET+1 -- FILE`; `cat` from 0). Exit 3 when the file is missing,
// 4 when its manifest is.
[[nodiscard]] remote::Command readFrom(const QString& dir, const QString& name, qint64 offset);

// Restores `name` into a throwaway database / volume / directory called `scratch`, prints
// what it finds (count=... or files/bytes) and removes the throwaway, also on failure.
[[nodiscard]] remote::Command drill(const BackupSource& where, const QString& dir, const QString& name,
                                    const QString& scratch);

// Restores a backup over the live data (`name`, or the newest file whose name starts with
// `stem` when name is empty): pg_restore --clean --single-transaction for PostgreSQL (a
// failure changes nothing), the volume's files replaced for a volume.
[[nodiscard]] remote::Command restore(const BackupSource& where, const QString& dir, const QString& name,
                                      const QString& stem = {});

// Counts the live data as a drill does and exits 1 when it differs from `expected` (lines
// "TABLE|ROWS", or "files=N"/"bytes=N").
[[nodiscard]] remote::Command checkCounts(const BackupSource& where, const QString& expected);

// The shared functions of every script and the body of create(), for the scheduled script
// (BackupSchedule.h), which runs the very same commands without Capataz.
[[nodiscard]] QString preludeText();
[[nodiscard]] QString createBodyText();

// Writes `content` (sent on stdin) to `path`, atomically, keeping the previous file as .prev.
// The content's size and hash go with the command: half a file is never put in place.
[[nodiscard]] remote::Command writeFile(const QString& path, const QByteArray& content);

} // namespace scripts
} // namespace capataz::backup
