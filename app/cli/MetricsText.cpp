#include "MetricsText.h"

#include <charconv>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace capataz::cli::metricstext {

QString number(double v)
{
    if (std::isnan(v))
        return u"NaN"_s;
    if (std::isinf(v))
        return v > 0 ? u"+Inf"_s : u"-Inf"_s;
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return QString::fromLatin1(buf, qsizetype(r.ptr - buf));
}

} // namespace capataz::cli::metricstext
