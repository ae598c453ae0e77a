#include "metrics/SeriesHistory.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>
#include <cmath>
#include <unordered_map>

using namespace Qt::Literals::StringLiterals;

namespace capataz::metrics {

namespace {

std::atomic<int> g_connections{0};

QVariant real(double v)
{
    return std::isnan(v) ? QVariant() : QVariant(v); // SQLite has no NaN: NULL
}

double realOf(const QVariant& v)
{
    return v.isNull() ? std::nan("") : v.toDouble();
}

QByteArray bytes(const std::string& s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

std::string stdString(const QByteArray& b)
{
    return std::string(b.constData(), size_t(b.size()));
}

Error sqlError(const QString& what, const QSqlError& e)
{
    return Error{ErrorCode::DatabaseError, what + u": "_s + e.text()};
}

} // namespace

SeriesHistory::SeriesHistory(SeriesStore* store, SeriesStoreLimits limits)
    : m_store(store)
    , m_limits(limits)
{}

SeriesHistory::~SeriesHistory() = default;

VoidResult SeriesHistory::exec(const QString& sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(sql))
        return std::unexpected(sqlError(sql, q.lastError()));
    return {};
}

VoidResult SeriesHistory::open(const QString& filePath)
{
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return fail(ErrorCode::DatabaseError, u"the Qt SQLite driver (QSQLITE) is not available"_s);
    m_connectionName = u"capataz-metrics-%1"_s.arg(++g_connections);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(filePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open()) {
            const Error e = sqlError(u"cannot open "_s + filePath, db.lastError());
            close();
            return std::unexpected(e);
        }
    }
    for (const QString& sql : {
             u"PRAGMA journal_mode = WAL"_s,
             u"PRAGMA synchronous = NORMAL"_s,
             u"CREATE TABLE IF NOT EXISTS series (id INTEGER PRIMARY KEY, metric TEXT NOT NULL, "
             u"labels BLOB NOT NULL, type INTEGER NOT NULL, UNIQUE (metric, labels))"_s,
             u"CREATE TABLE IF NOT EXISTS minute (series INTEGER NOT NULL, t INTEGER NOT NULL, "
             u"min REAL, max REAL, avg REAL, last REAL, last_ms INTEGER NOT NULL, count INTEGER NOT NULL, "
             u"numeric INTEGER NOT NULL, PRIMARY KEY (series, t)) WITHOUT ROWID"_s,
             u"CREATE INDEX IF NOT EXISTS minute_t ON minute (t)"_s,
         }) {
        if (auto r = exec(sql); !r) {
            close();
            return r;
        }
    }
    return {};
}

void SeriesHistory::load(qint64 nowMs)
{
    std::vector<SeriesStore::Loaded> loaded;
    Error error;
    const qint64 since = (nowMs - m_limits.historyWindowMs) / 60'000;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery series(db);
    series.setForwardOnly(true);
    std::unordered_map<qint64, size_t> byDbId;
    if (series.exec(u"SELECT id, metric, labels, type FROM series WHERE id IN "
                    u"(SELECT DISTINCT series FROM minute WHERE t >= %1) ORDER BY id"_s.arg(since))) {
        while (series.next()) {
            SeriesStore::Loaded l;
            l.dbId = series.value(0).toLongLong();
            l.metric = series.value(1).toString().toStdString();
            l.labels = stdString(series.value(2).toByteArray());
            l.type = MetricType(std::clamp(series.value(3).toInt(), 0, int(MetricType::Info)));
            byDbId.emplace(l.dbId, loaded.size());
            loaded.push_back(std::move(l));
        }
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        if (rows.exec(u"SELECT series, t, min, max, avg, last, last_ms, count, numeric FROM minute "
                      u"WHERE t >= %1 ORDER BY series, t"_s.arg(since))) {
            while (rows.next()) {
                auto it = byDbId.find(rows.value(0).toLongLong());
                if (it == byDbId.end())
                    continue;
                MinuteRow r;
                r.minute = rows.value(1).toLongLong();
                r.min = realOf(rows.value(2));
                r.max = realOf(rows.value(3));
                r.numeric = rows.value(8).toInt();
                r.sum = r.numeric > 0 ? realOf(rows.value(4)) * r.numeric : 0;
                r.last = realOf(rows.value(5));
                r.lastMs = rows.value(6).toLongLong();
                r.count = rows.value(7).toInt();
                loaded[it->second].rows.push_back(r);
            }
        } else {
            error = sqlError(u"cannot read the metric history"_s, rows.lastError());
        }
    } else {
        error = sqlError(u"cannot read the metric series"_s, series.lastError());
    }
    if (error.isError())
        loaded.clear();
    m_dbIds.clear();
    for (const SeriesStore::Loaded& l : loaded)
        m_dbIds.push_back(l.dbId);
    m_store->finishLoad(std::move(loaded), error);
}

