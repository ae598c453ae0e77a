// parsePrometheusAnswer (PrometheusApi.h): the JSON answers of /api/v1/query, query_range,
// series and labels.
#include "metrics/PrometheusApi.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>
#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace capataz::metrics {

namespace {

using Code = PrometheusError::Code;
using Failed = std::unexpected<PrometheusError>;

constexpr qsizetype kMaxMessage = 1000;

Failed badAnswer(int status, const QString& why)
{
    return Failed(PrometheusError{Code::BadAnswer, status, {}, why});
}

Code codeOf(const QString& errorType, int status)
{
    if (errorType == u"bad_data"_s)
        return Code::BadData;
    if (errorType == u"execution"_s)
        return Code::Execution;
    if (errorType == u"timeout"_s)
        return Code::Timeout;
    if (errorType == u"canceled"_s)
        return Code::Canceled;
    if (errorType == u"internal"_s)
        return Code::Internal;
    if (errorType == u"unavailable"_s)
        return Code::Unavailable;
    if (errorType == u"not_found"_s || (errorType.isEmpty() && status == 404))
        return Code::NotFound;
    return Code::OtherError;
}

// "1.5", "NaN", "+Inf", "-Inf" (a JSON number is taken too).
std::optional<double> valueOf(const QJsonValue& v)
{
    if (v.isDouble())
        return v.toDouble();
    if (!v.isString())
        return std::nullopt;
    const QByteArray s = v.toString().toUtf8();
    if (s == "NaN")
        return std::numeric_limits<double>::quiet_NaN();
    if (s == "+Inf" || s == "Inf")
        return std::numeric_limits<double>::infinity();
    if (s == "-Inf")
        return -std::numeric_limits<double>::infinity();
    double out = 0;
    const auto [end, ec] = std::from_chars(s.constData(), s.constData() + s.size(), out);
    if (ec != std::errc() || end != s.constData() + s.size() || s.isEmpty())
        return std::nullopt;
    return out;
}

// [<float seconds>, "<value>"]
std::optional<Point> pointOf(const QJsonValue& v)
{
    const QJsonArray a = v.toArray();
    if (!v.isArray() || a.size() != 2 || !a[0].isDouble())
        return std::nullopt;
    const double t = a[0].toDouble() * 1000.0;
    const std::optional<double> value = valueOf(a[1]);
    if (!std::isfinite(t) || std::abs(t) > 9.0e15 || !value)
        return std::nullopt;
    return Point{qint64(std::llround(t)), *value};
}

std::optional<LabelSet> labelsOf(const QJsonValue& v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    std::vector<LabelPair> pairs;
    pairs.reserve(size_t(o.size()));
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isString() || it.key().isEmpty())
            return std::nullopt;
        pairs.push_back({it.key().toStdString(), it.value().toString().toStdString()});
    }
    return LabelSet(std::move(pairs));
}

std::expected<QueryResult, QString> resultOf(PrometheusCall call, const QJsonObject& data,
                                             QStringList& warnings)
{
    const QString type = data.value(u"resultType"_s).toString();
    const QJsonValue result = data.value(u"result"_s);
    QueryResult out;
    if (type == u"scalar"_s) {
        const auto p = pointOf(result);
        if (!p)
            return std::unexpected(u"a scalar that is not [time, \"value\"]"_s);
        out.type = ValueType::Scalar;
        out.series.push_back({LabelSet(), {*p}});
        return out;
    }
    const bool matrix = type == u"matrix"_s;
    if (!matrix && type != u"vector"_s)
        return std::unexpected(u"unknown resultType \"%1\""_s.arg(type.left(40)));
    if (!result.isArray())
        return std::unexpected(u"a %1 whose result is not a list"_s.arg(type));
    out.type = !matrix                              ? ValueType::InstantVector
               : call == PrometheusCall::QueryRange ? ValueType::InstantVector
                                                    : ValueType::RangeVector;
    int histograms = 0;
    for (const QJsonValue& item : result.toArray()) {
        const QJsonObject o = item.toObject();
        std::optional<LabelSet> labels = labelsOf(o.value(u"metric"_s));
        if (!item.isObject() || !labels)
            return std::unexpected(u"a series without its \"metric\" labels"_s);
        QuerySeries s{std::move(*labels), {}};
        const QJsonValue points = o.value(matrix ? u"values"_s : u"value"_s);
        if (points.isUndefined() && o.contains(matrix ? u"histograms"_s : u"histogram"_s)) {
            ++histograms; // a native histogram: not something the engine's results hold
            continue;
        }
        const QJsonArray list = matrix ? points.toArray() : QJsonArray{points};
        if (matrix && !points.isArray())
            return std::unexpected(u"a series whose \"values\" is not a list"_s);
        for (const QJsonValue& p : list) {
            const auto point = pointOf(p);
            if (!point)
                return std::unexpected(u"a sample that is not [time, \"value\"]"_s);
            s.points.push_back(*point);
        }
        out.series.push_back(std::move(s));
    }
    if (histograms > 0)
        warnings << QCoreApplication::translate(
            "capataz::metrics", "%n series with native histograms left out.", nullptr, histograms);
    return out;
}

} // namespace

