#include "logs/ComposeLogSource.h"

#include "logs/LogParse.h"

namespace capataz::logs {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 kNanosPerMs = 1'000'000;
}

setup::SetupTarget defaultComposeTarget(const QString& profileProjectDir, const QList<stack::Recipe>& recipes)
{
    setup::SetupTarget t;
    const QString dir = profileProjectDir.trimmed();
    const stack::Recipe* generic = nullptr;
    const stack::Recipe* chosen = nullptr;
    for (const stack::Recipe& r : recipes) {
        if (r.id == u"generic-compose"_s)
            generic = &r;
        if (!dir.isEmpty() && r.projectDir == dir && !chosen)
            chosen = &r;
    }
    if (!chosen)
        chosen = generic;
    if (chosen)
        t.recipe = *chosen;
    t.projectDir = dir.isEmpty() ? t.recipe.projectDir : dir;
    t.composeFiles = t.recipe.composeFiles;
    if (t.composeFiles.isEmpty())
        t.composeFiles << u"docker-compose.yml"_s;
    if (!t.recipe.profileSets.isEmpty())
        t.profiles = t.recipe.profileSets.first().profiles;
    t.envFile = t.recipe.envFile.isEmpty() ? u".env"_s : t.recipe.envFile;
    return t;
}

ComposeLogSource::ComposeLogSource(ssh::Connection* connection, setup::SetupTarget target,
                                   QStringList services, Options options, QObject* parent)
    : LogSource(connection, std::move(options), parent)
    , m_target(std::move(target))
    , m_services(std::move(services))
    , m_project(composeProjectName(m_target.projectDir))
{}

Result<remote::Command> ComposeLogSource::command(bool resuming)
{
    QStringList args{u"logs"_s, u"--no-color"_s, u"--timestamps"_s};
    if (options().follow)
        args << u"-f"_s;
    m_replay.clear();
    m_floorNs = 0;
    qint64 sinceNs = options().sinceMs > 0 ? options().sinceMs * kNanosPerMs : 0;
    bool all = false;
    if (resuming && !m_seen.isEmpty()) {
        qint64 oldest = std::numeric_limits<qint64>::max();
        for (auto it = m_seen.cbegin(); it != m_seen.cend(); ++it) {
            m_replay.insert(it.key(), Replay{it->lastNs, it->atLast});
            oldest = std::min(oldest, it->lastNs);
            m_floorNs = std::max(m_floorNs, it->lastNs);
        }
        sinceNs = std::max(sinceNs, oldest);
        all = true;
    }
    m_triedSince = sinceNs > 0 && m_sinceSupported;
    if (m_triedSince)
        args << u"--since"_s << formatRfc3339Nanos(sinceNs);
    else if (all || sinceNs > 0 || options().tailLines < 0)
        args << u"--tail"_s << u"all"_s;
    else
        args << u"--tail"_s << QString::number(options().tailLines);
    if (m_triedSince && !all && options().tailLines >= 0)
        args << u"--tail"_s << QString::number(options().tailLines);
    if (!m_services.isEmpty())
        args << u"--"_s << m_services;
    m_linesThisRun = 0;
    m_heldBack.clear();
    m_retryWithoutSince = false;
    m_sinceRefused = false;
    remote::Command c = m_target.composeCommand(args, options().asRoot);
    c.request(u"logs-compose"_s, args.mid(1)); // an access account: the same words after "logs"
    return c;
}

void ComposeLogSource::convert(const exec::LineBatch& lines, LogBatch& out)
{
    const qint64 sinceNs = options().sinceMs * kNanosPerMs;
    for (const exec::Line& line : lines) {
        // Masked before the prefix is taken apart: a secret is found wherever it is.
        const QString masked = mask(line.text);
        ComposeLine parsed = parseComposeLine(masked, m_project);
        if (parsed.container.isEmpty()) {
            // docker-compose 1.x's banner (again on every resume), not a line of the logs: v2 has
            // none, and kept it made `--tail N` give N + 1 lines, one of a "compose" source.
            if (line.channel == exec::Channel::Stdout && parsed.text.startsWith(u"Attaching to "_s))
                continue;
            if (m_triedSince && m_linesThisRun == 0 &&
                (parsed.text.contains(u"Usage: logs"_s) || parsed.text.contains(u"--since"_s)))
                m_sinceRefused = true;
            LogRecord r = record(line, std::move(parsed.text));
            if (m_triedSince && m_linesThisRun == 0 &&
                (line.channel == exec::Channel::Stderr || m_sinceRefused))
                m_heldBack << std::move(r);
            else
                out << std::move(r);
            continue;
        }
        if (parsed.timeNs > 0) {
            if (parsed.timeNs < sinceNs)
                continue; // --since done here when compose cannot (1.x)
            if (auto replay = m_replay.find(parsed.container); replay != m_replay.end()) {
                if (parsed.timeNs < replay->lastNs)
                    continue;
                if (parsed.timeNs == replay->lastNs) {
                    auto count = replay->atLast.find(parsed.text);
                    if (count != replay->atLast.end() && *count > 0) {
                        --*count;
                        continue;
                    }
                }
            } else if (!m_replay.isEmpty() && parsed.timeNs <= m_floorNs) {
                continue; // a container not seen before the cut: its lines before then were replayed
            }
            Seen& seen = m_seen[parsed.container];
            if (parsed.timeNs > seen.lastNs) {
                seen.lastNs = parsed.timeNs;
                seen.atLast.clear();
            }
            if (parsed.timeNs == seen.lastNs)
                ++seen.atLast[parsed.text];
        }
        if (m_linesThisRun++ == 0 && !m_heldBack.isEmpty())
            out << std::exchange(m_heldBack, {});
        LogRecord r = record(line, std::move(parsed.text));
        r.timeMs = parsed.timeNs / kNanosPerMs;
        QString& origin = m_originCache[parsed.service];
        if (origin.isEmpty())
            origin = parsed.service;
        r.origin = origin;
        out << std::move(r);
    }
}

void ComposeLogSource::streamEnded(const exec::StreamResult& result)
{
    // docker-compose 1.x refuses --since with its usage text, and exits 0 (1.29) or 1: go on
    // without it. The usage text was held back by convert(), never shown as log lines.
    const QString& detail = result.error.detail;
    const bool refusedByStatus = result.error.code == ErrorCode::RemoteCommandFailed &&
                                 (detail.contains(u"Usage: logs"_s) || detail.contains(u"--since"_s));
    if (m_triedSince && m_linesThisRun == 0 && (m_sinceRefused || refusedByStatus)) {
        m_sinceSupported = false;
        m_retryWithoutSince = true;
        m_heldBack.clear();
        return;
    }
    if (!m_heldBack.isEmpty())
        emit batchReady(std::exchange(m_heldBack, {}));
}

bool ComposeLogSource::retry(const exec::StreamResult&)
{
    return std::exchange(m_retryWithoutSince, false);
}

} // namespace capataz::logs