void SeriesHistory::write(std::vector<SeriesStore::NewSeries> series,
                          std::vector<SeriesStore::PendingRow> rows)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return;
    auto failed = [&](const QString& what, const QSqlError& e) {
        db.rollback();
        std::lock_guard lock(m_store->m_loadMutex);
        m_store->m_historyError = sqlError(what, e);
    };
    db.transaction();
    QSqlQuery insertSeries(db);
    insertSeries.prepare(u"INSERT OR IGNORE INTO series (metric, labels, type) VALUES (?, ?, ?)"_s);
    QSqlQuery findSeries(db);
    findSeries.prepare(u"SELECT id FROM series WHERE metric = ? AND labels = ?"_s);
    for (const SeriesStore::NewSeries& s : series) {
        const QString metric = QString::fromStdString(s.metric);
        insertSeries.bindValue(0, metric);
        insertSeries.bindValue(1, bytes(s.labels));
        insertSeries.bindValue(2, int(s.type));
        if (!insertSeries.exec())
            return failed(u"cannot add a series"_s, insertSeries.lastError());
        findSeries.bindValue(0, metric);
        findSeries.bindValue(1, bytes(s.labels));
        if (!findSeries.exec() || !findSeries.next())
            return failed(u"cannot find a series"_s, findSeries.lastError());
        if (m_dbIds.size() <= s.series)
            m_dbIds.resize(s.series + 1, 0);
        m_dbIds[s.series] = findSeries.value(0).toLongLong();
        findSeries.finish();
    }
    QSqlQuery insertRow(db);
    insertRow.prepare(
        u"INSERT OR REPLACE INTO minute (series, t, min, max, avg, last, last_ms, count, numeric) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const SeriesStore::PendingRow& p : rows) {
        if (p.series >= m_dbIds.size() || m_dbIds[p.series] == 0)
            continue;
        const MinuteRow& r = p.row;
        insertRow.bindValue(0, m_dbIds[p.series]);
        insertRow.bindValue(1, r.minute);
        insertRow.bindValue(2, real(r.numeric ? r.min : std::nan("")));
        insertRow.bindValue(3, real(r.numeric ? r.max : std::nan("")));
        insertRow.bindValue(4, real(r.avg()));
        insertRow.bindValue(5, real(r.last));
        insertRow.bindValue(6, r.lastMs);
        insertRow.bindValue(7, r.count);
        insertRow.bindValue(8, r.numeric);
        if (!insertRow.exec())
            return failed(u"cannot write the metric history"_s, insertRow.lastError());
    }
    if (!db.commit())
        return failed(u"cannot write the metric history"_s, db.lastError());
    prune(QDateTime::currentMSecsSinceEpoch());
}

std::vector<MinuteRow> SeriesHistory::read(SeriesId series, qint64 fromMs, qint64 toMs)
{
    std::vector<MinuteRow> out;
    if (series >= m_dbIds.size() || m_dbIds[series] == 0)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT t, min, max, avg, last, last_ms, count, numeric FROM minute WHERE series = ? AND t >= ? "
        u"AND t <= ? AND last_ms >= ? AND last_ms <= ? ORDER BY t"_s);
    q.bindValue(0, m_dbIds[series]);
    q.bindValue(1, fromMs / 60'000 - 1);
    q.bindValue(2, toMs / 60'000 + 1);
    q.bindValue(3, fromMs);
    q.bindValue(4, toMs);
    if (!q.exec())
        return out;
    while (q.next()) {
        MinuteRow r;
        r.minute = q.value(0).toLongLong();
        r.min = realOf(q.value(1));
        r.max = realOf(q.value(2));
        r.numeric = q.value(7).toInt();
        r.sum = r.numeric > 0 ? realOf(q.value(3)) * r.numeric : 0;
        r.last = realOf(q.value(4));
        r.lastMs = q.value(5).toLongLong();
        r.count = q.value(6).toInt();
        out.push_back(r);
    }
    return out;
}

void SeriesHistory::prune(qint64 nowMs)
{
    if (nowMs - m_lastPruneMs < 3600'000)
        return;
    m_lastPruneMs = nowMs;
    (void)exec(u"DELETE FROM minute WHERE t < %1"_s.arg((nowMs - m_limits.retentionMs) / 60'000));
}

void SeriesHistory::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

} // namespace capataz::metrics
