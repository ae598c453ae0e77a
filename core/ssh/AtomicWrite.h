#pragma once

#include "common/Job.h"

#include <QPointer>

namespace capataz::ssh {

class Connection;
class RemoteProcess;
struct ProcessResult;

struct AtomicWriteReport {
    QString path;            // the file written: its directory's physical path and its name
    QString previousVersion; // where the old content is kept, empty if none was asked or existed
    bool operator==(const AtomicWriteReport&) const = default;
};

// Replaces a remote file atomically: the content goes (on stdin, never in argv) to a
// temporary file in the same directory, which takes the old file's owner and mode (or
// `newFileMode` for a new file), is fsync'ed and renamed over the target. The old version
// is kept as a hard link "FILE.capataz-YYYYMMDD-HHMMSS.bak" when asked. Root-owned files
// work through the profile's sudo mode (asRoot).
// It never writes through a symbolic link: a target that is a link is refused
// (RemotePermissionDenied, linkRefused(): the link and where it points), and with `confineTo`
// a target whose directory leads outside that directory through a link is refused too
// (outsideRefused()). Nothing is written then.
// A capataz::Job: progressChanged() counts the content sent, exactly one finished().
// cancel() (or the cancel token) before the commit gives ErrorCode::Cancelled, and then the
// target is untouched and the temporary file removed: the script renames only after the whole
// content arrived and AtomicWrite confirmed it ("commit"), which it does only when not cancelled.
// A cancel after that confirmation (the last fsync and rename) changes nothing: finished()
// reports how the write really ended.
class AtomicWrite final : public Job {
    Q_OBJECT
public:
    struct Options {
        int newFileMode = 0644;
        bool keepPrevious = true;
        bool asRoot = false;
        QString confineTo; // when set: the file's real directory must be this one or inside it
    };
    AtomicWrite(Connection& connection, QString remotePath, QByteArray content, Options options,
                QObject* parent = nullptr);
    ~AtomicWrite() override;
    void start();

    // The fixed script that does the work (exposed for tests and previews).
    [[nodiscard]] static QString script();

    // The errors for a refused write (RemotePermissionDenied with a translated sentence that
    // names the link and where it points, or the path and the directory it must stay in).
    // Other remote writes of Capataz use them too.
    [[nodiscard]] static Error linkRefused(const QString& link, const QString& target);
    [[nodiscard]] static Error outsideRefused(const QString& path, const QString& directory);

signals:
    void finished(const capataz::Result<capataz::ssh::AtomicWriteReport>& result);

protected:
    void onCancel() override;

private:
    void onProcessFinished(const ProcessResult& r);
    [[nodiscard]] QString cancelledText() const;

    QPointer<RemoteProcess> m_process;
    QString m_path;
    QByteArray m_content;
    qint64 m_total = 0;
    qint64 m_sent = 0;
    qint64 m_headerLeft = 0; // bytes of the size line not yet reported written
    bool m_processStarted = false;
    bool m_committed = false;
    QString m_confineTo;
    QByteArray m_out;
    QByteArray m_err;
};

} // namespace capataz::ssh
