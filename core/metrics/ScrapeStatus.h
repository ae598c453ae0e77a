#pragma once

#include "common/Error.h"
#include "metrics/Exposition.h"
#include "metrics/ScrapeTarget.h"

#include <QMetaType>
#include <QString>

namespace capataz::metrics {

// How the last scrape of one target went.
struct ScrapeStatus {
    enum class State : quint8 {
        Waiting, // not scraped yet
        Ok,      // the last scrape worked (some lines may have been skipped: problems)
        Failed,  // the last scrape did not work: error and sentence() say why
        Absent,  // an optional target where nothing answers (node-exporter not installed)
        Paused,  // not connected: scraping resumes with the connection
    };

    ScrapeTarget target;
    State state = State::Waiting;
    Error error;              // of the last scrape; None when it worked
    int httpStatus = 0;       // of the last answer, 0: none
    qint64 lastScrapeMs = 0;  // when the last scrape started (UTC ms), 0: never
    qint64 lastSuccessMs = 0; // when the last good scrape started
    qint64 durationMs = 0;    // of the last scrape, request to samples stored
    qint64 samples = 0;       // in the last good scrape
    qint64 stored = 0;        // of them, appended to the series store
    qint64 refusedSeries = 0; // samples of new series beyond the store's cap
    int problems = 0;         // lines the parser skipped (their good samples are kept)
    QString firstProblem;     // "line N: sentence" of the first of them
    ExpositionFormat format = ExpositionFormat::Prometheus;
    int scrapes = 0;  // done since the service started
    int failures = 0; // of them, failed

    // What happened, in plain words and the user's language ("Nothing answers at
    // 127.0.0.1:8000/metrics on the server: ...", "1,234 samples read in 35 ms.").
    [[nodiscard]] QString sentence() const;
    // "waiting", "ok", "failed", "absent", "paused": for --json.
    [[nodiscard]] static QString stateName(State state);
};

} // namespace capataz::metrics

Q_DECLARE_METATYPE(capataz::metrics::ScrapeStatus)
