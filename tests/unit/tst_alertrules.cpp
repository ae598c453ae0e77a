// The rules a server starts with and the user's own rules file: every shipped recipe's alerts
// become rules whose expressions parse, the project's recipe rules come with node-exporter's
// defaults, the seeds' rules fire over the series Capataz's scraper writes (job "service"), and
// alerts/server-<id>.json round-trips, refuses bad rules with a sentence naming the rule and keeps
// the previous file.
#include "metrics/AlertEngine.h"
#include "metrics/AlertRuleFile.h"
#include "metrics/DefaultAlertRules.h"
#include "stack/Recipe.h"
#include "stack/RecipeLoader.h"
#include "store/DataDir.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace capataz;
using namespace capataz::metrics;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString sourceDir = QStringLiteral(CAPATAZ_SOURCE_DIR);

QList<stack::Recipe> shippedRecipes()
{
    auto r = stack::loadRecipesFrom(sourceDir + u"/resources/recipes"_s);
    return r ? *r : QList<stack::Recipe>{};
}

const AlertRule* find(const QList<AlertRule>& rules, const QString& name)
{
    for (const AlertRule& r : rules)
        if (r.name == name)
            return &r;
    return nullptr;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

LabelSet ls(std::initializer_list<std::pair<const char*, const char*>> labels)
{
    std::vector<LabelPair> pairs;
    for (const auto& [n, v] : labels)
        pairs.push_back({n, v});
    return LabelSet(std::move(pairs));
}

} // namespace

class TestAlertRules : public QObject {
    Q_OBJECT

private slots:
    void everyRecipeAlertParses();
    void defaultsOfAProject();
    void defaultsWithoutARecipe();
    void seedRulesFireOverScrapedSeries();
    void roundTrip();
    void badFileSaysWhyAndKeepsThePrevious_data();
    void badFileSaysWhyAndKeepsThePrevious();
    void refusedSaveLeavesTheFile();
    void fileInTheDataDirectory();
};

void TestAlertRules::everyRecipeAlertParses()
{
    const QList<stack::Recipe> recipes = shippedRecipes();
    QVERIFY(recipes.size() >= 5);
    int alerts = 0;
    for (const stack::Recipe& recipe : recipes) {
        for (const stack::RecipeAlert& a : recipe.alerts) {
            const auto rule = recipeAlertRule(a);
            QVERIFY2(rule, qPrintable(recipe.id + u": "_s + a.name));
            QVERIFY2(parseQuery(rule->expr), qPrintable(recipe.id + u": "_s + rule->expr));
            QVERIFY2(!rule->summaryEn.isEmpty() && !rule->summaryEs.isEmpty(), qPrintable(a.name));
            // Capataz labels the recipe's /metrics job="service": a rule on another job never fires.
            if (rule->expr.startsWith(u"up{"_s))
                QVERIFY2(rule->expr.startsWith(uR"(up{job="service"})"_s), qPrintable(rule->expr));
            ++alerts;
        }
    }
    QVERIFY(alerts >= 10);
}

