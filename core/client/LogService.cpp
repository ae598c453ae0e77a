#include "client/LogService.h"

#include "client/ServerSession.h"
#include "exec/Exec.h"
#include "logs/ComposeLogSource.h"
#include "logs/FileLogSource.h"
#include "logs/JournalLogSource.h"
#include "plan/StepContext.h"
#include "setup/EnvPlan.h"
#include "stack/RecipeLoader.h"
#include "store/RolePolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <chrono>

namespace capataz::client {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kTickMs = 33;

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// What the server has to follow, in one command (as root: docker and nginx's logs need it).
// $1 the project directory, the rest compose's argv before the subcommand. Sections start with
// a line "@name"; nothing in it writes anywhere.
const QString kDiscoverScript = uR"(dir=$1; shift
echo @services
if [ -n "$dir" ] && [ -d "$dir" ]; then (cd "$dir" && "$@" config --services 2>/dev/null); fi
echo @files
for f in /var/log/nginx/*.log; do [ -f "$f" ] && echo "$f"; done
if [ -n "$dir" ] && [ -d "$dir/logs" ]; then find "$dir/logs" -maxdepth 2 -type f -name '*.log' 2>/dev/null | sort | head -n 200; fi
for f in /var/log/*backup*.log /var/log/*/*backup*.log; do [ -f "$f" ] && echo "$f"; done
echo @units
if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then
  systemctl list-units --type=service --state=running --no-legend --plain 2>/dev/null | awk '{print $1}' | head -n 300
fi
)"_s;

LogService::Offer parseOffer(const QByteArray& out)
{
    LogService::Offer offer;
    QStringList* into = nullptr;
    for (const QByteArray& raw : out.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line == u"@services"_s)
            into = &offer.services;
        else if (line == u"@files"_s)
            into = &offer.files;
        else if (line == u"@units"_s)
            into = &offer.units;
        else if (!line.isEmpty() && into && !into->contains(line))
            into->append(line);
    }
    return offer;
}

} // namespace

LogService::LogService(ServerSession* session)
    : QObject(session)
    , m_session(session)
    , m_store(std::make_shared<logs::LogStore>(m_maxLines))
    , m_ticker(new QTimer(this))
{
    m_ticker->setInterval(kTickMs);
    connect(m_ticker, &QTimer::timeout, this, &LogService::tick);
    connect(session, &ServerSession::connected, this, &LogService::onConnected);
    connect(session, &ServerSession::connectionClosing, this, &LogService::detachSources);
    connect(session, &ServerSession::profileChanged, this, [this] { m_offer.reset(); });
}

LogService::~LogService()
{
    stopSources(true);
    m_writer.stop(); // what runs there uses this object's members
}

VoidResult LogService::start(const Selection& selection)
{
    if (auto allowed = store::mayReadLogs(m_session->profile()); !allowed)
        return allowed;
    if (!m_session->connection() || !m_session->isConnected())
        return fail(ErrorCode::ConnectionLost, u"not connected to %1"_s.arg(m_session->profile().name));
    stopSources();
    m_everStarted = true;
    if (m_store->maxLines() != m_maxLines) {
        resetStore();
    } else {
        clear();
    }
    launch(selection);
    return {};
}

void LogService::launch(const Selection& selection)
{
    m_selection = selection;
    m_secretsWarning.reset();
    if (selection.isEmpty()) {
        emit sourcesChanged();
        return;
    }
    // The .env's secrets first: nothing is stored before they are known.
    const setup::SetupTarget target =
        logs::defaultComposeTarget(m_session->profile().projectDir, stack::builtinRecipes());
    if (target.projectDir.isEmpty()) {
        startSources({});
        return;
    }
    auto* owner = new QObject(this);
    m_preparing = owner;
    emit sourcesChanged();
    setup::loadEnvSecrets(
        plan::StepContext{m_session->connection(), owner, {}}, target,
        [this, owner, path = target.envPath()](Result<plan::SecretMask> r) {
            owner->deleteLater();
            if (m_preparing != owner)
                return;
            m_preparing = nullptr;
            if (!r)
                m_secretsWarning =
                    Text(QT_TRANSLATE_NOOP("capataz::plan", "The secrets of %1 could not be read (%2): lines "
                                                            "that contain them are shown as they are."),
                         {path, r.error().detail});
            startSources(r ? *r : plan::SecretMask{});
        });
}

