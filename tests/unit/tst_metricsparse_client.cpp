// The exposition parser against a real peer: Debian's python3-prometheus-client (the official
// Python client, /usr/bin/python3), not a fake or a copy of its output. At test time
// prometheus_client_exposition.py (next to this file) builds a CollectorRegistry (counters with
// and without labels, gauges with NaN and infinities, a confidence histogram with buckets 0.8 to
// 1.0, default-bucket histograms, summaries, an Info and an Enum, exemplars; label values with
// quotes, backslashes, newlines, a raw tab and CR, Spanish text, emoji, an empty value, a 3,204-byte value),
// writes it with generate_latest (Prometheus text 0.0.4) or the OpenMetrics generate_latest, and
// parses that text back with its own parser. Capataz's strict parser reads the same bytes and
// every sample must agree with python's reading, in order: name, label set (unescaped values),
// value (NaN and infinities included, bit-exact), timestamp, exemplar, and the type of the
// family holding it. OpenMetrics `_created` samples, which prometheus_client keeps as samples,
// are compared with the start timestamp Capataz gives the series instead.
// Skips when python3 or prometheus_client is missing (install python3-prometheus-client).
#include "metrics/ExpositionParser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <cmath>
#include <cstring>

using namespace capataz;
using namespace capataz::metrics;
using namespace Qt::Literals::StringLiterals;

