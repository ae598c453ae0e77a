#include "metrics/QueryFunctions.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace capataz::metrics {

namespace {

constexpr double kSmallDeltaTolerance = 1e-12;

// Prometheus's util/almost.Equal.
bool almostEqual(double a, double b, double epsilon)
{
    constexpr double minNormal = std::numeric_limits<double>::min(); // 0x0010000000000000
    if (std::isnan(a) && std::isnan(b))
        return true;
    if (a == b)
        return true;
    const double absSum = std::abs(a) + std::abs(b);
    const double diff = std::abs(a - b);
    if (a == 0 || b == 0 || absSum < minNormal)
        return diff < epsilon * minNormal;
    return diff / std::min(absSum, std::numeric_limits<double>::max()) < epsilon;
}

} // namespace

std::optional<double> extrapolatedRate(std::span<const Point> points, qint64 rangeStartMs, qint64 rangeEndMs,
                                       bool isCounter, bool isRate, bool mayHaveResets)
{
    if (points.size() < 2)
        return std::nullopt;
    const size_t numSamplesMinusOne = points.size() - 1;
    const qint64 firstT = points.front().t;
    const qint64 lastT = points.back().t;
    double result = points.back().v - points.front().v;
    if (isCounter && mayHaveResets) {
        double prev = points.front().v;
        for (const Point& p : points.subspan(1)) {
            if (p.v < prev)
                result += prev;
            prev = p.v;
        }
    }

    // Differences of times as doubles: exact for real times, and no overflow for extreme ones (a
    // window edge at the end of qint64).
    double durationToStart = (double(firstT) - double(rangeStartMs)) / 1000;
    double durationToEnd = (double(rangeEndMs) - double(lastT)) / 1000;
    const double sampledInterval = (double(lastT) - double(firstT)) / 1000;
    const double averageDurationBetweenSamples = sampledInterval / double(numSamplesMinusOne);

    // Extrapolate to a window edge only when a sample is close enough to it (up to 10 % more than
    // the average interval); else assume the series starts or ends there and extrapolate half an
    // interval.
    const double extrapolationThreshold = averageDurationBetweenSamples * 1.1;
    double extrapolateToInterval = sampledInterval;
    if (durationToStart >= extrapolationThreshold)
        durationToStart = averageDurationBetweenSamples / 2;
    if (isCounter && result > 0 && points.front().v >= 0) {
        // A counter is not negative: do not extrapolate to before its zero point.
        const double durationToZero = sampledInterval * (points.front().v / result);
        if (durationToZero < durationToStart)
            durationToStart = durationToZero;
    }
    extrapolateToInterval += durationToStart;
    if (durationToEnd >= extrapolationThreshold)
        durationToEnd = averageDurationBetweenSamples / 2;
    extrapolateToInterval += durationToEnd;

    double factor = extrapolateToInterval / sampledInterval;
    if (isRate)
        factor /= (double(rangeEndMs) - double(rangeStartMs)) / 1000;
    return result * factor;
}

std::optional<double> instantRate(std::span<const Point> points, bool isRate)
{
    if (points.size() < 2)
        return std::nullopt;
    const Point& last = points[points.size() - 1];
    const Point& previous = points[points.size() - 2];
    const double sampledInterval = double(last.t) - double(previous.t);
    if (sampledInterval == 0)
        return std::nullopt;
    double result = last.v;
    // A counter reset (irate) keeps the last value as the increase.
    if (!isRate || !(last.v < previous.v))
        result = last.v - previous.v;
    if (isRate)
        result /= sampledInterval / 1000;
    return result;
}

