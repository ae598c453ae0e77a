#include "MetricsScrapeCommand.h"

#include "CliConnect.h"
#include "CliContext.h"
#include "ErrorHints.h"
#include "InterruptWatcher.h"
#include "MetricsPrometheusCommand.h"
#include "MetricsResultOutput.h"
#include "MetricsScrapeQuery.h"
#include "MetricsText.h"
#include "ProfileOutput.h"
#include "common/WorkerThread.h"
#include "metrics/QueryEngine.h"
#include "metrics/QueryLexer.h"
#include "metrics/ScrapeTarget.h"
#include "metrics/TargetScraper.h"
#include "ssh/Connection.h"
#include "stack/RecipeLoader.h"
#include "store/RolePolicy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

#include <charconv>
#include <cmath>
#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace capataz::metrics;

namespace capataz::cli {

namespace {

const QString kCommand = u"metrics"_s;

QString tr(const char* text)
{
    return QCoreApplication::translate("capataz::cli", text);
}

using metricstext::utf8;

using metricstext::number;

QString labelText(const Exposition& e, quint32 labels)
{
    QStringList parts;
    for (const Label& l : e.labels(labels)) {
        QString v = utf8(l.value);
        v.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s).replace(u"\n"_s, u"\\n"_s);
        parts << utf8(l.name) + u"=\""_s + v + u'"';
    }
    return parts.isEmpty() ? QString() : u'{' + parts.join(u',') + u'}';
}

QJsonObject labelJson(const Exposition& e, quint32 labels)
{
    QJsonObject o;
    for (const Label& l : e.labels(labels))
        o.insert(utf8(l.name), utf8(l.value));
    return o;
}

QString familiesText(const Exposition& e)
{
    QString out;
    for (const MetricFamily& f : e.families) {
        out += u"# "_s + utf8(e.name(f.name)) + u' ' + metricTypeName(f.type);
        if (!f.help.empty())
            out += u" - "_s + utf8(f.help).replace(u'\n', u' ');
        out += u'\n';
        for (quint32 i = f.firstSample; i < f.firstSample + f.sampleCount; ++i) {
            const Sample& s = e.samples[i];
            out += u"  "_s + utf8(e.name(s.name)) + labelText(e, s.labels) + u' ' + number(s.value);
            if (s.timestampMs != kNoTimestamp)
                out += u' ' + QString::number(s.timestampMs);
            out += u'\n';
        }
    }
    return out;
}

QJsonArray familiesJson(const Exposition& e)
{
    QJsonArray families;
    for (const MetricFamily& f : e.families) {
        QJsonArray samples;
        for (quint32 i = f.firstSample; i < f.firstSample + f.sampleCount; ++i) {
            const Sample& s = e.samples[i];
            samples.append(QJsonObject{{u"name"_s, utf8(e.name(s.name))},
                                       {u"labels"_s, labelJson(e, s.labels)},
                                       {u"value"_s, number(s.value)},
                                       {u"timestamp_ms"_s, s.timestampMs == kNoTimestamp
                                                               ? QJsonValue()
                                                               : QJsonValue(double(s.timestampMs))}});
        }
        families.append(QJsonObject{{u"name"_s, utf8(e.name(f.name))},
                                    {u"type"_s, metricTypeName(f.type)},
                                    {u"help"_s, utf8(f.help)},
                                    {u"samples"_s, samples}});
    }
    return families;
}

// A target that failed (an optional one that is absent is not a failure).
bool failed(const ScrapeStatus& s)
{
    return s.state != ScrapeStatus::State::Ok && s.state != ScrapeStatus::State::Absent;
}

// The query over what was scraped, at the last scrape's time; printed as `metrics query` does.
void printScrapeQuery(const Query& query, const std::vector<std::unique_ptr<TargetScraper>>& scrapers,
                      const QString& server, bool json, int& exit)
{
    SeriesSet data;
    qint64 at = 0;
    for (const auto& s : scrapers) {
        const ScrapeStatus& st = s->status();
        if (st.state != ScrapeStatus::State::Ok)
            continue;
        addScrape(data, s->exposition(), st.target, st.lastSuccessMs);
        at = std::max(at, st.lastSuccessMs);
    }
    data.finish();
    const auto result = evaluateInstant(query, data, at);
    if (!result) {
        exit = CliContext::reportError(result.error().toError(), tr("Check the expression."), ExitFailure);
        return;
    }
    if (json) {
        QJsonObject o = queryResultJson(*result, false);
        o.insert(u"server"_s, server);
        o.insert(u"time"_s, double(at) / 1000);
        printJson(o);
    } else {
        CliContext::print(queryResultText(*result, false));
    }
}

int scrapeAll(const ssh::ConnectionSettings& settings, const QString& server,
              const QList<ScrapeTarget>& targets, bool json, const Query* query = nullptr)
{
    ssh::Connection conn(settings);
    if (const auto stop = connectOrReport(conn, server))
        return *stop;

    // Parsing happens on a worker thread, as in the console.
    WorkerThread thread(u"capataz-metrics"_s);
    QObject* worker = thread.context();

    QEventLoop loop;
    InterruptWatcher interrupts;
    int interruptedBy = 0;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &loop, [&](int sig) {
        interruptedBy = sig;
        loop.quit();
    });
    std::vector<std::unique_ptr<TargetScraper>> scrapers;
    int running = 0;
    for (const ScrapeTarget& t : targets) {
        scrapers.push_back(std::make_unique<TargetScraper>(t, nullptr));
        QObject::connect(scrapers.back().get(), &TargetScraper::finished, &loop, [&] {
            if (--running == 0)
                loop.quit();
        });
    }
    for (const auto& s : scrapers)
        running += s->scrape(conn, worker, 15'000) ? 1 : 0;
    if (running > 0)
        loop.exec();
    for (const auto& s : scrapers)
        s->cancel();
    thread.stop();
    if (interruptedBy)
        return 128 + interruptedBy;

    bool anyFailed = false;
    bool anyOk = false;
    QJsonArray out;
    QString text;
    for (const auto& s : scrapers) {
        const ScrapeStatus& st = s->status();
        anyFailed = anyFailed || failed(st);
        anyOk = anyOk || st.state == ScrapeStatus::State::Ok;
        if (query) {
            if (failed(st))
                CliContext::printErr(u"capataz-cli: "_s + st.sentence() + u"\n  "_s + st.error.toString() +
                                     u'\n');
            continue;
        }
        if (json) {
            QJsonObject o{{u"target"_s, st.target.address()},
                          {u"job"_s, st.target.job},
                          {u"state"_s, ScrapeStatus::stateName(st.state)},
                          {u"message"_s, st.sentence()},
                          {u"duration_ms"_s, double(st.durationMs)},
                          {u"http_status"_s, st.httpStatus},
                          {u"samples"_s, double(st.samples)},
                          {u"problems"_s, st.problems}};
            o.insert(u"error"_s, st.error.isError()
                                     ? QJsonValue(QJsonObject{{u"code"_s, st.error.codeName()},
                                                              {u"detail"_s, st.error.plainDetail()}})
                                     : QJsonValue());
            if (st.state == ScrapeStatus::State::Ok)
                o.insert(u"families"_s, familiesJson(s->exposition()));
            out.append(o);
            continue;
        }
        text += u"== "_s + st.target.address() + u" ("_s + st.target.job + u"): "_s + st.sentence() + u'\n';
        if (st.state == ScrapeStatus::State::Ok)
            text += familiesText(s->exposition());
        else if (failed(st))
            CliContext::printErr(u"capataz-cli: "_s + st.sentence() + u"\n  "_s + st.error.toString() +
                                 u'\n');
    }
    int exit = ExitOk;
    if (query) {
        if (anyOk) // else nothing answered: said below
            printScrapeQuery(*query, scrapers, server, json, exit);
    } else if (json)
        printJson(QJsonObject{{u"server"_s, server}, {u"targets"_s, out}});
    else
        CliContext::print(text);
    if (exit != ExitOk)
        return exit;
    if (anyFailed)
        return ExitFailure;
    if (!anyOk)
        return CliContext::reportError(
            Error{ErrorCode::NotFound, u"no target of %1 answered"_s.arg(server)},
            tr("Name the service's metrics endpoint with --target HOST:PORT/PATH (for example "
               "127.0.0.1:8000/metrics)."),
            ExitFailure);
    return ExitOk;
}

} // namespace

int runMetricsScrapeCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption target(
        u"target"_s,
        tr("Scrape HOST:PORT/PATH as the server sees it (repeat for more; default: the recipe's "
           "/metrics and node-exporter)."),
        u"HOST:PORT/PATH"_s);
    const QCommandLineOption json(u"json"_s,
                                  tr("Print JSON: {server, targets: [{target, state, message, error, "
                                     "families}]}."));
    const QCommandLineOption password(u"password-stdin"_s,
                                      tr("Read the login password (or key passphrase) from stdin."));
    const QCommandLineOption acceptNew(u"accept-new"_s,
                                       tr("Trust the server's host key if none is known yet."));
    const QCommandLineOption query(
        u"query"_s,
        tr("Ask the Prometheus server of the profile (servers add --prometheus) for this PromQL expression; "
           "without one, evaluate it now over one scrape of the targets."),
        u"EXPR"_s);
    const QCommandLineOption range(
        u"range"_s,
        tr("With --query and a Prometheus server: over the last RANGE (such as 1h), one point per step."),
        u"RANGE"_s);
    const QCommandLineOption step(u"step"_s, tr("With --range: the step (default 15s)."), u"STEP"_s,
                                  u"15s"_s);
    parser.addOptions({target, json, password, acceptNew, query, range, step});
    parser.addPositionalArgument(u"SERVER"_s, tr("The server profile."));
    if (auto exit =
            ctx.parse(parser, args,
                      {kCommand,
                       u"SERVER [--target HOST:PORT/PATH]... [--json] | SERVER --query EXPR [--range 1h] "
                       u"[--step 15s] [--json]"_s,
                       tr("Scrapes the server's metrics once through the SSH connection (no port "
                          "opened) and prints the families and samples, or why a target failed (exit "
                          "1). Reading metrics changes nothing.")}))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return CliContext::usageError(tr("metrics needs one SERVER"), kCommand);
    const QString server = positional.first();

    const bool asking = parser.isSet(query);
    if (!asking && (parser.isSet(range) || parser.isSet(step)))
        return CliContext::usageError(tr("--range and --step go with --query"), kCommand);
    PrometheusAsk ask;
    ask.server = server;
    ask.query = parser.value(query);
    ask.json = parser.isSet(json);
    if (parser.isSet(range)) {
        const std::optional<qint64> r = parseDuration(parser.value(range));
        if (!r || *r <= 0)
            return CliContext::usageError(
                tr("--range must be a duration such as 1h or 30m, not '%1'").arg(parser.value(range)),
                kCommand);
        ask.rangeMs = *r;
    }
    if (parser.isSet(step)) {
        const std::optional<qint64> s = parseStep(parser.value(step));
        if (!s)
            return CliContext::usageError(
                tr("--step must be a duration such as 15s, not '%1'").arg(parser.value(step)), kCommand);
        ask.stepMs = *s;
    }
    if (asking && ask.query.trimmed().isEmpty())
        return CliContext::usageError(tr("--query needs an expression"), kCommand);

    QList<ScrapeTarget> targets;
    for (const QString& t : parser.values(target)) {
        auto parsed = parseScrapeTarget(t);
        if (!parsed)
            return CliContext::usageError(parsed.error().detail, kCommand);
        targets << *parsed;
    }

    auto found = findServer(ctx, server, ExitFailure);
    if (!found)
        return found.error();
    auto& [store, profile] = *found;
    // Checked before any secret is read or any connection is made.
    if (auto allowed = store::mayReadMetrics(profile); !allowed)
        return CliContext::reportError(
            allowed.error(), tr("Ask an administrator or support person of the server."), ExitRoleNotAllowed);
    // Without a Prometheus server, --query is evaluated now over one scrape (read before connecting).
    std::optional<Query> scrapeQuery;
    if (asking && profile.prometheusUrl.isEmpty()) {
        if (ask.rangeMs)
            return CliContext::usageError(tr("--range needs the profile's Prometheus server (servers add "
                                             "--prometheus URL): one scrape is one moment"),
                                          kCommand);
        auto q = parseQuery(ask.query);
        if (!q) {
            const QueryError& e = q.error();
            if (e.position > 0 && !ask.json)
                CliContext::printErr(u"  "_s + ask.query + u"\n  "_s + QString(e.position - 1, u' ') +
                                     u"^ "_s + e.sentence() + u'\n');
            return CliContext::reportError(e.toError(), tr("Fix the expression at the column shown."),
                                           ExitFailure);
        }
        scrapeQuery = std::move(*q);
    } else if (asking) {
        if (parser.isSet(target))
            return CliContext::usageError(
                tr("--query asks the profile's Prometheus server; --target scrapes"), kCommand);
        auto endpoint = parsePrometheusUrl(profile.prometheusUrl);
        if (!endpoint)
            return CliContext::reportError(endpoint.error(), storeHint(endpoint.error()), ExitFailure);
        ask.endpoint = *endpoint;
    }
    if (targets.isEmpty())
        targets = defaultTargets(profile.projectDir, stack::builtinRecipes());

    auto settings = profileSettings(
        ctx, profile, store,
        {.passwordFromStdin = parser.isSet(password),
         .sudoPasswordFromStdin = false,
         .needsSudoPassword = false},
        parser.isSet(acceptNew) ? ssh::HostKeyPolicy::AcceptNew : ssh::HostKeyPolicy::Strict, ExitFailure);
    if (!settings)
        return settings.error();
    if (asking && !scrapeQuery)
        return askPrometheus(*settings, ask);
    return scrapeAll(*settings, server, targets, parser.isSet(json), scrapeQuery ? &*scrapeQuery : nullptr);
}

} // namespace capataz::cli
