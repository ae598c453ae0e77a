#include "metrics/QueryError.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace capataz::metrics {

namespace {

struct CodeInfo {
    const char* name;
    const char* sentence;
};

// No default: a new code without its name and sentence is a -Wswitch warning.
CodeInfo info(QueryError::Code code)
{
    using C = QueryError::Code;
    switch (code) {
    case C::UnexpectedCharacter:
        return {"UnexpectedCharacter", QT_TRANSLATE_NOOP("capataz::metrics", "Unexpected character '%1'.")};
    case C::UnexpectedToken:
        return {"UnexpectedToken", QT_TRANSLATE_NOOP("capataz::metrics", "Unexpected %1; expected %2.")};
    case C::UnexpectedEnd:
        return {"UnexpectedEnd",
                QT_TRANSLATE_NOOP("capataz::metrics", "The query ends too soon; expected %1.")};
    case C::UnterminatedString:
        return {"UnterminatedString",
                QT_TRANSLATE_NOOP("capataz::metrics", "A quoted string is not closed.")};
    case C::InvalidEscape:
        return {"InvalidEscape",
                QT_TRANSLATE_NOOP("capataz::metrics", "Invalid escape sequence in a string.")};
    case C::InvalidNumber:
        return {"InvalidNumber", QT_TRANSLATE_NOOP("capataz::metrics", "'%1' is not a valid number.")};
    case C::InvalidDuration:
        return {"InvalidDuration",
                QT_TRANSLATE_NOOP("capataz::metrics",
                                  "'%1' is not a valid duration (such as 30s, 5m, 1h30m, 7d).")};
    case C::InvalidRegex:
        return {"InvalidRegex",
                QT_TRANSLATE_NOOP("capataz::metrics", "The regular expression '%1' is not valid: %2.")};
    case C::UnknownFunction:
        return {"UnknownFunction", QT_TRANSLATE_NOOP("capataz::metrics", "Unknown function '%1'.")};
    case C::WrongArgumentCount:
        return {"WrongArgumentCount",
                QT_TRANSLATE_N_NOOP("capataz::metrics", "The function %1 takes %n argument(s).")};
    case C::WrongArgumentType:
        return {"WrongArgumentType", QT_TRANSLATE_NOOP("capataz::metrics", "%1 needs %2, not %3.")};
    case C::EmptySelector:
        return {"EmptySelector",
                QT_TRANSLATE_NOOP("capataz::metrics",
                                  "A selector needs a metric name or a label matcher that does not "
                                  "match the empty value.")};
    case C::DuplicateMetricName:
        return {"DuplicateMetricName",
                QT_TRANSLATE_NOOP("capataz::metrics", "The metric name is given twice in one selector.")};
    case C::ComparisonNeedsBool:
        return {"ComparisonNeedsBool",
                QT_TRANSLATE_NOOP("capataz::metrics",
                                  "A comparison between two numbers needs the bool modifier.")};
    case C::BoolNotAllowed:
        return {"BoolNotAllowed",
                QT_TRANSLATE_NOOP("capataz::metrics", "bool is only allowed after a comparison.")};
    case C::MatchingNotAllowed:
        return {"MatchingNotAllowed",
                QT_TRANSLATE_NOOP("capataz::metrics",
                                  "on, ignoring, group_left and group_right need a vector on both sides.")};
    case C::RangeNotAllowed:
        return {"RangeNotAllowed",
                QT_TRANSLATE_NOOP("capataz::metrics", "A range [...] follows only a metric selector.")};
    case C::TooDeeplyNested:
        return {"TooDeeplyNested",
                QT_TRANSLATE_NOOP("capataz::metrics",
                                  "The query nests too deeply: at most %1 levels of parentheses, functions "
                                  "and operators.")};
    case C::DuplicateSeries:
        return {"DuplicateSeries",
                QT_TRANSLATE_NOOP("capataz::metrics", "The result holds the series %1 twice at one time.")};
    case C::ManyToManyMatching:
        return {
            "ManyToManyMatching",
            QT_TRANSLATE_NOOP("capataz::metrics",
                              "Several series on each side match on %1: the matching labels must be unique "
                              "on one side.")};
    case C::ManyToOneMatching:
        return {
            "ManyToOneMatching",
            QT_TRANSLATE_NOOP("capataz::metrics",
                              "Several series on the left match one on the right on %1: use group_left or "
                              "group_right.")};
    case C::TooManySteps:
        return {"TooManySteps",
                QT_TRANSLATE_NOOP("capataz::metrics",
                                  "The range has more than 11,000 steps: use a longer step.")};
    case C::InvalidStep:
        return {"InvalidStep",
                QT_TRANSLATE_NOOP("capataz::metrics",
                                  "The step must be positive and the end not before the start.")};
    }
    return {"Unknown", ""};
}

QString withArgs(QString s, const QStringList& args)
{
    for (const QString& a : args)
        s = s.arg(a);
    return s;
}

bool isEvaluation(QueryError::Code code)
{
    return code >= QueryError::Code::DuplicateSeries;
}

} // namespace

QString QueryError::codeName() const
{
    return QString::fromLatin1(info(code).name);
}

QString QueryError::sentence() const
{
    // Arguments are token spellings (kept as they are) or descriptions of what was expected,
    // marked with QT_TRANSLATE_NOOP where they are made: translate() gives those in the
    // installed language and returns anything else unchanged.
    QStringList translatedArgs;
    for (const QString& a : args)
        translatedArgs << QCoreApplication::translate("capataz::metrics", a.toUtf8().constData());
    if (code == Code::WrongArgumentCount && args.size() == 2)
        return QCoreApplication::translate("capataz::metrics", info(code).sentence, nullptr, args[1].toInt())
            .arg(args[0]);
    return withArgs(QCoreApplication::translate("capataz::metrics", info(code).sentence), translatedArgs);
}

QString QueryError::describe() const
{
    if (position <= 0)
        return sentence();
    return QCoreApplication::translate("capataz::metrics", "column %1: %2").arg(position).arg(sentence());
}

Error QueryError::toError() const
{
    const QString english =
        code == Code::WrongArgumentCount && args.size() == 2
            ? QString::fromUtf8(info(code).sentence).replace(u"%n"_s, args[1]).arg(args[0])
            : withArgs(QString::fromUtf8(info(code).sentence), args);
    return Error{isEvaluation(code) ? ErrorCode::InvalidArgument : ErrorCode::ParseError,
                 position > 0 ? u"column "_s + QString::number(position) + u": "_s + english : english};
}

} // namespace capataz::metrics
