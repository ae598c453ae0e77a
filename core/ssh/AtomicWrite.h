#pragma once

#include "common/Error.h"

#include <QObject>
#include <QPointer>

namespace capataz::ssh {

class Connection;
class RemoteProcess;

struct AtomicWriteReport {
    QString path;            // the file written (a symlink is followed to its target)
    QString previousVersion; // where the old content is kept, empty if none was asked or existed
    bool operator==(const AtomicWriteReport&) const = default;
};

// Replaces a remote file atomically: the content goes (on stdin, never in argv) to a
// temporary file in the same directory, which takes the old file's owner and mode (or
// `newFileMode` for a new file), is fsync'ed and renamed over the target. The old version
// is kept as a hard link "FILE.capataz-YYYYMMDD-HHMMSS.bak" when asked. Root-owned files
// work through the profile's sudo mode (asRoot). Exactly one finished().
class AtomicWrite final : public QObject {
    Q_OBJECT
public:
    struct Options {
        int newFileMode = 0644;
        bool keepPrevious = true;
        bool asRoot = false;
    };
    AtomicWrite(Connection& connection, QString remotePath, QByteArray content, Options options,
                QObject* parent = nullptr);
    ~AtomicWrite() override;
    void start();

    // The fixed script that does the work (exposed for tests and previews).
    [[nodiscard]] static QString script();

signals:
    void finished(const capataz::Result<capataz::ssh::AtomicWriteReport>& result);

private:
    QPointer<RemoteProcess> m_process;
    QString m_path;
    QByteArray m_content;
    QByteArray m_out;
    QByteArray m_err;
};

} // namespace capataz::ssh
