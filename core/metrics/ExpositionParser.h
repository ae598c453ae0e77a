#pragma once

#include "common/Error.h"
#include "metrics/Exposition.h"
#include "metrics/ExpositionProblem.h"

#include <expected>
#include <string_view>

// The exposition parser: what a service's /metrics answers, as families and samples.
//  - Prometheus text 0.0.4 is read as Prometheus's own parser reads it (blanks between tokens,
//    '#' lines other than HELP and TYPE are comments, integer millisecond timestamps, a
//    trailing comma in the labels) and with Prometheus 3's quoted UTF-8 names ({"a.b",x="y"}).
//  - OpenMetrics 1.0 text follows the specification as prometheus_client's parser checks it:
//    single spaces, '# EOF' last, no blank line, HELP/TYPE/UNIT once and before the samples,
//    the rules of each type (buckets in order with +Inf, counts whole, no negative counter,
//    states 0/1, info 1, exemplars only on counters and buckets, series not interleaved,
//    timestamps in float seconds going forward). An exact repeat of a series at the same
//    timestamp is dropped, as there. `_created` samples of counters, summaries and histograms
//    become the start timestamp of the family's series with the same labels.
// The text is read once, as bytes: no QString per line; names and label sets are interned in
// the Exposition. Nothing a scrape can hold makes it crash.
namespace capataz::metrics {

// Strict: the first problem, with its line.
[[nodiscard]] std::expected<Exposition, ExpositionProblem> parseExpositionDetailed(std::string_view text,
                                                                                   ExpositionFormat format);
// The same as an Error (ParseError, "line N: ...").
[[nodiscard]] Result<Exposition> parseExposition(std::string_view text, ExpositionFormat format);
// Lenient: every sample of a well-formed line is kept; each problem is listed in
// Exposition::problems (a malformed line is skipped; a sample that breaks a rule of its
// family's type is kept and its line reported).
[[nodiscard]] Exposition parseExpositionLenient(std::string_view text, ExpositionFormat format);
// The scraper's way: parses into `reuse`, keeping its interned names and label sets and the
// capacity of its lists, so that scraping the same target again allocates (almost) nothing.
// Strict unless `lenient`; false when a problem was found (strict: problems.front(), the only
// one). Ids stay stable across parses; drop the Exposition when series churn makes it grow.
bool parseExpositionInto(Exposition& reuse, std::string_view text, ExpositionFormat format, bool lenient);

} // namespace capataz::metrics
