#pragma once

#include "common/Error.h"
#include "metrics/Exposition.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

class QThread;

namespace capataz::metrics {

class SeriesHistory;

// A series' number in its store: stable for the store's life (series are never removed).
using SeriesId = quint32;

struct SeriesStoreLimits {
    qint64 rawWindowMs = 6LL * 3600 * 1000;      // samples kept at full resolution
    qint32 maxPointsPerSeries = 6 * 3600;        // and at most this many of them (1 per second)
    qint32 maxSeries = 10'000;                   // label sets beyond this are dropped and counted
    qint64 historyWindowMs = 24LL * 3600 * 1000; // minute rows kept in memory (and loaded at open)
    qint64 retentionMs = 8LL * 24 * 3600 * 1000; // minute rows kept in the SQLite file
};

struct SeriesInfo {
    SeriesId id = 0;
    QString metric;
    QList<std::pair<QString, QString>> labels; // sorted by name
    MetricType type = MetricType::Unknown;
    qint64 lastTimeMs = 0; // the newest sample or minute row, 0: none
};

// A point of a range read. A raw sample has min == max == value; a minute of history has the
// minute's last value at the time of its last sample, and its min and max; a bucket (reads
// with maxPoints) the last value of the bucket and the min and max of everything in it.
struct SeriesPoint {
    qint64 timeMs = 0;
    double value = 0;
    double min = 0;
    double max = 0;
    bool operator==(const SeriesPoint&) const = default;
};

// One minute of a series, as kept in memory and in the history file.
struct MinuteRow {
    qint64 minute = 0; // UTC ms / 60000
    double min = 0;
    double max = 0;
    double sum = 0;     // of the non-NaN values
    qint32 count = 0;   // values, NaN included
    qint32 numeric = 0; // non-NaN values
    double last = 0;
    qint64 lastMs = 0;
    [[nodiscard]] double avg() const;
    void add(qint64 timeMs, double v);
    void merge(const MinuteRow& later); // `later` is the same minute, seen after this one
};

// The samples of one server's metrics: per series (a metric name and a label set), the recent
// samples in memory at full resolution (compact time and value arrays, trimmed to the raw
// window and a cap per series), and one row per minute (min, max, avg, last) for the last
// 24 hours. Minute rows are also written to an SQLite file (openHistory) by the store's own
// thread with its own database connection, so that after a restart the last 24 hours are in
// memory again at once (at minute resolution) and a chart of them opens without waiting.
// Counter resets are kept as they are: the query engine handles them.
//
// Series churn: at most maxSeries label sets; a new one beyond that is dropped, counted
// (droppedSeries) and the store is in its warning state (churnLimited).
//
// Threads: one thread appends at a time (the metrics worker); reads come from any thread.
class SeriesStore {
public:
    explicit SeriesStore(SeriesStoreLimits limits = {});
    ~SeriesStore(); // writes what is pending (the current minute too) and closes the history
    SeriesStore(const SeriesStore&) = delete;
    SeriesStore& operator=(const SeriesStore&) = delete;

    [[nodiscard]] const SeriesStoreLimits& limits() const { return m_limits; }

    // --- history --------------------------------------------------------------------------
    // Opens (creating it and its folder) the SQLite file and loads its last historyWindow in the
    // background; appends wait for that load. Once, before the first append. Errors: the file
    // cannot be opened (DatabaseError, LocalFileError): the store then works in memory only.
    VoidResult openHistory(const QString& filePath);
    [[nodiscard]] bool isHistoryLoaded() const;
    // Blocks until the history is loaded (or `timeoutMs`): for tests and the CLI.
    bool waitForHistory(int timeoutMs) const;
    // A history write that failed (the store goes on in memory); None otherwise.
    [[nodiscard]] Error historyError() const;
    // Blocks until every row handed to the history thread so far is written (tests, shutdown).
    void syncHistory();

