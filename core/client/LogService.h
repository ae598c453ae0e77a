#pragma once

#include "common/Error.h"
#include "common/Text.h"
#include "common/WorkerThread.h"
#include "logs/LogRecord.h"
#include "logs/LogSource.h"
#include "logs/LogStore.h"
#include "logs/TimeMerger.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

class QTimer;

namespace capataz::client {

class ServerSession;

// The live logs of one server: the sources it follows (compose services, files on the server,
// journald units), one store that holds their lines, and what the server offers to follow.
// Owned by the ServerSession, so it keeps reading while the Logs tab is closed or shows another
// server, as long as the server stays connected; a dropped connection is resumed by the sources
// themselves (LogSource: no duplicate, no missing line, a mark where the gap was).
//
// Threads: lines are split and decoded on the connection's thread; the sources live on this
// service's own logs thread (created here, moved there before they start, deleted there), where
// they mask and parse them into records and hand them straight to the store, which is written
// there too: neither costs the GUI thread. Their states come back by queued signals (sources()).
// A source must not outlive its connection: ServerSession::connectionClosing() drops them (they
// start again, from the newest line stored, when the session connects anew). Views read
// snapshots of the store from any thread. linesAdded() is sent at most about 30 times a second.
//
// Lanes: the store keeps one small number per line for where it came from. A lane is one
// origin of one source: a compose service ("web"), a file (its path), a journald unit. The
// writer gives each new one the next number; lanes() names them (a view's source column and
// filter). With several lanes the writer merges them by time before storing (TimeMerger): the
// list reads in the order lines were written, at the cost of holding a line up to half a second
// while another lane may still bring an earlier one.
//
// Roles: reading logs changes nothing on the server: admin and support profiles may, an owner
// profile only when its server allows it (RolePolicy mayReadLogs); start() refuses the others
// with RoleNotAllowed.
class LogService final : public QObject {
    Q_OBJECT
public:
    // What to follow. Empty: nothing.
    struct Selection {
        bool compose = false;
        QStringList services; // compose services; empty with `compose`: all of them
        QStringList files;    // absolute paths on the server
        QStringList units;    // systemd units (journald)
        int tailLines = 200;  // history first, per source (-1: all)
        qint64 sinceMs = 0;   // only lines from then on (UTC ms), 0: no limit
        bool operator==(const Selection&) const = default;
        [[nodiscard]] bool isEmpty() const { return !compose && files.isEmpty() && units.isEmpty(); }
    };

    // What the server has to follow, read by discover().
    struct Offer {
        QStringList services; // of the profile's compose project (the recipe's files and profiles)
        QStringList files;    // nginx's logs, the project's logs/ folder, backup logs in /var/log
        QStringList units;    // running systemd services (none without systemd)
    };

    struct Lane {
        QString name;   // "web", "/var/log/nginx/x-access.log", "nginx.service"
        quint16 source; // index of the source in sources()
    };

    struct SourceState {
        QString name; // "compose", a path, a unit
        logs::LogSource::State state = logs::LogSource::State::Idle;
        Error error;
    };

    explicit LogService(ServerSession* session);
    ~LogService() override;

    // Starts following `selection` (stopping what was followed): the store is emptied, the
    // project's .env secrets are read first (nothing is stored before they are known), then
    // every source starts. RoleNotAllowed for an owner profile, NotConnected without a
    // connection: nothing changes then.
    VoidResult start(const Selection& selection);
    // Stops every source; the lines stay.
    void stop();
    // Drops every stored line (the sources go on).
    void clear();
    [[nodiscard]] bool isRunning() const;
    // Whether start() was ever called (a view starts the compose logs by itself only once).
    [[nodiscard]] bool everStarted() const { return m_everStarted; }
    [[nodiscard]] bool isPreparing() const { return m_preparing != nullptr; }
    [[nodiscard]] const Selection& selection() const { return m_selection; }
    [[nodiscard]] QList<SourceState> sources() const;
    // The warning when the secrets could not be read (lines are then shown unmasked): empty
    // otherwise. Translated on use.
    [[nodiscard]] const std::optional<Text>& secretsWarning() const { return m_secretsWarning; }

