#include "metrics/ExpositionProblem.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace capataz::metrics {

namespace {

struct CodeInfo {
    const char* name;
    const char* sentence;
};

// No default: a new code without its name and sentence is a -Wswitch warning.
CodeInfo info(ExpositionProblem::Code code)
{
    using C = ExpositionProblem::Code;
    switch (code) {
    case C::InvalidMetricName:
        return {"InvalidMetricName", QT_TRANSLATE_NOOP("capataz::metrics", "The metric name is not valid.")};
    case C::InvalidLabels:
        return {"InvalidLabels",
                QT_TRANSLATE_NOOP("capataz::metrics", "The labels between braces are malformed.")};
    case C::InvalidLabelName:
        return {"InvalidLabelName", QT_TRANSLATE_NOOP("capataz::metrics", "A label name is not valid.")};
    case C::DuplicateLabelName:
        return {"DuplicateLabelName",
                QT_TRANSLATE_NOOP("capataz::metrics", "A label appears twice in one sample.")};
    case C::InvalidValue:
        return {"InvalidValue", QT_TRANSLATE_NOOP("capataz::metrics", "The sample's value is not a number.")};
    case C::InvalidTimestamp:
        return {"InvalidTimestamp", QT_TRANSLATE_NOOP("capataz::metrics", "The timestamp is not valid.")};
    case C::TimestampOutOfRange:
        return {"TimestampOutOfRange",
                QT_TRANSLATE_NOOP("capataz::metrics", "The timestamp is too far from today to be stored.")};
    case C::InvalidExemplar:
        return {"InvalidExemplar",
                QT_TRANSLATE_NOOP("capataz::metrics", "The exemplar after '#' is malformed.")};
    case C::ExemplarTooLong:
        return {
            "ExemplarTooLong",
            QT_TRANSLATE_NOOP("capataz::metrics", "The exemplar's labels are longer than 128 characters.")};
    case C::InvalidUtf8:
        return {"InvalidUtf8", QT_TRANSLATE_NOOP("capataz::metrics", "The line is not valid UTF-8 text.")};
    case C::TrailingCharacters:
        return {"TrailingCharacters",
                QT_TRANSLATE_NOOP("capataz::metrics", "Unexpected characters or spaces after the value.")};
    case C::MissingValue:
        return {"MissingValue", QT_TRANSLATE_NOOP("capataz::metrics", "The sample has no value.")};
    case C::InvalidMetadata:
        return {"InvalidMetadata",
                QT_TRANSLATE_NOOP("capataz::metrics", "The HELP, TYPE or UNIT line is malformed.")};
    case C::UnknownType:
        return {"UnknownType",
                QT_TRANSLATE_NOOP("capataz::metrics", "The metric type is not one this format knows.")};
    case C::BlankLine:
        return {"BlankLine",
                QT_TRANSLATE_NOOP("capataz::metrics", "OpenMetrics text may not contain blank lines.")};
    case C::UnexpectedComment:
        return {"UnexpectedComment",
                QT_TRANSLATE_NOOP("capataz::metrics",
                                  "OpenMetrics allows only HELP, TYPE, UNIT and EOF after '#'.")};
    case C::MissingEof:
        return {"MissingEof", QT_TRANSLATE_NOOP("capataz::metrics", "The text does not end with '# EOF'.")};
    case C::TextAfterEof:
        return {"TextAfterEof", QT_TRANSLATE_NOOP("capataz::metrics", "There is text after '# EOF'.")};
    case C::RepeatedMetadata:
        return {"RepeatedMetadata",
                QT_TRANSLATE_NOOP("capataz::metrics", "The metric's HELP, TYPE or UNIT is given twice.")};
    case C::MetadataAfterSamples:
        return {
            "MetadataAfterSamples",
            QT_TRANSLATE_NOOP("capataz::metrics", "HELP, TYPE or UNIT comes after the metric's samples.")};
    case C::ClashingName:
        return {"ClashingName",
                QT_TRANSLATE_NOOP("capataz::metrics", "This metric name is already used in the text.")};
    case C::UnitMismatch:
        return {"UnitMismatch",
                QT_TRANSLATE_NOOP("capataz::metrics",
                                  "The unit does not end the metric's name, or the type has no unit.")};
    case C::MissingLabel:
        return {"MissingLabel",
                QT_TRANSLATE_NOOP("capataz::metrics",
                                  "A label this metric type needs (le, quantile, the state) is missing.")};
    case C::InvalidLabelValue:
        return {"InvalidLabelValue",
                QT_TRANSLATE_NOOP("capataz::metrics", "The le or quantile label is not a valid number.")};
    case C::NotAnInteger:
        return {"NotAnInteger",
                QT_TRANSLATE_NOOP("capataz::metrics", "A bucket or count must be a whole number.")};
    case C::NegativeValue:
        return {"NegativeValue", QT_TRANSLATE_NOOP("capataz::metrics", "This value may not be negative.")};
    case C::NanValue:
        return {"NanValue", QT_TRANSLATE_NOOP("capataz::metrics", "This value may not be NaN.")};
    case C::InvalidStateValue:
        return {"InvalidStateValue",
                QT_TRANSLATE_NOOP("capataz::metrics", "A stateset value must be 0 or 1, an info value 1.")};
    case C::ExemplarNotAllowed:
        return {"ExemplarNotAllowed",
                QT_TRANSLATE_NOOP("capataz::metrics",
                                  "Only counters and histogram buckets may carry exemplars.")};
    case C::InvalidGrouping:
        return {
            "InvalidGrouping",
            QT_TRANSLATE_NOOP("capataz::metrics", "The samples of one series are not next to each other.")};
    case C::MixedTimestamps:
        return {"MixedTimestamps",
                QT_TRANSLATE_NOOP("capataz::metrics",
                                  "Some samples of a series have a timestamp and some do not.")};
    case C::TimestampWentBack:
        return {"TimestampWentBack",
                QT_TRANSLATE_NOOP("capataz::metrics", "The timestamps of a series go back.")};
    case C::HistogramInvalid:
        return {"HistogramInvalid",
                QT_TRANSLATE_NOOP("capataz::metrics",
                                  "The histogram's buckets, count and sum do not fit together.")};
    }
    return {"Unknown", ""};
}

} // namespace

QString ExpositionProblem::codeName() const
{
    return QString::fromLatin1(info(code).name);
}

QString ExpositionProblem::sentence() const
{
    return QCoreApplication::translate("capataz::metrics", info(code).sentence);
}

QString ExpositionProblem::describe() const
{
    if (line <= 0)
        return sentence();
    return QCoreApplication::translate("capataz::metrics", "line %1: %2").arg(line).arg(sentence());
}

Error ExpositionProblem::toError() const
{
    const QString english = QString::fromUtf8(info(code).sentence);
    return Error{ErrorCode::ParseError,
                 line > 0 ? u"line "_s + QString::number(line) + u": "_s + english : english};
}

} // namespace capataz::metrics
