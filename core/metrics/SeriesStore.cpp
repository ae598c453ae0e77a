#include "metrics/SeriesStore.h"

#include "metrics/SeriesHistory.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <set>

using namespace Qt::Literals::StringLiterals;

namespace capataz::metrics {

namespace {

constexpr qint64 kMinuteMs = 60'000;

qint64 minuteOf(qint64 ms)
{
    return ms >= 0 ? ms / kMinuteMs : -((-ms + kMinuteMs - 1) / kMinuteMs);
}

QString utf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QList<std::pair<QString, QString>> decodeLabels(std::string_view encoded)
{
    QList<std::pair<QString, QString>> out;
    forEachEncodedLabel(encoded, [&](std::string_view n, std::string_view v) {
        out.append({utf8(n), utf8(v)});
    });
    return out;
}

void mergeInto(SeriesPoint& b, const SeriesPoint& p)
{
    b.timeMs = p.timeMs;
    b.value = p.value;
    if (std::isnan(b.min) || p.min < b.min)
        b.min = p.min;
    if (std::isnan(b.max) || p.max > b.max)
        b.max = p.max;
}

// Points into `out`, one per bucket of (to - from) / maxPoints ms when maxPoints > 0.
class Buckets {
public:
    Buckets(std::vector<SeriesPoint>& out, qint64 fromMs, qint64 toMs, int maxPoints)
        : m_out(out)
        , m_from(fromMs)
        , m_width(maxPoints > 0 ? std::max<qint64>(1, (toMs - fromMs) / maxPoints + 1) : 0)
    {}
    void operator()(const SeriesPoint& p)
    {
        if (m_width == 0) {
            m_out.push_back(p);
            return;
        }
        const qint64 b = (p.timeMs - m_from) / m_width;
        if (b != m_bucket || m_out.empty()) {
            m_bucket = b;
            m_out.push_back(p);
        } else {
            mergeInto(m_out.back(), p);
        }
    }

private:
    std::vector<SeriesPoint>& m_out;
    qint64 m_from;
    qint64 m_width;
    qint64 m_bucket = std::numeric_limits<qint64>::min();
};

SeriesPoint rowPoint(const MinuteRow& r)
{
    return {r.lastMs, r.last, r.numeric ? r.min : r.last, r.numeric ? r.max : r.last};
}

} // namespace

// --- MinuteRow ------------------------------------------------------------------------------

double MinuteRow::avg() const
{
    return numeric > 0 ? sum / numeric : std::nan("");
}

void MinuteRow::add(qint64 timeMs, double v)
{
    if (count == 0) {
        min = max = std::nan("");
        sum = 0;
    }
    ++count;
    last = v;
    lastMs = timeMs;
    if (std::isnan(v))
        return;
    if (numeric == 0 || v < min)
        min = v;
    if (numeric == 0 || v > max)
        max = v;
    sum += v;
    ++numeric;
}

void MinuteRow::merge(const MinuteRow& later)
{
    if (later.numeric > 0) {
        min = numeric > 0 ? std::min(min, later.min) : later.min;
        max = numeric > 0 ? std::max(max, later.max) : later.max;
    }
    sum += later.sum;
    numeric += later.numeric;
    count += later.count;
    if (later.lastMs >= lastMs) {
        last = later.last;
        lastMs = later.lastMs;
    }
}

// --- Series -----------------------------------------------------------------------------------

struct SeriesStore::Series {
    SeriesId id = 0;
    std::string metric;
    std::string labels; // encoded, sorted by name
    MetricType type = MetricType::Unknown;
    // Raw samples: [head, size) of both arrays, oldest first.
    std::vector<qint64> times;
    std::vector<double> values;
    size_t head = 0;
    // Closed minutes, oldest first: [minutesHead, size).
    std::vector<MinuteRow> minutes;
    size_t minutesHead = 0;
    MinuteRow open; // the minute being filled (count 0: none)

