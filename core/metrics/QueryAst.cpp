#include "metrics/QueryAst.h"

namespace capataz::metrics {

bool LabelMatcher::matches(std::string_view labelValue) const
{
    switch (op) {
    case Op::Equal:
        return labelValue == value;
    case Op::NotEqual:
        return labelValue != value;
    case Op::Regex:
    case Op::NotRegex: {
        const bool m =
            regex.match(QString::fromUtf8(labelValue.data(), qsizetype(labelValue.size()))).hasMatch();
        return op == Op::Regex ? m : !m;
    }
    }
    return false;
}

ValueType Expr::type() const
{
    switch (kind) {
    case Kind::Number:
        return ValueType::Scalar;
    case Kind::VectorSelector:
    case Kind::Aggregate:
        return ValueType::InstantVector;
    case Kind::MatrixSelector:
        return ValueType::RangeVector;
    case Kind::Call:
        return function == Function::Time || function == Function::Scalar ? ValueType::Scalar
                                                                          : ValueType::InstantVector;
    case Kind::Binary:
        return args[0]->type() == ValueType::Scalar && args[1]->type() == ValueType::Scalar
                   ? ValueType::Scalar
                   : ValueType::InstantVector;
    case Kind::Negate:
        return args[0]->type();
    }
    return ValueType::Scalar;
}

} // namespace capataz::metrics
