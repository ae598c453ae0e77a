#pragma once

#include <QString>

namespace capataz::ui {

// What a panel's numbers are, for formatting them.
enum class MetricUnit {
    None,
    Seconds,        // a duration: shown in ms below one second
    Bytes,          // B, KiB, MiB, GiB, TiB
    BytesPerSecond, // the same, per second
    Percent,        // already 0 to 100
    PerSecond,      // a rate of events
};

// How an axis shows values of a unit up to some size: values are divided by `divisor` and the
// axis is titled with `suffix` ("ms", "MiB/s", "%", "/s").
struct UnitScale {
    double divisor = 1;
    QString suffix;
};

// The scale that suits values up to `maxAbs` (at least 1 after dividing, when it can).
[[nodiscard]] UnitScale scaleFor(MetricUnit unit, double maxAbs);
// One value with its unit, in the current locale: "123 ms", "1.5 s", "2.3 MiB", "45.2 %",
// "12.5/s". NaN and infinities are written as such, never as zero.
[[nodiscard]] QString formatValue(double value, MetricUnit unit);

} // namespace capataz::ui
