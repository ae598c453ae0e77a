#include "MetricsCommand.h"

#include "CliContext.h"
#include "MetricsAlertsCommand.h"
#include "MetricsQueryCommand.h"
#include "MetricsScrapeCommand.h"
#include "MetricsText.h"
#include "ProfileOutput.h"
#include "metrics/ExpositionParser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <charconv>
#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace capataz::metrics;

namespace capataz::cli {

namespace {

const QString kCommand = u"metrics parse"_s;

QString tr(const char* text)
{
    return QCoreApplication::translate("capataz::cli", text);
}

using metricstext::utf8;

using metricstext::number;

// A label value as the exposition writes it: \\ \" \n escaped.
QString quoted(std::string_view value)
{
    QString out = u"\""_s;
    for (const QChar c : utf8(value)) {
        if (c == u'\\')
            out += u"\\\\"_s;
        else if (c == u'"')
            out += u"\\\""_s;
        else if (c == u'\n')
            out += u"\\n"_s;
        else
            out += c;
    }
    return out + u'"';
}

QString labelText(const Exposition& e, quint32 labels)
{
    QStringList parts;
    for (const Label& l : e.labels(labels))
        parts << utf8(l.name) + u'=' + quoted(l.value);
    return parts.isEmpty() ? QString() : u'{' + parts.join(u',') + u'}';
}

QJsonObject labelJson(const Exposition& e, quint32 labels)
{
    QJsonObject o;
    for (const Label& l : e.labels(labels))
        o.insert(utf8(l.name), utf8(l.value));
    return o;
}

QJsonValue timeJson(qint64 ms)
{
    return ms == kNoTimestamp ? QJsonValue() : QJsonValue(double(ms));
}

void printText(const Exposition& e)
{
    QString out;
    for (const MetricFamily& f : e.families) {
        out += u"# "_s + utf8(e.name(f.name)) + u' ' + metricTypeName(f.type);
        if (!f.unit.empty())
            out += u' ' + tr("(unit: %1)").arg(utf8(f.unit));
        if (!f.help.empty())
            out += u" - "_s + utf8(f.help).replace(u'\n', u' ');
        out += u'\n';
        for (quint32 i = f.firstSample; i < f.firstSample + f.sampleCount; ++i) {
            const Sample& s = e.samples[i];
            out += u"  "_s + utf8(e.name(s.name)) + labelText(e, s.labels) + u' ' + number(s.value);
            if (s.timestampMs != kNoTimestamp)
                out += u' ' + QString::number(s.timestampMs);
            if (s.startTimestampMs != kNoTimestamp)
                out += u' ' + tr("(start %1)").arg(s.startTimestampMs);
            if (s.exemplar >= 0) {
                const Exemplar& x = e.exemplars[size_t(s.exemplar)];
                out += u" # "_s + labelText(e, x.labels) + u' ' + number(x.value);
            }
            out += u'\n';
        }
    }
    out +=
        QCoreApplication::translate("capataz::cli", "%n metric families", nullptr, int(e.families.size())) +
        u", "_s + QCoreApplication::translate("capataz::cli", "%n samples", nullptr, int(e.samples.size())) +
        u'\n';
    CliContext::print(out);
}

void printJsonExposition(const QString& path, const QString& format, const Exposition& e)
{
    QJsonArray families;
    for (const MetricFamily& f : e.families) {
        QJsonArray samples;
        for (quint32 i = f.firstSample; i < f.firstSample + f.sampleCount; ++i) {
            const Sample& s = e.samples[i];
            QJsonObject o{{u"name"_s, utf8(e.name(s.name))},
                          {u"labels"_s, labelJson(e, s.labels)},
                          {u"value"_s, number(s.value)},
                          {u"timestamp_ms"_s, timeJson(s.timestampMs)},
                          {u"line"_s, s.line}};
            if (s.startTimestampMs != kNoTimestamp)
                o.insert(u"start_timestamp_ms"_s, timeJson(s.startTimestampMs));
            if (s.exemplar >= 0) {
                const Exemplar& x = e.exemplars[size_t(s.exemplar)];
                o.insert(u"exemplar"_s, QJsonObject{{u"labels"_s, labelJson(e, x.labels)},
                                                    {u"value"_s, number(x.value)},
                                                    {u"timestamp_ms"_s, timeJson(x.timestampMs)}});
            }
            samples.append(o);
        }
        families.append(QJsonObject{{u"name"_s, utf8(e.name(f.name))},
                                    {u"type"_s, metricTypeName(f.type)},
                                    {u"unit"_s, utf8(f.unit)},
                                    {u"help"_s, utf8(f.help)},
                                    {u"samples"_s, samples}});
    }
    printJson(QJsonObject{{u"file"_s, path}, {u"format"_s, format}, {u"families"_s, families}});
}

int parseCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(
        u"json"_s, tr("Print JSON: {file, format, families} or {file, format, problems}."));
    const QCommandLineOption formatOption(u"format"_s,
                                          tr("prometheus (text 0.0.4) or openmetrics; by default .om files "
                                             "are OpenMetrics, others Prometheus text."),
                                          u"FORMAT"_s);
    parser.addOptions({jsonOption, formatOption});
    parser.addPositionalArgument(u"FILE"_s, tr("The exposition, as a service's /metrics answers it."),
                                 u"FILE"_s);
    if (auto stop =
            ctx.parse(parser, args,
                      {kCommand, u"FILE [--format prometheus|openmetrics] [--json]"_s,
                       tr("Prints the metric families and samples of FILE, or every problem with its line "
                          "number and exits 1.")}))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return CliContext::usageError(tr("metrics parse needs exactly one FILE"), kCommand);
    const QString path = positional.first();

