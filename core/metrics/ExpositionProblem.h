#pragma once

#include "common/Error.h"

#include <QString>

namespace capataz::metrics {

// What is wrong with one line of a metrics exposition, and which line (1-based). Never carries
// the text of the line: a label value may hold anything.
struct ExpositionProblem {
    enum class Code : quint8 {
        // one line on its own
        InvalidMetricName,
        InvalidLabels, // braces, commas, '=' or quotes out of place
        InvalidLabelName,
        DuplicateLabelName,
        InvalidValue,
        InvalidTimestamp,
        TimestampOutOfRange,
        InvalidExemplar,
        ExemplarTooLong, // exemplar labels over 128 characters
        InvalidUtf8,
        TrailingCharacters, // text after the last field, or a separator that is not one space
        MissingValue,
        InvalidMetadata, // a # HELP / # TYPE / # UNIT line that is cut short or malformed
        UnknownType,
        // OpenMetrics only
        BlankLine,
        UnexpectedComment, // a '#' line other than HELP, TYPE, UNIT, EOF
        MissingEof,
        TextAfterEof,
        RepeatedMetadata,
        MetadataAfterSamples,
        ClashingName,
        UnitMismatch,      // the unit is not the end of the metric's name, or the type has no unit
        MissingLabel,      // a bucket without le, a quantile without quantile, a stateset without its label
        InvalidLabelValue, // le or quantile that is not a number (or quantile outside 0..1)
        NotAnInteger,      // a bucket or count that is not a whole number
        NegativeValue,
        NanValue,
        InvalidStateValue, // stateset: 0 or 1; info: 1
        ExemplarNotAllowed,
        InvalidGrouping, // a series of a family after other series of it began
        MixedTimestamps, // with and without timestamps in one series
        TimestampWentBack,
        HistogramInvalid, // buckets out of order, no +Inf bucket, count and sum not as required
    };
    Code code = Code::InvalidValue;
    qint32 line = 0; // 1-based; 0 = the text as a whole
    bool operator==(const ExpositionProblem&) const = default;

    [[nodiscard]] QString codeName() const;
    // The sentence for the code in the installed language (context "capataz::metrics").
    [[nodiscard]] QString sentence() const;
    // "line N: <sentence>" in the installed language.
    [[nodiscard]] QString describe() const;
    // ParseError, detail "line N: <English sentence>".
    [[nodiscard]] Error toError() const;
};

} // namespace capataz::metrics
