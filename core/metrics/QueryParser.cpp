#include "metrics/QueryParser.h"

#include "metrics/QueryLexer.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <unordered_map>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace capataz::metrics {

namespace {

using T = QueryToken::Type;
using Code = QueryError::Code;
using ExprPtr = std::unique_ptr<Expr>;

// What the parser expected: source texts (translated when the sentence is shown).
const char* const kExpression = QT_TRANSLATE_NOOP("capataz::metrics", "an expression");
const char* const kLabelName = QT_TRANSLATE_NOOP("capataz::metrics", "a label name");
const char* const kMatcherOp = QT_TRANSLATE_NOOP("capataz::metrics", "one of = != =~ !~");
const char* const kQuotedString = QT_TRANSLATE_NOOP("capataz::metrics", "a quoted string");
const char* const kDurationWanted = QT_TRANSLATE_NOOP("capataz::metrics", "a duration such as 5m");
const char* const kOperator = QT_TRANSLATE_NOOP("capataz::metrics", "an operator or the end of the query");
const char* const kScalarType = QT_TRANSLATE_NOOP("capataz::metrics", "a number");
const char* const kInstantType = QT_TRANSLATE_NOOP("capataz::metrics", "an instant vector");
const char* const kRangeType = QT_TRANSLATE_NOOP("capataz::metrics", "a range vector");

QString typeName(ValueType t)
{
    switch (t) {
    case ValueType::Scalar:
        return QString::fromUtf8(kScalarType);
    case ValueType::InstantVector:
        return QString::fromUtf8(kInstantType);
    case ValueType::RangeVector:
        return QString::fromUtf8(kRangeType);
    }
    return {};
}

struct FunctionInfo {
    const char* name;
    Function function;
    std::vector<ValueType> args;
};

const std::array<FunctionInfo, 10>& functions()
{
    static const std::array<FunctionInfo, 10> list{{
        {"rate", Function::Rate, {ValueType::RangeVector}},
        {"irate", Function::Irate, {ValueType::RangeVector}},
        {"increase", Function::Increase, {ValueType::RangeVector}},
        {"delta", Function::Delta, {ValueType::RangeVector}},
        {"idelta", Function::Idelta, {ValueType::RangeVector}},
        {"histogram_quantile", Function::HistogramQuantile, {ValueType::Scalar, ValueType::InstantVector}},
        {"abs", Function::Abs, {ValueType::InstantVector}},
        {"time", Function::Time, {}},
        {"vector", Function::Vector, {ValueType::Scalar}},
        {"scalar", Function::Scalar, {ValueType::InstantVector}},
    }};
    return list;
}

std::optional<AggregateOp> aggregateOp(const QString& word)
{
    const QString w = word.toLower();
    if (w == u"sum"_s)
        return AggregateOp::Sum;
    if (w == u"avg"_s)
        return AggregateOp::Avg;
    if (w == u"max"_s)
        return AggregateOp::Max;
    if (w == u"min"_s)
        return AggregateOp::Min;
    if (w == u"count"_s)
        return AggregateOp::Count;
    return std::nullopt;
}

struct Unexpected {
    QueryError error;
};

class Parser {
public:
    explicit Parser(std::vector<QueryToken> tokens)
        : m_tokens(std::move(tokens))
    {}

    ExprPtr parseAll()
    {
        ExprPtr e = parseExpr(1);
        if (peek().type != T::End)
            unexpected(kOperator);
        return e;
    }

private:
    std::vector<QueryToken> m_tokens;
    size_t m_at = 0;
    int m_depth = 0;                                // parseExpr calls under way
    std::unordered_map<const Expr*, int> m_heights; // nodes with operands; a leaf is 1

    // Counts one level of parseExpr; past kMaxQueryDepth the query is refused where it stands.
    class DepthGuard {
    public:
        explicit DepthGuard(Parser& p)
            : m_p(p)
        {
            if (++m_p.m_depth > kMaxQueryDepth)
                m_p.fail(Code::TooDeeplyNested, m_p.peek().position, {QString::number(kMaxQueryDepth)});
        }
        ~DepthGuard() { --m_p.m_depth; }
        DepthGuard(const DepthGuard&) = delete;
        DepthGuard& operator=(const DepthGuard&) = delete;

