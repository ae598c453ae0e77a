#include "metrics/StoreSeriesSet.h"

#include "metrics/SeriesStore.h"

namespace capataz::metrics {

SeriesSet seriesSetFromStore(const SeriesStore& store, qint64 fromMs, qint64 toMs,
                             const std::optional<QStringList>& metrics)
{
    SeriesSet out;
    auto addSeries = [&](const SeriesInfo& info) {
        if (info.lastTimeMs < fromMs)
            return;
        const std::vector<SeriesPoint> points = store.range(info.id, fromMs, toMs);
        if (points.empty())
            return;
        std::vector<LabelPair> labels{{std::string(kMetricNameLabel), info.metric.toStdString()}};
        for (const auto& [name, value] : info.labels)
            labels.push_back({name.toStdString(), value.toStdString()});
        std::vector<Point> samples;
        samples.reserve(points.size());
        for (const SeriesPoint& p : points)
            samples.push_back({p.timeMs, p.value});
        out.add(LabelSet(std::move(labels)), std::move(samples));
    };
    if (metrics) {
        for (const QString& m : *metrics)
            for (const SeriesInfo& info : m.isEmpty() ? QList<SeriesInfo>{} : store.series(m))
                addSeries(info);
    } else {
        for (const SeriesInfo& info : store.series())
            addSeries(info);
    }
    out.finish();
    return out;
}

std::optional<QStringList> queryMetricNames(const Expr& root)
{
    QStringList names;
    bool all = false;
    auto walk = [&](const auto& self, const Expr& e) -> void {
        if (e.kind == Expr::Kind::VectorSelector || e.kind == Expr::Kind::MatrixSelector) {
            const auto it = std::ranges::find_if(e.matchers, [](const LabelMatcher& m) {
                return m.name == kMetricNameLabel && m.op == LabelMatcher::Op::Equal;
            });
            if (it == e.matchers.end())
                all = true;
            else if (const QString n = QString::fromStdString(it->value); !names.contains(n))
                names << n;
        }
        for (const auto& a : e.args)
            if (a)
                self(self, *a);
    };
    walk(walk, root);
    if (all)
        return std::nullopt;
    return names;
}

} // namespace capataz::metrics
