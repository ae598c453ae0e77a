// The exposition parser against the cases other projects wrote for the same formats
// (../shared/peer/expfmt/cases.json, next to the source tree; never copied into it): the
// OpenMetrics project's parser suite (verdicts; samples as prometheus_client reads them) and
// Prometheus's textparse cases (verdicts and samples). Every case must agree, except the ones
// listed in kDisagreements with the reason; a listed case that starts agreeing fails the test,
// so the list stays honest.
#include "metrics/ExpositionParser.h"

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

// Where the two reference parsers disagree with each other, or with what Capataz can store.
const QHash<QString, QString> kDisagreements{
    {u"openmetrics-suite/timestamps"_s,
     u"a timestamp of 12345678901234567890.123 s does not fit in int64 milliseconds (as in Prometheus); "
     u"Capataz refuses that line instead of storing a wrapped time"_s},
    {u"prometheus-textparse/TestOpenMetricsParse"_s,
     u"Prometheus's Go parser checks no rule across lines; this text breaks OpenMetrics 1.0 rules the "
     u"OpenMetrics suite holds parsers to (hhh: a histogram _count without _sum, exactly the shape of "
     u"bad_histograms_2; go_gc_duration_seconds taken up again after other families; exemplars on a "
     u"summary _count; ii without _info; ss{A=...} without the stateset's label). The samples are still "
     u"compared, from the lenient parse"_s},
    {u"prometheus-textparse/TestOpenMetricsParse_UTF8"_s,
     u"the family \"go.gc_duration_seconds\" is taken up again after \"http.status\" (a clashing name for "
     u"the OpenMetrics suite), and the three identical http.status samples are kept by Go but are exact "
     u"repeats that prometheus_client (duplicate_timestamps_1) and Capataz drop"_s},
    {u"prometheus-textparse/TestSTParseFailures/1"_s,
     u"without TYPE, foo_total and foo_created are two unknown families, each taken up again after the "
     u"other: the OpenMetrics suite refuses a family taken up again (bad_grouping_or_ordering_3 is the same "
     u"shape), Prometheus's Go parser has no such rule"_s},
    {u"prometheus-testdata/alltypes.5mfs.om.txt"_s,
     u"its histogram has negative buckets and a negative _sum: OpenMetrics 1.0 forbids a _sum with "
     u"negative buckets and a negative _sum, and the suite's bad_histograms_3 and bad_counter_values_5/8 "
     u"hold parsers to it; Prometheus's Go parser checks neither (the lenient parse keeps every sample)"_s},
};

struct ExpectedSample {
    QString name;
    QJsonObject labels;
    QString value;
    QJsonValue timestamp;
    QJsonValue start;
    QJsonObject exemplar; // empty: not checked
};

double number(const QString& text)
{
    if (text == u"NaN"_s)
        return std::nan("");
    if (text == u"+Inf"_s || text == u"Inf"_s)
        return INFINITY;
    if (text == u"-Inf"_s)
        return -INFINITY;
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok ? v : std::nan("");
}

bool sameNumber(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    if (a == b)
        return true;
    return std::fabs(a - b) <= 1e-12 * std::max(std::fabs(a), std::fabs(b));
}

bool sameLabelValue(const QString& key, const QString& a, const QString& b)
{
    if (a == b)
        return true;
    if (key != u"le"_s && key != u"quantile"_s)
        return false;
    bool okA = false;
    bool okB = false;
    const double x = a == u"+Inf"_s ? INFINITY : a.toDouble(&okA);
    const double y = b == u"+Inf"_s ? INFINITY : b.toDouble(&okB);
    return (okA || std::isinf(x)) && (okB || std::isinf(y)) && x == y;
}

QJsonObject labelsWithout(const QJsonObject& labels)
{
    QJsonObject o = labels;
    o.remove(u"le"_s);
    o.remove(u"quantile"_s);
    return o;
}

