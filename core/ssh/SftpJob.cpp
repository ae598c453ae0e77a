#include "ssh/SftpJob.h"

#include "ssh/SessionEngine.h"

#include <QFileInfo>

#include <libssh2.h>
#include <libssh2_sftp.h>

namespace capataz::ssh {

namespace {
constexpr qsizetype kReadBuffer = 2 * 1024 * 1024; // libssh2 pipelines reads up to this much
constexpr qsizetype kWriteChunk = 1024 * 1024;     // local reads for uploads
constexpr qsizetype kWriteAhead = 4 * 1024 * 1024; // kept handed to libssh2_sftp_write: its pipeline

SftpEntry entryFrom(const QString& name, const LIBSSH2_SFTP_ATTRIBUTES& a)
{
    SftpEntry e;
    e.name = name;
    if (a.flags & LIBSSH2_SFTP_ATTR_SIZE)
        e.size = qint64(a.filesize);
    if (a.flags & LIBSSH2_SFTP_ATTR_PERMISSIONS)
        e.permissions = quint32(a.permissions);
    if (a.flags & LIBSSH2_SFTP_ATTR_UIDGID) {
        e.uid = quint32(a.uid);
        e.gid = quint32(a.gid);
    }
    if (a.flags & LIBSSH2_SFTP_ATTR_ACMODTIME)
        e.modified = QDateTime::fromSecsSinceEpoch(qint64(a.mtime), Qt::UTC);
    return e;
}
} // namespace

SftpJob::SftpJob(QPointer<SessionEngine> engine, Spec spec)
    : ChannelJob(std::move(engine))
    , m_spec(std::move(spec))
    , m_path(m_spec.remotePath.toUtf8())
{}

SftpJob::~SftpJob()
{
    // Handles are freed with the SFTP session.
    if (m_sftp && engine())
        engine()->releaseSftp(m_sftp);
}

Error SftpJob::sftpError(const QString& what) const
{
    const unsigned long code = m_sftp ? libssh2_sftp_last_error(m_sftp) : 0;
    switch (code) {
    case LIBSSH2_FX_NO_SUCH_FILE:
    case LIBSSH2_FX_NO_SUCH_PATH:
        return Error{ErrorCode::RemoteFileNotFound,
                     QStringLiteral("%1: %2: no such file").arg(what, m_spec.remotePath)};
    case LIBSSH2_FX_PERMISSION_DENIED:
    case LIBSSH2_FX_WRITE_PROTECT:
        return Error{ErrorCode::RemotePermissionDenied,
                     QStringLiteral("%1: %2: permission denied").arg(what, m_spec.remotePath)};
    case 0:
        return eng().lastError(ErrorCode::SftpError, QStringLiteral("%1: %2").arg(what, m_spec.remotePath));
    default:
        return Error{ErrorCode::SftpError,
                     QStringLiteral("%1: %2: SFTP status %3").arg(what, m_spec.remotePath).arg(code)};
    }
}

bool SftpJob::step(LIBSSH2_SESSION* session)
{
    if (!m_clock.isValid())
        m_clock.start();
    // Phase::Init: stepInit sees the cancel when no SFTP start is half-way (openChannel).
    if (cancelRequested() && m_phase != Phase::Init && m_phase != Phase::Close && m_phase != Phase::Done) {
        m_result.error = Error{cancelCode(), QStringLiteral("transfer cancelled")};
        m_phase = m_handle ? Phase::Close : Phase::Done;
        if (m_phase == Phase::Done) {
            finish(m_result.error);
            return true;
        }
    }
    switch (m_phase) {
    case Phase::Init:
        return stepInit(session);
    case Phase::Open:
        return stepOpen();
    case Phase::Stat:
        return stepStat();
    case Phase::Transfer:
        return (m_spec.op == Op::Write || m_spec.op == Op::Upload) ? stepTransferOut() : stepTransferIn();
    case Phase::List:
        return stepList();
    case Phase::Close:
        return stepClose();
    case Phase::Done:
        return false;
    }
    return false;
}

bool SftpJob::stepInit(LIBSSH2_SESSION* session)
{
    const auto stepped = openChannel(
        session, m_sftp, [session] { return libssh2_sftp_init(session); }, ErrorCode::SftpError,
        QStringLiteral("the server did not start SFTP"), QStringLiteral("transfer cancelled"),
        [this](const Error& e) { finish(e); });
    if (stepped)
        return *stepped;
    // Local side first, so a bad local path fails before anything happens remotely.
    if (m_spec.op == Op::Download) {
        m_local = std::make_unique<QFile>(m_spec.localPath + QStringLiteral(".part"));
        if (!m_local->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            finish(Error{ErrorCode::LocalFileError,
                         QStringLiteral("%1: %2").arg(m_local->fileName(), m_local->errorString())});
            return true;
        }
    } else if (m_spec.op == Op::Upload) {
        m_local = std::make_unique<QFile>(m_spec.localPath);
        if (!m_local->open(QIODevice::ReadOnly)) {
            finish(Error{ErrorCode::LocalFileError,
                         QStringLiteral("%1: %2").arg(m_spec.localPath, m_local->errorString())});
            return true;
        }
        m_total = m_local->size();
    } else if (m_spec.op == Op::Write) {
        m_total = m_spec.data.size();
    }
    m_phase = m_spec.op == Op::Stat ? Phase::Stat : Phase::Open;
    return true;
}

bool SftpJob::stepOpen()
{
    if (m_spec.op == Op::List) {
        m_handle = libssh2_sftp_open_ex(m_sftp, m_path.constData(), unsigned(m_path.size()), 0, 0,
                                        LIBSSH2_SFTP_OPENDIR);
    } else if (m_spec.op == Op::Read || m_spec.op == Op::Download) {
        m_handle = libssh2_sftp_open_ex(m_sftp, m_path.constData(), unsigned(m_path.size()), LIBSSH2_FXF_READ,
                                        0, LIBSSH2_SFTP_OPENFILE);
    } else {
        m_handle = libssh2_sftp_open_ex(m_sftp, m_path.constData(), unsigned(m_path.size()),
                                        LIBSSH2_FXF_WRITE | LIBSSH2_FXF_CREAT | LIBSSH2_FXF_TRUNC,
                                        long(m_spec.mode), LIBSSH2_SFTP_OPENFILE);
    }
    if (!m_handle) {
        if (libssh2_session_last_errno(eng().session()) == LIBSSH2_ERROR_EAGAIN)
            return false;
        finish(sftpError(QStringLiteral("open")));
        return true;
    }
    if (m_spec.op == Op::List) {
        m_phase = Phase::List;
    } else if (m_spec.op == Op::Read || m_spec.op == Op::Download) {
        m_phase = Phase::Stat; // fstat for the size, for progress
    } else {
        m_phase = Phase::Transfer;
    }
    return true;
}

bool SftpJob::stepStat()
{
    LIBSSH2_SFTP_ATTRIBUTES a{};
    int rc = 0;
    if (m_handle)
        rc = libssh2_sftp_fstat_ex(m_handle, &a, 0);
    else
        rc = libssh2_sftp_stat_ex(m_sftp, m_path.constData(), unsigned(m_path.size()), LIBSSH2_SFTP_STAT, &a);
    if (rc == LIBSSH2_ERROR_EAGAIN)
        return false;
    if (rc != 0) {
        if (m_handle) { // size unknown: transfer anyway
            m_phase = Phase::Transfer;
            return true;
        }
        finish(sftpError(QStringLiteral("stat")));
        return true;
    }
    if (!m_handle) {
        m_result.entry = entryFrom(QFileInfo(m_spec.remotePath).fileName(), a);
        finish();
        return true;
    }
    m_total = (a.flags & LIBSSH2_SFTP_ATTR_SIZE) ? qint64(a.filesize) : -1;
    if (m_spec.op == Op::Read && m_total > m_spec.maxBytes) {
        m_result.error =
            Error{ErrorCode::InvalidArgument,
                  QStringLiteral("%1 is larger than %2 bytes").arg(m_spec.remotePath).arg(m_spec.maxBytes)};
        m_phase = Phase::Close;
        return true;
    }
    m_phase = Phase::Transfer;
    reportProgress();
    return true;
}

void SftpJob::reportProgress()
{
    if (m_total <= 0)
        return;
    const int percent = int(m_done * 100 / m_total);
    if (percent != m_lastPercent) {
        m_lastPercent = percent;
        emit progress(m_done, m_total);
    }
}

bool SftpJob::stepTransferIn()
{
    bool moved = false;
    if (m_buffer.size() != kReadBuffer)
        m_buffer.resize(kReadBuffer);
    for (int i = 0; i < 8; ++i) {
        const ssize_t n = libssh2_sftp_read(m_handle, m_buffer.data(), size_t(m_buffer.size()));
        if (n == LIBSSH2_ERROR_EAGAIN)
            break;
        if (n < 0) {
            m_result.error = sftpError(QStringLiteral("read"));
            m_phase = Phase::Close;
            return true;
        }
        moved = true;
        if (n == 0) {
            m_phase = Phase::Close;
            return true;
        }
        if (m_spec.op == Op::Read) {
            if (m_result.data.size() + n > m_spec.maxBytes) {
                m_result.error = Error{
                    ErrorCode::InvalidArgument,
                    QStringLiteral("%1 is larger than %2 bytes").arg(m_spec.remotePath).arg(m_spec.maxBytes)};
                m_phase = Phase::Close;
                return true;
            }
            m_result.data.append(m_buffer.constData(), qsizetype(n));
        } else if (m_local->write(m_buffer.constData(), qint64(n)) != qint64(n)) {
            m_result.error = Error{ErrorCode::LocalFileError,
                                   QStringLiteral("%1: %2").arg(m_local->fileName(), m_local->errorString())};
            m_phase = Phase::Close;
            return true;
        }
        m_done += n;
        reportProgress();
    }
    return moved;
}

bool SftpJob::stepTransferOut()
{
    // libssh2_sftp_write turns everything it is given into pipelined 30 kB WRITE requests at once
    // and returns as their acks come back; it must be called again with the unacked rest (it
    // skips what it has packetized already), and more data may be appended to that rest. So we
    // keep kWriteAhead bytes in front of it all the time: refilling only once a buffer was acked
    // to its end let the pipeline run dry every buffer, a round trip (and, on a busy machine, a
    // scheduling delay on both ends) per megabyte.
    bool moved = false;
    for (int i = 0; i < 32; ++i) {
        if (!m_localEof && m_buffer.size() - m_bufferPos < kWriteAhead) {
            if (m_bufferPos >= kWriteAhead) { // drop what was acked (libssh2 keeps its own copies)
                m_buffer.remove(0, m_bufferPos);
                m_bufferPos = 0;
            }
            const qsizetype have = m_buffer.size();
            qint64 got = 0;
            if (m_spec.op == Op::Write) {
                const qint64 from = m_done + (have - m_bufferPos);
                got = qMin<qint64>(kWriteChunk, m_spec.data.size() - from);
                m_buffer.append(m_spec.data.constData() + from, qsizetype(got));
            } else {
                m_buffer.resize(have + kWriteChunk);
                got = m_local->read(m_buffer.data() + have, kWriteChunk);
                m_buffer.resize(have + qMax<qint64>(got, 0));
                if (got < 0) {
                    m_result.error =
                        Error{ErrorCode::LocalFileError,
                              QStringLiteral("%1: %2").arg(m_spec.localPath, m_local->errorString())};
                    m_phase = Phase::Close;
                    return true;
                }
            }
            if (got == 0)
                m_localEof = true;
        }
        if (m_bufferPos >= m_buffer.size()) { // everything read was acked
            m_phase = Phase::Close;
            return true;
        }
        // Non-blocking libssh2_sftp_write must be called again with the same data after EAGAIN.
        const ssize_t n = libssh2_sftp_write(m_handle, m_buffer.constData() + m_bufferPos,
                                             size_t(m_buffer.size() - m_bufferPos));
        if (n == LIBSSH2_ERROR_EAGAIN)
            break;
        if (n < 0) {
            m_result.error = sftpError(QStringLiteral("write"));
            m_phase = Phase::Close;
            return true;
        }
        m_bufferPos += n;
        m_done += n;
        moved = true;
        reportProgress();
    }
    return moved;
}

bool SftpJob::stepList()
{
    bool moved = false;
    char name[1024];
    for (int i = 0; i < 256; ++i) {
        LIBSSH2_SFTP_ATTRIBUTES a{};
        const int n = libssh2_sftp_readdir_ex(m_handle, name, sizeof name, nullptr, 0, &a);
        if (n == LIBSSH2_ERROR_EAGAIN)
            return moved;
        if (n < 0) {
            m_result.error = sftpError(QStringLiteral("list"));
            m_phase = Phase::Close;
            return true;
        }
        if (n == 0) {
            m_phase = Phase::Close;
            return true;
        }
        moved = true;
        const QString entryName = QString::fromUtf8(name, n);
        if (entryName != u"." && entryName != u"..")
            m_result.entries.append(entryFrom(entryName, a));
    }
    return moved;
}

bool SftpJob::stepClose()
{
    if (m_handle) {
        const int rc = libssh2_sftp_close_handle(m_handle);
        if (rc == LIBSSH2_ERROR_EAGAIN)
            return false;
        m_handle = nullptr;
        if (rc != 0 && !m_result.error.isError() && (m_spec.op == Op::Write || m_spec.op == Op::Upload))
            m_result.error = sftpError(QStringLiteral("close"));
    }
    finish(m_result.error);
    return true;
}

void SftpJob::finish(Error error)
{
    if (m_phase == Phase::Done && isFinished())
        return;
    m_phase = Phase::Done;
    m_result.error = std::move(error);
    m_result.bytes = m_done;
    m_result.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (m_local) {
        if (m_spec.op == Op::Download) {
            m_local->close();
            const QString part = m_local->fileName();
            if (m_result.ok()) {
                QFile::remove(m_spec.localPath);
                if (!QFile::rename(part, m_spec.localPath))
                    m_result.error =
                        Error{ErrorCode::LocalFileError,
                              QStringLiteral("could not rename %1 to %2").arg(part, m_spec.localPath)};
            } else {
                QFile::remove(part); // nothing half-written stays behind
            }
        }
        m_local.reset();
    }
    if (m_sftp && engine())
        engine()->releaseSftp(m_sftp);
    m_sftp = nullptr;
    m_handle = nullptr;
    markFinished();
    emit finished(m_result);
}

void SftpJob::abandon(const Error& error)
{
    m_sftp = nullptr; // freed with the session
    m_handle = nullptr;
    if (m_phase == Phase::Done && isFinished())
        return;
    finish(error);
}

} // namespace capataz::ssh
