#pragma once

#include "common/Error.h"
#include "common/WorkerThread.h"
#include "metrics/ScrapeStatus.h"
#include "metrics/ScrapeTarget.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QTimer;

namespace capataz::ssh {
class Connection;
}

namespace capataz::metrics {
class SeriesStore;
class TargetScraper;
} // namespace capataz::metrics

namespace capataz::client {

class ServerSession;

// The metrics of one server: scrapes its targets through the SSH connection (no port opened)
// at the profile's interval (ServerProfile::scrapeIntervalS, default 15 s; setIntervalMs() for
// this session only), one request per interval per target, and keeps the samples in
// one series store (memory, and an SQLite history in the data directory for profiles of the
// registry). Targets: the service's /metrics from the recipe of the profile's project (when
// it has one), node-exporter on 127.0.0.1:9100 (optional: its absence is no failure), and the
// targets configured with setConfiguredTargets().
//
// Owned by the ServerSession, so it keeps scraping while no view shows it, as long as the
// server is connected; it pauses while not connected (asking a failed connection to come
// back, as the log sources do) and resumes with the next connection. Parsing and storing
// happen on the service's own worker thread, started with the first scrape.
//
// Roles: reading metrics changes nothing: admin and support profiles (RolePolicy
// mayReadMetrics); an owner profile is never scraped.
class MetricsService final : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 15'000;

    explicit MetricsService(ServerSession* session);
    ~MetricsService() override;

    // Scraping while connected (the default). Disabled: nothing is scraped; the store stays.
    // RoleNotAllowed for an owner profile (then nothing changes).
    VoidResult setEnabled(bool enabled);
    [[nodiscard]] bool isEnabled() const { return m_enabled; }
    // Enabled, allowed and connected: scrapes are being made.
    [[nodiscard]] bool isScraping() const;

    void setIntervalMs(int ms); // 1 s to 1 h
    [[nodiscard]] int intervalMs() const { return m_intervalMs; }

    // Targets configured by the user, scraped besides the recipe's and node-exporter.
    void setConfiguredTargets(const QList<metrics::ScrapeTarget>& targets);
    [[nodiscard]] const QList<metrics::ScrapeTarget>& configuredTargets() const { return m_configured; }
    // Whether node-exporter (127.0.0.1:9100/metrics) is scraped (default yes).
    void setNodeExporter(bool on);
    // The recipe's /metrics of the profile's project, when it has one.
    [[nodiscard]] std::optional<metrics::ScrapeTarget> serviceTarget() const;
    // Everything scraped: the service's, node-exporter, the configured ones.
    [[nodiscard]] QList<metrics::ScrapeTarget> targets() const;

    // How the last scrape of each target went, in targets() order.
    [[nodiscard]] QList<metrics::ScrapeStatus> statuses() const;
    // Scrapes every idle target now (the interval goes on from here). No-op when not scraping.
    void scrapeNow();

    // The store (any thread may read it). Its history is opened with the first scrape.
    [[nodiscard]] std::shared_ptr<metrics::SeriesStore> store() const { return m_store; }
    // Where the history is written: the data directory's metrics/server-<id>.sqlite for a profile
    // of the registry, empty (memory only) otherwise or after setHistoryFile({}).
    [[nodiscard]] QString historyFile() const;
    void setHistoryFile(const QString& path); // before the first scrape
    // Series beyond the store's cap were dropped: the warning to show, else empty.
    [[nodiscard]] QString churnWarning() const;

signals:
    void statusChanged(); // a target's state changed, or the targets did
    void samplesAdded();  // a scrape stored samples

private:
    void rebuildScrapers();
    void tick();
    void onConnected();
    void onConnectionFailed();
    void watch(ssh::Connection* connection);
    void pauseAll();
    [[nodiscard]] bool allowed() const;
    void openHistoryOnce();

    ServerSession* m_session;
    std::shared_ptr<metrics::SeriesStore> m_store;
    std::vector<std::unique_ptr<metrics::TargetScraper>> m_scrapers;
    QList<metrics::ScrapeTarget> m_configured;
    QTimer* m_timer;
    int m_intervalMs = kDefaultIntervalMs;
    bool m_enabled = true;
    bool m_nodeExporter = true;
    bool m_historyOpened = false;
    std::optional<QString> m_historyFile;              // set by setHistoryFile
    mutable std::optional<QString> m_serviceTargetDir; // the project directory serviceTarget() was read for
    mutable std::optional<metrics::ScrapeTarget> m_serviceTarget;
    WorkerThread m_worker{QStringLiteral("capataz-metrics")}; // parsing and storing happen there
    QPointer<ssh::Connection> m_watched;
    bool m_retryScheduled = false;
    bool m_reconnectAsked = false;
};

} // namespace capataz::client