void TestAlertRules::defaultsOfAProject()
{
    const QList<AlertRule> rules = defaultAlertRules(u"/opt/bovine-weight-estimation/"_s, shippedRecipes());
    const AlertRule* confidence = find(rules, u"MLPrecisionBelowThreshold"_s);
    QVERIFY(confidence);
    QCOMPARE(confidence->expr, u"avg(weighing_estimation_confidence) < 0.95"_s);
    QCOMPARE(confidence->forMs, 5 * 60'000);
    QCOMPARE(confidence->severity, AlertSeverity::Critical);
    QCOMPARE(confidence->summary(u"es"_s), u"Precisión ML <95% en Hacienda Gamelera"_s);
    QCOMPARE(confidence->summary(u"en_GB"_s), u"ML confidence below 95%"_s);
    QVERIFY(find(rules, u"BackendDown"_s));
    QVERIFY(find(rules, u"NodeMemoryHigh"_s));
    QVERIFY(find(rules, u"NodeDiskFull"_s));
    // The recipe's BackendDown watches the service: TargetDown leaves it out (one message).
    QCOMPARE(find(rules, u"TargetDown"_s)->expr, uR"(up{job!="service"} == 0)"_s);
}

void TestAlertRules::defaultsWithoutARecipe()
{
    const QList<AlertRule> rules = defaultAlertRules(u"/srv/something-else"_s, shippedRecipes());
    QStringList names;
    for (const AlertRule& r : rules)
        names << r.name;
    QCOMPARE(names, (QStringList{u"NodeMemoryHigh"_s, u"NodeDiskFull"_s, u"TargetDown"_s}));
    QCOMPARE(find(rules, u"TargetDown"_s)->expr, u"up == 0"_s);
    QVERIFY(find(rules, u"NodeMemoryHigh"_s)->builtin);
}

void TestAlertRules::seedRulesFireOverScrapedSeries()
{
    // invoice-bot's HighErrorRate and the cattle-weight BackendDown, over 10 minutes of samples
    // labelled as Capataz's scraper labels them.
    const qint64 t0 = 1'700'000'000'000;
    SeriesSet data;
    auto counter = [&](const char* status, double perStep) {
        std::vector<Point> points;
        for (int i = 0; i <= 40; ++i)
            points.push_back({t0 + i * 15'000, perStep * i});
        data.add(ls({{"__name__", "jewelry_requests_total"}, {"job", "service"}, {"status", status}}),
                 points);
    };
    counter("200", 50);
    counter("503", 5); // 9 %
    std::vector<Point> down;
    for (int i = 0; i <= 40; ++i)
        down.push_back({t0 + i * 15'000, 0});
    data.add(ls({{"__name__", "up"}, {"job", "service"}, {"instance", "127.0.0.1:8000"}}), down);
    data.finish();

    QList<AlertRule> rules = defaultAlertRules(u"/opt/bovine-weight-estimation"_s, shippedRecipes());
    for (const AlertRule& r : defaultAlertRules(u"/opt/facturacionjoyeriasbot"_s, shippedRecipes()))
        if (r.name == u"HighErrorRate"_s)
            rules << r;
    QVERIFY2(find(rules, u"HighErrorRate"_s), "the invoice-bot recipe lives elsewhere");
    AlertEngine engine;
    engine.setRules(rules);
    for (int i = 0; i <= 40; ++i)
        engine.evaluate(data, t0 + i * 15'000);
    QCOMPARE(engine.status(u"HighErrorRate"_s)->state, AlertState::Firing);
    QCOMPARE(engine.status(u"BackendDown"_s)->state, AlertState::Firing);
    QCOMPARE(engine.status(u"TargetDown"_s)->state, AlertState::NoData); // no other target here
    QCOMPARE(engine.status(u"NodeMemoryHigh"_s)->state, AlertState::NoData);
}

void TestAlertRules::roundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"alerts/server-7.json"_s);
    QList<AlertRule> rules = nodeExporterAlertRules();
    AlertRule own;
    own.name = u"SlowInvoices"_s;
    own.expr = u"histogram_quantile(0.99, sum(rate(jewelry_request_duration_seconds_bucket[5m])) by (le))"_s;
    own.comparison = AlertComparison::GreaterOrEqual;
    own.threshold = 2.5;
    own.forMs = 90'000;
    own.severity = AlertSeverity::Info;
    own.summaryEn = u"p99 {{ $value }} s"_s;
    own.summaryEs = u"p99 de {{ $value }} s"_s;
    rules << own;
    rules[0].enabled = false; // turned off in the console: kept as "enabled": false
    QVERIFY(saveAlertRules(path, rules));
    const auto loaded = loadAlertRules(path);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    QCOMPARE(*loaded, rules);
    QVERIFY(!QFile::exists(path + u".bak"_s)); // nothing before it
}

void TestAlertRules::badFileSaysWhyAndKeepsThePrevious_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("says");
    QTest::newRow("not json") << QByteArray("{\"version\": 1, \"rules\": [") << u"not valid JSON"_s;
    QTest::newRow("other json") << QByteArray("[1, 2]") << u"not an alert rules file"_s;
    QTest::newRow("no name") << QByteArray(R"({"version":1,"rules":[{"expr":"up == 0"}]})")
                             << u"rule 1: it has no name"_s;
    QTest::newRow("bad expr") << QByteArray(R"({"version":1,"rules":[{"name":"A","expr":"rate(x[5m]"}]})")
                              << u"rule 1 (A): the expression cannot be read: column"_s;
    QTest::newRow("bad for") << QByteArray(
                                    R"({"version":1,"rules":[{"name":"A","expr":"up == 0","for":"soon"}]})")
                             << u"'soon' is not a duration"_s;
    QTest::newRow("same name")
        << QByteArray(R"({"version":1,"rules":[{"name":"A","expr":"up"},{"name":"A","expr":"up"}]})")
        << u"rule 2 (A): another rule has the same name"_s;
}

void TestAlertRules::badFileSaysWhyAndKeepsThePrevious()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, says);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"server-3.json"_s);
    QVERIFY(saveAlertRules(path, nodeExporterAlertRules()));
    QVERIFY(saveAlertRules(path, nodeExporterAlertRules().mid(0, 2))); // the first version goes to .bak
    QVERIFY(writeAll(path, content));                                  // spoilt by hand
    const auto loaded = loadAlertRules(path);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, ErrorCode::ParseError);
    QVERIFY2(loaded.error().detail.startsWith(path + u": "_s), qPrintable(loaded.error().detail));
    QVERIFY2(loaded.error().detail.contains(says), qPrintable(loaded.error().detail));
    const auto previous = loadAlertRules(path + u".bak"_s);
    QVERIFY(previous);
    QCOMPARE(*previous, nodeExporterAlertRules());
}

void TestAlertRules::refusedSaveLeavesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"server-4.json"_s);
    QVERIFY(saveAlertRules(path, nodeExporterAlertRules()));
    const QByteArray before = readAll(path);
    QList<AlertRule> bad = nodeExporterAlertRules();
    bad[1].expr = u"sum(node_filesystem_avail_bytes"_s;
    const auto saved = saveAlertRules(path, bad);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, ErrorCode::ParseError);
    QVERIFY2(saved.error().detail.contains(u"rule 2 (NodeDiskFull)"_s), qPrintable(saved.error().detail));
    QCOMPARE(readAll(path), before);
    QVERIFY(!QFile::exists(path + u".bak"_s));
}

void TestAlertRules::fileInTheDataDirectory()
{
    QTemporaryDir dir;
    store::setDataDirectoryOverride(dir.path());
    QCOMPARE(alertRulesFile(12), dir.filePath(u"alerts/server-12.json"_s));
    QVERIFY(alertRulesFile(0).isEmpty());
    QCOMPARE(loadAlertRules(alertRulesFile(12)).error().code, ErrorCode::NotFound); // the defaults apply
    store::setDataDirectoryOverride({});
}

QTEST_GUILESS_MAIN(TestAlertRules)
#include "tst_alertrules.moc"