namespace {

QString fromView(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

double number(const QString& text)
{
    if (text == u"NaN"_s)
        return std::nan("");
    if (text == u"+Inf"_s)
        return INFINITY;
    if (text == u"-Inf"_s)
        return -INFINITY;
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok ? v : std::nan("");
}

// Bit-exact (both sides read the same decimal text); any NaN equals any NaN.
bool sameNumber(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return std::memcmp(&a, &b, sizeof a) == 0;
}

QJsonObject labelsOf(const Exposition& e, quint32 labelSet)
{
    QJsonObject o;
    for (const Label& l : e.labels(labelSet))
        o.insert(fromView(l.name), fromView(l.value));
    return o;
}

QString describe(const QJsonObject& labels)
{
    QString text = QString::fromUtf8(QJsonDocument(labels).toJson(QJsonDocument::Compact));
    return text.size() > 160 ? text.left(160) + u"...(%1 chars)"_s.arg(text.size()) : text;
}

QJsonObject withoutKey(QJsonObject labels, const QString& key)
{
    labels.remove(key);
    return labels;
}

// prometheus_client's reading, with OpenMetrics `_created` samples folded into the start
// timestamp (in ms, rounded as Prometheus does) of their series' other samples.
QJsonArray foldCreated(const QJsonArray& samples)
{
    QJsonArray out;
    QList<QJsonObject> all;
    for (const QJsonValue& v : samples)
        all << v.toObject();
    for (const QJsonObject& c : std::as_const(all)) {
        const QString family = c.value(u"family"_s).toString();
        const QString type = c.value(u"type"_s).toString();
        if (c.value(u"name"_s).toString() != family + u"_created"_s ||
            (type != u"counter"_s && type != u"histogram"_s && type != u"summary"_s))
            continue;
        const double start = std::llround(number(c.value(u"value"_s).toString()) * 1000.0);
        const QJsonObject series = c.value(u"labels"_s).toObject();
        for (QJsonObject& s : all) {
            const QJsonObject l = s.value(u"labels"_s).toObject();
            if (s.value(u"family"_s).toString() == family && s.value(u"name"_s) != c.value(u"name"_s) &&
                withoutKey(withoutKey(l, u"le"_s), u"quantile"_s) == series)
                s.insert(u"start_ms"_s, start);
        }
    }
    for (const QJsonObject& s : std::as_const(all)) {
        const QString type = s.value(u"type"_s).toString();
        const bool created =
            s.value(u"name"_s).toString() == s.value(u"family"_s).toString() + u"_created"_s &&
            (type == u"counter"_s || type == u"histogram"_s || type == u"summary"_s);
        if (!created)
            out.append(s);
    }
    return out;
}

// Empty when Capataz's samples are python's; else the first difference.
QString compare(const Exposition& e, const QJsonArray& expected, bool openMetrics)
{
    std::vector<MetricType> typeOfSample(e.samples.size(), MetricType::Unknown);
    for (const MetricFamily& f : e.families)
        for (quint32 i = f.firstSample; i < f.firstSample + f.sampleCount && i < typeOfSample.size(); ++i)
            typeOfSample[i] = f.type;
    if (qsizetype(e.samples.size()) != expected.size())
        return u"Capataz read %1 samples, prometheus_client %2"_s.arg(e.samples.size()).arg(expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Sample& s = e.samples[size_t(i)];
        const QJsonObject x = expected[i].toObject();
        const QJsonObject labels = labelsOf(e, s.labels);
        const QString where = u"sample %1 (%2%3 = %4, line %5): "_s.arg(i)
                                  .arg(fromView(e.name(s.name)), describe(labels))
                                  .arg(s.value)
                                  .arg(s.line);
        if (fromView(e.name(s.name)) != x.value(u"name"_s).toString())
            return where + u"name, prometheus_client: "_s + x.value(u"name"_s).toString();
        if (labels != x.value(u"labels"_s).toObject())
            return where + u"labels, prometheus_client: "_s + describe(x.value(u"labels"_s).toObject());
        if (!sameNumber(s.value, number(x.value(u"value"_s).toString())))
            return where + u"value, prometheus_client: "_s + x.value(u"value"_s).toString();
        const QString type = x.value(u"type"_s).toString();
        // Text 0.0.4 has no info or stateset: prometheus_client writes them as gauges there.
        if (metricTypeName(typeOfSample[size_t(i)]) != type)
            return where + u"family type %1, prometheus_client: %2"_s.arg(
                               metricTypeName(typeOfSample[size_t(i)]), type);
        const QJsonValue ts = x.value(u"timestamp_ms"_s);
        if ((s.timestampMs != kNoTimestamp) != ts.isDouble() ||
            (ts.isDouble() && double(s.timestampMs) != ts.toDouble()))
            return where + u"timestamp, prometheus_client: "_s + QString::number(ts.toDouble(), 'f', 0);
        const QJsonValue start = x.value(u"start_ms"_s);
        if (openMetrics && ((s.startTimestampMs != kNoTimestamp) != start.isDouble() ||
                            (start.isDouble() && double(s.startTimestampMs) != start.toDouble())))
            return where + u"start timestamp %1, prometheus_client's _created: %2"_s.arg(s.startTimestampMs)
                               .arg(QString::number(start.toDouble(), 'f', 0));
        const QJsonObject ex = x.value(u"exemplar"_s).toObject();
        if (ex.isEmpty() != (s.exemplar < 0))
            return where + (ex.isEmpty() ? u"an exemplar prometheus_client has not"_s : u"no exemplar"_s);
        if (!ex.isEmpty()) {
            const Exemplar& got = e.exemplars.at(size_t(s.exemplar));
            if (labelsOf(e, got.labels) != ex.value(u"labels"_s).toObject())
                return where + u"exemplar labels "_s + describe(labelsOf(e, got.labels)) +
                       u", prometheus_client: "_s + describe(ex.value(u"labels"_s).toObject());
            if (!sameNumber(got.value, number(ex.value(u"value"_s).toString())))
                return where + u"exemplar value"_s;
            const QJsonValue ets = ex.value(u"timestamp_ms"_s);
            if ((got.timestampMs != kNoTimestamp) != ets.isDouble() ||
                (ets.isDouble() && double(got.timestampMs) != ets.toDouble()))
                return where + u"exemplar timestamp %1, prometheus_client: "_s.arg(got.timestampMs) +
                       QString::number(ets.toDouble(), 'f', 0);
        }
    }
    return {};
}

} // namespace

class TestMetricsParseClient : public QObject {
    Q_OBJECT

