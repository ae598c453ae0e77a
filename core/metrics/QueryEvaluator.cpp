#include "metrics/QueryEvaluator.h"

#include "metrics/QueryEngine.h"
#include "metrics/QueryFunctions.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <span>

namespace capataz::metrics::detail {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

size_t SeriesMerger::slot(LabelSet labels)
{
    std::string key = labels.key();
    const auto it = m_index.find(key);
    if (it != m_index.end())
        return it->second;
    m_index.emplace(std::move(key), m_out.size());
    m_out.push_back(
        StepSeries{std::move(labels), std::vector<double>(m_steps), std::vector<quint8>(m_steps)});
    return m_out.size() - 1;
}

void SeriesMerger::set(size_t slot, size_t step, double value)
{
    StepSeries& s = m_out[slot];
    if (s.present[step])
        throw QueryFailure{
            QueryError{QueryError::Code::DuplicateSeries, 0, {QString::fromStdString(s.labels.toString())}}};
    s.present[step] = 1;
    s.values[step] = value;
}

StepValue Evaluator::scalarValue(double v) const
{
    StepValue out;
    out.isScalar = true;
    out.scalar.assign(m_steps.size(), v);
    return out;
}

std::vector<const Series*> Evaluator::select(const Expr& selector) const
{
    std::vector<const Series*> out;
    for (const Series& s : m_data.series()) {
        bool ok = true;
        for (const LabelMatcher& m : selector.matchers) {
            if (!m.matches(s.labels.get(m.name))) {
                ok = false;
                break;
            }
        }
        if (ok)
            out.push_back(&s);
    }
    return out;
}

StepValue Evaluator::eval(const Expr& e)
{
    switch (e.kind) {
    case Expr::Kind::Number:
        return scalarValue(e.number);
    case Expr::Kind::VectorSelector:
        return evalSelector(e);
    case Expr::Kind::MatrixSelector:
        break; // only as a function's argument (the parser sees to it); the top is answered apart
    case Expr::Kind::Call:
        return evalCall(e);
    case Expr::Kind::Aggregate:
        return evalAggregate(e);
    case Expr::Kind::Binary:
        return evalBinary(e);
    case Expr::Kind::Negate: {
        StepValue v = eval(*e.args[0]);
        if (v.isScalar) {
            for (double& x : v.scalar)
                x = -x;
            return v;
        }
        SeriesMerger merger(m_steps.size());
        for (StepSeries& s : v.series) {
            LabelSet labels = s.labels;
            labels.remove(kMetricNameLabel);
            const size_t slot = merger.slot(std::move(labels));
            for (size_t i = 0; i < m_steps.size(); ++i)
                if (s.present[i])
                    merger.set(slot, i, -s.values[i]);
        }
        v.series = merger.take();
        return v;
    }
    }
    throw QueryFailure{QueryError{QueryError::Code::WrongArgumentType, e.position, {}}};
}

StepValue Evaluator::evalSelector(const Expr& e)
{
    StepValue out;
    for (const Series* s : select(e)) {
        StepSeries r{s->labels, std::vector<double>(m_steps.size()), std::vector<quint8>(m_steps.size())};
        bool any = false;
        size_t next = 0; // the first point after the step's time
        for (size_t i = 0; i < m_steps.size(); ++i) {
            const qint64 t = timeMinus(m_steps[i], e.offsetMs);
            while (next < s->points.size() && s->points[next].t <= t)
                ++next;
            // steps only go forward; an offset keeps them in order
            if (next == 0)
                continue;
            const Point& p = s->points[next - 1];
            if (p.t <= timeMinus(t, kLookbackMs) || isStaleNaN(p.v))
                continue;
            r.values[i] = p.v;
            r.present[i] = 1;
            any = true;
        }
        if (any)
            out.series.push_back(std::move(r));
    }
    return out;
}

StepValue Evaluator::evalCall(const Expr& e)
{
    switch (e.function) {
    case Function::Rate:
    case Function::Irate:
    case Function::Increase:
    case Function::Delta:
    case Function::Idelta:
        return evalRangeFunction(e);
    case Function::HistogramQuantile:
        return evalHistogramQuantile(e);
    case Function::Time: {
        StepValue out = scalarValue(0);
        for (size_t i = 0; i < m_steps.size(); ++i)
            out.scalar[i] = double(m_steps[i]) / 1000;
        return out;
    }
    case Function::Vector: {
        StepValue s = eval(*e.args[0]);
        StepValue out;
        out.series.push_back(StepSeries{LabelSet(), s.scalar, std::vector<quint8>(m_steps.size(), 1)});
        return out;
    }
    case Function::Scalar: {
        const StepValue v = eval(*e.args[0]);
        StepValue out = scalarValue(kNaN);
        for (size_t i = 0; i < m_steps.size(); ++i) {
            int count = 0;
            double value = kNaN;
            for (const StepSeries& s : v.series)
                if (s.present[i]) {
                    ++count;
                    value = s.values[i];
                }
            out.scalar[i] = count == 1 ? value : kNaN;
        }
        return out;
    }
    case Function::Abs: {
        StepValue v = eval(*e.args[0]);
        SeriesMerger merger(m_steps.size());
        for (StepSeries& s : v.series) {
            LabelSet labels = s.labels;
            labels.remove(kMetricNameLabel);
            const size_t slot = merger.slot(std::move(labels));
            for (size_t i = 0; i < m_steps.size(); ++i)
                if (s.present[i])
                    merger.set(slot, i, std::abs(s.values[i]));
        }
        v.series = merger.take();
        return v;
    }
    }
    return {};
}

StepValue Evaluator::evalRangeFunction(const Expr& e)
{
    const Expr& range = *e.args[0];
    SeriesMerger merger(m_steps.size());
    std::vector<Point> withoutStale;
    std::vector<quint32> resets;
    for (const Series* s : select(range)) {
        const std::vector<Point>& points = s->points;
        // Where the series has no staleness marker, resets[k] counts the drops among points 1..k:
        // a window without one skips the reset scan (the result is the same, bit for bit).
        const bool counter = e.function == Function::Rate || e.function == Function::Increase;
        resets.clear();
        if (counter &&
            std::none_of(points.begin(), points.end(), [](const Point& p) { return isStaleNaN(p.v); })) {
            resets.resize(points.size());
            for (size_t k = 1; k < points.size(); ++k)
                resets[k] = resets[k - 1] + (points[k].v < points[k - 1].v ? 1 : 0);
        }
        size_t lo = 0;
        size_t hi = 0;
        size_t slot = std::numeric_limits<size_t>::max();
        for (size_t i = 0; i < m_steps.size(); ++i) {
            const qint64 end = timeMinus(m_steps[i], range.offsetMs);
            const qint64 start = timeMinus(end, range.rangeMs);
            while (lo < points.size() && points[lo].t <= start)
                ++lo;
            hi = std::max(hi, lo);
            while (hi < points.size() && points[hi].t <= end)
                ++hi;
            // The window's points, without staleness markers (copied only when it holds one).
            std::span<const Point> window(points.data() + lo, hi - lo);
            if (std::any_of(window.begin(), window.end(), [](const Point& p) { return isStaleNaN(p.v); })) {
                withoutStale.clear();
                for (const Point& p : window)
                    if (!isStaleNaN(p.v))
                        withoutStale.push_back(p);
                window = withoutStale;
            }
            const bool mayHaveResets = resets.empty() || hi <= lo || resets[hi - 1] != resets[lo];
            std::optional<double> v;
            switch (e.function) {
            case Function::Rate:
                v = extrapolatedRate(window, start, end, true, true, mayHaveResets);
                break;
            case Function::Increase:
                v = extrapolatedRate(window, start, end, true, false, mayHaveResets);
                break;
            case Function::Delta:
                v = extrapolatedRate(window, start, end, false, false);
                break;
            case Function::Irate:
                v = instantRate(window, true);
                break;
            case Function::Idelta:
                v = instantRate(window, false);
                break;
            default:
                break;
            }
            if (!v)
                continue;
            if (slot == std::numeric_limits<size_t>::max()) {
                LabelSet labels = s->labels;
                labels.remove(kMetricNameLabel);
                slot = merger.slot(std::move(labels));
            }
            merger.set(slot, i, *v);
        }
    }
    StepValue out;
    out.series = merger.take();
    return out;
}

StepValue Evaluator::evalHistogramQuantile(const Expr& e)
{
    const StepValue q = eval(*e.args[0]);
    const StepValue in = eval(*e.args[1]);
    // Buckets are grouped by their labels without le (the name kept, as Prometheus does); the
    // result drops le and the name. A bucket whose le is not a number is left out.
    struct Group {
        size_t slot;
        std::vector<std::pair<double, const StepSeries*>> buckets;
    };
    SeriesMerger merger(m_steps.size());
    std::vector<Group> groups;
    std::unordered_map<std::string, size_t> groupIndex;
    for (const StepSeries& s : in.series) {
        const std::optional<double> upper = parseGoFloat(s.labels.get("le"));
        if (!upper)
            continue;
        LabelSet signature = s.labels;
        signature.remove("le");
        std::string key = signature.key();
        auto it = groupIndex.find(key);
        if (it == groupIndex.end()) {
            signature.remove(kMetricNameLabel);
            it = groupIndex.emplace(std::move(key), groups.size()).first;
            groups.push_back(Group{merger.slot(std::move(signature)), {}});
        }
        groups[it->second].buckets.emplace_back(*upper, &s);
    }
    std::vector<Bucket> buckets;
    for (size_t i = 0; i < m_steps.size(); ++i) {
        for (const Group& g : groups) {
            buckets.clear();
            for (const auto& [upper, series] : g.buckets)
                if (series->present[i])
                    buckets.push_back(Bucket{upper, series->values[i]});
            if (buckets.empty())
                continue;
            merger.set(g.slot, i, bucketQuantile(q.scalar[i], buckets));
        }
    }
    StepValue out;
    out.series = merger.take();
    std::erase_if(out.series, [](const StepSeries& s) {
        return std::find(s.present.begin(), s.present.end(), 1) == s.present.end();
    });
    return out;
}

} // namespace capataz::metrics::detail