void LogService::startSources(const plan::SecretMask& secrets)
{
    ssh::Connection* conn = m_session->connection();
    m_sourcesConnection = conn;
    logs::LogSource::Options o;
    o.tailLines = m_selection.tailLines;
    o.sinceMs = m_selection.sinceMs;
    o.secrets = secrets;
    auto add = [&](logs::LogSource* s, const QString& name) {
        Running r;
        r.name = name;
        r.source = s;
        m_sources.push_back(std::move(r));
    };
    if (m_selection.compose) {
        const setup::SetupTarget target =
            logs::defaultComposeTarget(m_session->profile().projectDir, stack::builtinRecipes());
        o.index = 0;
        add(new logs::ComposeLogSource(conn, target, m_selection.services, o), u"compose"_s);
    }
    for (const QString& f : m_selection.files) {
        o.index = quint16(m_sources.size());
        add(new logs::FileLogSource(conn, f, o), f);
    }
    for (const QString& u : m_selection.units) {
        o.index = quint16(m_sources.size());
        add(new logs::JournalLogSource(conn, {u, QString()}, o), u);
    }
    QObject* logsThread = m_writer.context();
    ++m_generation;
    for (std::size_t i = 0; i < m_sources.size(); ++i) {
        logs::LogSource* s = m_sources[i].source;
        s->moveToThread(logsThread->thread()); // nothing of it has run yet
        // There, from the source straight to the store (same thread: a direct call).
        connect(s, &logs::LogSource::batchReady, logsThread,
                [this, store = m_store, name = m_sources[i].name](const logs::LogBatch& b) {
                    this->store(store, b, name);
                });
        // Here, queued.
        connect(s, &logs::LogSource::stateChanged, this,
                [this, i, gen = m_generation](logs::LogSource::State state) {
                    if (gen != m_generation)
                        return;
                    m_sources[i].state = state;
                    emit sourcesChanged();
                });
        connect(s, &logs::LogSource::finished, this, [this, i, gen = m_generation](const Error& error) {
            if (gen != m_generation)
                return;
            m_sources[i].error = error;
            emit sourcesChanged();
        });
    }
    // Their histories come in blocks, one source after the other: merged by time (TimeMerger).
    QMetaObject::invokeMethod(logsThread, [this] { m_merger.warmUp(steadyMs() + 1000); });
    for (const Running& r : m_sources)
        QMetaObject::invokeMethod(r.source, &logs::LogSource::start, Qt::QueuedConnection);
    m_ticker->start();
    emit sourcesChanged();
}

void LogService::disposeSources(bool wait)
{
    std::vector<logs::LogSource*> gone;
    for (Running& r : m_sources)
        if (r.source)
            gone.push_back(std::exchange(r.source, nullptr));
    ++m_generation;
    if (gone.empty())
        return;
    // On their thread, after what they already sent; their last signals go to no one.
    QMetaObject::invokeMethod(
        m_writer.context(),
        [gone] {
            for (logs::LogSource* s : gone) {
                s->stop();
                delete s;
            }
        },
        wait ? Qt::BlockingQueuedConnection : Qt::QueuedConnection);
}

void LogService::stopSources(bool wait)
{
    delete m_preparing.data();
    const bool had = !m_sources.empty();
    disposeSources(wait);
    m_sources.clear();
    // What the merge still holds goes into the store now.
    if (had && m_writer.isStarted())
        QMetaObject::invokeMethod(m_writer.context(), [this, store = m_store] {
            const logs::LogBatch out = m_merger.takeAll();
            m_holding = false;
            if (!out.isEmpty())
                store->append(out);
        });
}

