#pragma once

#include "logs/LogSource.h"

namespace capataz::logs {

// A file on the server: its last lines, then (following) what is appended, through rotation
// (moved away and created again) and truncation: `tail -c +OFFSET -F`. A small fixed script
// (remote::Command::script, the path as an argument) first works out the offset of the last N
// lines and the file's inode, and tells them in the first line of stdout ("capataz-tail
// start|resume|restart INODE OFFSET"); tail's notices come in the same stream (2>&1, in their
// place between the lines) and leave as Stderr records. The source counts the bytes of the
// whole lines it delivered (only whole lines are delivered: StreamOptions::completeLinesOnly),
// so after a cut it resumes at the exact byte, when the file is still the same one (same
// inode), not shorter, and the byte before that offset still ends a line (a file truncated and
// written again past the offset is caught, but when a line happens to end right there);
// otherwise it starts over at the file's beginning and marks a Gap. When tail itself says the
// file was replaced or truncated, the source counts the new file's whole lines instead (tail's
// bytes then mix two files), and a resume goes on after that many lines, if the file has them
// (the script turns the count into a byte offset and tells the new file's inode).
//
// Limits: after a rotation seen by tail the new file's inode is not known until the next
// resume, so that resume checks the line count only. A line of the file itself that reads like
// a tail notice naming this file ("tail: 'PATH' ...") would be taken for one.
class FileLogSource final : public LogSource {
    Q_OBJECT
public:
    FileLogSource(ssh::Connection* connection, QString path, Options options, QObject* parent = nullptr);

    [[nodiscard]] const QString& path() const { return m_path; }
    // The script that reads the file ("$1" path, "$2" mode, ...): the access accounts'
    // dispatcher runs the same text (core/access).
    [[nodiscard]] static QString tailScript();
    // Where the next byte will be read from in the current file (after what was delivered).
    [[nodiscard]] qint64 offset() const { return m_offset; }

protected:
    [[nodiscard]] Result<remote::Command> command(bool resuming) override;
    void convert(const exec::LineBatch& lines, LogBatch& out) override;
    void streamEnded(const exec::StreamResult& result) override;
    [[nodiscard]] bool isTailNotice(QStringView text) const;
    [[nodiscard]] LogRecord::Kind resumeKind() const override
    {
        return m_restarted ? LogRecord::Kind::Gap : LogRecord::Kind::Resumed;
    }

private:
    QString m_path;
    QString m_inode;             // of the file being read; "-" when not known
    qint64 m_offset = 0;         // of the next byte to read
    qint64 m_runBase = 0;        // the offset the running command started at
    qint64 m_runNotData = 0;     // bytes of this run's stdout that are not the file's (header, notices)
    bool m_expectHeader = false; // the next stdout line is the script's "capataz-tail ..." line
    bool m_runReset = false;     // tail switched files during this run: its byte total is not an offset
    bool m_restarted = false;    // the last resume could not continue where it stopped
    qint64 m_runLines = 0;       // whole lines of the file delivered since tail switched files
    qint64 m_resumeLines = -1;   // >= 0: resume after this many lines (the run switched files)
};

} // namespace capataz::logs
