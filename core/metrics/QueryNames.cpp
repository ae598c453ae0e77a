#include "metrics/QueryNames.h"

namespace capataz::metrics {

namespace {

void collect(const Expr& e, QSet<QString>& out)
{
    if (e.kind == Expr::Kind::VectorSelector || e.kind == Expr::Kind::MatrixSelector) {
        for (const LabelMatcher& m : e.matchers) {
            if (m.name != "__name__" || m.op != LabelMatcher::Op::Equal)
                continue;
            QString name = QString::fromStdString(m.value);
            out.insert(name);
            for (const char* suffix : {"_bucket", "_sum", "_count", "_total", "_created"}) {
                const QLatin1StringView s(suffix);
                if (name.endsWith(s) && name.size() > s.size())
                    out.insert(name.chopped(s.size()));
            }
        }
    }
    for (const auto& arg : e.args)
        if (arg)
            collect(*arg, out);
}

} // namespace

QSet<QString> metricNames(const Query& query)
{
    QSet<QString> out;
    if (!query.isNull())
        collect(query.root(), out);
    return out;
}

QSet<QString> metricNames(const QString& text)
{
    auto q = parseQuery(text);
    return q ? metricNames(*q) : QSet<QString>{};
}

} // namespace capataz::metrics
