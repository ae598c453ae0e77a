#include "metrics/QueryEvaluator.h"
#include "metrics/QueryFunctions.h"

#include <algorithm>
#include <cmath>

// sum, avg, max, min, count with by/without, as Prometheus 3's aggregation() for floats: the sum
// with Kahan-Neumaier compensation; the mean summed directly while the sum stays finite, then
// incrementally; max and min take any number over NaN.
namespace capataz::metrics::detail {

namespace {

struct GroupState {
    bool seen = false;
    double value = 0;
    double kahanC = 0;
    double mean = 0;
    double count = 0;
    bool incrementalMean = false;
};

void accumulate(AggregateOp op, GroupState& g, double f)
{
    if (!g.seen) {
        g = GroupState{true, f, 0, f, 1, false};
        return;
    }
    switch (op) {
    case AggregateOp::Sum:
        std::tie(g.value, g.kahanC) = kahanSumInc(f, g.value, g.kahanC);
        break;
    case AggregateOp::Avg: {
        g.count += 1;
        if (!g.incrementalMean) {
            const auto [newV, newC] = kahanSumInc(f, g.value, g.kahanC);
            if (!std::isinf(newV)) {
                g.value = newV;
                g.kahanC = newC;
                break;
            }
            // The sum would overflow: from here on the mean is computed incrementally.
            g.incrementalMean = true;
            g.mean = g.value / (g.count - 1);
            g.kahanC /= g.count - 1;
        }
        const double q = (g.count - 1) / g.count;
        std::tie(g.mean, g.kahanC) = kahanSumInc(f / g.count, q * g.mean, q * g.kahanC);
        break;
    }
    case AggregateOp::Max:
        if (g.value < f || std::isnan(g.value))
            g.value = f;
        break;
    case AggregateOp::Min:
        if (g.value > f || std::isnan(g.value))
            g.value = f;
        break;
    case AggregateOp::Count:
        g.count += 1;
        break;
    }
}

double finish(AggregateOp op, const GroupState& g)
{
    switch (op) {
    case AggregateOp::Sum:
        return g.value + g.kahanC;
    case AggregateOp::Avg:
        return g.incrementalMean ? g.mean + g.kahanC : (g.value + g.kahanC) / g.count;
    case AggregateOp::Count:
        return g.count;
    case AggregateOp::Max:
    case AggregateOp::Min:
        return g.value;
    }
    return g.value;
}

} // namespace

StepValue Evaluator::evalAggregate(const Expr& e)
{
    const StepValue in = eval(*e.args[0]);
    SeriesMerger merger(m_steps.size());
    std::vector<size_t> groupOf(in.series.size());
    std::vector<size_t> outSlots;
    std::unordered_map<std::string, size_t> index;
    for (size_t k = 0; k < in.series.size(); ++k) {
        LabelSet labels = in.series[k].labels;
        if (e.without) {
            labels.removeAll(e.grouping);
            labels.remove(kMetricNameLabel);
        } else {
            labels.keepOnly(e.grouping);
        }
        std::string key = labels.key();
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.emplace(std::move(key), outSlots.size()).first;
            outSlots.push_back(merger.slot(std::move(labels)));
        }
        groupOf[k] = it->second;
    }
    std::vector<GroupState> state(outSlots.size());
    for (size_t i = 0; i < m_steps.size(); ++i) {
        std::fill(state.begin(), state.end(), GroupState{});
        for (size_t k = 0; k < in.series.size(); ++k)
            if (in.series[k].present[i])
                accumulate(e.aggregate, state[groupOf[k]], in.series[k].values[i]);
        for (size_t g = 0; g < outSlots.size(); ++g)
            if (state[g].seen)
                merger.set(outSlots[g], i, finish(e.aggregate, state[g]));
    }
    StepValue out;
    out.series = merger.take();
    return out;
}

} // namespace capataz::metrics::detail