std::expected<PrometheusAnswer, PrometheusError> parsePrometheusAnswer(PrometheusCall call, int httpStatus,
                                                                       QByteArrayView body)
{
    QJsonParseError jsonError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &jsonError);
    const QJsonObject root = doc.object();
    const QString status = root.value(u"status"_s).toString();
    const bool ok2xx = httpStatus >= 200 && httpStatus < 300;
    if (jsonError.error != QJsonParseError::NoError || !doc.isObject() ||
        (status != u"success"_s && status != u"error"_s)) {
        if (ok2xx)
            return badAnswer(httpStatus, u"not Prometheus's JSON"_s);
        return Failed(
            PrometheusError{httpStatus == 404 ? Code::NotFound : Code::NotPrometheus, httpStatus, {}, {}});
    }
    if (status == u"error"_s || !ok2xx) {
        const QString type = root.value(u"errorType"_s).toString().left(40);
        return Failed(PrometheusError{codeOf(type, httpStatus), httpStatus, type,
                                      root.value(u"error"_s).toString().left(kMaxMessage)});
    }
    PrometheusAnswer answer;
    for (const QString& key : {u"warnings"_s, u"infos"_s})
        for (const QJsonValue& w : root.value(key).toArray())
            answer.warnings << w.toString().left(kMaxMessage);
    const QJsonValue data = root.value(u"data"_s);
    switch (call) {
    case PrometheusCall::Query:
    case PrometheusCall::QueryRange: {
        const QJsonObject d = data.toObject();
        if (d.value(u"resultType"_s).toString() == u"string"_s) {
            const QJsonArray a = d.value(u"result"_s).toArray();
            if (a.size() != 2 || !a[1].isString())
                return badAnswer(httpStatus, u"a string that is not [time, \"text\"]"_s);
            answer.text = a[1].toString().toStdString();
            return answer;
        }
        auto result = resultOf(call, d, answer.warnings);
        if (!result)
            return badAnswer(httpStatus, result.error());
        answer.result = std::move(*result);
        return answer;
    }
    case PrometheusCall::Series:
        if (!data.isArray())
            return badAnswer(httpStatus, u"series that are not a list"_s);
        for (const QJsonValue& s : data.toArray()) {
            std::optional<LabelSet> labels = labelsOf(s);
            if (!labels)
                return badAnswer(httpStatus, u"a series that is not an object of labels"_s);
            answer.series.push_back(std::move(*labels));
        }
        return answer;
    case PrometheusCall::Labels:
        if (!data.isArray())
            return badAnswer(httpStatus, u"labels that are not a list"_s);
        for (const QJsonValue& l : data.toArray()) {
            if (!l.isString())
                return badAnswer(httpStatus, u"a label name that is not a string"_s);
            answer.labels << l.toString();
        }
        return answer;
    }
    return badAnswer(httpStatus, u"unknown call"_s);
}

} // namespace capataz::metrics