    [[nodiscard]] size_t rawCount() const { return times.size() - head; }
    [[nodiscard]] qint64 newest() const
    {
        if (rawCount() > 0)
            return times.back();
        if (open.count > 0)
            return open.lastMs;
        return minutes.size() > minutesHead ? minutes.back().lastMs : 0;
    }
    void trim(qint64 nowMs, const SeriesStoreLimits& limits)
    {
        const qint64 rawCut = nowMs - limits.rawWindowMs;
        while (head < times.size() &&
               (times[head] < rawCut || rawCount() > size_t(limits.maxPointsPerSeries)))
            ++head;
        if (head > 1024 && head * 2 > times.size()) {
            times.erase(times.begin(), times.begin() + qsizetype(head));
            values.erase(values.begin(), values.begin() + qsizetype(head));
            head = 0;
        }
        const qint64 minuteCut = minuteOf(nowMs - limits.historyWindowMs);
        while (minutesHead < minutes.size() && minutes[minutesHead].minute < minuteCut)
            ++minutesHead;
        if (minutesHead > 256 && minutesHead * 2 > minutes.size()) {
            minutes.erase(minutes.begin(), minutes.begin() + qsizetype(minutesHead));
            minutesHead = 0;
        }
    }
};

// --- SeriesStore ------------------------------------------------------------------------------

SeriesStore::SeriesStore(SeriesStoreLimits limits)
    : m_limits(limits)
{}

SeriesStore::~SeriesStore()
{
    if (!m_thread)
        return;
    waitLoaded();
    {
        std::unique_lock lock(m_mutex);
        for (auto& s : m_series)
            closeMinute(*s); // the current minute too: a restart within it merges the rest
        sendPending(lock);
    }
    QMetaObject::invokeMethod(m_history, &SeriesHistory::close, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_history;
    delete m_thread;
}

std::string SeriesStore::key(std::string_view metric, std::string_view labels)
{
    std::string k;
    k.reserve(metric.size() + 1 + labels.size());
    k.append(metric);
    k.push_back('\0');
    k.append(labels);
    return k;
}

VoidResult SeriesStore::openHistory(const QString& filePath)
{
    if (m_thread)
        return fail(ErrorCode::InvalidArgument, u"the history of this store is open already"_s);
    const QString dir = QFileInfo(filePath).absolutePath();
    if (!QDir().mkpath(dir))
        return fail(ErrorCode::LocalFileError, u"cannot create the folder %1"_s.arg(dir));
    m_thread = new QThread;
    m_thread->setObjectName(u"capataz-metrics-history"_s);
    m_history = new SeriesHistory(this, m_limits);
    m_history->moveToThread(m_thread);
    m_thread->start();
    VoidResult opened;
    QMetaObject::invokeMethod(
        m_history, [&] { opened = m_history->open(filePath); }, Qt::BlockingQueuedConnection);
    if (!opened) {
        std::lock_guard lock(m_loadMutex);
        m_historyError = opened.error();
        return opened;
    }
    {
        std::lock_guard lock(m_loadMutex);
        m_loaded = false;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QMetaObject::invokeMethod(
        m_history, [h = m_history, now] { h->load(now); }, Qt::QueuedConnection);
    return {};
}

bool SeriesStore::isHistoryLoaded() const
{
    std::lock_guard lock(m_loadMutex);
    return m_loaded;
}

bool SeriesStore::waitForHistory(int timeoutMs) const
{
    std::unique_lock lock(m_loadMutex);
    return m_loadCv.wait_for(lock, std::chrono::milliseconds(timeoutMs), [this] { return m_loaded; });
}

void SeriesStore::waitLoaded() const
{
    std::unique_lock lock(m_loadMutex);
    m_loadCv.wait(lock, [this] { return m_loaded; });
}

Error SeriesStore::historyError() const
{
    std::lock_guard lock(m_loadMutex);
    return m_historyError;
}

void SeriesStore::syncHistory()
{
    if (!m_thread)
        return;
    {
        std::unique_lock lock(m_mutex);
        sendPending(lock);
    }
    QMetaObject::invokeMethod(
        m_history, [] {}, Qt::BlockingQueuedConnection);
}

void SeriesStore::finishLoad(std::vector<Loaded> loaded, const Error& error)
{
    {
        std::unique_lock lock(m_mutex);
        // Nothing was appended yet (appends wait for the load): the loaded series come first.
        for (Loaded& l : loaded) {
            const std::string k = key(l.metric, l.labels);
            if (m_index.contains(k))
                continue;
            const auto id = SeriesId(m_series.size());
            auto s = std::make_unique<Series>();
            s->id = id;
            s->metric = std::move(l.metric);
            s->labels = std::move(l.labels);
            s->type = l.type;
            s->minutes = std::move(l.rows);
            m_series.push_back(std::move(s));
            m_index.emplace(k, id);
        }
        m_announced = SeriesId(m_series.size());
    }
    std::lock_guard lock(m_loadMutex);
    if (error.isError())
        m_historyError = error;
    m_loaded = true;
    m_loadCv.notify_all();
}

std::optional<SeriesId> SeriesStore::seriesFor(std::string_view metric, std::string_view encodedLabels,
                                               MetricType type)
{
    waitLoaded();
    const std::string k = key(metric, encodedLabels);
    {
        std::shared_lock lock(m_mutex);
        if (auto it = m_index.find(k); it != m_index.end())
            return it->second;
    }
    std::unique_lock lock(m_mutex);
    if (auto it = m_index.find(k); it != m_index.end())
        return it->second;
    if (qint64(m_series.size()) >= m_limits.maxSeries) {
        ++m_dropped;
        return std::nullopt;
    }
    const auto id = SeriesId(m_series.size());
    auto s = std::make_unique<Series>();
    s->id = id;
    s->metric = std::string(metric);
    s->labels = std::string(encodedLabels);
    s->type = type;
    m_series.push_back(std::move(s));
    m_index.emplace(k, id);
    return id;
}

qint64 SeriesStore::append(const std::vector<Append>& samples)
{
    waitLoaded();
    std::unique_lock lock(m_mutex);
    qint64 stored = 0;
    for (const Append& a : samples) {
        if (a.series >= m_series.size())
            continue;
        Series& s = *m_series[a.series];
        if (s.newest() >= a.timeMs && s.newest() != 0)
            continue;
        const qint64 minute = minuteOf(a.timeMs);
        if (s.open.count > 0 && s.open.minute != minute)
            closeMinute(s);
        if (s.open.count == 0)
            s.open.minute = minute;
        s.open.add(a.timeMs, a.value);
        s.times.push_back(a.timeMs);
        s.values.push_back(a.value);
        s.trim(a.timeMs, m_limits);
        ++stored;
    }
    return stored;
}

void SeriesStore::closeMinute(Series& s)
{
    if (s.open.count == 0)
        return;
    if (s.minutes.size() > s.minutesHead && s.minutes.back().minute == s.open.minute)
        s.minutes.back().merge(s.open); // the same minute written before a restart
    else
        s.minutes.push_back(s.open);
    m_pending.push_back({s.id, s.minutes.back()});
    s.open = MinuteRow{};
}

void SeriesStore::flush(qint64 nowMs)
{
    waitLoaded();
    std::unique_lock lock(m_mutex);
    const qint64 minute = minuteOf(nowMs);
    for (SeriesId id = 0; id < m_series.size(); ++id) {
        Series& s = *m_series[id];
        if (s.open.count > 0 && s.open.minute < minute)
            closeMinute(s);
        s.trim(nowMs, m_limits);
    }
    sendPending(lock);
}

void SeriesStore::sendPending(std::unique_lock<std::shared_mutex>& lock)
{
    if (!m_history) {
        m_pending.clear();
        m_announced = SeriesId(m_series.size());
        return;
    }
    if (m_pending.empty())
        return;
    std::vector<NewSeries> fresh;
    for (SeriesId id = m_announced; id < m_series.size(); ++id)
        fresh.push_back({id, m_series[id]->metric, m_series[id]->labels, m_series[id]->type});
    m_announced = SeriesId(m_series.size());
    std::vector<PendingRow> rows;
    rows.swap(m_pending);
    lock.unlock();
    QMetaObject::invokeMethod(
        m_history,
        [h = m_history, fresh = std::move(fresh), rows = std::move(rows)]() mutable {
            h->write(std::move(fresh), std::move(rows));
        },
        Qt::QueuedConnection);
    lock.lock();
}

std::vector<SeriesPoint> SeriesStore::range(SeriesId id, qint64 fromMs, qint64 toMs, int maxPoints) const
{
    std::vector<SeriesPoint> out;
    if (toMs < fromMs)
        return out;
    std::shared_lock lock(m_mutex);
    if (id >= m_series.size())
        return out;
    const Series& s = *m_series[id];
    const qint64 rawStart = s.rawCount() > 0 ? s.times[s.head] : std::numeric_limits<qint64>::max();
    Buckets emitPoint(out, fromMs, toMs, maxPoints);
    // Minute rows before the raw samples (and the open minute when no raw sample is left).
    auto firstRow = std::lower_bound(s.minutes.begin() + qsizetype(s.minutesHead), s.minutes.end(), fromMs,
                                     [](const MinuteRow& r, qint64 t) { return r.lastMs < t; });
    for (auto it = firstRow; it != s.minutes.end() && it->lastMs <= toMs && it->lastMs < rawStart; ++it)
        emitPoint(rowPoint(*it));
    if (s.rawCount() == 0 && s.open.count > 0 && s.open.lastMs >= fromMs && s.open.lastMs <= toMs)
        emitPoint(rowPoint(s.open));
    auto first = std::lower_bound(s.times.begin() + qsizetype(s.head), s.times.end(), fromMs);
    for (auto it = first; it != s.times.end() && *it <= toMs; ++it) {
        const double v = s.values[size_t(it - s.times.begin())];
        emitPoint({*it, v, v, v});
    }
    return out;
}

std::vector<SeriesPoint> SeriesStore::historyRange(SeriesId id, qint64 fromMs, qint64 toMs,
                                                   int maxPoints) const
{
    std::vector<SeriesPoint> out;
    if (!m_history || toMs < fromMs || QThread::currentThread() == m_thread)
        return out;
    waitLoaded();
    std::vector<MinuteRow> rows;
    QMetaObject::invokeMethod(
        m_history, [&] { rows = m_history->read(id, fromMs, toMs); }, Qt::BlockingQueuedConnection);
    Buckets emitPoint(out, fromMs, toMs, maxPoints);
    for (const MinuteRow& r : rows)
        emitPoint(rowPoint(r));
    return out;
}

std::optional<SeriesId> SeriesStore::find(const QString& metric,
                                          const QList<std::pair<QString, QString>>& labels) const
{
    auto sorted = labels;
    std::sort(sorted.begin(), sorted.end());
    std::string encoded;
    for (const auto& [n, v] : sorted)
        appendEncodedLabel(encoded, n.toStdString(), v.toStdString());
    std::shared_lock lock(m_mutex);
    if (auto it = m_index.find(key(metric.toStdString(), encoded)); it != m_index.end())
        return it->second;
    return std::nullopt;
}

SeriesInfo SeriesStore::info(SeriesId id) const
{
    std::shared_lock lock(m_mutex);
    if (id >= m_series.size())
        return {};
    const Series& s = *m_series[id];
    return {id, utf8(s.metric), decodeLabels(s.labels), s.type, s.newest()};
}

QList<SeriesInfo> SeriesStore::series(const QString& metric) const
{
    const std::string wanted = metric.toStdString();
    QList<SeriesInfo> out;
    std::shared_lock lock(m_mutex);
    for (SeriesId id = 0; id < m_series.size(); ++id) {
        const Series& s = *m_series[id];
        if (wanted.empty() || s.metric == wanted)
            out.append({id, utf8(s.metric), decodeLabels(s.labels), s.type, s.newest()});
    }
    return out;
}

QStringList SeriesStore::metricNames() const
{
    std::set<std::string> names;
    {
        std::shared_lock lock(m_mutex);
        for (const auto& s : m_series)
            names.insert(s->metric);
    }
    QStringList out;
    out.reserve(qsizetype(names.size()));
    for (const std::string& n : names)
        out << utf8(n);
    return out;
}

qint64 SeriesStore::seriesCount() const
{
    std::shared_lock lock(m_mutex);
    return qint64(m_series.size());
}

qint64 SeriesStore::droppedSeries() const
{
    std::shared_lock lock(m_mutex);
    return m_dropped;
}

qint64 SeriesStore::rawSampleCount() const
{
    std::shared_lock lock(m_mutex);
    qint64 n = 0;
    for (const auto& s : m_series)
        n += qint64(s->rawCount());
    return n;
}

} // namespace capataz::metrics
