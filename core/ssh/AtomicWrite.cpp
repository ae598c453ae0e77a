#include "ssh/AtomicWrite.h"

#include "common/Text.h"
#include "ssh/Connection.h"
#include "ssh/RemoteProcess.h"

#include <QDateTime>

namespace capataz::ssh {

namespace {
// Exit codes of the script.
constexpr int kNoDirectory = 3;
constexpr int kNotAFile = 4;
constexpr int kIsALink = 5;
constexpr int kOutside = 6;
// 7: stdin ended before all the content arrived; 8: "commit" did not follow (both: cancelled,
// or the link was lost; nothing was changed).

// The handshake between the script and AtomicWrite: the script says it holds the whole content
// in its temporary file; only then, and only when not cancelled, AtomicWrite answers "commit".
constexpr char kReceived[] = "capataz-received\n";
constexpr char kCommit[] = "commit\n";

// The value of "key=..." in the script's output (up to the end of its line).
QString outputValue(const QByteArray& out, const QByteArray& key)
{
    for (const QByteArray& line : out.split('\n')) {
        if (line.startsWith(QByteArray(key + '=')))
            return QString::fromUtf8(line.mid(key.size() + 1));
    }
    return {};
}
} // namespace

QString AtomicWrite::script()
{
    // $1 target  $2 mode for a new file  $3 keep previous (1/0)  $4 timestamp
    // $5 directory the target must stay inside ("" = anywhere)
    // stdin: the size of the content in bytes on a line of its own, then the content (the size
    // is not an argument: argv shows in process lists and logs, and a secret's length is a hint)
    // The directory is entered once (cd -P) and everything after works on names relative to
    // it: a directory swapped for a link afterwards changes nothing. The target itself must
    // not be a link: as root, writing through it would write wherever it points. rename(2)
    // replaces a name, never what a link points to.
    // Cancelling never leaves a partial file: the target is replaced only after exactly that many
    // bytes arrived AND the client answered "commit" to "capataz-received"; stdin ending early
    // or a signal (cancel sends TERM to the process group) removes the temporary file. The
    // file is named first (mktemp -u) and created by the shell itself (noclobber: O_EXCL) once
    // the traps are set: a TERM between mktemp creating it and the trap being set left it behind.
    // `true`, not `:`: a redirection that fails on a special builtin ends the shell at once, and
    // the EXIT trap would then remove a file of that name that was not ours.
    return QStringLiteral(R"SH(set -eu
d=$(dirname -- "$1"); b=$(basename -- "$1")
[ -d "$d" ] || { echo "capataz: directory $d does not exist" >&2; exit 3; }
cd -P -- "$d"
here=$(pwd -P)
if [ -n "$5" ]; then
  root=$(cd -P -- "$5" 2>/dev/null && pwd -P) || { echo "capataz: directory $5 does not exist" >&2; exit 3; }
  case "$root" in
    /) ;;
    *) case "$here/" in "$root"/*) ;; *) printf 'capataz-outside=%s\n' "$here"; exit 6 ;; esac ;;
  esac
fi
case "$here" in /) t="/$b" ;; *) t="$here/$b" ;; esac
if [ -L "./$b" ]; then printf 'capataz-link-target=%s\n' "$(readlink -- "./$b")"; exit 5; fi
if [ -e "./$b" ] && [ ! -f "./$b" ]; then echo "capataz: $t is not a regular file" >&2; exit 4; fi
tmp=$(mktemp -u "./.$b.capataz.XXXXXX")
trap 'rm -f -- ${tmp:+"$tmp"}' EXIT
trap 'exit 143' HUP INT TERM PIPE
set -C
true > "$tmp" || { tmp=; exit 1; }
set +C
IFS= read -r n || n=
case "$n" in ''|*[!0-9]*) echo "capataz: no content size on stdin" >&2; exit 7 ;; esac
head -c "$n" > "$tmp"
[ "$(wc -c < "$tmp")" -eq "$n" ] || { echo "capataz: the content arrived incomplete" >&2; exit 7; }
if [ -f "./$b" ]; then
  chown --reference="./$b" -- "$tmp"
  chmod --reference="./$b" -- "$tmp"
else
  chmod "$2" -- "$tmp"
fi
sync -- "$tmp"
echo capataz-received
IFS= read -r go || go=
[ "$go" = commit ] || { echo "capataz: the write was not confirmed" >&2; exit 8; }
prev=
if [ "$3" = 1 ] && [ -f "./$b" ]; then
  prev="$b.capataz-$4.bak"
  ln -f -- "./$b" "./$prev" 2>/dev/null || cp -p --remove-destination -- "./$b" "./$prev"
  prev="${t%/*}/$prev"
fi
mv -fT -- "$tmp" "./$b"
trap - EXIT
sync -- . 2>/dev/null || true
printf 'capataz-written=%s\ncapataz-previous=%s\n' "$t" "$prev"
)SH");
}

Error AtomicWrite::linkRefused(const QString& link, const QString& target)
{
    return Error{
        ErrorCode::RemotePermissionDenied,
        Text(QT_TRANSLATE_NOOP("capataz::plan",
                               "%1 is a symbolic link to %2. Capataz writes this file as administrator "
                               "and never through a link, which could make it write elsewhere. Replace "
                               "the link with a regular file, or remove it, and try again."),
             {link, target})
            .translated()};
}

Error AtomicWrite::outsideRefused(const QString& path, const QString& directory)
{
    return Error{
        ErrorCode::RemotePermissionDenied,
        Text(QT_TRANSLATE_NOOP("capataz::plan",
                               "%1 leads outside %2 through a symbolic link. Capataz writes this file as "
                               "administrator only inside that directory."),
             {path, directory})
            .translated()};
}

AtomicWrite::AtomicWrite(Connection& connection, QString remotePath, QByteArray content, Options options,
                         QObject* parent)
    : Job(parent)
    , m_path(std::move(remotePath))
    , m_content(std::move(content))
    , m_total(m_content.size())
    , m_confineTo(options.confineTo)
{
    const QString mode = QString::number(options.newFileMode & 07777, 8);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    remote::Command cmd = remote::Command::script(
        script(), {m_path, mode, options.keepPrevious ? QStringLiteral("1") : QStringLiteral("0"), stamp,
                   options.confineTo});
    cmd.asRoot(options.asRoot);
    m_process = connection.exec(cmd);
    m_process->setInputDroppedOnCancel(true); // the script checks the size: a short input changes nothing
    connect(m_process, &RemoteProcess::readyReadStdout, this, [this](const QByteArray& d) {
        m_out += d;
        if (!m_committed && m_out.contains(kReceived) && !isCancelRequested()) {
            // The point of no return: from here the write completes (or fails) on its own.
            m_committed = true;
            m_process->write(kCommit);
            m_process->closeWriteChannel();
        }
    });
    connect(m_process, &RemoteProcess::readyReadStderr, this, [this](const QByteArray& d) { m_err += d; });
    connect(m_process, &RemoteProcess::bytesWritten, this, [this](qint64 n) {
        const qint64 header = qMin(n, m_headerLeft); // the size line is not the content
        m_headerLeft -= header;
        m_sent = qMin(m_total, m_sent + n - header);
        if (n > header)
            reportProgress(m_sent, m_total);
    });
    connect(m_process, &RemoteProcess::finished, this,
            [this](const ProcessResult& r) { onProcessFinished(r); });
}

AtomicWrite::~AtomicWrite()
{
    if (m_process) {
        // Destroyed while running: stop it (nothing is committed without our "commit").
        if (!m_process->isFinished() && !m_committed)
            m_process->cancel();
        m_process->deleteLater();
    }
}

void AtomicWrite::start()
{
    if (!beginStart())
        return;
    m_processStarted = true;
    m_process->start();
    const QByteArray sizeLine = QByteArray::number(m_total) + '\n';
    m_headerLeft = sizeLine.size();
    m_process->write(sizeLine + m_content);
    m_content.clear();
}

void AtomicWrite::onCancel()
{
    if (m_committed)
        return; // past the point of no return: finished() says how the write ended
    if (!m_processStarted) {
        if (!claimFinish())
            return;
        emitLater([this] { emit finished(std::unexpected(cancelledError(cancelledText()))); });
        return;
    }
    m_process->cancel(); // its finished() (Cancelled) comes once the script has cleaned up
}

QString AtomicWrite::cancelledText() const
{
    return QStringLiteral("writing %1 cancelled; the file was not changed").arg(m_path);
}

void AtomicWrite::onProcessFinished(const ProcessResult& r)
{
    if (!claimFinish())
        return;
    if (!m_committed && (isCancelRequested() || r.error.code == ErrorCode::Cancelled)) {
        emit finished(std::unexpected(cancelledError(cancelledText())));
        return;
    }
    if (r.error.isError()) {
        emit finished(std::unexpected(r.error));
        return;
    }
    if (r.exitCode == kIsALink) {
        emit finished(std::unexpected(linkRefused(m_path, outputValue(m_out, "capataz-link-target"))));
        return;
    }
    if (r.exitCode == kOutside) {
        emit finished(std::unexpected(outsideRefused(m_path, m_confineTo)));
        return;
    }
    if (r.exitCode != 0) {
        const QString err = QString::fromUtf8(m_err).trimmed();
        const ErrorCode code = err.contains(u"Permission denied") || err.contains(u"Operation not permitted")
                                   ? ErrorCode::RemotePermissionDenied
                               : r.exitCode == kNoDirectory ? ErrorCode::RemoteFileNotFound
                               : r.exitCode == kNotAFile    ? ErrorCode::RemotePermissionDenied
                                                            : ErrorCode::RemoteCommandFailed;
        emit finished(fail(
            code, QStringLiteral("writing %1 failed (exit %2): %3").arg(m_path).arg(r.exitCode).arg(err)));
        return;
    }
    AtomicWriteReport report;
    report.path = outputValue(m_out, "capataz-written");
    report.previousVersion = outputValue(m_out, "capataz-previous");
    emit finished(report);
}

} // namespace capataz::ssh
