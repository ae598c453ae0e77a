#pragma once

#include "metrics/SeriesSet.h"

#include <optional>
#include <span>
#include <vector>

// The arithmetic of PromQL's functions, as Prometheus 3 does it (promql/functions.go and
// quantile.go), on plain points: the engine chooses the points, these compute.
namespace capataz::metrics {

// rate (isCounter, isRate), increase (isCounter), delta (neither) over the points of the window
// (rangeStartMs, rangeEndMs] (no staleness markers): counter resets added back, the result
// extrapolated toward the window's ends (all the way when the first or last sample is within
// 1.1 average intervals of it, else half an interval; a counter not below zero). Fewer than two
// points: no result.
// `mayHaveResets` false: the caller knows the points never go down (the reset scan is skipped).
[[nodiscard]] std::optional<double> extrapolatedRate(std::span<const Point> points, qint64 rangeStartMs,
                                                     qint64 rangeEndMs, bool isCounter, bool isRate,
                                                     bool mayHaveResets = true);

// irate (isRate) and idelta from the last two points. Fewer than two points, or both at one time:
// no result.
[[nodiscard]] std::optional<double> instantRate(std::span<const Point> points, bool isRate);

struct Bucket {
    double upperBound = 0;
    double count = 0;
};
// The q-quantile of classic histogram buckets (any order; changed in place): NaN for q NaN,
// -Inf below 0, +Inf above 1; NaN without a +Inf bucket, with fewer than two buckets or no
// observations. Buckets with one bound are merged and counts made monotonic (differences within
// 1e-12 relative taken as equal); linear interpolation in the bucket holding the rank, the lowest
// bucket starting at 0 unless its bound is not positive. `forcedMonotonic` tells whether counts
// had to be raised.
[[nodiscard]] double bucketQuantile(double q, std::vector<Bucket>& buckets, bool* forcedMonotonic = nullptr);

// One step of Kahan-Neumaier summation: returns the new sum and compensation.
[[nodiscard]] std::pair<double, double> kahanSumInc(double inc, double sum, double c);

// A label value as Go's strconv.ParseFloat reads it (le="0.5", "+Inf", "1e3", "0x1p-2").
[[nodiscard]] std::optional<double> parseGoFloat(std::string_view text);

} // namespace capataz::metrics