    private:
        Parser& m_p;
    };

    int height(const Expr& e) const
    {
        const auto it = m_heights.find(&e);
        return it == m_heights.end() ? 1 : it->second;
    }
    // A node's operands are in place: its height, refused past kMaxQueryDepth (a chain such as
    // 1+1+...+1 nests in the tree without nesting parseExpr calls).
    void checkHeight(const Expr& e)
    {
        int h = 0;
        for (const ExprPtr& a : e.args)
            h = std::max(h, height(*a));
        if (h + 1 > kMaxQueryDepth)
            fail(Code::TooDeeplyNested, e.position, {QString::number(kMaxQueryDepth)});
        m_heights[&e] = h + 1;
    }

    const QueryToken& peek(size_t ahead = 0) const
    {
        const size_t i = std::min(m_at + ahead, m_tokens.size() - 1);
        return m_tokens[i];
    }
    const QueryToken& take() { return m_tokens[std::min(m_at++, m_tokens.size() - 1)]; }
    bool isWord(const QueryToken& t, QStringView word) const
    {
        return t.type == T::Identifier && t.text.compare(word, Qt::CaseInsensitive) == 0;
    }

    [[noreturn]] void fail(Code code, qint32 position, QStringList args = {}) const
    {
        throw Unexpected{QueryError{code, position, std::move(args)}};
    }
    [[noreturn]] void unexpected(const char* expected) const
    {
        const QueryToken& t = peek();
        if (t.type == T::Error)
            throw Unexpected{*t.error};
        if (t.type == T::End)
            fail(Code::UnexpectedEnd, t.position, {QString::fromUtf8(expected)});
        const QString found =
            t.type == T::String ? QString(u"\""_s + t.text + u"\""_s) : QString(u"'"_s + t.text + u"'"_s);
        fail(Code::UnexpectedToken, t.position, {found, QString::fromUtf8(expected)});
    }
    const QueryToken& expect(T type, const char* expected)
    {
        if (peek().type != type)
            unexpected(expected);
        return take();
    }

    static int precedence(T type, const QueryToken& t)
    {
        switch (type) {
        case T::Caret:
            return 6;
        case T::Star:
        case T::Slash:
        case T::Percent:
            return 5;
        case T::Plus:
        case T::Minus:
            return 4;
        case T::EqualEqual:
        case T::NotEqual:
        case T::Greater:
        case T::Less:
        case T::GreaterEqual:
        case T::LessEqual:
            return 3;
        case T::Identifier:
            if (t.text.compare(u"and"_s, Qt::CaseInsensitive) == 0 ||
                t.text.compare(u"unless"_s, Qt::CaseInsensitive) == 0)
                return 2;
            if (t.text.compare(u"or"_s, Qt::CaseInsensitive) == 0)
                return 1;
            return 0;
        default:
            return 0;
        }
    }

    static BinaryOp binaryOp(const QueryToken& t)
    {
        switch (t.type) {
        case T::Caret:
            return BinaryOp::Pow;
        case T::Star:
            return BinaryOp::Mul;
        case T::Slash:
            return BinaryOp::Div;
        case T::Percent:
            return BinaryOp::Mod;
        case T::Plus:
            return BinaryOp::Add;
        case T::Minus:
            return BinaryOp::Sub;
        case T::EqualEqual:
            return BinaryOp::Eq;
        case T::NotEqual:
            return BinaryOp::Ne;
        case T::Greater:
            return BinaryOp::Gt;
        case T::Less:
            return BinaryOp::Lt;
        case T::GreaterEqual:
            return BinaryOp::Ge;
        case T::LessEqual:
            return BinaryOp::Le;
        default:
            break;
        }
        const QString w = t.text.toLower();
        return w == u"and"_s ? BinaryOp::And : w == u"or"_s ? BinaryOp::Or : BinaryOp::Unless;
    }

