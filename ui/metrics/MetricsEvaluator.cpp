#include "MetricsEvaluator.h"

#include "metrics/QueryEngine.h"
#include "metrics/QueryParser.h"
#include "metrics/SeriesSet.h"
#include "metrics/SeriesStore.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

namespace {

using metrics::SeriesStore;

// The store's metric names that a query names (a word of the query that is a metric's name).
QSet<QString> metricsNamed(const QStringList& exprs, const QStringList& known)
{
    static const QRegularExpression word(u"[A-Za-z_:][A-Za-z0-9_:]*"_s);
    QSet<QString> words;
    for (const QString& e : exprs) {
        for (auto it = word.globalMatch(e); it.hasNext();)
            words.insert(it.next().captured());
    }
    QSet<QString> out;
    for (const QString& name : known) {
        if (words.contains(name))
            out.insert(name);
    }
    return out;
}

// The series of `names` from `fromMs` to `toMs`: minute rows of the history file before the
// 24 hours in memory, then what memory has (about `maxPoints` per series at most).
metrics::SeriesSet loadSeries(const SeriesStore& store, const QSet<QString>& names, qint64 fromMs,
                              qint64 toMs, int maxPoints)
{
    metrics::SeriesSet set;
    const qint64 memoryFrom = toMs - store.limits().historyWindowMs;
    for (const QString& name : names) {
        for (const metrics::SeriesInfo& info : store.series(name)) {
            std::vector<metrics::LabelPair> labels;
            labels.push_back({std::string(metrics::kMetricNameLabel), info.metric.toStdString()});
            for (const auto& [k, v] : info.labels)
                labels.push_back({k.toStdString(), v.toStdString()});
            std::vector<metrics::Point> points;
            auto take = [&points](const std::vector<metrics::SeriesPoint>& from) {
                for (const metrics::SeriesPoint& p : from)
                    points.push_back({p.timeMs, p.value});
            };
            if (fromMs < memoryFrom)
                take(store.historyRange(info.id, fromMs, memoryFrom - 1, maxPoints));
            take(store.range(info.id, std::max(fromMs, memoryFrom), toMs, maxPoints));
            if (!points.empty())
                set.add(metrics::LabelSet(std::move(labels)), std::move(points));
        }
    }
    set.finish();
    return set;
}

QString seriesName(const metrics::LabelSet& labels, const PanelQuery& query, bool alone)
{
    if (alone && !query.legend.isEmpty())
        return query.legend;
    metrics::LabelSet shown = labels;
    shown.remove(metrics::kMetricNameLabel);
    // One label says enough by its value ("GET", "/"); more are written out ({a="1", b="2"}).
    QString text = shown.size() == 1 ? QString::fromStdString(shown.pairs().front().value)
                                     : QString::fromStdString(shown.toString());
    if (text.isEmpty())
        text = query.legend.isEmpty() ? query.expr : query.legend;
    else if (!query.legend.isEmpty())
        text = query.legend + u' ' + text;
    return text;
}

} // namespace

QList<QPointF> reduceToColumns(const QList<QPointF>& points, qint64 fromMs, qint64 toMs, int columns)
{
    if (columns < 1)
        return {};
    if (points.size() <= columns)
        return points;
    if (columns < 2)
        return {points.constLast()};
    const qsizetype buckets = columns / 2;
    const double width = std::max<double>(1, double(toMs - fromMs + 1) / double(buckets));
    QList<QPointF> out;
    out.reserve(buckets * 2);
    // One division per bucket, not per point: the points are in time order, so a bucket's run
    // ends at the first point at or past its right edge (bench_chart: 1M points, 7 ms before).
    const QPointF* p = points.constData();
    const qsizetype n = points.size();
    qsizetype i = 0;
    while (i < n) {
        const qsizetype bucket =
            std::clamp<qsizetype>(qsizetype((p[i].x() - double(fromMs)) / width), 0, buckets - 1);
        const double end = bucket == buckets - 1 ? std::numeric_limits<double>::infinity()
                                                 : double(fromMs) + double(bucket + 1) * width;
        qsizetype lo = i;
        qsizetype hi = i;
        double loY = p[i].y();
        double hiY = loY;
        qsizetype j = i + 1;
        for (; j < n && p[j].x() < end; ++j) {
            const double y = p[j].y();
            if (y < loY) {
                loY = y;
                lo = j;
            }
            if (y > hiY) {
                hiY = y;
                hi = j;
            }
        }
        out.append(p[std::min(lo, hi)]);
        if (lo != hi)
            out.append(p[std::max(lo, hi)]);
        i = j;
    }
    return out;
}