    QString m_python;
    QString m_script;

    // prometheus_client's exposition and its own reading of it; skips when it cannot run.
    QJsonObject peer(const QString& mode)
    {
        QProcess p;
        p.start(m_python, {m_script, mode});
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        if (p.exitCode() != 0) {
            m_failure = u"exit %1: "_s.arg(p.exitCode()) + QString::fromUtf8(p.readAllStandardError());
            return {};
        }
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput(), &error);
        if (error.error != QJsonParseError::NoError)
            m_failure = u"its JSON: "_s + error.errorString();
        return doc.object();
    }
    QString m_failure;

    void checkFormat(const QString& mode, ExpositionFormat format)
    {
        m_failure.clear();
        const QJsonObject out = peer(mode);
        if (out.isEmpty() && m_failure.startsWith(u"exit 3"_s))
            QSKIP(qPrintable(u"prometheus_client is not importable by "_s + m_python +
                             u": install python3-prometheus-client ("_s + m_failure.trimmed() + u')'));
        QVERIFY2(!out.isEmpty(), qPrintable(m_script + u" did not answer: "_s + m_failure));
        const QByteArray text = out.value(u"text"_s).toString().toUtf8();
        const QJsonArray samples = out.value(u"samples"_s).toArray();
        qInfo("prometheus_client %s (%s): %lld bytes, %lld samples in its own reading",
              qPrintable(out.value(u"client"_s).toString()), qPrintable(out.value(u"file"_s).toString()),
              qlonglong(text.size()), qlonglong(samples.size()));
        QVERIFY2(samples.size() > 100, "the registry holds more than 100 samples");

        const auto parsed =
            parseExpositionDetailed(std::string_view(text.constData(), size_t(text.size())), format);
        QVERIFY2(parsed.has_value(), qPrintable(u"Capataz refuses prometheus_client's text: %1 at line %2: "_s
                                                    .arg(parsed ? QString() : parsed.error().codeName())
                                                    .arg(parsed ? 0 : parsed.error().line) +
                                                (parsed ? QString() : parsed.error().sentence())));
        const bool openMetrics = format == ExpositionFormat::OpenMetrics;
        const QJsonArray expected = openMetrics ? foldCreated(samples) : samples;
        const QString diff = compare(*parsed, expected, openMetrics);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));

        // The comparison can tell: one label value, one value and one name changed each fail.
        QJsonArray broken = expected;
        for (const QString& what : {u"label"_s, u"value"_s, u"name"_s}) {
            QJsonObject first = expected[1].toObject();
            if (what == u"label"_s)
                first.insert(u"labels"_s, QJsonObject{{u"path"_s, u"Nino ano n"_s}});
            else if (what == u"value"_s)
                first.insert(u"value"_s, u"NaN"_s);
            else
                first.insert(u"name"_s, QString(first.value(u"name"_s).toString() + u"_x"_s));
            broken = expected;
            broken[1] = first;
            QVERIFY2(!compare(*parsed, broken, openMetrics).isEmpty(), qPrintable(what));
        }
    }

private slots:
    void initTestCase()
    {
        // Debian's python3-prometheus-client lives in /usr/bin/python3's dist-packages (not a venv's).
        m_python = QFile::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s
                                                        : QStandardPaths::findExecutable(u"python3"_s);
        if (m_python.isEmpty())
            QSKIP("python3 is not installed: install python3-prometheus-client (it brings python3)");
        m_script = QStringLiteral(CAPATAZ_SOURCE_DIR) + u"/tests/unit/prometheus_client_exposition.py"_s;
        QVERIFY2(QFile::exists(m_script), qPrintable(m_script));
    }

    void prometheusText() { checkFormat(u"prometheus"_s, ExpositionFormat::Prometheus); }
    void openMetrics() { checkFormat(u"openmetrics"_s, ExpositionFormat::OpenMetrics); }
};

QTEST_GUILESS_MAIN(TestMetricsParseClient)
#include "tst_metricsparse_client.moc"
