#pragma once

#include "ssh/ChannelJob.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QList>

#include <memory>

using LIBSSH2_SFTP = struct _LIBSSH2_SFTP;
using LIBSSH2_SFTP_HANDLE = struct _LIBSSH2_SFTP_HANDLE;

namespace capataz::ssh {

struct SftpEntry {
    QString name;
    qint64 size = 0;
    quint32 permissions = 0; // st_mode bits (type and mode)
    quint32 uid = 0;
    quint32 gid = 0;
    QDateTime modified;
    [[nodiscard]] bool isDir() const { return (permissions & 0170000) == 0040000; }
    [[nodiscard]] bool isSymlink() const { return (permissions & 0170000) == 0120000; }
    [[nodiscard]] int mode() const { return int(permissions & 07777); }
};

struct SftpResult {
    Error error;
    SftpEntry entry;          // stat
    QList<SftpEntry> entries; // list
    QByteArray data;          // read
    qint64 bytes = 0;         // bytes transferred
    qint64 durationMs = 0;
    [[nodiscard]] bool ok() const { return !error.isError(); }
};

// One SFTP operation on its own SFTP session: stat, list, read a file into memory, write
// memory to a file, download to a local file, upload from a local file. Transfers are
// pipelined (large buffers let libssh2 keep many requests in flight) and report progress
// when the whole percentage changes; cancel() stops them and removes a partial download.
class SftpJob final : public ChannelJob {
    Q_OBJECT
public:
    enum class Op { Stat, List, Read, Write, Download, Upload };
    struct Spec {
        Op op = Op::Stat;
        QString remotePath;
        QString localPath;                  // Download, Upload
        QByteArray data;                    // Write
        int mode = 0644;                    // Write, Upload: mode of a new file
        qint64 maxBytes = 64 * 1024 * 1024; // Read

        static Spec stat(QString remote) { return make(Op::Stat, std::move(remote)); }
        static Spec list(QString remote) { return make(Op::List, std::move(remote)); }
        static Spec read(QString remote) { return make(Op::Read, std::move(remote)); }
        static Spec write(QString remote, QByteArray data, int mode = 0644)
        {
            Spec s = make(Op::Write, std::move(remote));
            s.data = std::move(data);
            s.mode = mode;
            return s;
        }
        static Spec download(QString remote, QString local)
        {
            Spec s = make(Op::Download, std::move(remote));
            s.localPath = std::move(local);
            return s;
        }
        static Spec upload(QString local, QString remote, int mode = 0644)
        {
            Spec s = make(Op::Upload, std::move(remote));
            s.localPath = std::move(local);
            s.mode = mode;
            return s;
        }

    private:
        static Spec make(Op op, QString remote)
        {
            Spec s;
            s.op = op;
            s.remotePath = std::move(remote);
            return s;
        }
    };

    SftpJob(QPointer<SessionEngine> engine, Spec spec);
    ~SftpJob() override;

    [[nodiscard]] const Spec& spec() const { return m_spec; }

signals:
    void progress(qint64 done, qint64 total);
    void finished(const capataz::ssh::SftpResult& result);

protected:
    bool step(LIBSSH2_SESSION* session) override;
    void abandon(const Error& error) override;

private:
    enum class Phase { Init, Open, Stat, Transfer, List, Close, Done };
    bool stepInit(LIBSSH2_SESSION* session);
    bool stepOpen();
    bool stepStat();
    bool stepTransferIn();
    bool stepTransferOut();
    bool stepList();
    bool stepClose();
    void finish(Error error = {});
    [[nodiscard]] Error sftpError(const QString& what) const;
    void reportProgress();

    Spec m_spec;
    Phase m_phase = Phase::Init;
    LIBSSH2_SFTP* m_sftp = nullptr;
    LIBSSH2_SFTP_HANDLE* m_handle = nullptr;
    QByteArray m_path;
    SftpResult m_result;
    std::unique_ptr<QFile> m_local;
    QByteArray m_buffer;
    qsizetype m_bufferPos = 0;
    qint64 m_total = -1;
    qint64 m_done = 0;
    int m_lastPercent = -1;
    bool m_localEof = false;
    QElapsedTimer m_clock;
};

} // namespace capataz::ssh

Q_DECLARE_METATYPE(capataz::ssh::SftpResult)
