// libFuzzer target for the exposition parser, Prometheus text 0.0.4 and OpenMetrics, strict and
// lenient, on every input. Properties: never crashes; strict succeeds exactly when lenient finds
// no problem, with the same samples, and otherwise fails with lenient's first problem; every
// problem has a line within the input; every sample lenient keeps comes from a line that, read
// on its own, is a well-formed sample with that name, labels and value; families, exemplars and
// label sets point inside the Exposition; parsing again into the same Exposition (the scraper's
// reuse) gives the same answer.
#include "metrics/ExpositionLexer.h"
#include "metrics/ExpositionParser.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

using namespace capataz::metrics;

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

// The lines as the parser counts them: split at '\n', no empty last line after a final '\n'.
std::vector<std::string_view> splitLines(std::string_view text)
{
    std::vector<std::string_view> lines;
    size_t pos = 0;
    while (pos < text.size()) {
        const size_t nl = text.find('\n', pos);
        const size_t end = nl == std::string_view::npos ? text.size() : nl;
        lines.push_back(text.substr(pos, end - pos));
        pos = end + 1;
    }
    return lines;
}

bool sameValue(double a, double b)
{
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

bool sameSamples(const Exposition& a, const Exposition& b)
{
    if (a.samples.size() != b.samples.size() || a.families.size() != b.families.size())
        return false;
    for (size_t i = 0; i < a.samples.size(); ++i) {
        const Sample& x = a.samples[i];
        const Sample& y = b.samples[i];
        if (a.name(x.name) != b.name(y.name) || a.encodedLabelSet(x.labels) != b.encodedLabelSet(y.labels) ||
            !sameValue(x.value, y.value) || x.timestampMs != y.timestampMs || x.line != y.line ||
            x.startTimestampMs != y.startTimestampMs)
            return false;
    }
    return true;
}

void checkStructure(const Exposition& e, const std::vector<std::string_view>& lines)
{
    const auto lineCount = qint32(std::max<size_t>(lines.size(), 1));
    for (const ExpositionProblem& p : e.problems) {
        check(p.line >= 1 && p.line <= lineCount);
        check(!p.describe().isEmpty() && !p.codeName().isEmpty());
    }
    for (const MetricFamily& f : e.families) {
        check(f.name < e.nameCount());
        check(size_t(f.firstSample) + f.sampleCount <= e.samples.size());
        check(f.line >= 1 && f.line <= lineCount);
        (void)metricTypeName(f.type);
    }
    for (const Sample& s : e.samples) {
        check(s.name < e.nameCount() && s.labels < e.labelSetCount());
        check(s.exemplar < 0 || size_t(s.exemplar) < e.exemplars.size());
        check(s.line >= 1 && size_t(s.line) <= lines.size());
        for (const Label& l : e.labels(s.labels))
            check(!l.name.empty());
    }
    for (const Exemplar& x : e.exemplars)
        check(x.labels < e.labelSetCount());
}

// A kept sample's line, lexed on its own, gives that very sample.
void checkSamplesWellFormed(const Exposition& e, const std::vector<std::string_view>& lines,
                            ExpositionFormat format)
{
    detail::SampleLine lexed;
    for (const Sample& s : e.samples) {
        const std::string_view line = lines[size_t(s.line) - 1];
        const std::string_view trimmed = line.substr(std::min(line.find_first_not_of(" \t"), line.size()));
        check(!trimmed.empty() && trimmed.front() != '#');
        check(!detail::lexSample(line, format, lexed).has_value());
        check(lexed.name == e.name(s.name));
        check(lexed.labels == e.encodedLabelSet(s.labels));
        check(sameValue(lexed.value, s.value));
    }
}

void fuzzFormat(std::string_view text, ExpositionFormat format)
{
    const std::vector<std::string_view> lines = splitLines(text);
    const Exposition lenient = parseExpositionLenient(text, format);
    checkStructure(lenient, lines);
    checkSamplesWellFormed(lenient, lines, format);

    const auto strict = parseExpositionDetailed(text, format);
    if (strict) {
        check(lenient.problems.empty());
        check(strict->problems.empty());
        check(sameSamples(*strict, lenient));
        checkStructure(*strict, lines);
    } else {
        check(!lenient.problems.empty());
        check(strict.error() == lenient.problems.front());
    }

    // The scraper parses into the same Exposition again and again.
    Exposition reuse;
    parseExpositionInto(reuse, text, format, true);
    const bool clean = parseExpositionInto(reuse, text, format, true);
    check(clean == lenient.problems.empty());
    check(reuse.problems == lenient.problems);
    check(sameSamples(reuse, lenient));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    fuzzFormat(text, ExpositionFormat::Prometheus);
    fuzzFormat(text, ExpositionFormat::OpenMetrics);
    return 0;
}
