#pragma once

#include "common/Error.h"
#include "plan/StepContext.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace capataz::setup {

// A remote text file as read by readRemoteFile: its content (nullopt when the file does not
// exist, which is not an error), its mode and owner.
struct RemoteFile {
    QString path;
    std::optional<QByteArray> content;
    int mode = -1; // permission bits (0600), -1 when missing
    QString owner; // "user:group", empty when missing
    // Read with RemoteLinks::Refuse, a symbolic link is not followed: this says where it points
    // (as written in the link) and content stays nullopt. Empty otherwise.
    QString linkTarget;

    [[nodiscard]] bool exists() const { return content.has_value(); }
    [[nodiscard]] bool isLink() const { return !linkTarget.isEmpty(); }
};

// Whether a read as root follows a symbolic link. A file whose content Capataz copies into
// a file it writes (a .env made from its example) is read with Refuse: following a link as
// root would copy any file of the server into the project directory.
enum class RemoteLinks { Follow, Refuse };

// Reads one remote file (as root through the profile's sudo when asked) without blocking:
// `done` is called once on ctx.owner's thread. A missing file gives a RemoteFile without
// content; a file that cannot be read gives RemotePermissionDenied or RemoteCommandFailed.
// plan::FileWriteStep reads files too but keeps the result private and knows no mode, owner
// or several files: wizard pages and setup steps use this.
void readRemoteFile(const plan::StepContext& ctx, const QString& path, bool asRoot,
                    std::function<void(Result<RemoteFile>)> done);
void readRemoteFile(const plan::StepContext& ctx, const QString& path, bool asRoot, RemoteLinks links,
                    std::function<void(Result<RemoteFile>)> done);

// Reads several files one after the other; the first error ends the reading.
void readRemoteFiles(const plan::StepContext& ctx, const QStringList& paths, bool asRoot,
                     std::function<void(Result<QList<RemoteFile>>)> done);
void readRemoteFiles(const plan::StepContext& ctx, const QStringList& paths, bool asRoot, RemoteLinks links,
                     std::function<void(Result<QList<RemoteFile>>)> done);

// The fixed script behind readRemoteFile (exposed for previews): prints "MODE OWNER:GROUP" on
// its first line, then the content; exits 3 when the file does not exist. With "$2" =
// "refuse-links" and "$1" a symbolic link it prints where the link points and exits 5.
[[nodiscard]] QString readRemoteFileScript();

} // namespace capataz::setup