    // --- appending (one thread at a time) -------------------------------------------------------
    // The series of `metric` with `encodedLabels` (Exposition's encoding, sorted by name), made
    // if new; nullopt when it is new and the store holds maxSeries already (counted).
    std::optional<SeriesId> seriesFor(std::string_view metric, std::string_view encodedLabels,
                                      MetricType type);
    struct Append {
        SeriesId series;
        qint64 timeMs;
        double value;
    };
    // Appends in one go. A sample not newer than its series' newest is ignored (out of order or
    // a repeat of an exposition's own timestamp). Returns the samples stored.
    qint64 append(const std::vector<Append>& samples);
    // Closes the minutes before `nowMs`'s minute and hands their rows to the history thread.
    void flush(qint64 nowMs);

    // --- reading (any thread) -------------------------------------------------------------------
    // The points of `series` from `fromMs` to `toMs` (inclusive), oldest first: raw samples where
    // memory has them, minute rows before. maxPoints > 0: at most that many, one per bucket of
    // (toMs - fromMs + 1) / maxPoints ms (last value, min and max), empty buckets left out.
    [[nodiscard]] std::vector<SeriesPoint> range(SeriesId series, qint64 fromMs, qint64 toMs,
                                                 int maxPoints = 0) const;
    // The minute rows of `series` in the history file (beyond the 24 hours in memory: up to the
    // retention, 8 days), as range() gives minute rows; rows the history thread has not written
    // yet are not there (syncHistory()). Blocks until the history thread answers: call it from
    // a worker, not the GUI thread. Empty without a history.
    [[nodiscard]] std::vector<SeriesPoint> historyRange(SeriesId series, qint64 fromMs, qint64 toMs,
                                                        int maxPoints = 0) const;
    [[nodiscard]] std::optional<SeriesId> find(const QString& metric,
                                               const QList<std::pair<QString, QString>>& labels) const;
    // Every series, or those of `metric`.
    [[nodiscard]] QList<SeriesInfo> series(const QString& metric = {}) const;
    [[nodiscard]] SeriesInfo info(SeriesId id) const;
    // The metric names, sorted (for a metric picker).
    [[nodiscard]] QStringList metricNames() const;
    [[nodiscard]] qint64 seriesCount() const;
    [[nodiscard]] qint64 droppedSeries() const;
    [[nodiscard]] bool churnLimited() const { return droppedSeries() > 0; }
    [[nodiscard]] qint64 rawSampleCount() const;

    // For the history thread: the series and rows read from the file.
    struct Loaded {
        std::string metric;
        std::string labels;
        MetricType type = MetricType::Unknown;
        qint64 dbId = 0;
        std::vector<MinuteRow> rows; // oldest first
    };
    struct PendingRow {
        SeriesId series;
        MinuteRow row;
    };
    struct NewSeries {
        SeriesId series;
        std::string metric;
        std::string labels;
        MetricType type;
    };

private:
    struct Series;
    void finishLoad(std::vector<Loaded> loaded, const Error& error);
    void closeMinute(Series& s);
    void sendPending(std::unique_lock<std::shared_mutex>& lock);
    void waitLoaded() const;
    [[nodiscard]] static std::string key(std::string_view metric, std::string_view labels);

    SeriesStoreLimits m_limits;
    mutable std::shared_mutex m_mutex;
    std::vector<std::unique_ptr<Series>> m_series;
    std::unordered_map<std::string, SeriesId> m_index; // metric + '\0' + labels
    qint64 m_dropped = 0;
    std::vector<PendingRow> m_pending;
    SeriesId m_announced = 0; // series [0, m_announced) are known to the history thread

    mutable std::mutex m_loadMutex;
    mutable std::condition_variable m_loadCv;
    bool m_loaded = true; // false while a history loads
    Error m_historyError;

    QThread* m_thread = nullptr;
    SeriesHistory* m_history = nullptr; // lives in m_thread

    friend class SeriesHistory;
};

} // namespace capataz::metrics