double bucketQuantile(double q, std::vector<Bucket>& buckets, bool* forcedMonotonic)
{
    if (forcedMonotonic)
        *forcedMonotonic = false;
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    constexpr double inf = std::numeric_limits<double>::infinity();
    if (std::isnan(q))
        return nan;
    if (q < 0)
        return -inf;
    if (q > 1)
        return inf;
    if (buckets.empty())
        return nan;
    // Insertion sort: a handful of buckets, nearly always in order already (no allocation, as
    // std::stable_sort would make on every call).
    for (size_t i = 1; i < buckets.size(); ++i) {
        const Bucket b = buckets[i];
        size_t j = i;
        for (; j > 0 && b.upperBound < buckets[j - 1].upperBound; --j)
            buckets[j] = buckets[j - 1];
        buckets[j] = b;
    }
    if (!(std::isinf(buckets.back().upperBound) && buckets.back().upperBound > 0))
        return nan;

    // Buckets with one bound are added together.
    size_t n = 0;
    for (size_t i = 1; i < buckets.size(); ++i) {
        if (buckets[i].upperBound == buckets[n].upperBound)
            buckets[n].count += buckets[i].count;
        else
            buckets[++n] = buckets[i];
    }
    buckets.resize(n + 1);

    // Monotonic counts: a decrease is raised to the count before it; a difference too small to be
    // more than float error is ignored either way.
    double prev = buckets[0].count;
    for (size_t i = 1; i < buckets.size(); ++i) {
        const double curr = buckets[i].count;
        if (curr == prev)
            continue;
        if (almostEqual(prev, curr, kSmallDeltaTolerance)) {
            buckets[i].count = prev;
            continue;
        }
        if (curr < prev) {
            buckets[i].count = prev;
            if (forcedMonotonic)
                *forcedMonotonic = true;
            continue;
        }
        prev = curr;
    }

    if (buckets.size() < 2)
        return nan;
    const double observations = buckets.back().count;
    if (observations == 0)
        return nan;
    double rank = q * observations;
    // The first bucket (not the +Inf one) whose count reaches the rank.
    size_t b = 0;
    while (b < buckets.size() - 1 && !(buckets[b].count >= rank))
        ++b;
    if (b == buckets.size() - 1)
        return buckets[buckets.size() - 2].upperBound;
    if (b == 0 && buckets[0].upperBound <= 0)
        return buckets[0].upperBound;
    double bucketStart = 0;
    const double bucketEnd = buckets[b].upperBound;
    double count = buckets[b].count;
    if (b > 0) {
        bucketStart = buckets[b - 1].upperBound;
        count -= buckets[b - 1].count;
        rank -= buckets[b - 1].count;
    }
    return bucketStart + (bucketEnd - bucketStart) * (rank / count);
}

std::pair<double, double> kahanSumInc(double inc, double sum, double c)
{
    const double t = sum + inc;
    if (std::isinf(t))
        c = 0;
    else if (std::abs(sum) >= std::abs(inc)) // Neumaier: the larger term first
        c += (sum - t) + inc;
    else
        c += (inc - t) + sum;
    return {t, c};
}

std::optional<double> parseGoFloat(std::string_view text)
{
    if (text.empty())
        return std::nullopt;
    bool negative = false;
    std::string_view s = text;
    if (s.front() == '+' || s.front() == '-') {
        negative = s.front() == '-';
        s.remove_prefix(1);
    }
    auto lower = [](std::string_view v) {
        std::string out(v);
        for (char& c : out)
            c = char(std::tolower(static_cast<unsigned char>(c)));
        return out;
    };
    const std::string l = lower(s);
    if (l == "inf" || l == "infinity")
        return negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    if (l == "nan")
        return std::numeric_limits<double>::quiet_NaN();
    if (s.empty() || s.front() == '+' || s.front() == '-')
        return std::nullopt;
    double v = 0;
    std::from_chars_result r{};
    if (l.starts_with("0x")) {
        r = std::from_chars(s.data() + 2, s.data() + s.size(), v, std::chars_format::hex);
    } else {
        r = std::from_chars(s.data(), s.data() + s.size(), v);
    }
    if (r.ptr != s.data() + s.size())
        return std::nullopt;
    if (r.ec == std::errc::result_out_of_range) // Go: ±Inf or 0 with an error
        return std::nullopt;
    if (r.ec != std::errc())
        return std::nullopt;
    return negative ? -v : v;
}

} // namespace capataz::metrics
