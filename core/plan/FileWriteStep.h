#pragma once

#include "plan/Step.h"

#include <QByteArray>

#include <optional>

namespace capataz::plan {

// Writes one remote file atomically (ssh::AtomicWrite: temporary file, fsync, rename; owner and
// mode kept, `newFileMode` for a new file) and keeps the previous version next to it.
//  check:    reads the file (cat, as root if asked): already done when it holds exactly the
//            new content. The content read is remembered for preview(). A file that is a
//            symbolic link is refused (RemotePermissionDenied naming the link and its target),
//            as the write itself refuses it: a link is never read nor written through as root.
//  verify:   reads it back and compares.
//  rollback: puts the kept previous version back (rename, which replaces a name and never
//            writes through a link), or removes the file if it did not
//            exist before. Does nothing if apply did not write.
// preview(): a unified diff from the last content read (or from nothing, before any check).
// Secret values inside the content: declare them with addSecret() so diffs and logs mask them.
class FileWriteStep final : public Step {
public:
    struct Options {
        int newFileMode = 0644;
        bool asRoot = false;
    };
    FileWriteStep(QString id, Text title, Text explanation, QString path, QByteArray content,
                  Options options);
    FileWriteStep(QString id, Text title, Text explanation, QString path, QByteArray content)
        : FileWriteStep(std::move(id), std::move(title), std::move(explanation), std::move(path),
                        std::move(content), Options{})
    {}

    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] const QByteArray& content() const { return m_content; }
    // The file's current content as known to the caller (nullopt: it does not exist), for a
    // preview without a check.
    void setCurrentContent(std::optional<QByteArray> current);

    void check(const StepContext& ctx, CheckDone done) override;
    void apply(const StepContext& ctx, Done done) override;
    void verify(const StepContext& ctx, Done done) override;
    void rollback(const StepContext& ctx, Done done) override;

protected:
    [[nodiscard]] Preview buildPreview(remote::SudoMode sudo) const override;

private:
    // done(nullopt) when the file does not exist.
    void read(const StepContext& ctx, std::function<void(Result<std::optional<QByteArray>>)> done);

    QString m_path;
    QByteArray m_content;
    Options m_options;
    bool m_currentKnown = false;
    std::optional<QByteArray> m_current;
    bool m_written = false;
    QString m_writtenPath;     // the real file written (symlinks followed)
    QString m_previousVersion; // where the old content was kept, empty if the file was new
};

} // namespace capataz::plan
