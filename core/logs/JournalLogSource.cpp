#include "logs/JournalLogSource.h"

#include "logs/LogParse.h"

namespace capataz::logs {

using namespace Qt::Literals::StringLiterals;

JournalLogSource::JournalLogSource(ssh::Connection* connection, Where where, Options options, QObject* parent)
    : LogSource(connection, std::move(options), parent)
    , m_where(std::move(where))
{}

Result<remote::Command> JournalLogSource::command(bool resuming)
{
    // -D is read by root in sudo's working directory: only an absolute path says which one.
    // (Every word is quoted by remote::Command; a NUL is refused there.)
    if (!m_where.directory.isEmpty() && !m_where.directory.startsWith(u'/'))
        return std::unexpected(
            Error{ErrorCode::InvalidArgument,
                  u"the journal directory must be an absolute path: "_s + m_where.directory});
    QStringList argv{u"journalctl"_s, u"-o"_s, u"json"_s, u"--no-pager"_s};
    if (options().follow)
        argv << u"-f"_s;
    if (!m_where.directory.isEmpty())
        argv << u"-D"_s << m_where.directory;
    if (!m_where.unit.isEmpty())
        argv << u"-u"_s << m_where.unit;
    m_runUsedCursor = false;
    m_sinceResume = false;
    m_linesThisRun = 0;
    // Resuming while following: --no-tail, or `-f` alone limits the first output to 10 entries
    // (-n 10) and holds back the rest of what was written during the cut until the journal
    // changes again (for a quiet unit, indefinitely).
    if (resuming && !m_cursor.isEmpty() && !m_cursorLost) {
        argv << u"--after-cursor"_s << m_cursor;
        if (options().follow)
            argv << u"--no-tail"_s;
        m_runUsedCursor = true;
    } else if (resuming && m_lastUs > 0) {
        argv << u"--since"_s << u"@%1"_s.arg(m_lastUs / 1'000'000);
        if (options().follow)
            argv << u"--no-tail"_s;
        m_sinceResume = true;
    } else {
        if (options().sinceMs > 0)
            argv << u"--since"_s << u"@%1"_s.arg(options().sinceMs / 1000);
        if (options().tailLines >= 0)
            argv << u"-n"_s << QString::number(options().tailLines);
        else if (options().follow)
            argv << u"--no-tail"_s;
    }
    remote::Command c(argv);
    c.asRoot(options().asRoot);
    c.request(u"logs-journal"_s, argv.mid(1)); // the dispatcher allows only the account's units
    return c;
}

void JournalLogSource::convert(const exec::LineBatch& lines, LogBatch& out)
{
    for (const exec::Line& line : lines) {
        if (line.channel == exec::Channel::Stderr) {
            if (m_runUsedCursor && m_linesThisRun == 0 && line.text.contains(u"cursor"_s))
                continue; // "Failed to seek to cursor": handled when it ends
            out << record(line, mask(line.text));
            continue;
        }
        auto entry = parseJournalJson(line.text);
        if (!entry) {
            out << record(line, mask(line.text));
            continue;
        }
        ++m_linesThisRun;
        if (entry->timeUs > 0 && entry->timeUs <= m_lastUs && m_sinceResume)
            continue; // --since has second precision: drop what was already delivered
        if (!entry->cursor.isEmpty())
            m_cursor = entry->cursor;
        m_lastUs = std::max(m_lastUs, entry->timeUs);
        LogRecord r = record(line, mask(entry->message));
        r.timeMs = entry->timeUs / 1000;
        r.level = levelOfPriority(entry->priority);
        if (!entry->origin.isEmpty()) {
            QString& origin = m_originCache[entry->origin];
            if (origin.isEmpty())
                origin = mask(entry->origin);
            r.origin = origin;
        }
        out << std::move(r);
    }
}

void JournalLogSource::streamEnded(const exec::StreamResult& result)
{
    m_retry = false;
    if (m_runUsedCursor && m_linesThisRun == 0 && result.error.code == ErrorCode::RemoteCommandFailed &&
        result.error.detail.contains(u"cursor"_s)) {
        m_cursorLost = true;
        m_retry = true;
    } else if (m_linesThisRun > 0 && m_runUsedCursor) {
        m_cursorLost = false;
    }
}

bool JournalLogSource::retry(const exec::StreamResult&)
{
    return std::exchange(m_retry, false);
}

} // namespace capataz::logs