void LogService::detachSources()
{
    if (m_sources.empty() || m_sourcesConnection != m_session->connection())
        return;
    // Waits for the logs thread (at most the batch it is storing): the connection is deleted
    // right after this returns, and a source there may be using it.
    disposeSources(true);
    for (Running& r : m_sources)
        r.state = logs::LogSource::State::Waiting;
    emit sourcesChanged();
}

void LogService::stop()
{
    const bool any = !m_sources.empty() || m_preparing;
    stopSources();
    if (any)
        emit sourcesChanged();
}

void LogService::clear()
{
    // On the writer thread, after the batches already sent: none of them lands after the clear.
    QMetaObject::invokeMethod(m_writer.context(), [this, store = m_store] {
        m_merger.clear();
        m_holding = false;
        store->clear();
    });
    m_ticker->start();
}

bool LogService::isRunning() const
{
    if (m_preparing)
        return true;
    for (const Running& r : m_sources)
        if (r.state == logs::LogSource::State::Running || r.state == logs::LogSource::State::Waiting)
            return true;
    return false;
}

QList<LogService::SourceState> LogService::sources() const
{
    QList<SourceState> out;
    for (const Running& r : m_sources)
        out.append({r.name, r.state, r.error});
    return out;
}

void LogService::setMaxLines(qint64 lines)
{
    m_maxLines = std::clamp<qint64>(lines, 1000, 100'000'000);
    // Nothing stored and nothing reading yet: the new cap applies at once.
    if (m_store->maxLines() != m_maxLines && m_sources.empty() && !m_preparing && m_store->end().get() == 0)
        resetStore();
}

void LogService::resetStore()
{
    m_store = std::make_shared<logs::LogStore>(m_maxLines);
    QMetaObject::invokeMethod(m_writer.context(), [this] {
        m_laneIds.clear();
        m_merger.clear();
        m_holding = false;
    });
    {
        std::lock_guard lock(m_laneMutex);
        m_lanes.clear();
    }
    m_lastEnd = {};
    emit storeReset();
}

logs::LogSnapshot LogService::snapshot() const
{
    return m_store->snapshot();
}

QList<LogService::Lane> LogService::lanes() const
{
    std::lock_guard lock(m_laneMutex);
    return m_lanes;
}

qint64 LogService::memoryBytes() const
{
    return m_store->memoryBytes();
}

void LogService::ingest(const logs::LogBatch& batch, const QString& sourceName)
{
    if (batch.isEmpty())
        return;
    ++m_queued;
    QMetaObject::invokeMethod(m_writer.context(), [this, store = m_store, batch, sourceName] {
        this->store(store, batch, sourceName);
        --m_queued;
    });
    if (!m_ticker->isActive())
        m_ticker->start();
}

void LogService::store(const std::shared_ptr<logs::LogStore>& target, logs::LogBatch batch,
                       const QString& sourceName)
{
    if (batch.isEmpty())
        return;
    // Lanes: one per origin of a source. Most batches have one origin, so the last lookup is
    // kept (origins are implicitly shared: comparing equal strings is cheap).
    logs::LogBatch out = std::move(batch);
    QString lastOrigin;
    quint16 lastLane = 0;
    bool haveLast = false;
    bool newLane = false;
    for (logs::LogRecord& r : out) {
        if (!haveLast || r.origin != lastOrigin) {
            const QString key = sourceName + QChar(0x1f) + r.origin;
            auto it = m_laneIds.constFind(key);
            if (it == m_laneIds.constEnd()) {
                std::lock_guard lock(m_laneMutex);
                const quint16 id = quint16(std::min<qsizetype>(m_lanes.size(), 0xfffe));
                m_lanes.append({r.origin.isEmpty() ? sourceName : r.origin, r.source});
                it = m_laneIds.insert(key, id);
                newLane = true;
            }
            lastOrigin = r.origin;
            lastLane = *it;
            haveLast = true;
        }
        r.source = lastLane;
    }
    // Several lanes are merged by time before they are stored; a mark (no source) lands after
    // everything held.
    const qint64 now = steadyMs();
    if (sourceName.isEmpty()) {
        logs::LogBatch held = m_merger.takeAll();
        held.append(out);
        out = std::move(held);
    } else {
        m_merger.push(out, now);
        out = m_merger.take(now);
    }
    m_holding = m_merger.isHolding();
    if (!out.isEmpty())
        target->append(out);
    if (newLane)
        QMetaObject::invokeMethod(this, &LogService::lanesChanged, Qt::QueuedConnection);
}

