#include "MetricsResultOutput.h"

#include "MetricsText.h"
#include "metrics/QueryLexer.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace capataz::metrics;

namespace capataz::cli {

namespace {

using metricstext::number;

QString utf8(const std::string& s)
{
    return QString::fromStdString(s);
}

// Seconds since the epoch, with up to millisecond precision, as Prometheus's API writes them.
QString seconds(qint64 ms)
{
    return number(double(ms) / 1000);
}

QJsonObject labelJson(const LabelSet& labels)
{
    QJsonObject o;
    for (const LabelPair& l : labels.pairs())
        o.insert(utf8(l.name), utf8(l.value));
    return o;
}

QString typeName(ValueType type, bool range)
{
    if (range)
        return u"matrix"_s;
    switch (type) {
    case ValueType::Scalar:
        return u"scalar"_s;
    case ValueType::InstantVector:
        return u"vector"_s;
    case ValueType::RangeVector:
        return u"matrix"_s;
    }
    return {};
}

QJsonArray pointJson(const Point& p)
{
    return QJsonArray{double(p.t) / 1000, number(p.v)};
}

QJsonObject jsonResult(const QueryResult& r, bool range)
{
    const QString type = typeName(r.type, range);
    if (type == u"scalar"_s) {
        return QJsonObject{
            {u"resultType"_s, type},
            {u"result"_s, r.series.empty() ? QJsonArray() : pointJson(r.series[0].points.at(0))}};
    }
    QJsonArray result;
    for (const QuerySeries& s : r.series) {
        QJsonObject o{{u"metric"_s, labelJson(s.labels)}};
        if (type == u"vector"_s) {
            o.insert(u"value"_s, pointJson(s.points.at(0)));
        } else {
            QJsonArray values;
            for (const Point& p : s.points)
                values.append(pointJson(p));
            o.insert(u"values"_s, values);
        }
        result.append(o);
    }
    return QJsonObject{{u"resultType"_s, type}, {u"result"_s, result}};
}

QString textResult(const QueryResult& r, bool range)
{
    QString out;
    if (r.type == ValueType::Scalar && !range) {
        out = number(r.series.at(0).points.at(0).v) + u'\n';
    } else if (!range && r.type == ValueType::InstantVector) {
        for (const QuerySeries& s : r.series)
            out += utf8(s.labels.toString()) + u' ' + number(s.points.at(0).v) + u'\n';
        out +=
            QCoreApplication::translate("capataz::cli", "%n series", nullptr, int(r.series.size())) + u'\n';
    } else {
        for (const QuerySeries& s : r.series) {
            out += utf8(s.labels.toString()) + u'\n';
            for (const Point& p : s.points)
                out += u"  "_s + seconds(p.t) + u' ' + number(p.v) + u'\n';
        }
        out +=
            QCoreApplication::translate("capataz::cli", "%n series", nullptr, int(r.series.size())) + u'\n';
    }
    return out;
}

} // namespace

QJsonObject queryResultJson(const QueryResult& result, bool range)
{
    return jsonResult(result, range);
}

QString queryResultText(const QueryResult& result, bool range)
{
    return textResult(result, range);
}

std::optional<qint64> parseStep(const QString& text)
{
    if (const std::optional<qint64> d = parseDuration(text))
        return *d > 0 ? d : std::nullopt;
    bool ok = false;
    const double s = text.toDouble(&ok);
    if (ok && std::isfinite(s) && s > 0)
        return qint64(std::llround(s * 1000));
    return std::nullopt;
}

} // namespace capataz::cli
