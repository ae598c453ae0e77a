#include "logs/FileLogSource.h"

namespace capataz::logs {

using namespace Qt::Literals::StringLiterals;

namespace {

// $1 path, $2 mode (start|resume), $3 lines (start) or offset (resume), $4 expected inode or -.
// Prints "capataz-tail MODE INODE OFFSET" on stderr, then the file from OFFSET on stdout.
const QString kScript = uR"(f=$1
ino=$(stat -Lc %i -- "$f" 2>/dev/null) || ino=-
size=$(stat -Lc %s -- "$f" 2>/dev/null) || size=0
if [ "$2" = start ]; then
  mode=start
  if [ "$3" = all ]; then off=0
  else off=$(( size - $(head -c "$size" -- "$f" 2>/dev/null | tail -n "$3" | wc -c) )); fi
else
  off=$3; mode=resume
  if [ "$ino" = - ] || { [ "$4" != - ] && [ "$4" != "$ino" ]; } || [ "$size" -lt "$off" ]; then
    off=0; mode=restart
  fi
fi
echo "capataz-tail $mode $ino $off" >&2
exec tail -c +$((off + 1)) $5 -- "$f"
)"_s;

} // namespace

FileLogSource::FileLogSource(ssh::Connection* connection, QString path, Options options, QObject* parent)
    : LogSource(connection, std::move(options), parent)
    , m_path(std::move(path))
{}

Result<remote::Command> FileLogSource::command(bool resuming)
{
    const QString follow = options().follow ? u"-F"_s : QString();
    m_runCounted = 0;
    m_runReset = false;
    m_runBase = resuming ? m_offset : 0;
    remote::Command c =
        resuming ? remote::Command::script(kScript,
                                           {m_path, u"resume"_s, QString::number(m_offset), m_inode, follow})
                 : remote::Command::script(
                       kScript, {m_path, u"start"_s,
                                 options().tailLines < 0 ? u"all"_s : QString::number(options().tailLines),
                                 u"-"_s, follow});
    c.asRoot(options().asRoot);
    return c;
}

void FileLogSource::convert(const exec::LineBatch& lines, LogBatch& out)
{
    for (const exec::Line& line : lines) {
        if (line.channel == exec::Channel::Stderr) {
            if (line.text.startsWith(u"capataz-tail "_s)) {
                const QStringList words = line.text.split(u' ');
                if (words.size() == 4) {
                    m_inode = words.at(2);
                    const qint64 off = words.at(3).toLongLong();
                    m_restarted = words.at(1) == u"restart"_s;
                    m_runBase = off;
                    m_offset = off + m_runCounted;
                }
                continue;
            }
            // GNU tail: "tail: 'F' has been replaced;  following new file", "...has appeared;
            // following new file", "tail: F: file truncated": it reads the new content from 0.
            if (line.text.contains(u"following new file"_s) || line.text.endsWith(u": file truncated"_s)) {
                m_runReset = true;
                m_inode = u"-"_s;
                m_offset = 0;
            }
            out << record(line, mask(line.text));
            continue;
        }
        const qint64 bytes = line.text.toUtf8().size() + (line.cut ? 0 : 1);
        m_runCounted += bytes;
        m_offset += bytes;
        out << record(line, mask(line.text));
    }
}

void FileLogSource::streamEnded(const exec::StreamResult& result)
{
    // Without a switch of files, the exact count of bytes that became lines says where to go on.
    if (!m_runReset)
        m_offset = m_runBase + result.end.stdoutBytes.get();
}

} // namespace capataz::logs
