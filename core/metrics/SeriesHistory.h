#pragma once

#include "common/Error.h"
#include "metrics/SeriesStore.h"

#include <QObject>
#include <QString>

#include <vector>

namespace capataz::metrics {

// The SQLite side of a SeriesStore: lives on the store's own thread with its own database
// connection (QSQLITE, WAL) to one file of minute rows:
//   series(id, metric, labels BLOB, type)   labels in Exposition's encoding, sorted by name
//   minute(series, t, min, max, avg, last, last_ms, count, numeric)   t = UTC ms / 60000
// Rows older than the retention are removed once an hour.
class SeriesHistory final : public QObject {
    Q_OBJECT
public:
    SeriesHistory(SeriesStore* store, SeriesStoreLimits limits);
    ~SeriesHistory() override;

    // On the history thread.
    VoidResult open(const QString& filePath);
    // Reads the rows of the last historyWindow and hands them to the store.
    void load(qint64 nowMs);
    void write(std::vector<SeriesStore::NewSeries> series, std::vector<SeriesStore::PendingRow> rows);
    // The rows of a series whose last sample is within [fromMs, toMs], oldest first.
    [[nodiscard]] std::vector<MinuteRow> read(SeriesId series, qint64 fromMs, qint64 toMs);
    void close();

private:
    VoidResult exec(const QString& sql);
    void prune(qint64 nowMs);

    SeriesStore* m_store;
    SeriesStoreLimits m_limits;
    QString m_connectionName;
    std::vector<qint64> m_dbIds; // by SeriesId
    qint64 m_lastPruneMs = 0;
};

} // namespace capataz::metrics