    ExprPtr parseExpr(int minPrecedence)
    {
        const DepthGuard guard(*this);
        ExprPtr lhs = parseUnary();
        for (;;) {
            const QueryToken& opToken = peek();
            const int prec = precedence(opToken.type, opToken);
            if (prec == 0 || prec < minPrecedence)
                return lhs;
            take();
            auto e = std::make_unique<Expr>();
            e->kind = Expr::Kind::Binary;
            e->position = lhs->position;
            e->op = binaryOp(opToken);
            const qint32 opPosition = opToken.position;
            qint32 modifierPosition = 0;
            if (isWord(peek(), u"bool")) {
                modifierPosition = peek().position;
                if (!isComparison(e->op))
                    fail(Code::BoolNotAllowed, modifierPosition);
                take();
                e->returnBool = true;
            }
            qint32 matchingPosition = 0;
            if (isWord(peek(), u"on") || isWord(peek(), u"ignoring")) {
                matchingPosition = peek().position;
                e->on = isWord(take(), u"on");
                e->matchingLabels = parseLabelList();
                if (isWord(peek(), u"group_left") || isWord(peek(), u"group_right")) {
                    if (isSetOperator(e->op))
                        fail(Code::MatchingNotAllowed, peek().position);
                    e->card = isWord(take(), u"group_left") ? Cardinality::ManyToOne : Cardinality::OneToMany;
                    if (peek().type == T::LeftParen)
                        e->include = parseLabelList();
                }
            }
            // ^ is right-associative, the others left-associative.
            ExprPtr rhs = parseExpr(e->op == BinaryOp::Pow ? prec : prec + 1);
            const ValueType lt = lhs->type();
            const ValueType rt = rhs->type();
            if (lt == ValueType::RangeVector || rt == ValueType::RangeVector)
                fail(Code::WrongArgumentType, lt == ValueType::RangeVector ? lhs->position : rhs->position,
                     {opToken.text, typeName(ValueType::InstantVector), typeName(ValueType::RangeVector)});
            const bool bothScalar = lt == ValueType::Scalar && rt == ValueType::Scalar;
            if (isSetOperator(e->op) && (lt == ValueType::Scalar || rt == ValueType::Scalar))
                fail(Code::WrongArgumentType, lt == ValueType::Scalar ? lhs->position : rhs->position,
                     {opToken.text, typeName(ValueType::InstantVector), typeName(ValueType::Scalar)});
            if (bothScalar && isComparison(e->op) && !e->returnBool)
                fail(Code::ComparisonNeedsBool, opPosition);
            if (matchingPosition > 0 && (lt == ValueType::Scalar || rt == ValueType::Scalar))
                fail(Code::MatchingNotAllowed, matchingPosition);
            e->args.push_back(std::move(lhs));
            e->args.push_back(std::move(rhs));
            checkHeight(*e);
            lhs = std::move(e);
        }
    }

    ExprPtr parseUnary()
    {
        const QueryToken& t = peek();
        if (t.type == T::Minus || t.type == T::Plus) {
            const bool minus = t.type == T::Minus;
            const qint32 position = t.position;
            take();
            ExprPtr operand = parseExpr(6); // binds looser than ^: -2^2 is -4
            if (operand->type() == ValueType::RangeVector)
                fail(Code::WrongArgumentType, operand->position,
                     {minus ? u"-"_s : u"+"_s, typeName(ValueType::InstantVector),
                      typeName(ValueType::RangeVector)});
            if (!minus)
                return operand;
            if (operand->kind == Expr::Kind::Number) {
                operand->number = -operand->number;
                operand->position = position;
                return operand;
            }
            auto e = std::make_unique<Expr>();
            e->kind = Expr::Kind::Negate;
            e->position = position;
            e->args.push_back(std::move(operand));
            checkHeight(*e);
            return e;
        }
        return parsePostfix();
    }

