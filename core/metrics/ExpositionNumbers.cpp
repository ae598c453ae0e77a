#include "metrics/ExpositionLexer.h"

#include <charconv>
#include <limits>

// The numbers of an exposition: sample values (parseFloat), timestamps in both formats
// (lexTimestamp) and the UTF-8 check every label value and quoted name goes through.
namespace capataz::metrics::detail {

namespace {

__extension__ typedef __int128 Int128; // exact ns arithmetic on huge timestamps

// Prometheus: an integer number of milliseconds.
bool parseMillis(std::string_view t, Timestamp& out)
{
    if (t.empty())
        return false;
    const char* b = t.data();
    const char* e = b + t.size();
    if (*b == '+')
        ++b;
    qint64 v = 0;
    const auto r = std::from_chars(b, e, v);
    if (r.ec != std::errc() || r.ptr != e || b == e)
        return false;
    out = {v, 0};
    return true;
}

// OpenMetrics: seconds as a decimal with optional fraction and exponent, exactly (truncated to
// the nanosecond, as prometheus_client does). false with `range` set: too big for int64 ms.
bool parseSeconds(std::string_view t, Timestamp& out, bool& range)
{
    size_t i = 0;
    bool negative = false;
    if (i < t.size() && (t[i] == '+' || t[i] == '-'))
        negative = t[i++] == '-';
    char digits[48];
    int nd = 0;
    int fracDigits = 0;
    bool anyDigit = false;
    bool overflow = false;
    auto addDigit = [&](char c) {
        anyDigit = true;
        if (nd == 0 && c == '0')
            return false; // leading zero: dropped (and not counted)
        if (nd < int(sizeof digits))
            digits[nd++] = c;
        else
            overflow = true;
        return true;
    };
    while (i < t.size() && t[i] >= '0' && t[i] <= '9') {
        addDigit(t[i]);
        ++i;
    }
    int scale = 0; // value = digits * 10^scale
    if (i < t.size() && t[i] == '.') {
        ++i;
        while (i < t.size() && t[i] >= '0' && t[i] <= '9') {
            addDigit(t[i]);
            ++fracDigits;
            ++i;
        }
    }
    if (!anyDigit)
        return false;
    // Leading zeros were dropped: digits holds the significant digits, the last of which is
    // the last digit written. scale = -fracDigits (fraction digits are all after the point).
    scale = -fracDigits;
    if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
        ++i;
        bool expNeg = false;
        if (i < t.size() && (t[i] == '+' || t[i] == '-'))
            expNeg = t[i++] == '-';
        int exp = 0;
        bool any = false;
        while (i < t.size() && t[i] >= '0' && t[i] <= '9') {
            exp = std::min(exp * 10 + (t[i] - '0'), 100000);
            ++i;
            any = true;
        }
        if (!any)
            return false;
        scale += expNeg ? -exp : exp;
    }
    if (i != t.size())
        return false;
    if (overflow) {
        range = true;
        return false;
    }
    // ns = digits * 10^(scale + 9), truncated
    const int keep = nd + scale + 9;
    Int128 ns = 0;
    if (keep > 0) {
        if (keep > 36) {
            range = true;
            return false;
        }
        for (int k = 0; k < keep; ++k)
            ns = ns * 10 + (k < nd ? digits[k] - '0' : 0);
    }
    if (negative)
        ns = -ns;
    const Int128 ms = ns >= 0 ? ns / 1000000 : -((-ns + 999999) / 1000000);
    if (ms > std::numeric_limits<qint64>::max() || ms <= std::numeric_limits<qint64>::min()) {
        range = true;
        return false;
    }
    out = {qint64(ms), qint32(ns - ms * 1000000)};
    return true;
}

} // namespace

std::optional<Code> lexTimestamp(std::string_view token, ExpositionFormat format, Timestamp& out)
{
    if (format == ExpositionFormat::Prometheus)
        return parseMillis(token, out) ? std::nullopt : std::optional(Code::InvalidTimestamp);
    bool range = false;
    if (parseSeconds(token, out, range))
        return std::nullopt;
    return range ? Code::TimestampOutOfRange : Code::InvalidTimestamp;
}

bool isValidUtf8(std::string_view s)
{
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const auto* e = p + s.size();
    while (p < e) {
        const unsigned c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int len = 0;
        unsigned cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else
            return false;
        if (e - p < len)
            return false;
        for (int k = 1; k < len; ++k) {
            if ((p[k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[k] & 0x3F);
        }
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) ||
            (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += len;
    }
    return true;
}

bool parseFloat(std::string_view t, double& out)
{
    if (t.empty())
        return false;
    size_t i = 0;
    bool negative = false;
    if (t[0] == '+' || t[0] == '-') {
        negative = t[0] == '-';
        i = 1;
    }
    const std::string_view body = t.substr(i);
    if (body.empty())
        return false;
    auto same = [&](std::string_view word) {
        if (body.size() != word.size())
            return false;
        for (size_t k = 0; k < word.size(); ++k)
            if ((body[k] | 0x20) != word[k])
                return false;
        return true;
    };
    if (same("inf") || same("infinity")) {
        out = negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
        return true;
    }
    if (same("nan")) {
        out = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    bool digit = false;
    for (const char c : body) {
        if (c >= '0' && c <= '9')
            digit = true;
        else if (c != '.' && c != 'e' && c != 'E' && c != '+' && c != '-')
            return false;
    }
    if (!digit || body[0] == '+' || body[0] == '-')
        return false;
    double v = 0;
    const auto r = std::from_chars(body.data(), body.data() + body.size(), v);
    if (r.ptr != body.data() + body.size())
        return false;
    if (r.ec == std::errc::result_out_of_range) {
        // from_chars leaves v alone: overflow is an infinity, underflow a zero (as strtod)
        v = 0;
        for (const char c : body) {
            if (c == 'e' || c == 'E')
                break;
            if (c >= '1' && c <= '9') {
                const size_t ePos = body.find_first_of("eE");
                v = ePos != std::string_view::npos && body.substr(ePos + 1).starts_with('-')
                        ? 0.0
                        : std::numeric_limits<double>::infinity();
                break;
            }
        }
    } else if (r.ec != std::errc())
        return false;
    out = negative ? -v : v;
    return true;
}

} // namespace capataz::metrics::detail
