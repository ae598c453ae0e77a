#include "metrics/AlertRule.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace capataz::metrics {

using namespace Qt::Literals::StringLiterals;

QString alertSeverityName(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Info:
        return u"info"_s;
    case AlertSeverity::Warning:
        return u"warning"_s;
    case AlertSeverity::Critical:
        return u"critical"_s;
    }
    return {};
}

std::optional<AlertSeverity> parseAlertSeverity(QStringView text)
{
    for (AlertSeverity s : {AlertSeverity::Info, AlertSeverity::Warning, AlertSeverity::Critical})
        if (text.compare(alertSeverityName(s), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

namespace {

constexpr std::pair<AlertComparison, QStringView> kComparisons[] = {
    {AlertComparison::Greater, u">"}, {AlertComparison::GreaterOrEqual, u">="},
    {AlertComparison::Less, u"<"},    {AlertComparison::LessOrEqual, u"<="},
    {AlertComparison::Equal, u"=="},  {AlertComparison::NotEqual, u"!="},
};

} // namespace

QString alertComparisonText(AlertComparison comparison)
{
    for (const auto& [c, text] : kComparisons)
        if (c == comparison)
            return text.toString();
    return {};
}

std::optional<AlertComparison> parseAlertComparison(QStringView text)
{
    const QStringView t = text.trimmed();
    for (const auto& [c, name] : kComparisons)
        if (t == name)
            return c;
    return std::nullopt;
}

bool compareAlertValue(AlertComparison comparison, double value, double threshold)
{
    switch (comparison) {
    case AlertComparison::Greater:
        return value > threshold;
    case AlertComparison::GreaterOrEqual:
        return value >= threshold;
    case AlertComparison::Less:
        return value < threshold;
    case AlertComparison::LessOrEqual:
        return value <= threshold;
    case AlertComparison::Equal:
        return value == threshold;
    case AlertComparison::NotEqual:
        return value != threshold;
    }
    return false;
}

QString AlertRule::summary(const QString& language) const
{
    const bool spanish = language.startsWith(u"es"_s);
    if (builtin)
        return QCoreApplication::translate("capataz::metrics", summaryEn.toUtf8().constData());
    const QString& first = spanish ? summaryEs : summaryEn;
    const QString& other = spanish ? summaryEn : summaryEs;
    if (!first.isEmpty())
        return first;
    return other.isEmpty() ? name : other;
}

QString AlertRule::condition() const
{
    if (!comparison)
        return expr;
    return expr + u' ' + alertComparisonText(*comparison) + u' ' + QString::number(threshold, 'g', 15);
}

QString expandAlertTemplate(const QString& summary, double value, const LabelSet& labels)
{
    static const QRegularExpression kField(
        u"\\{\\{\\s*\\$(value|labels\\.([A-Za-z_][A-Za-z0-9_]*))\\s*\\}\\}"_s);
    QString out;
    qsizetype last = 0;
    auto it = kField.globalMatch(summary);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(summary).mid(last, m.capturedStart() - last);
        if (m.captured(1) == u"value"_s)
            out += std::isnan(value) ? u"NaN"_s : QString::number(value, 'g', 4);
        else {
            const std::string_view v = labels.get(m.captured(2).toStdString());
            out += QString::fromUtf8(v.data(), qsizetype(v.size()));
        }
        last = m.capturedEnd();
    }
    out += QStringView(summary).mid(last);
    return out;
}

qint64 queryReachMs(const Expr& root)
{
    qint64 reach = 0;
    auto walk = [&reach](const auto& self, const Expr& e) -> void {
        if (e.kind == Expr::Kind::VectorSelector || e.kind == Expr::Kind::MatrixSelector)
            reach = std::max(reach, e.rangeMs + e.offsetMs);
        for (const auto& a : e.args)
            if (a)
                self(self, *a);
    };
    walk(walk, root);
    return reach + 5 * 60 * 1000;
}

} // namespace capataz::metrics
