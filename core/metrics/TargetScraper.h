#pragma once

#include "common/Error.h"
#include "metrics/Exposition.h"
#include "metrics/ScrapeStatus.h"
#include "metrics/ScrapeTarget.h"
#include "net/HttpResponse.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>

namespace capataz::ssh {
class Connection;
class HttpGet;
} // namespace capataz::ssh

namespace capataz::metrics {

class SeriesStore;

// Scrapes one target, one request at a time: an HTTP GET through the SSH connection
// (ssh::HttpGet, a direct-tcpip channel), then the body is parsed (leniently: the good samples
// of a scrape are kept) into the scraper's reused Exposition and appended to the series store
// on a worker's thread, never on the caller's. Lives in the caller's thread (the GUI thread in
// the console); exactly one finished() per scrape() that was not ignored.
class TargetScraper final : public QObject {
    Q_OBJECT
public:
    // `store` may be null (the CLI: parse only).
    TargetScraper(ScrapeTarget target, std::shared_ptr<SeriesStore> store, QObject* parent = nullptr);
    ~TargetScraper() override;

    [[nodiscard]] const ScrapeTarget& target() const { return m_status.target; }
    [[nodiscard]] const ScrapeStatus& status() const { return m_status; }
    [[nodiscard]] bool isBusy() const { return m_busy; }

    // Starts a scrape through `connection`, parsing on `worker`'s thread (null: in this thread).
    // False (and nothing happens) while the previous one runs.
    bool scrape(ssh::Connection& connection, QObject* worker, int timeoutMs);
    // Stops a running scrape: it finishes with Cancelled.
    void cancel();
    // Not connected: the state says so until the next scrape.
    void setPaused();

    // The last parsed exposition; valid while no scrape runs.
    [[nodiscard]] const Exposition& exposition() const;

signals:
    void finished(const capataz::metrics::ScrapeStatus& status);

private:
    struct Work;
    struct Parsed;
    void onResponse(const Result<net::HttpResponse>& result);
    void onParsed(const Parsed& parsed);
    void finish(const Error& error);

    ScrapeStatus m_status;
    std::shared_ptr<SeriesStore> m_store;
    std::shared_ptr<Work> m_work;
    QPointer<ssh::HttpGet> m_get;
    QPointer<QObject> m_worker;
    QElapsedTimer m_clock;
    qint64 m_startMs = 0;
    bool m_busy = false;
};

} // namespace capataz::metrics
