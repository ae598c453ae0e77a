#pragma once

#include <QRegularExpression>
#include <QtGlobal>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

// The syntax tree of a query (the PromQL subset Capataz evaluates). Made by parseQuery().
namespace capataz::metrics {

enum class ValueType : quint8 { Scalar, InstantVector, RangeVector };

struct LabelMatcher {
    enum class Op : quint8 { Equal, NotEqual, Regex, NotRegex };
    std::string name;
    Op op = Op::Equal;
    std::string value;
    QRegularExpression regex; // Regex, NotRegex: anchored at both ends, as in Prometheus

    // An absent label matches as the empty value.
    [[nodiscard]] bool matches(std::string_view labelValue) const;
};

enum class Function : quint8 {
    Rate,
    Irate,
    Increase,
    Delta,
    Idelta,
    HistogramQuantile,
    Abs,
    Time,
    Vector,
    Scalar
};
enum class AggregateOp : quint8 { Sum, Avg, Max, Min, Count };
enum class BinaryOp : quint8 {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
    Eq,
    Ne,
    Gt,
    Lt,
    Ge,
    Le,
    And,
    Or,
    Unless,
};
enum class Cardinality : quint8 { OneToOne, ManyToOne, OneToMany };

[[nodiscard]] inline bool isComparison(BinaryOp op)
{
    return op >= BinaryOp::Eq && op <= BinaryOp::Le;
}
[[nodiscard]] inline bool isSetOperator(BinaryOp op)
{
    return op >= BinaryOp::And;
}

struct Expr {
    enum class Kind : quint8 { Number, VectorSelector, MatrixSelector, Call, Aggregate, Binary, Negate };
    Kind kind = Kind::Number;
    qint32 position = 0; // 1-based character where the expression starts

    double number = 0; // Number

    // VectorSelector, MatrixSelector
    std::vector<LabelMatcher> matchers;
    qint64 rangeMs = 0; // MatrixSelector
    qint64 offsetMs = 0;

    Function function = Function::Rate;       // Call
    AggregateOp aggregate = AggregateOp::Sum; // Aggregate
    std::vector<std::string> grouping;        // Aggregate: by/without labels
    bool without = false;

    // Binary
    BinaryOp op = BinaryOp::Add;
    bool returnBool = false;
    bool on = false;                         // on(...) rather than ignoring(...)
    std::vector<std::string> matchingLabels; // on/ignoring labels
    Cardinality card = Cardinality::OneToOne;
    std::vector<std::string> include; // group_left/group_right labels

    // Call: the arguments; Aggregate: the operand; Binary: lhs, rhs; Negate: the operand.
    std::vector<std::unique_ptr<Expr>> args;

    [[nodiscard]] ValueType type() const;
};

} // namespace capataz::metrics