// prometheus_client keeps `_created` as samples of their own; Capataz attaches them to their
// series as Prometheus does: fold the first form into the second before comparing.
QList<ExpectedSample> foldCreated(QList<ExpectedSample> in)
{
    QList<ExpectedSample> out;
    for (const ExpectedSample& c : in) {
        if (!c.name.endsWith(u"_created"_s))
            continue;
        const QString base = c.name.chopped(8);
        for (ExpectedSample& s : in) {
            const bool sibling = s.name == base + u"_total"_s || s.name == base + u"_count"_s ||
                                 s.name == base + u"_sum"_s || s.name == base + u"_bucket"_s ||
                                 s.name == base;
            if (sibling && labelsWithout(s.labels) == labelsWithout(c.labels))
                s.start = double(std::llround(number(c.value) * 1000.0));
        }
    }
    for (const ExpectedSample& s : in) {
        const QString base = s.name.endsWith(u"_created"_s) ? s.name.chopped(8) : QString();
        bool folded = false;
        for (const ExpectedSample& o : in)
            folded = folded ||
                     (!base.isEmpty() && o.name != s.name && o.name.startsWith(base) && o.start.isDouble());
        if (!folded)
            out << s;
    }
    return out;
}

QString describe(const Exposition& e, const Sample& s)
{
    QStringList labels;
    for (const Label& l : e.labels(s.labels))
        labels << QString::fromUtf8(l.name.data(), qsizetype(l.name.size())) + u"=\""_s +
                      QString::fromUtf8(l.value.data(), qsizetype(l.value.size())) + u'"';
    return QString::fromUtf8(e.name(s.name).data(), qsizetype(e.name(s.name).size())) + u'{' +
           labels.join(u',') + u"} "_s + QString::number(s.value) + u" ts="_s +
           QString::number(s.timestampMs) + u" st="_s + QString::number(s.startTimestampMs);
}

// Empty when the samples match; else what differs.
QString compare(const Exposition& e, const QList<ExpectedSample>& expected)
{
    if (qsizetype(e.samples.size()) != expected.size())
        return u"%1 samples, expected %2"_s.arg(e.samples.size()).arg(expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Sample& s = e.samples[size_t(i)];
        const ExpectedSample& x = expected[i];
        const QString where = u"sample %1 (%2): "_s.arg(i).arg(describe(e, s));
        const std::string_view n = e.name(s.name);
        if (QString::fromUtf8(n.data(), qsizetype(n.size())) != x.name)
            return where + u"name, expected "_s + x.name;
        const std::vector<Label> labels = e.labels(s.labels);
        if (qsizetype(labels.size()) != x.labels.size())
            return where + u"label count"_s;
        for (const Label& l : labels) {
            const QString key = QString::fromUtf8(l.name.data(), qsizetype(l.name.size()));
            if (!x.labels.contains(key) ||
                !sameLabelValue(key, QString::fromUtf8(l.value.data(), qsizetype(l.value.size())),
                                x.labels.value(key).toString()))
                return where + u"label "_s + key;
        }
        if (!sameNumber(s.value, number(x.value)))
            return where + u"value, expected "_s + x.value;
        const bool hasTs = s.timestampMs != kNoTimestamp;
        if (hasTs != x.timestamp.isDouble() || (hasTs && double(s.timestampMs) != x.timestamp.toDouble()))
            return where + u"timestamp, expected "_s + QString::number(x.timestamp.toDouble(), 'f', 0);
        const bool hasSt = s.startTimestampMs != kNoTimestamp;
        if (hasSt != x.start.isDouble() || (hasSt && double(s.startTimestampMs) != x.start.toDouble()))
            return where + u"start timestamp, expected "_s + QString::number(x.start.toDouble(), 'f', 0);
        if (!x.exemplar.isEmpty()) {
            if (s.exemplar < 0)
                return where + u"no exemplar"_s;
            const Exemplar& ex = e.exemplars[size_t(s.exemplar)];
            if (!sameNumber(ex.value, number(x.exemplar.value(u"value"_s).toString())))
                return where + u"exemplar value"_s;
            const QJsonValue ets = x.exemplar.value(u"timestamp_ms"_s);
            if ((ex.timestampMs != kNoTimestamp) != ets.isDouble() ||
                (ets.isDouble() && double(ex.timestampMs) != ets.toDouble()))
                return where + u"exemplar timestamp"_s;
            const QJsonObject el = x.exemplar.value(u"labels"_s).toObject();
            const std::vector<Label> exl = e.labels(ex.labels);
            if (qsizetype(exl.size()) != el.size())
                return where + u"exemplar labels"_s;
            for (const Label& l : exl)
                if (el.value(QString::fromUtf8(l.name.data(), qsizetype(l.name.size()))).toString() !=
                    QString::fromUtf8(l.value.data(), qsizetype(l.value.size())))
                    return where + u"exemplar label"_s;
        }
    }
    return {};
}

} // namespace

