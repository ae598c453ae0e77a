#include "MetricsQueryCommand.h"

#include "CliContext.h"
#include "MetricsResultOutput.h"
#include "MetricsText.h"
#include "ProfileOutput.h"
#include "metrics/ExpositionParser.h"
#include "metrics/QueryEngine.h"
#include "metrics/QueryLexer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <charconv>
#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace capataz::metrics;

namespace capataz::cli {

namespace {

const QString kCommand = u"metrics query"_s;

QString tr(const char* text)
{
    return QCoreApplication::translate("capataz::cli", text);
}

} // namespace

std::optional<qint64> parseTime(const QString& text, bool allowIso)
{
    bool ok = false;
    const double s = text.toDouble(&ok);
    if (ok && std::isfinite(s))
        return qint64(std::llround(s * 1000));
    if (!allowIso)
        return std::nullopt;
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    return dt.toMSecsSinceEpoch();
}

namespace {

QString moreLinesUnreadable(int n)
{
    return QCoreApplication::translate("capataz::cli", "%n more lines could not be read", nullptr, n);
}

} // namespace

int readHistoryFile(const QString& path, SeriesSet& data)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return CliContext::reportError(Error{file.exists() ? ErrorCode::LocalFileError : ErrorCode::NotFound,
                                             path + u": "_s + file.errorString()},
                                       tr("Check the path of the file."), ExitFailure);
    const QByteArray bytes = file.readAll();
    const ExpositionFormat format =
        path.endsWith(u".om"_s) ? ExpositionFormat::OpenMetrics : ExpositionFormat::Prometheus;
    // Lenient: a history file holds each series at many times, time after time, which breaks the
    // rules OpenMetrics sets for one scrape (series grouped, the buckets, count and sum of a histogram
    // together); promtool reads such files without them, and so does this. Only lines that could
    // not be read (their samples left out) are reported, the first ten of them.
    const Exposition e =
        parseExpositionLenient(std::string_view(bytes.constData(), size_t(bytes.size())), format);
    std::vector<const ExpositionProblem*> unreadable;
    for (const ExpositionProblem& p : e.problems)
        if (p.code <= ExpositionProblem::Code::UnknownType) // else a rule of one scrape, the sample kept
            unreadable.push_back(&p);
    for (size_t i = 0; i < std::min<size_t>(unreadable.size(), 10); ++i)
        CliContext::warn(path + u':' + QString::number(unreadable[i]->line) + u": "_s +
                         unreadable[i]->sentence());
    if (const int more = int(unreadable.size()) - 10; more > 0)
        CliContext::warn(moreLinesUnreadable(more));
    const qsizetype untimed = data.addExposition(e);
    data.finish();
    if (untimed > 0)
        CliContext::warn(QCoreApplication::translate(
            "capataz::cli", "%n samples without a timestamp were left out", nullptr, int(untimed)));
    return ExitOk;
}

int runMetricsQueryCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(
        u"json"_s, tr("Print JSON as Prometheus's HTTP API answers: {resultType, result}."));
    const QCommandLineOption fileOption(
        u"file"_s, tr("The samples: an exposition file with timestamps (OpenMetrics when it ends in .om)."),
        u"FILE"_s);
    const QCommandLineOption atOption(u"at"_s, tr("Evaluate at this time: Unix seconds or ISO 8601."),
                                      u"T"_s);
    const QCommandLineOption rangeOption(
        u"range"_s, tr("Evaluate at START, START+STEP, ... up to END (Unix seconds; STEP such as 15s)."),
        u"START:END:STEP"_s);
    parser.addOptions({jsonOption, fileOption, atOption, rangeOption});
    parser.addPositionalArgument(u"EXPR"_s, tr("The PromQL expression."), u"EXPR"_s);
    if (auto stop =
            ctx.parse(parser, args,
                      {kCommand, u"--file HISTORY.om EXPR (--at T | --range START:END:STEP) [--json]"_s,
                       tr("Evaluates EXPR over the samples of the file, at one time or over a range, "
                          "as Prometheus would over the same data.")}))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return CliContext::usageError(tr("metrics query needs exactly one EXPR"), kCommand);
    if (!parser.isSet(fileOption))
        return CliContext::usageError(tr("metrics query needs --file"), kCommand);
    if (parser.isSet(atOption) == parser.isSet(rangeOption))
        return CliContext::usageError(tr("give either --at or --range"), kCommand);

    qint64 at = 0;
    qint64 start = 0;
    qint64 end = 0;
    qint64 step = 0;
    const bool range = parser.isSet(rangeOption);
    if (range) {
        const QStringList parts = parser.value(rangeOption).split(u':');
        const std::optional<qint64> s = parts.size() == 3 ? parseTime(parts[0], false) : std::nullopt;
        const std::optional<qint64> e = parts.size() == 3 ? parseTime(parts[1], false) : std::nullopt;
        const std::optional<qint64> st = parts.size() == 3 ? parseStep(parts[2]) : std::nullopt;
        if (!s || !e || !st)
            return CliContext::usageError(
                tr("--range must be START:END:STEP (Unix seconds, a step such as 15s), not '%1'")
                    .arg(parser.value(rangeOption)),
                kCommand);
        start = *s;
        end = *e;
        step = *st;
    } else {
        const std::optional<qint64> t = parseTime(parser.value(atOption), true);
        if (!t)
            return CliContext::usageError(
                tr("--at must be Unix seconds or an ISO 8601 time, not '%1'").arg(parser.value(atOption)),
                kCommand);
        at = *t;
    }

    const QString expr = positional.first();
    const auto query = parseQuery(expr);
    if (!query) {
        const QueryError& e = query.error();
        if (e.position > 0 && !parser.isSet(jsonOption))
            CliContext::printErr(u"  "_s + expr + u"\n  "_s + QString(e.position - 1, u' ') + u"^ "_s +
                                 e.sentence() + u'\n');
        return CliContext::reportError(e.toError(), tr("Fix the expression at the column shown."),
                                       ExitFailure);
    }

    SeriesSet data;
    if (const int exit = readHistoryFile(parser.value(fileOption), data); exit != ExitOk)
        return exit;

    const auto result =
        range ? evaluateRange(*query, data, start, end, step) : evaluateInstant(*query, data, at);
    if (!result)
        return CliContext::reportError(result.error().toError(),
                                       tr("Check the expression and the time range."), ExitFailure);
    if (parser.isSet(jsonOption))
        printJson(queryResultJson(*result, range));
    else
        CliContext::print(queryResultText(*result, range));
    return ExitOk;
}

} // namespace capataz::cli