    // The store's cap: lines beyond it drop the oldest. Takes effect at the next start(), or at
    // once while nothing was ever stored.
    void setMaxLines(qint64 lines);
    [[nodiscard]] qint64 maxLines() const { return m_maxLines; }

    // --- any thread -------------------------------------------------------------------------
    [[nodiscard]] logs::LogSnapshot snapshot() const;
    [[nodiscard]] QList<Lane> lanes() const;
    [[nodiscard]] qint64 memoryBytes() const;

    // Stores records as a source would deliver them (the index is the record's `source`,
    // naming it `sourceName`): the way external readers hand lines in, and what tests and
    // screenshots use to fill a store without a server. Lines are visible after linesAdded().
    void ingest(const logs::LogBatch& batch, const QString& sourceName);

    // What the server has to follow: read once per connection on request.
    void discover();
    [[nodiscard]] bool isDiscovering() const { return m_discoverer != nullptr; }
    [[nodiscard]] const std::optional<Result<Offer>>& offer() const { return m_offer; }

    // Another view (the metrics charts) asks for the lines around a time: the Logs tab
    // shows this server's logs from `fromMs` to `toMs` (UTC ms).
    void openWindow(qint64 fromMs, qint64 toMs);

signals:
    void linesAdded();   // the store has more lines (or fewer: cleared, or a new store)
    void storeReset();   // a new store (start() with another cap): views take a new snapshot
    void lanesChanged(); // a new lane
    void sourcesChanged();
    void offerChanged();
    void windowRequested(qint64 fromMs, qint64 toMs);

private:
    void launch(const Selection& selection);
    void resetStore();
    void startSources(const plan::SecretMask& secrets);
    // Stops the sources and deletes them on the logs thread; `wait`: returns once they are gone.
    void stopSources(bool wait = false);
    // The session's connection is about to be deleted: its sources go now (they read through
    // it), their states read Waiting, and onConnected() starts them again.
    void detachSources();
    void disposeSources(bool wait);
    void onConnected();
    // The logs thread: lanes, the time merge, the store.
    void store(const std::shared_ptr<logs::LogStore>& target, logs::LogBatch batch,
               const QString& sourceName);
    void tick();

    ServerSession* m_session;
    Selection m_selection;
    qint64 m_maxLines = logs::LogStore::kDefaultMaxLines;
    std::shared_ptr<logs::LogStore> m_store;
    WorkerThread m_writer{QStringLiteral("capataz-logs-writer")}; // the store is appended to there
    QTimer* m_ticker;
    logs::LogSeq m_lastEnd;
    qint64 m_lastDropped = 0;
    int m_lastLaneCount = 0;
    // A source as the GUI thread sees it. The object lives on the logs thread; its state and
    // error come back by queued signals of the generation they were connected in.
    struct Running {
        QString name;                      // "compose", a path, a unit
        logs::LogSource* source = nullptr; // null once dropped with its connection
        logs::LogSource::State state = logs::LogSource::State::Running; // start() is on its way
        Error error;
    };
    std::vector<Running> m_sources;
    quint64 m_generation = 0; // of m_sources: late signals of sources since dropped are ignored
    QPointer<ssh::Connection> m_sourcesConnection; // the connection the sources read through
    QPointer<QObject> m_preparing;                 // owner of the .env read before the sources start
    QPointer<QObject> m_discoverer;
    std::optional<Result<Offer>> m_offer;
    std::optional<Text> m_secretsWarning;
    bool m_everStarted = false;

    mutable std::mutex m_laneMutex; // m_lanes: written by the writer thread
    QList<Lane> m_lanes;
    QHash<QString, quint16> m_laneIds;   // writer thread: "source name\x1forigin" -> lane
    logs::TimeMerger m_merger;           // writer thread
    std::atomic<bool> m_holding = false; // the merger holds lines: the ticker releases them
    std::atomic<int> m_queued = 0;       // batches ingest() handed the writer, not stored yet
};

} // namespace capataz::client