class TestMetricsParsePeer : public QObject {
    Q_OBJECT

    QJsonArray m_cases;

private slots:
    void initTestCase()
    {
        const QString path =
            QDir::cleanPath(QStringLiteral(CAPATAZ_SOURCE_DIR) + u"/../shared/peer/expfmt/cases.json"_s);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            QSKIP(
                qPrintable(u"peer cases not found at "_s + path + u" (they live next to the source tree)"_s));
        m_cases = QJsonDocument::fromJson(f.readAll()).array();
        QVERIFY2(m_cases.size() > 300, "cases.json holds the 331 cases");
    }

    void everyCase()
    {
        int agreeing = 0;
        QStringList failures;
        QSet<QString> seen;
        for (const QJsonValue& v : std::as_const(m_cases)) {
            const QJsonObject c = v.toObject();
            const QString name = c.value(u"name"_s).toString();
            seen.insert(name);
            const QByteArray text = c.contains(u"text_b64"_s) && !c.value(u"text_b64"_s).isNull()
                                        ? QByteArray::fromBase64(c.value(u"text_b64"_s).toString().toLatin1())
                                        : c.value(u"text"_s).toString().toUtf8();
            const auto format = c.value(u"format"_s).toString() == u"openmetrics"_s
                                    ? ExpositionFormat::OpenMetrics
                                    : ExpositionFormat::Prometheus;
            const std::string_view view(text.constData(), size_t(text.size()));
            const auto strict = parseExpositionDetailed(view, format);
            const bool shouldParse = c.value(u"should_parse"_s).toBool();
            QString why;
            if (strict.has_value() != shouldParse)
                why = strict ? u"parses, expected a refusal"_s
                             : u"refused (%1 at line %2), expected to parse"_s.arg(strict.error().codeName())
                                   .arg(strict.error().line);
            if (c.contains(u"expected"_s)) {
                QList<ExpectedSample> expected;
                for (const QJsonValue& e : c.value(u"expected"_s).toArray()) {
                    const QJsonObject o = e.toObject();
                    ExpectedSample x{o.value(u"metric_name"_s).toString(), o.value(u"labels"_s).toObject(),
                                     o.value(u"value"_s).toString(),       o.value(u"timestamp_ms"_s),
                                     o.value(u"start_timestamp_ms"_s),     {}};
                    if (o.value(u"exemplar"_s).isObject())
                        x.exemplar = o.value(u"exemplar"_s).toObject();
                    else if (!o.value(u"exemplars"_s).toArray().isEmpty())
                        x.exemplar = o.value(u"exemplars"_s).toArray().first().toObject();
                    expected << x;
                }
                if (c.value(u"expected_source"_s).toString().contains(u"prometheus_client"_s))
                    expected = foldCreated(expected);
                const Exposition lenient = parseExpositionLenient(view, format);
                const QString diff = compare(strict ? *strict : lenient, expected);
                if (!diff.isEmpty())
                    why += (why.isEmpty() ? QString() : u"; "_s) + diff;
            }
            const bool agrees = why.isEmpty();
            agreeing += agrees;
            if (kDisagreements.contains(name)) {
                if (agrees)
                    failures << name + u": agrees now, take it off kDisagreements"_s;
                else
                    qInfo("listed disagreement %s: %s", qPrintable(name), qPrintable(why));
            } else if (!agrees) {
                failures << name + u": "_s + why;
            }
        }
        for (auto it = kDisagreements.begin(); it != kDisagreements.end(); ++it)
            if (!seen.contains(it.key()))
                failures << it.key() + u": listed but not in cases.json"_s;
        qInfo("expfmt peer cases: %d of %lld agree, %lld listed disagreements", agreeing,
              qlonglong(m_cases.size()), qlonglong(kDisagreements.size()));
        if (!failures.isEmpty())
            QFAIL(qPrintable(u"%1 cases:\n"_s.arg(failures.size()) + failures.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestMetricsParsePeer)
#include "tst_metricsparse_peer.moc"