void LogService::tick()
{
    if (m_holding)
        QMetaObject::invokeMethod(m_writer.context(), [this, store = m_store] {
            const logs::LogBatch out = m_merger.take(steadyMs());
            m_holding = m_merger.isHolding();
            if (!out.isEmpty())
                store->append(out);
        });
    const logs::LogSeq end = m_store->end();
    const qint64 dropped = m_store->dropped().get();
    if (end != m_lastEnd || dropped != m_lastDropped) {
        m_lastEnd = end;
        m_lastDropped = dropped;
        emit linesAdded();
    } else if (!isRunning() && !m_holding && m_queued == 0) {
        // Nothing more comes: the next ingest() or start() starts it again. Not while the writer
        // still has batches: a tick that fell while it stored a big one saw no change, and the
        // view then stopped at what was stored before (bench_logview: 0.5 of 2 million lines).
        m_ticker->stop();
    }
}

void LogService::onConnected()
{
    m_offer.reset();
    emit offerChanged();
    // A new connection object (the user reconnected by hand): the sources read through the old
    // one, which is gone. Start them again from the newest line stored, with a mark.
    if (m_sources.empty() || m_sourcesConnection == m_session->connection())
        return;
    const logs::LogSnapshot snap = m_store->snapshot();
    qint64 newest = 0;
    if (snap.size().get() > 0)
        newest = snap.line(logs::LogSeq(snap.end().get() - 1)).timeMs;
    Selection again = m_selection;
    again.tailLines = newest > 0 ? -1 : m_selection.tailLines;
    again.sinceMs = newest > 0 ? newest + 1 : m_selection.sinceMs;
    stopSources();
    logs::LogRecord mark;
    mark.kind = logs::LogRecord::Kind::Gap;
    mark.timeMs = newest;
    mark.resumedMs = QDateTime::currentMSecsSinceEpoch();
    mark.text = QCoreApplication::translate(
        "capataz::client", "Connected again: reading goes on from the last line shown. Lines "
                           "written in the same millisecond as it may be missing.");
    ingest({mark}, QString());
    launch(again);
}

void LogService::discover()
{
    ssh::Connection* conn = m_session->connection();
    if (!conn || !m_session->isConnected() || m_discoverer)
        return;
    auto* owner = new QObject(this);
    m_discoverer = owner;
    const setup::SetupTarget target =
        logs::defaultComposeTarget(m_session->profile().projectDir, stack::builtinRecipes());
    QStringList args{target.projectDir};
    args << target.composeArgv();
    // An access account's dispatcher answers with what the account may read (core/access).
    exec::Request req(remote::Command::script(kDiscoverScript, args).asRoot().request(u"discover"_s));
    req.timeoutMs = 30000;
    req.maxOutput = 1 << 20;
    exec::runChecked(
        conn, owner, std::move(req),
        [this, owner](Result<exec::Output> r) {
            owner->deleteLater();
            m_discoverer = nullptr;
            if (r)
                m_offer = parseOffer(r->out);
            else
                m_offer = std::unexpected(r.error());
            emit offerChanged();
        },
        u"the list of logs"_s);
    emit offerChanged();
}

void LogService::openWindow(qint64 fromMs, qint64 toMs)
{
    emit windowRequested(fromMs, std::max(fromMs, toMs));
}

} // namespace capataz::client