MetricsEvaluator::MetricsEvaluator(std::shared_ptr<std::atomic<quint64>> latest)
    : m_latest(std::move(latest))
{}

void MetricsEvaluator::evaluate(const MetricsRequest& request)
{
    if (m_latest && m_latest->load() != request.generation)
        return; // a newer request is queued behind this one
    MetricsResult result = run(request, m_latest.get());
    if (m_latest && m_latest->load() != request.generation)
        return;
    emit evaluated(result);
}

MetricsResult MetricsEvaluator::run(const MetricsRequest& request, const std::atomic<quint64>* latest)
{
    MetricsResult result;
    result.generation = request.generation;
    result.fromMs = request.fromMs;
    result.toMs = request.toMs;
    result.staleMs = request.staleMs;
    result.panels.resize(request.panels.size());
    if (!request.store)
        return result;

    const QString rate = QString::number(std::max<qint64>(1, request.rateWindowMs / 1000)) + u's';
    QStringList exprs;
    for (const MetricsRequest::Panel& panel : request.panels) {
        for (const PanelQuery& q : panel.queries)
            exprs.append(QString(q.expr).replace(u"$rate"_s, rate));
    }
    // The steps end at toMs (now, for a range that follows the present): a grid laid from fromMs
    // ends up to a step before it, and with a step of minutes a server connected a minute ago had
    // no sample within the look-back of any step ("No data" in every panel). The first step is at
    // or before fromMs, so the chart starts at its left edge.
    const qint64 step = std::max<qint64>(1, request.stepMs);
    const qint64 evalFrom = request.toMs - (request.toMs - request.fromMs + step - 1) / step * step;
    // Enough before the first step for the look-back of an instant selector and the rate window.
    const qint64 loadFrom = evalFrom - std::max(metrics::kLookbackMs, request.rateWindowMs);
    const qint64 steps = (request.toMs - evalFrom) / step + 1;
    const int maxPoints = int(std::clamp<qint64>(steps * 4, 1000, 50'000));
    const metrics::SeriesSet data = loadSeries(
        *request.store, metricsNamed(exprs, request.store->metricNames()), loadFrom, request.toMs, maxPoints);

    qsizetype e = 0;
    for (qsizetype p = 0; p < request.panels.size(); ++p) {
        if (latest && latest->load() != request.generation)
            return result;
        const MetricsRequest::Panel& panel = request.panels[p];
        PanelResult& out = result.panels[p];
        for (const PanelQuery& q : panel.queries) {
            const QString& text = exprs[e++];
            auto query = metrics::parseQuery(text);
            if (!query) {
                out.error = query.error().describe();
                continue;
            }
            auto answer = metrics::evaluateRange(*query, data, evalFrom, request.toMs, step);
            if (!answer) {
                out.error = answer.error().describe();
                continue;
            }
            for (const metrics::QuerySeries& s : answer->series) {
                if (s.points.empty())
                    continue;
                PanelSeries series;
                series.name = seriesName(s.labels, q, answer->series.size() == 1);
                QList<QPointF> points;
                points.reserve(qsizetype(s.points.size()));
                for (const metrics::Point& pt : s.points) {
                    if (std::isfinite(pt.v)) // NaN (0/0 of a quiet histogram) is no value, not zero
                        points.append(QPointF(double(pt.t), pt.v));
                }
                if (points.isEmpty())
                    continue;
                series.lastMs = qint64(points.constLast().x());
                series.last = points.constLast().y();
                series.points = reduceToColumns(points, request.fromMs, request.toMs, panel.columns);
                out.series.append(std::move(series));
            }
        }
    }
    return result;
}

} // namespace capataz::ui
