#pragma once

#include "common/Error.h"

#include <QString>
#include <QStringList>

namespace capataz::metrics {

// Why a query could not be read or evaluated. A parse error says where: `position` is the
// 1-based character in the query text (0: the query as a whole, as for evaluation errors).
struct QueryError {
    enum class Code : quint8 {
        // reading the query
        UnexpectedCharacter, // %1: the character
        UnexpectedToken,     // %1: what was found, %2: what was expected
        UnexpectedEnd,       // %1: what was expected
        UnterminatedString,
        InvalidEscape,
        InvalidNumber,      // %1: the text
        InvalidDuration,    // %1: the text
        InvalidRegex,       // %1: the pattern, %2: the regex engine's reason
        UnknownFunction,    // %1: the name
        WrongArgumentCount, // %1: the function, %2: how many it takes
        WrongArgumentType,  // %1: the function or operator, %2: the type it needs, %3: the type given
        EmptySelector,
        DuplicateMetricName,
        ComparisonNeedsBool,
        BoolNotAllowed,
        MatchingNotAllowed,
        RangeNotAllowed,
        TooDeeplyNested, // %1: the most levels a query may nest
        // evaluating it
        DuplicateSeries,    // %1: the label set
        ManyToManyMatching, // %1: the matching labels
        ManyToOneMatching,  // %1: the matching labels
        TooManySteps,
        InvalidStep,
    };
    Code code = Code::UnexpectedToken;
    qint32 position = 0;
    QStringList args;
    bool operator==(const QueryError&) const = default;

    [[nodiscard]] QString codeName() const;
    // The sentence in the installed language (context "capataz::metrics"), with its arguments.
    [[nodiscard]] QString sentence() const;
    // "column N: <sentence>" in the installed language.
    [[nodiscard]] QString describe() const;
    // ParseError (reading) or InvalidArgument (evaluating), detail "column N: <English sentence>".
    [[nodiscard]] Error toError() const;
};

} // namespace capataz::metrics
