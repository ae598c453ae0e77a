#include "logs/FileLogSource.h"

namespace capataz::logs {

using namespace Qt::Literals::StringLiterals;

namespace {

// $1 path, $2 mode (start|resume|lines), $3 lines (start), offset (resume) or lines read (lines:
// after tail switched files, the offset is where those whole lines end), $4 expected inode or -.
// Prints "capataz-tail MODE INODE OFFSET" as the first line of stdout, then the file from
// OFFSET, with tail's own notices (stderr) in the same stream: `2>&1` keeps them in their place
// between the lines (GNU tail flushes its output before a notice), which two SSH channels do
// not (sshd forwards what it finds in either pipe, stdout first). English notices: C.UTF-8.
// Where tail cannot use inotify (NFS, overlayfs: it polls), it looks every 0.25 s instead of
// every second: a truncation loses what was written since the last look, and a file regrown
// past tail's position between two looks is not seen as truncated.
const QString kScript = uR"(f=$1
ino=$(stat -Lc %i -- "$f" 2>/dev/null) || ino=-
size=$(stat -Lc %s -- "$f" 2>/dev/null) || size=0
if [ "$2" = start ]; then
  mode=start
  if [ "$3" = all ]; then off=0
  else off=$(( size - $(head -c "$size" -- "$f" 2>/dev/null | tail -n "$3" | wc -c) )); fi
elif [ "$2" = lines ]; then
  # the file has at least $3 whole lines: go on after them, else it was truncated or replaced
  mode=resume
  off=$(head -n "$3" -- "$f" 2>/dev/null | wc -c)
  n=$(head -c "$off" -- "$f" 2>/dev/null | wc -l)
  if [ "$ino" = - ] || [ "$n" -lt "$3" ]; then off=0; mode=restart; fi
else
  off=$3; mode=resume
  # the byte before $off ends the last line read: else the file was truncated and written again
  nl='
'
  last=$nl
  if [ "$off" -gt 0 ]; then last=$(tail -c +"$off" -- "$f" 2>/dev/null | head -c 1; echo x); last=${last%x}; fi
  if [ "$ino" = - ] || { [ "$4" != - ] && [ "$4" != "$ino" ]; } || [ "$size" -lt "$off" ] ||
     [ "$last" != "$nl" ]; then
    off=0; mode=restart
  fi
fi
echo "capataz-tail $mode $ino $off"
export LC_ALL=C.UTF-8
exec tail -c +$((off + 1)) ${5:+$5 -s 0.25} -- "$f" 2>&1
)"_s;

} // namespace

FileLogSource::FileLogSource(ssh::Connection* connection, QString path, Options options, QObject* parent)
    : LogSource(connection, std::move(options), parent)
    , m_path(std::move(path))
{}

QString FileLogSource::tailScript()
{
    return kScript;
}

Result<remote::Command> FileLogSource::command(bool resuming)
{
    const QString follow = options().follow ? u"-F"_s : QString();
    m_expectHeader = true;
    m_runNotData = 0;
    m_runReset = false;
    m_runLines = 0;
    m_runBase = resuming ? m_offset : 0;
    // $2 mode and $3 its number: see kScript.
    QString mode = u"start"_s;
    QString number = options().tailLines < 0 ? u"all"_s : QString::number(options().tailLines);
    QString inode = u"-"_s;
    if (resuming) {
        mode = m_resumeLines >= 0 ? u"lines"_s : u"resume"_s;
        number = QString::number(m_resumeLines >= 0 ? m_resumeLines : m_offset);
        inode = m_inode;
    }
    remote::Command c = remote::Command::script(kScript, {m_path, mode, number, inode, follow});
    c.asRoot(options().asRoot);
    // An access account asks its server's dispatcher, which runs this same script (core/access).
    c.request(u"logs-file"_s,
              {m_path, mode, number, inode.isEmpty() ? u"-"_s : inode, follow.isEmpty() ? u"-"_s : follow});
    return c;
}

bool FileLogSource::isTailNotice(QStringView text) const
{
    // GNU tail's notices name the file as it was given ('quoted' or not), but for a few.
    if (!text.startsWith(u"tail: "_s))
        return false;
    return text.contains(m_path) || text.contains(u"inotify"_s) || text.endsWith(u"no files remaining"_s) ||
           text.contains(u"directory containing watched file was removed"_s);
}

void FileLogSource::convert(const exec::LineBatch& lines, LogBatch& out)
{
    for (const exec::Line& line : lines) {
        if (line.channel == exec::Channel::Stderr) { // the shell's or sudo's, not the file's
            out << record(line, mask(line.text));
            continue;
        }
        const qint64 bytes = line.text.toUtf8().size() + (line.cut ? 0 : 1);
        if (std::exchange(m_expectHeader, false) && line.text.startsWith(u"capataz-tail "_s)) {
            m_runNotData += bytes;
            const QStringList words = line.text.split(u' ');
            if (words.size() == 4) {
                m_inode = words.at(2);
                m_restarted = words.at(1) == u"restart"_s;
                m_runBase = words.at(3).toLongLong();
                m_offset = m_runBase;
                m_resumeLines = -1; // a byte offset again, in a file whose inode is known
            }
            continue;
        }
        if (isTailNotice(line.text)) {
            m_runNotData += bytes;
            // "tail: 'F' has been replaced;  following new file", "...has appeared;  following
            // new file", "tail: F: file truncated": tail reads the new content from its byte 0.
            if (line.text.endsWith(u"following new file"_s) || line.text.endsWith(u": file truncated"_s)) {
                m_runReset = true;
                m_runLines = 0;
                m_inode = u"-"_s;
                m_offset = 0;
            }
            LogRecord r = record(line, mask(line.text));
            r.channel = exec::Channel::Stderr; // tail's, not the file's
            out << std::move(r);
            continue;
        }
        m_offset += bytes;
        // Whole lines of the file (a CR-redrawn or cut piece is part of one): the count a resume
        // after a switch of files goes on from.
        if (!line.cut && !line.replacesPrevious)
            ++m_runLines;
        out << record(line, mask(line.text));
    }
}

void FileLogSource::streamEnded(const exec::StreamResult& result)
{
    // Without a switch of files, the exact count of bytes that became lines (but the header and
    // tail's notices) says where to go on.
    if (!m_runReset)
        m_offset = m_runBase + result.end.stdoutBytes.get() - m_runNotData;
    // After a switch the byte total is the old file's and the new one's: the new file's whole
    // lines are counted instead (exact whatever their bytes: CR LF, escapes, invalid UTF-8).
    m_resumeLines = m_runReset ? m_runLines : -1;
}

} // namespace capataz::logs
