#include "ssh/AtomicWrite.h"

#include "ssh/Connection.h"
#include "ssh/RemoteProcess.h"

#include <QDateTime>

namespace capataz::ssh {

QString AtomicWrite::script()
{
    // $1 target  $2 mode for a new file  $3 keep previous (1/0)  $4 timestamp
    return QStringLiteral(R"SH(set -eu
t=$1
if [ -L "$t" ]; then t=$(readlink -f -- "$t"); fi
d=$(dirname -- "$t"); b=$(basename -- "$t")
[ -d "$d" ] || { echo "capataz: directory $d does not exist" >&2; exit 3; }
tmp=$(mktemp "$d/.$b.capataz.XXXXXX")
trap 'rm -f -- "$tmp"' EXIT
cat > "$tmp"
if [ -e "$t" ]; then
  chown --reference="$t" -- "$tmp"
  chmod --reference="$t" -- "$tmp"
else
  chmod "$2" -- "$tmp"
fi
sync -- "$tmp"
prev=
if [ "$3" = 1 ] && [ -e "$t" ]; then
  prev="$t.capataz-$4.bak"
  ln -f -- "$t" "$prev" 2>/dev/null || cp -p -- "$t" "$prev"
fi
mv -f -- "$tmp" "$t"
trap - EXIT
sync -- "$d" 2>/dev/null || true
printf 'capataz-written=%s\ncapataz-previous=%s\n' "$t" "$prev"
)SH");
}

AtomicWrite::AtomicWrite(Connection& connection, QString remotePath, QByteArray content, Options options,
                         QObject* parent)
    : QObject(parent)
    , m_path(std::move(remotePath))
    , m_content(std::move(content))
{
    const QString mode = QString::number(options.newFileMode & 07777, 8);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    remote::Command cmd = remote::Command::script(
        script(), {m_path, mode, options.keepPrevious ? QStringLiteral("1") : QStringLiteral("0"), stamp});
    cmd.asRoot(options.asRoot);
    m_process = connection.exec(cmd);
    connect(m_process, &RemoteProcess::readyReadStdout, this, [this](const QByteArray& d) { m_out += d; });
    connect(m_process, &RemoteProcess::readyReadStderr, this, [this](const QByteArray& d) { m_err += d; });
    connect(m_process, &RemoteProcess::finished, this, [this](const ProcessResult& r) {
        if (r.error.isError()) {
            emit finished(std::unexpected(r.error));
            return;
        }
        if (r.exitCode != 0) {
            const QString err = QString::fromUtf8(m_err).trimmed();
            const ErrorCode code =
                err.contains(u"Permission denied") || err.contains(u"Operation not permitted")
                    ? ErrorCode::RemotePermissionDenied
                : r.exitCode == 3 ? ErrorCode::RemoteFileNotFound
                                  : ErrorCode::RemoteCommandFailed;
            emit finished(
                fail(code,
                     QStringLiteral("writing %1 failed (exit %2): %3").arg(m_path).arg(r.exitCode).arg(err)));
            return;
        }
        AtomicWriteReport report;
        for (const QByteArray& line : m_out.split('\n')) {
            if (line.startsWith("capataz-written="))
                report.path = QString::fromUtf8(line.mid(16));
            else if (line.startsWith("capataz-previous="))
                report.previousVersion = QString::fromUtf8(line.mid(17));
        }
        emit finished(report);
    });
}

AtomicWrite::~AtomicWrite()
{
    if (m_process)
        m_process->deleteLater();
}

void AtomicWrite::start()
{
    m_process->start();
    m_process->write(m_content);
    m_process->closeWriteChannel();
    m_content.clear();
}

} // namespace capataz::ssh
