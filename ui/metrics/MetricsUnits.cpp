#include "MetricsUnits.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

namespace {

UnitScale byteScale(double maxAbs, const QString& per)
{
    static const std::array<QString, 5> names = {u"B"_s, u"KiB"_s, u"MiB"_s, u"GiB"_s, u"TiB"_s};
    double divisor = 1;
    size_t i = 0;
    while (i + 1 < names.size() && maxAbs >= divisor * 1024) {
        divisor *= 1024;
        ++i;
    }
    return {divisor, names[i] + per};
}

QString number(double v)
{
    const double a = std::abs(v);
    const int decimals = a >= 99.95 ? 0 : a >= 9.995 ? 1 : 2; // 9.9999 is "10.0", not "10.00"
    return QLocale().toString(v, 'f', decimals);
}

} // namespace

UnitScale scaleFor(MetricUnit unit, double maxAbs)
{
    if (!std::isfinite(maxAbs))
        maxAbs = 0;
    switch (unit) {
    case MetricUnit::Seconds:
        if (maxAbs < 1)
            return {0.001, QCoreApplication::translate("capataz::ui::MetricsUnits", "ms")};
        return {1, QCoreApplication::translate("capataz::ui::MetricsUnits", "s")};
    case MetricUnit::Bytes:
        return byteScale(maxAbs, {});
    case MetricUnit::BytesPerSecond:
        return byteScale(maxAbs, QCoreApplication::translate("capataz::ui::MetricsUnits", "/s"));
    case MetricUnit::Percent:
        return {1, u"%"_s};
    case MetricUnit::PerSecond:
        return {1, QCoreApplication::translate("capataz::ui::MetricsUnits", "/s")};
    case MetricUnit::None:
        break;
    }
    return {1, {}};
}

QString formatValue(double value, MetricUnit unit)
{
    if (std::isnan(value))
        return u"NaN"_s;
    if (std::isinf(value))
        return value > 0 ? u"+Inf"_s : u"-Inf"_s;
    const UnitScale s = scaleFor(unit, std::abs(value));
    const QString n = number(value / s.divisor);
    if (s.suffix.isEmpty())
        return n;
    if (s.suffix.startsWith(u'/'))
        return n + s.suffix;
    return QCoreApplication::translate("capataz::ui::MetricsUnits", "%1 %2", "a number and its unit")
        .arg(n, s.suffix);
}

} // namespace capataz::ui
