#include "MetricsAlertsCommand.h"

#include "CliConnect.h"
#include "CliContext.h"
#include "CliLanguage.h"
#include "ErrorHints.h"
#include "InterruptWatcher.h"
#include "MetricsQueryCommand.h"
#include "MetricsText.h"
#include "ProfileOutput.h"
#include "common/WorkerThread.h"
#include "metrics/AlertEngine.h"
#include "metrics/AlertRuleFile.h"
#include "metrics/DefaultAlertRules.h"
#include "metrics/ScrapeTarget.h"
#include "metrics/SeriesStore.h"
#include "metrics/StoreSeriesSet.h"
#include "metrics/TargetScraper.h"
#include "ssh/Connection.h"
#include "stack/RecipeLoader.h"
#include "store/RolePolicy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace capataz::metrics;

namespace capataz::cli {

namespace {

const QString kCommand = u"metrics alerts"_s;
constexpr qint64 kStepMs = 15'000;

QString tr(const char* text)
{
    return QCoreApplication::translate("capataz::cli", text);
}

// The language of the messages (the recipe's summaries are chosen by it): "es" or "en".
QString language()
{
    return cliLanguage(qgetenv("LC_ALL"), qgetenv("LC_MESSAGES"), qgetenv("LANG"));
}

QJsonObject labelJson(const LabelSet& labels)
{
    QJsonObject o;
    for (const LabelPair& l : labels.pairs())
        o.insert(metricstext::utf8(l.name), metricstext::utf8(l.value));
    return o;
}

QJsonValue timeJson(qint64 ms)
{
    return ms > 0 ? QJsonValue(double(ms) / 1000) : QJsonValue();
}

// Prints every rule's state; the exit code: 3 something fires, 1 a rule cannot be evaluated, 0.
int printStatuses(const AlertEngine& engine, qint64 atMs, bool json, const QString& source)
{
    const QString lang = language();
    int firing = 0;
    int errors = 0;
    QJsonArray rules;
    QString text;
    for (const AlertRuleStatus& s : engine.statuses()) {
        firing += s.state == AlertState::Firing ? 1 : 0;
        errors += s.state == AlertState::Error ? 1 : 0;
        if (json) {
            QJsonArray instances;
            for (const AlertInstance& i : s.instances)
                instances.append(QJsonObject{{u"labels"_s, labelJson(i.labels)},
                                             {u"state"_s, alertStateName(i.state)},
                                             {u"value"_s, metricstext::number(i.value)},
                                             {u"active_since"_s, timeJson(i.activeSinceMs)},
                                             {u"firing_since"_s, timeJson(i.firingSinceMs)},
                                             {u"resolved_at"_s, timeJson(i.resolvedAtMs)}});
            rules.append(
                QJsonObject{{u"name"_s, s.rule.name},
                            {u"severity"_s, alertSeverityName(s.rule.severity)},
                            {u"condition"_s, s.rule.condition()},
                            {u"for_seconds"_s, double(s.rule.forMs) / 1000},
                            {u"state"_s, alertStateName(s.state)},
                            {u"message"_s, s.describe(lang)},
                            {u"error"_s, s.error ? QJsonValue(QJsonObject{{u"code"_s, s.error->codeName()},
                                                                          {u"detail"_s, s.error->describe()}})
                                                 : QJsonValue()},
                            {u"instances"_s, instances}});
            continue;
        }
        text +=
            s.rule.name + u" ("_s + alertSeverityName(s.rule.severity) + u"): "_s + s.describe(lang) + u'\n';
        for (const AlertInstance& i : s.instances) {
            if (i.state == AlertState::Inactive)
                continue;
            const QString labels =
                i.labels.empty() ? QString() : metricstext::utf8(i.labels.toString()) + u' ';
            text += u"  "_s + labels + alertStateText(i.state) + u", "_s +
                    tr("value %1").arg(metricstext::number(i.value)) + u'\n';
        }
    }
    if (json) {
        printJson(QJsonObject{{u"source"_s, source},
                              {u"evaluated_at"_s, double(atMs) / 1000},
                              {u"firing"_s, firing},
                              {u"rules"_s, rules}});
    } else {
        text += QCoreApplication::translate("capataz::cli", "%n rules firing", nullptr, firing);
        if (errors > 0)
            text += u", "_s + QCoreApplication::translate("capataz::cli", "%n rules cannot be evaluated",
                                                          nullptr, errors);
        text += u'\n';
        CliContext::print(text);
    }
    if (firing > 0)
        return kExitAlertFiring;
    return errors > 0 ? int(ExitFailure) : int(ExitOk);
}

int evaluateFile(const QCommandLineParser& parser, const QCommandLineOption& fileOption,
                 const QCommandLineOption& atOption, const QCommandLineOption& rulesOption, bool json)
{
    QList<AlertRule> rules = nodeExporterAlertRules();
    if (parser.isSet(rulesOption)) {
        auto loaded = loadAlertRules(parser.value(rulesOption));
        if (!loaded)
            return CliContext::reportError(loaded.error(), tr("Fix the rules file, or leave --rules out."),
                                           ExitFailure);
        rules = *loaded;
    }
    std::optional<qint64> at;
    if (parser.isSet(atOption)) {
        at = parseTime(parser.value(atOption), true);
        if (!at)
            return CliContext::usageError(
                tr("--at must be Unix seconds or an ISO 8601 time, not '%1'").arg(parser.value(atOption)),
                kCommand);
    }
    SeriesSet data;
    const QString path = parser.value(fileOption);
    if (const int exit = readHistoryFile(path, data); exit != ExitOk)
        return exit;
    const auto [first, last] = data.timeSpan();
    const qint64 end = at.value_or(last);
    AlertEngine engine;
    engine.setLanguage(language());
    engine.setRules(rules);
    // The clock walks the file as a console watching it would have: `for` and resolutions count.
    const qint64 start = std::max(first, end - 24LL * 3600 * 1000);
    for (qint64 t = start; t < end; t += kStepMs)
        engine.evaluate(data, t);
    engine.evaluate(data, end);
    return printStatuses(engine, end, json, path);
}

// A failed target (an optional one that is absent is not a failure).
bool failed(const ScrapeStatus& s)
{
    return s.state != ScrapeStatus::State::Ok && s.state != ScrapeStatus::State::Absent;
}

int evaluateServer(const ssh::ConnectionSettings& settings, const QString& server,
                   const QList<ScrapeTarget>& targets, const QList<AlertRule>& rules, int waitSeconds,
                   bool json)
{
    ssh::Connection conn(settings);
    if (const auto stop = connectOrReport(conn, server))
        return *stop;
    auto store = std::make_shared<SeriesStore>();
    WorkerThread thread(u"capataz-metrics"_s); // parsing and storing on a worker, as in the console
    QObject* worker = thread.context();
    std::vector<std::unique_ptr<TargetScraper>> scrapers;
    for (const ScrapeTarget& t : targets)
        scrapers.push_back(std::make_unique<TargetScraper>(t, store));

    AlertEngine engine;
    engine.setLanguage(language());
    engine.setRules(rules);
    QEventLoop loop;
    InterruptWatcher interrupts;
    int interruptedBy = 0;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &loop, [&](int sig) {
        interruptedBy = sig;
        loop.quit();
    });
    int running = 0;
    for (const auto& s : scrapers)
        QObject::connect(s.get(), &TargetScraper::finished, &loop, [&] {
            if (--running == 0)
                loop.quit();
        });
    QElapsedTimer elapsed;
    elapsed.start();
    qint64 evaluatedAt = 0;
    bool anyOk = false;
    // Scrapes at 0, 15, 30 ... seconds, up to --wait.
    for (qint64 round = 1;; ++round) {
        running = 0;
        for (const auto& s : scrapers)
            running += s->scrape(conn, worker, 15'000) ? 1 : 0;
        if (running > 0)
            loop.exec();
        if (interruptedBy)
            break;
        // The scraped samples are stored on the worker: wait for it to be done with them.
        QMetaObject::invokeMethod(
            worker, [] {}, Qt::BlockingQueuedConnection);
        evaluatedAt = QDateTime::currentMSecsSinceEpoch();
        engine.evaluate(seriesSetFromStore(*store, evaluatedAt - engine.maxReachMs(), evaluatedAt),
                        evaluatedAt);
        for (const auto& s : scrapers)
            anyOk = anyOk || s->status().state == ScrapeStatus::State::Ok;
        const qint64 next = round * kStepMs;
        if (next > qint64(waitSeconds) * 1000)
            break;
        QTimer::singleShot(int(std::max<qint64>(0, next - elapsed.elapsed())), &loop, &QEventLoop::quit);
        loop.exec();
        if (interruptedBy)
            break;
    }
    for (const auto& s : scrapers)
        s->cancel();
    thread.stop();
    if (interruptedBy)
        return 128 + interruptedBy;
    for (const auto& s : scrapers)
        if (failed(s->status()))
            CliContext::warn(s->status().sentence());
    if (!anyOk)
        return CliContext::reportError(Error{ErrorCode::NotFound, u"no target of %1 answered"_s.arg(server)},
                                       tr("Check that the service and node-exporter run on the server "
                                          "(capataz-cli metrics SERVER shows each target)."),
                                       ExitFailure);
    return printStatuses(engine, evaluatedAt, json, server);
}

} // namespace

int runMetricsAlertsCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s,
                                  tr("Print JSON: {source, evaluated_at, firing, rules: [{name, severity, "
                                     "condition, state, message, error, instances}]}."));
    const QCommandLineOption wait(
        u"wait"_s,
        tr("Scrape and evaluate every 15 s for SECONDS before printing (so a rule's 'for' can pass)."),
        u"SECONDS"_s);
    const QCommandLineOption file(
        u"file"_s, tr("Evaluate over a history file (as metrics query --file) instead."), u"HISTORY"_s);
    const QCommandLineOption at(u"at"_s,
                                tr("With --file: up to this time (Unix seconds or ISO 8601; default: the "
                                   "file's last sample)."),
                                u"T"_s);
    const QCommandLineOption rulesFile(
        u"rules"_s,
        tr("With --file: the rules (JSON, as alerts/server-<id>.json); default: node-exporter's."),
        u"FILE"_s);
    const QCommandLineOption password(u"password-stdin"_s,
                                      tr("Read the login password (or key passphrase) from stdin."));
    const QCommandLineOption acceptNew(u"accept-new"_s,
                                       tr("Trust the server's host key if none is known yet."));
    parser.addOptions({json, wait, file, at, rulesFile, password, acceptNew});
    parser.addPositionalArgument(u"SERVER"_s, tr("The server profile."));
    if (auto exit = ctx.parse(
            parser, args,
            {kCommand,
             u"SERVER [--wait SECONDS] [--json] | --file HISTORY.om [--at T] [--rules FILE] [--json]"_s,
             tr("Evaluates the alert rules over the server's metrics (scraped now) or a history file and "
                "prints "
                "each rule's state. Exit 0: nothing fires; 3: a rule fires; 1: an error. Alerts are "
                "evaluated "
                "only while the console or this command runs.")}))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(file)) {
        if (!positional.isEmpty())
            return CliContext::usageError(tr("give either SERVER or --file"), kCommand);
        return evaluateFile(parser, file, at, rulesFile, parser.isSet(json));
    }
    if (positional.size() != 1)
        return CliContext::usageError(tr("metrics alerts needs one SERVER, or --file"), kCommand);
    if (parser.isSet(at) || parser.isSet(rulesFile))
        return CliContext::usageError(tr("--at and --rules go with --file"), kCommand);
    int waitSeconds = 0;
    if (parser.isSet(wait)) {
        bool ok = false;
        waitSeconds = parser.value(wait).toInt(&ok);
        if (!ok || waitSeconds < 0 || waitSeconds > 24 * 3600)
            return CliContext::usageError(
                tr("--wait must be seconds from 0 to 86400, not '%1'").arg(parser.value(wait)), kCommand);
    }
    const QString server = positional.first();
    auto found = findServer(ctx, server, ExitFailure);
    if (!found)
        return found.error();
    auto& [store, profile] = *found;
    // Checked before any secret is read or any connection is made.
    if (auto allowed = store::mayReadMetrics(profile); !allowed)
        return CliContext::reportError(
            allowed.error(), tr("Ask an administrator or support person of the server."), ExitRoleNotAllowed);
    const QList<stack::Recipe> recipes = stack::builtinRecipes();
    QList<AlertRule> rules = defaultAlertRules(profile.projectDir, recipes);
    if (auto own = loadAlertRules(alertRulesFile(profile.id)); own)
        rules = *own;
    else if (own.error().code != ErrorCode::NotFound)
        CliContext::warn(tr("The server's own alert rules are not used: %1").arg(own.error().plainDetail()));
    auto settings = profileSettings(
        ctx, profile, store,
        {.passwordFromStdin = parser.isSet(password),
         .sudoPasswordFromStdin = false,
         .needsSudoPassword = false},
        parser.isSet(acceptNew) ? ssh::HostKeyPolicy::AcceptNew : ssh::HostKeyPolicy::Strict, ExitFailure);
    if (!settings)
        return settings.error();
    return evaluateServer(*settings, server, defaultTargets(profile.projectDir, recipes), rules, waitSeconds,
                          parser.isSet(json));
}

} // namespace capataz::cli
