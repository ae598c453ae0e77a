#include "metrics/QueryEngine.h"

#include "metrics/QueryEvaluator.h"

using namespace Qt::Literals::StringLiterals;

namespace capataz::metrics {

namespace {

using detail::Evaluator;
using detail::QueryFailure;
using detail::StepValue;

QueryResult toResult(const Query& query, StepValue value, const std::vector<qint64>& steps)
{
    QueryResult result;
    result.type = query.type();
    if (value.isScalar) {
        QuerySeries s;
        for (size_t i = 0; i < steps.size(); ++i)
            s.points.push_back(Point{steps[i], value.scalar[i]});
        result.series.push_back(std::move(s));
        return result;
    }
    for (detail::StepSeries& s : value.series) {
        QuerySeries out{std::move(s.labels), {}};
        for (size_t i = 0; i < steps.size(); ++i)
            if (s.present[i])
                out.points.push_back(Point{steps[i], s.values[i]});
        if (!out.points.empty())
            result.series.push_back(std::move(out));
    }
    return result;
}

// A range vector at the top of an instant query: the samples of the window (t-r, t].
QueryResult rangeAt(const Query& query, const SeriesSet& data, qint64 timeMs)
{
    const Expr& e = query.root();
    Evaluator evaluator(data, {timeMs});
    QueryResult result;
    result.type = ValueType::RangeVector;
    const qint64 end = detail::timeMinus(timeMs, e.offsetMs);
    const qint64 start = detail::timeMinus(end, e.rangeMs);
    for (const Series* s : evaluator.select(e)) {
        QuerySeries out{s->labels, {}};
        for (const Point& p : s->points)
            if (p.t > start && p.t <= end && !isStaleNaN(p.v))
                out.points.push_back(p);
        if (!out.points.empty())
            result.series.push_back(std::move(out));
    }
    return result;
}

} // namespace

std::expected<QueryResult, QueryError> evaluateInstant(const Query& query, const SeriesSet& data,
                                                       qint64 timeMs)
{
    if (query.isNull())
        return std::unexpected(QueryError{QueryError::Code::UnexpectedEnd, 1, {}});
    if (query.root().kind == Expr::Kind::MatrixSelector)
        return rangeAt(query, data, timeMs);
    try {
        Evaluator evaluator(data, {timeMs});
        return toResult(query, evaluator.eval(query.root()), evaluator.steps());
    } catch (const QueryFailure& f) {
        return std::unexpected(f.error);
    }
}

std::expected<QueryResult, QueryError> evaluateRange(const Query& query, const SeriesSet& data,
                                                     qint64 startMs, qint64 endMs, qint64 stepMs)
{
    if (query.isNull())
        return std::unexpected(QueryError{QueryError::Code::UnexpectedEnd, 1, {}});
    if (stepMs <= 0 || endMs < startMs)
        return std::unexpected(QueryError{QueryError::Code::InvalidStep, 0, {}});
    qint64 span = 0;
    if (__builtin_sub_overflow(endMs, startMs, &span) || span / stepMs + 1 > kMaxSteps)
        return std::unexpected(QueryError{QueryError::Code::TooManySteps, 0, {}});
    if (query.type() == ValueType::RangeVector)
        return std::unexpected(QueryError{QueryError::Code::WrongArgumentType,
                                          query.root().position,
                                          {u"query_range"_s, u"an instant vector"_s, u"a range vector"_s}});
    std::vector<qint64> steps;
    for (qint64 i = 0; i <= span / stepMs; ++i) // never past endMs: no overflow near the end of qint64
        steps.push_back(startMs + i * stepMs);
    try {
        Evaluator evaluator(data, std::move(steps));
        return toResult(query, evaluator.eval(query.root()), evaluator.steps());
    } catch (const QueryFailure& f) {
        return std::unexpected(f.error);
    }
}

} // namespace capataz::metrics