    ExpositionFormat format =
        path.endsWith(u".om"_s) ? ExpositionFormat::OpenMetrics : ExpositionFormat::Prometheus;
    if (parser.isSet(formatOption)) {
        const QString f = parser.value(formatOption);
        if (f == u"prometheus"_s)
            format = ExpositionFormat::Prometheus;
        else if (f == u"openmetrics"_s)
            format = ExpositionFormat::OpenMetrics;
        else
            return CliContext::usageError(tr("--format must be prometheus or openmetrics, not '%1'").arg(f),
                                          kCommand);
    }
    const QString formatName = format == ExpositionFormat::OpenMetrics ? u"openmetrics"_s : u"prometheus"_s;

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return CliContext::reportError(Error{file.exists() ? ErrorCode::LocalFileError : ErrorCode::NotFound,
                                             path + u": "_s + file.errorString()},
                                       tr("Check the path of the file."), ExitFailure);
    const QByteArray bytes = file.readAll();
    const Exposition e =
        parseExpositionLenient(std::string_view(bytes.constData(), size_t(bytes.size())), format);

    if (!e.problems.empty()) {
        if (parser.isSet(jsonOption)) {
            QJsonArray problems;
            for (const ExpositionProblem& p : e.problems)
                problems.append(QJsonObject{
                    {u"line"_s, p.line}, {u"code"_s, p.codeName()}, {u"message"_s, p.sentence()}});
            printJson(QJsonObject{{u"file"_s, path}, {u"format"_s, formatName}, {u"problems"_s, problems}});
            return ExitFailure;
        }
        QString out;
        for (const ExpositionProblem& p : e.problems)
            out += path + u':' + QString::number(p.line) + u": "_s + p.sentence() + u" ["_s + p.codeName() +
                   u"]\n"_s;
        CliContext::printErr(out);
        return CliContext::reportError(
            e.problems.front().toError(),
            QCoreApplication::translate(
                "capataz::cli",
                "%n lines of the file are not valid %1 text; fix them, or try the other "
                "--format.",
                nullptr, int(e.problems.size()))
                .arg(formatName),
            ExitFailure);
    }
    if (parser.isSet(jsonOption))
        printJsonExposition(path, formatName, e);
    else
        printText(e);
    return ExitOk;
}

} // namespace

int runMetricsCommand(CliContext& ctx, const QStringList& args)
{
    if (!args.isEmpty() && args.first() == u"parse")
        return parseCommand(ctx, args.mid(1));
    if (!args.isEmpty() && args.first() == u"alerts")
        return runMetricsAlertsCommand(ctx, args.mid(1));
    if (!args.isEmpty() && args.first() == u"query")
        return runMetricsQueryCommand(ctx, args.mid(1));
    if (!args.isEmpty())
        return runMetricsScrapeCommand(ctx, args); // metrics SERVER | --help: MetricsScrapeCommand.h
    return CliContext::usageError(tr("expected 'metrics parse FILE' or 'metrics query --file FILE EXPR'"),
                                  u"metrics"_s);
}

} // namespace capataz::cli
