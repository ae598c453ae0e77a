#pragma once

#include "metrics/QueryAst.h"
#include "metrics/QueryError.h"
#include "metrics/SeriesSet.h"

#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

// Inside the query engine: every node is evaluated for all steps at once (as Prometheus's
// range evaluation does), so labels are matched, grouped and hashed once per series, not once
// per step. Errors are thrown as QueryFailure and caught by evaluateInstant/evaluateRange.
namespace capataz::metrics::detail {

struct QueryFailure {
    QueryError error;
};

// One series over the steps: a value where `present`.
struct StepSeries {
    LabelSet labels;
    std::vector<double> values;
    std::vector<quint8> present;
};

struct StepValue {
    bool isScalar = false;
    std::vector<double> scalar; // one per step
    std::vector<StepSeries> series;
};

// Collects output series by label set; a label set given two values at one step is an error.
class SeriesMerger {
public:
    explicit SeriesMerger(size_t steps)
        : m_steps(steps)
    {}
    size_t slot(LabelSet labels);
    void set(size_t slot, size_t step, double value);
    [[nodiscard]] std::vector<StepSeries> take() { return std::move(m_out); }

private:
    size_t m_steps;
    std::unordered_map<std::string, size_t> m_index;
    std::vector<StepSeries> m_out;
};

class Evaluator {
public:
    Evaluator(const SeriesSet& data, std::vector<qint64> steps)
        : m_data(data)
        , m_steps(std::move(steps))
    {}
    [[nodiscard]] StepValue eval(const Expr& e);
    [[nodiscard]] const std::vector<qint64>& steps() const { return m_steps; }
    // The series the selector's matchers accept, in storage order.
    [[nodiscard]] std::vector<const Series*> select(const Expr& selector) const;

private:
    StepValue evalSelector(const Expr& e);
    StepValue evalCall(const Expr& e);
    StepValue evalRangeFunction(const Expr& e);
    StepValue evalHistogramQuantile(const Expr& e);
    StepValue evalAggregate(const Expr& e);
    StepValue evalBinary(const Expr& e);
    StepValue evalVectorBinary(const Expr& e, StepValue lhs, StepValue rhs);
    StepValue evalSetOperator(const Expr& e, StepValue lhs, StepValue rhs);
    StepValue scalarValue(double v) const;

    const SeriesSet& m_data;
    std::vector<qint64> m_steps;
};

// t - d in ms without overflow: a window edge beyond the range of qint64 (an offset or range of
// millions of years, a sample time near the ends) stays at its end instead of wrapping around.
[[nodiscard]] inline qint64 timeMinus(qint64 t, qint64 d)
{
    qint64 r = 0;
    if (__builtin_sub_overflow(t, d, &r))
        return d > 0 ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
    return r;
}

// Prometheus's vectorElemBinop for floats: the value, and whether a comparison keeps it.
[[nodiscard]] std::pair<double, bool> applyBinary(BinaryOp op, double lhs, double rhs);

} // namespace capataz::metrics::detail
