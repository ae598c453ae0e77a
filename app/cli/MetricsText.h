#pragma once

#include <QString>

#include <string_view>

namespace capataz::cli::metricstext {

// How the metrics commands print the parser's values (metrics parse, metrics SERVER, metrics
// query): one place, so the three print numbers and names the same way.

// NaN, +Inf, -Inf, else the shortest text that reads back as the same double.
[[nodiscard]] QString number(double v);

[[nodiscard]] inline QString utf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace capataz::cli::metricstext
