#include "metrics/QueryEvaluator.h"

#include <cmath>

// The arithmetic, comparison and set operators, as Prometheus's VectorBinop, VectorscalarBinop
// and scalarBinop do them for floats: vectors match one-to-one on their labels without the name
// (or on/ignoring), many-to-one with group_left/group_right; arithmetic and bool drop the name;
// a comparison without bool filters and keeps the vector's value.
namespace capataz::metrics::detail {

namespace {

constexpr size_t kNone = std::numeric_limits<size_t>::max();

bool dropsName(BinaryOp op)
{
    return op <= BinaryOp::Pow;
}

// Interns each series' matching signature (on: only those labels; ignoring: all but those and
// the name) as a small number.
class Signatures {
public:
    explicit Signatures(const Expr& e)
        : m_e(e)
    {}
    std::vector<size_t> of(const std::vector<StepSeries>& series)
    {
        std::vector<size_t> ids;
        ids.reserve(series.size());
        for (const StepSeries& s : series) {
            LabelSet labels = s.labels;
            if (m_e.on) {
                labels.keepOnly(m_e.matchingLabels);
            } else {
                labels.removeAll(m_e.matchingLabels);
                labels.remove(kMetricNameLabel);
            }
            std::string key = labels.key();
            const auto it = m_ids.emplace(std::move(key), m_ids.size()).first;
            if (it->second == m_names.size())
                m_names.push_back(QString::fromStdString(labels.toString()));
            ids.push_back(it->second);
        }
        return ids;
    }
    [[nodiscard]] size_t count() const { return m_ids.size(); }
    [[nodiscard]] QString name(size_t id) const { return m_names[id]; }

private:
    const Expr& m_e;
    std::unordered_map<std::string, size_t> m_ids;
    std::vector<QString> m_names;
};

void dropEmpty(std::vector<StepSeries>& series)
{
    std::erase_if(series, [](const StepSeries& s) {
        return std::find(s.present.begin(), s.present.end(), 1) == s.present.end();
    });
}

} // namespace

std::pair<double, bool> applyBinary(BinaryOp op, double lhs, double rhs)
{
    switch (op) {
    case BinaryOp::Add:
        return {lhs + rhs, true};
    case BinaryOp::Sub:
        return {lhs - rhs, true};
    case BinaryOp::Mul:
        return {lhs * rhs, true};
    case BinaryOp::Div:
        return {lhs / rhs, true};
    case BinaryOp::Mod:
        return {std::fmod(lhs, rhs), true};
    case BinaryOp::Pow:
        return {std::pow(lhs, rhs), true};
    case BinaryOp::Eq:
        return {lhs, lhs == rhs};
    case BinaryOp::Ne:
        return {lhs, lhs != rhs};
    case BinaryOp::Gt:
        return {lhs, lhs > rhs};
    case BinaryOp::Lt:
        return {lhs, lhs < rhs};
    case BinaryOp::Ge:
        return {lhs, lhs >= rhs};
    case BinaryOp::Le:
        return {lhs, lhs <= rhs};
    case BinaryOp::And:
    case BinaryOp::Or:
    case BinaryOp::Unless:
        break;
    }
    return {lhs, true};
}

StepValue Evaluator::evalBinary(const Expr& e)
{
    StepValue lhs = eval(*e.args[0]);
    StepValue rhs = eval(*e.args[1]);
    const size_t steps = m_steps.size();
    if (lhs.isScalar && rhs.isScalar) {
        for (size_t i = 0; i < steps; ++i) {
            const auto [v, keep] = applyBinary(e.op, lhs.scalar[i], rhs.scalar[i]);
            lhs.scalar[i] = isComparison(e.op) ? (keep ? 1.0 : 0.0) : v;
        }
        return lhs;
    }
    if (!lhs.isScalar && !rhs.isScalar) {
        if (isSetOperator(e.op))
            return evalSetOperator(e, std::move(lhs), std::move(rhs));
        return evalVectorBinary(e, std::move(lhs), std::move(rhs));
    }
    // A vector and a number.
    const bool scalarLeft = lhs.isScalar;
    const StepValue& vec = scalarLeft ? rhs : lhs;
    const std::vector<double>& scalar = scalarLeft ? lhs.scalar : rhs.scalar;
    SeriesMerger merger(steps);
    for (const StepSeries& s : vec.series) {
        size_t slot = kNone;
        for (size_t i = 0; i < steps; ++i) {
            if (!s.present[i])
                continue;
            const double l = scalarLeft ? scalar[i] : s.values[i];
            const double r = scalarLeft ? s.values[i] : scalar[i];
            auto [v, keep] = applyBinary(e.op, l, r);
            if (isComparison(e.op) && scalarLeft)
                v = s.values[i]; // a comparison keeps the vector's value, on either side
            if (e.returnBool) {
                v = keep ? 1.0 : 0.0;
                keep = true;
            }
            if (!keep)
                continue;
            if (slot == kNone) {
                LabelSet labels = s.labels;
                if (dropsName(e.op) || e.returnBool)
                    labels.remove(kMetricNameLabel);
                slot = merger.slot(std::move(labels));
            }
            merger.set(slot, i, v);
        }
    }
    StepValue out;
    out.series = merger.take();
    return out;
}

StepValue Evaluator::evalVectorBinary(const Expr& e, StepValue lhsValue, StepValue rhsValue)
{
    const size_t steps = m_steps.size();
    const bool swapped = e.card == Cardinality::OneToMany;
    // The "many" side is iterated; the "one" side is looked up by signature.
    const std::vector<StepSeries>& many = swapped ? rhsValue.series : lhsValue.series;
    const std::vector<StepSeries>& one = swapped ? lhsValue.series : rhsValue.series;
    Signatures signatures(e);
    const std::vector<size_t> manySig = signatures.of(many);
    const std::vector<size_t> oneSig = signatures.of(one);

    SeriesMerger merger(steps);
    std::unordered_map<quint64, size_t> outSlots; // (many index, one index) -> output slot
    std::vector<size_t> oneAt(signatures.count(), kNone);
    std::vector<quint8> matched(signatures.count(), 0);
    for (size_t i = 0; i < steps; ++i) {
        std::fill(oneAt.begin(), oneAt.end(), kNone);
        std::fill(matched.begin(), matched.end(), 0);
        bool anyMany = false;
        for (const StepSeries& s : many)
            anyMany = anyMany || s.present[i];
        if (!anyMany)
            continue;
        for (size_t k = 0; k < one.size(); ++k) {
            if (!one[k].present[i])
                continue;
            if (oneAt[oneSig[k]] != kNone)
                throw QueryFailure{
                    QueryError{QueryError::Code::ManyToManyMatching, 0, {signatures.name(oneSig[k])}}};
            oneAt[oneSig[k]] = k;
        }
        for (size_t k = 0; k < many.size(); ++k) {
            if (!many[k].present[i])
                continue;
            const size_t sig = manySig[k];
            const size_t r = oneAt[sig];
            if (r == kNone)
                continue;
            const double fl = swapped ? one[r].values[i] : many[k].values[i];
            const double fr = swapped ? many[k].values[i] : one[r].values[i];
            auto [v, keep] = applyBinary(e.op, fl, fr);
            if (e.returnBool) {
                v = keep ? 1.0 : 0.0;
                keep = true;
            }
            if (!keep)
                continue;
            if (e.card == Cardinality::OneToOne) {
                if (matched[sig])
                    throw QueryFailure{
                        QueryError{QueryError::Code::ManyToOneMatching, 0, {signatures.name(sig)}}};
                matched[sig] = 1;
            }
            const quint64 pairKey = (quint64(k) << 32) | quint64(r);
            auto it = outSlots.find(pairKey);
            if (it == outSlots.end()) {
                LabelSet labels = many[k].labels;
                if (dropsName(e.op) || e.returnBool)
                    labels.remove(kMetricNameLabel);
                if (e.card == Cardinality::OneToOne) {
                    if (e.on)
                        labels.keepOnly(e.matchingLabels);
                    else
                        labels.removeAll(e.matchingLabels);
                }
                for (const std::string& name : e.include)
                    labels.set(name, one[r].labels.get(name)); // empty: removed
                it = outSlots.emplace(pairKey, merger.slot(std::move(labels))).first;
            }
            merger.set(it->second, i, v);
        }
    }
    StepValue out;
    out.series = merger.take();
    dropEmpty(out.series);
    return out;
}

StepValue Evaluator::evalSetOperator(const Expr& e, StepValue lhs, StepValue rhs)
{
    const size_t steps = m_steps.size();
    Signatures signatures(e);
    const std::vector<size_t> lhsSig = signatures.of(lhs.series);
    const std::vector<size_t> rhsSig = signatures.of(rhs.series);
    SeriesMerger merger(steps);
    std::vector<size_t> lhsSlot(lhs.series.size(), kNone);
    std::vector<size_t> rhsSlot(rhs.series.size(), kNone);
    std::vector<quint8> seen(signatures.count());
    auto put = [&](std::vector<size_t>& slot, const std::vector<StepSeries>& series, size_t k, size_t i) {
        if (slot[k] == kNone)
            slot[k] = merger.slot(series[k].labels);
        merger.set(slot[k], i, series[k].values[i]);
    };
    for (size_t i = 0; i < steps; ++i) {
        std::fill(seen.begin(), seen.end(), 0);
        // and, unless: which signatures the right side has; or: which the left side has.
        const bool byLeft = e.op == BinaryOp::Or;
        const std::vector<StepSeries>& marking = byLeft ? lhs.series : rhs.series;
        const std::vector<size_t>& markingSig = byLeft ? lhsSig : rhsSig;
        for (size_t k = 0; k < marking.size(); ++k)
            if (marking[k].present[i])
                seen[markingSig[k]] = 1;
        for (size_t k = 0; k < lhs.series.size(); ++k) {
            if (!lhs.series[k].present[i])
                continue;
            if (e.op == BinaryOp::Or || (e.op == BinaryOp::And) == bool(seen[lhsSig[k]]))
                put(lhsSlot, lhs.series, k, i);
        }
        if (e.op == BinaryOp::Or)
            for (size_t k = 0; k < rhs.series.size(); ++k)
                if (rhs.series[k].present[i] && !seen[rhsSig[k]])
                    put(rhsSlot, rhs.series, k, i);
    }
    StepValue out;
    out.series = merger.take();
    return out;
}

} // namespace capataz::metrics::detail