    ExprPtr parsePostfix()
    {
        ExprPtr e = parsePrimary();
        if (peek().type == T::LeftBracket) {
            if (e->kind != Expr::Kind::VectorSelector)
                fail(Code::RangeNotAllowed, peek().position);
            take();
            const QueryToken& d = expect(T::Duration, kDurationWanted);
            if (d.durationMs <= 0)
                fail(Code::InvalidDuration, d.position, {d.text});
            e->kind = Expr::Kind::MatrixSelector;
            e->rangeMs = d.durationMs;
            expect(T::RightBracket, "']'");
        }
        if (isWord(peek(), u"offset")) {
            if (e->kind != Expr::Kind::VectorSelector && e->kind != Expr::Kind::MatrixSelector)
                unexpected(kOperator);
            take();
            bool negative = false;
            if (peek().type == T::Minus) {
                negative = true;
                take();
            }
            const QueryToken& d = expect(T::Duration, kDurationWanted);
            e->offsetMs = negative ? -d.durationMs : d.durationMs;
        }
        return e;
    }

    ExprPtr parsePrimary()
    {
        const QueryToken& t = peek();
        switch (t.type) {
        case T::Number: {
            auto e = std::make_unique<Expr>();
            e->kind = Expr::Kind::Number;
            e->position = t.position;
            e->number = t.number;
            take();
            return e;
        }
        case T::LeftParen: {
            take();
            ExprPtr e = parseExpr(1);
            expect(T::RightParen, "')'");
            return e;
        }
        case T::LeftBrace:
            return parseSelector(QString(), t.position);
        case T::Identifier:
            break;
        default:
            unexpected(kExpression);
        }
        const qint32 position = t.position;
        const QString word = t.text;
        if (const std::optional<AggregateOp> agg = aggregateOp(word);
            agg && (peek(1).type == T::LeftParen || isWord(peek(1), u"by") || isWord(peek(1), u"without"))) {
            take();
            return parseAggregate(*agg, position);
        }
        if (peek(1).type == T::LeftParen) {
            for (const FunctionInfo& f : functions())
                if (word == QLatin1StringView(f.name)) {
                    take();
                    return parseCall(f, position);
                }
            fail(Code::UnknownFunction, position, {word});
        }
        take();
        return parseSelector(word, position);
    }

    std::vector<std::string> parseLabelList()
    {
        expect(T::LeftParen, "'('");
        std::vector<std::string> labels;
        while (peek().type != T::RightParen) {
            const QueryToken& l = peek();
            if (l.type == T::Identifier && !l.text.contains(u':'))
                labels.push_back(take().text.toStdString());
            else if (l.type == T::String)
                labels.push_back(take().bytes);
            else
                unexpected(kLabelName);
            if (peek().type == T::Comma)
                take();
            else if (peek().type != T::RightParen)
                unexpected("')'");
        }
        take();
        return labels;
    }

    ExprPtr parseAggregate(AggregateOp op, qint32 position)
    {
        auto e = std::make_unique<Expr>();
        e->kind = Expr::Kind::Aggregate;
        e->aggregate = op;
        e->position = position;
        bool grouped = false;
        auto grouping = [&]() {
            if (isWord(peek(), u"by") || isWord(peek(), u"without")) {
                if (grouped)
                    unexpected("'('");
                e->without = isWord(take(), u"without");
                e->grouping = parseLabelList();
                grouped = true;
            }
        };
        grouping();
        expect(T::LeftParen, "'('");
        ExprPtr operand = parseExpr(1);
        if (peek().type == T::Comma)
            fail(Code::WrongArgumentCount, position, {QString::fromUtf8(aggregateName(op)), u"1"_s});
        expect(T::RightParen, "')'");
        grouping();
        if (operand->type() != ValueType::InstantVector)
            fail(Code::WrongArgumentType, operand->position,
                 {QString::fromUtf8(aggregateName(op)), typeName(ValueType::InstantVector),
                  typeName(operand->type())});
        e->args.push_back(std::move(operand));
        checkHeight(*e);
        return e;
    }

