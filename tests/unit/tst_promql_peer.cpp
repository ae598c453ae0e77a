// The query engine against PromQL evaluations from Prometheus's own test files
// (../shared/peer/promql/cases.json, next to the source tree; never copied into it): each case
// loads its series, evaluates its query at its time and must give the expected series and values
// (relative tolerance 1e-6; NaN, ±Inf as given). A case Capataz cannot pass is listed in
// kExpectedFailures with the reason; a listed case that passes fails the test, so the list stays
// honest.
#include "metrics/QueryEngine.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace capataz;
using namespace capataz::metrics;
using namespace Qt::Literals::StringLiterals;

namespace {

const QHash<QString, QString> kExpectedFailures{};

double number(const QJsonValue& v)
{
    if (v.isDouble())
        return v.toDouble();
    const QString s = v.toString();
    if (s == u"NaN"_s)
        return std::numeric_limits<double>::quiet_NaN();
    if (s == u"+Inf"_s || s == u"Inf"_s)
        return std::numeric_limits<double>::infinity();
    if (s == u"-Inf"_s)
        return -std::numeric_limits<double>::infinity();
    if (s == u"stale"_s)
        return staleNaN();
    return s.toDouble();
}

LabelSet labels(const QJsonObject& o)
{
    std::vector<LabelPair> pairs;
    for (auto it = o.begin(); it != o.end(); ++it)
        pairs.push_back({it.key().toStdString(), it.value().toString().toStdString()});
    return LabelSet(std::move(pairs));
}

bool sameValue(double expected, double actual)
{
    if (isStaleNaN(expected) || isStaleNaN(actual))
        return isStaleNaN(expected) && isStaleNaN(actual);
    if (std::isnan(expected) || std::isnan(actual))
        return std::isnan(expected) && std::isnan(actual);
    if (std::isinf(expected) || std::isinf(actual))
        return expected == actual;
    if (expected == actual)
        return true;
    return std::abs(expected - actual) <= 1e-6 * std::max(std::abs(expected), std::abs(actual));
}

QString show(double v)
{
    return isStaleNaN(v) ? u"stale"_s : QString::number(v, 'g', 17);
}

// Empty when the case agrees; else what differs.
QString check(const QJsonObject& c)
{
    SeriesSet data;
    for (const QJsonValue& sv : c.value(u"series"_s).toArray()) {
        const QJsonObject s = sv.toObject();
        std::vector<Point> points;
        for (const QJsonValue& pv : s.value(u"samples"_s).toArray()) {
            const QJsonArray p = pv.toArray();
            points.push_back(Point{qint64(std::llround(p[0].toDouble() * 1000)), number(p[1])});
        }
        data.add(labels(s.value(u"labels"_s).toObject()), std::move(points));
    }
    data.finish();
    const auto query = parseQuery(c.value(u"query"_s).toString());
    if (!query)
        return u"parse error: "_s + query.error().toError().detail;
    const qint64 at = qint64(std::llround(c.value(u"eval_time_s"_s).toDouble() * 1000));
    const auto result = evaluateInstant(*query, data, at);
    if (!result)
        return u"evaluation error: "_s + result.error().toError().detail;

    const QJsonArray expected = c.value(u"expected"_s).toArray();
    if (size_t(expected.size()) != result->series.size())
        return u"expected %1 series, got %2"_s.arg(expected.size()).arg(result->series.size());
    const bool ordered = c.value(u"ordered"_s).toBool();
    std::vector<bool> used(result->series.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject e = expected[i].toObject();
        const LabelSet want = labels(e.value(u"labels"_s).toObject());
        const double value = number(e.value(u"value"_s));
        size_t found = result->series.size();
        for (size_t k = 0; k < result->series.size(); ++k)
            if (!used[k] && result->series[k].labels == want) {
                found = k;
                break;
            }
        if (found == result->series.size())
            return u"no series "_s + QString::fromStdString(want.toString());
        if (ordered && found != size_t(i))
            return u"series "_s + QString::fromStdString(want.toString()) + u" out of order"_s;
        used[found] = true;
        const std::vector<Point>& points = result->series[found].points;
        if (points.size() != 1 || !sameValue(value, points.front().v))
            return u"series %1: expected %2, got %3"_s.arg(
                QString::fromStdString(want.toString()), show(value),
                points.empty() ? u"nothing"_s : show(points.front().v));
    }
    return {};
}

} // namespace

class TestPromqlPeer : public QObject {
    Q_OBJECT
private slots:
    void cases()
    {
        const QString path =
            QDir::cleanPath(QStringLiteral(CAPATAZ_SOURCE_DIR) + u"/../shared/peer/promql/cases.json"_s);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            QSKIP(
                qPrintable(u"peer cases not found at "_s + path + u" (they live next to the source tree)"_s));
        const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).array();
        QVERIFY(!cases.isEmpty());
        QStringList failures;
        int agreeing = 0;
        QSet<QString> names;
        for (const QJsonValue& v : cases) {
            const QJsonObject c = v.toObject();
            const QString name = c.value(u"name"_s).toString();
            names.insert(name);
            const QString why = check(c);
            const bool agrees = why.isEmpty();
            agreeing += agrees ? 1 : 0;
            if (kExpectedFailures.contains(name)) {
                if (agrees)
                    failures << name + u": passes now, take it off kExpectedFailures"_s;
                else
                    qInfo("listed failure %s: %s (%s)", qPrintable(name),
                          qPrintable(kExpectedFailures.value(name)), qPrintable(why));
            } else if (!agrees) {
                failures << name + u" ["_s + c.value(u"query"_s).toString() + u"]: "_s + why;
            }
        }
        for (auto it = kExpectedFailures.begin(); it != kExpectedFailures.end(); ++it)
            if (!names.contains(it.key()))
                failures << it.key() + u": listed but not among the cases"_s;
        qInfo("promql peer cases: %d of %lld agree, %lld listed failures", agreeing, qlonglong(cases.size()),
              qlonglong(kExpectedFailures.size()));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestPromqlPeer)
#include "tst_promql_peer.moc"
