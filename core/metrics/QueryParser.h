#pragma once

#include "metrics/QueryAst.h"
#include "metrics/QueryError.h"

#include <QString>

#include <expected>
#include <memory>

namespace capataz::metrics {

// A parsed query: the PromQL subset of instant and range selectors with label matchers (=, !=,
// =~, !~), offset, number literals, rate/irate/increase/delta/idelta, histogram_quantile,
// abs, time, vector, scalar, sum/avg/max/min/count with by/without, the arithmetic (+ - * / % ^),
// comparison (== != > < >= <=, with bool) and set (and, or, unless) operators with on/ignoring
// and group_left/group_right. Cheap to copy; the tree is shared and never changes.
class Query {
public:
    Query() = default;
    Query(QString text, std::shared_ptr<const Expr> root)
        : m_text(std::move(text))
        , m_root(std::move(root))
    {}
    [[nodiscard]] const QString& text() const { return m_text; }
    [[nodiscard]] const Expr& root() const { return *m_root; }
    [[nodiscard]] bool isNull() const { return !m_root; }
    [[nodiscard]] ValueType type() const { return m_root->type(); }
    // A part of this query's tree (`e` must be in it) as a query of its own, sharing the tree.
    [[nodiscard]] Query part(const Expr& e) const
    {
        return Query(m_text, std::shared_ptr<const Expr>(m_root, &e));
    }

private:
    QString m_text;
    std::shared_ptr<const Expr> m_root;
};

// How deep a query may nest (parentheses, calls, aggregations, operators, in the text and in the
// tree): deeper is TooDeeplyNested, so that parsing, evaluating and freeing it, all recursive,
// stay far from the end of a thread's stack. Real queries nest under 20.
inline constexpr int kMaxQueryDepth = 128;

[[nodiscard]] std::expected<Query, QueryError> parseQuery(const QString& text);

} // namespace capataz::metrics