    static const char* aggregateName(AggregateOp op)
    {
        switch (op) {
        case AggregateOp::Sum:
            return "sum";
        case AggregateOp::Avg:
            return "avg";
        case AggregateOp::Max:
            return "max";
        case AggregateOp::Min:
            return "min";
        case AggregateOp::Count:
            return "count";
        }
        return "";
    }

    ExprPtr parseCall(const FunctionInfo& f, qint32 position)
    {
        auto e = std::make_unique<Expr>();
        e->kind = Expr::Kind::Call;
        e->function = f.function;
        e->position = position;
        expect(T::LeftParen, "'('");
        while (peek().type != T::RightParen) {
            e->args.push_back(parseExpr(1));
            if (peek().type == T::Comma)
                take();
            else if (peek().type != T::RightParen)
                unexpected("')'");
        }
        const qint32 closing = take().position;
        const QString name = QString::fromUtf8(f.name);
        if (e->args.size() != f.args.size())
            fail(Code::WrongArgumentCount, e->args.empty() ? closing : e->args.front()->position,
                 {name, QString::number(f.args.size())});
        for (size_t i = 0; i < f.args.size(); ++i)
            if (e->args[i]->type() != f.args[i])
                fail(Code::WrongArgumentType, e->args[i]->position,
                     {name, typeName(f.args[i]), typeName(e->args[i]->type())});
        checkHeight(*e);
        return e;
    }

    ExprPtr parseSelector(const QString& name, qint32 position)
    {
        auto e = std::make_unique<Expr>();
        e->kind = Expr::Kind::VectorSelector;
        e->position = position;
        if (!name.isEmpty())
            e->matchers.push_back(LabelMatcher{
                std::string(kMetricNameLabelName), LabelMatcher::Op::Equal, name.toStdString(), {}});
        if (peek().type == T::LeftBrace) {
            take();
            while (peek().type != T::RightBrace) {
                const QueryToken& l = peek();
                if (l.type != T::Identifier && l.type != T::String)
                    unexpected(kLabelName);
                const std::string labelName = l.type == T::String ? l.bytes : l.text.toStdString();
                take();
                const qint32 labelPosition = l.position;
                LabelMatcher m;
                m.name = labelName;
                switch (peek().type) {
                case T::Assign:
                    m.op = LabelMatcher::Op::Equal;
                    break;
                case T::NotEqual:
                    m.op = LabelMatcher::Op::NotEqual;
                    break;
                case T::RegexMatch:
                    m.op = LabelMatcher::Op::Regex;
                    break;
                case T::RegexNoMatch:
                    m.op = LabelMatcher::Op::NotRegex;
                    break;
                default:
                    unexpected(kMatcherOp);
                }
                take();
                const QueryToken& v = expect(T::String, kQuotedString);
                m.value = v.bytes;
                if (m.op == LabelMatcher::Op::Regex || m.op == LabelMatcher::Op::NotRegex) {
                    m.regex = QRegularExpression(u"^(?:"_s + v.text + u")$"_s,
                                                 QRegularExpression::DotMatchesEverythingOption);
                    if (!m.regex.isValid())
                        fail(Code::InvalidRegex, v.position, {v.text, m.regex.errorString()});
                    m.regex.optimize();
                }
                if (m.name == kMetricNameLabelName && !name.isEmpty())
                    fail(Code::DuplicateMetricName, labelPosition);
                e->matchers.push_back(std::move(m));
                if (peek().type == T::Comma)
                    take();
                else if (peek().type != T::RightBrace)
                    unexpected("'}'");
            }
            take();
        }
        bool selective = false;
        for (const LabelMatcher& m : e->matchers)
            selective = selective || !m.matches({});
        if (!selective)
            fail(Code::EmptySelector, position);
        return e;
    }

    static constexpr std::string_view kMetricNameLabelName = "__name__";
};

} // namespace

std::expected<Query, QueryError> parseQuery(const QString& text)
{
    try {
        Parser parser(lexQuery(text));
        std::shared_ptr<const Expr> root = parser.parseAll();
        return Query(text, std::move(root));
    } catch (const Unexpected& u) {
        return std::unexpected(u.error);
    }
}

} // namespace capataz::metrics
