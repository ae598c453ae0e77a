// The Metrics tab's panel kinds, fed results as the evaluator gives them: a gauge and a single
// value coloured by their thresholds (and saying so in words), a table of the series' newest
// values, stacked areas whose top is the sum (a legend click takes a series out of the stack),
// thresholds drawn as dashed lines on a line chart; the recipe's kinds and thresholds reach the
// panels; then the ranch's own row (cattle-weight recipe) over fed business metrics, screenshot
// in both languages.
#include "AlertTestSupport.h"
#include "GuiTestSupport.h"
#include "LanguageManager.h"
#include "client/AlertService.h"
#include "client/MetricsService.h"
#include "client/ServerSession.h"
#include "metrics/AlertRuleFile.h"
#include "metrics/Dashboard.h"
#include "metrics/MetricsGauge.h"
#include "metrics/MetricsPanel.h"
#include "metrics/MetricsTab.h"
#include "metrics/SeriesStore.h"
#include "stack/Recipe.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <cmath>

using namespace capataz;
using namespace capataz::test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

ui::PanelSpec spec(ui::PanelKind kind, ui::MetricUnit unit, double warning = kNaN, double critical = kNaN)
{
    ui::PanelSpec s;
    s.id = u"p"_s;
    s.title = u"A panel"_s;
    s.kind = kind;
    s.unit = unit;
    s.queries = {{u"x"_s, {}}};
    s.warning = warning;
    s.critical = critical;
    return s;
}

// A series holding `value` every 10 s over [from, to].
ui::PanelSeries constant(const QString& name, double value, qint64 from, qint64 to)
{
    ui::PanelSeries s;
    s.name = name;
    for (qint64 t = from; t <= to; t += 10'000)
        s.points.append(QPointF(double(t), value));
    s.lastMs = to;
    s.last = value;
    return s;
}

std::string labels(std::initializer_list<std::pair<std::string_view, std::string_view>> pairs)
{
    std::string out;
    for (const auto& [n, v] : pairs)
        metrics::appendEncodedLabel(out, n, v);
    return out;
}

} // namespace

class TestMetricsPanel : public QObject {
    Q_OBJECT
    QTemporaryDir dataDir;
    qint64 now = 0;
    qint64 from = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(dataDir.isValid());
        qputenv("CAPATAZ_DATA_DIR", dataDir.path().toLocal8Bit());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        ui::LanguageManager::instance().setLanguage(u"en"_s);
        now = QDateTime::currentMSecsSinceEpoch();
        from = now - 30 * 60'000;
    }

    void severityFollowsTheThresholds()
    {
        // Higher is worse (warning < critical), lower is worse (warning > critical), a lone one.
        const ui::PanelSpec memory = spec(ui::PanelKind::Gauge, ui::MetricUnit::Percent, 80, 90);
        QCOMPARE(ui::severityOf(memory, 50), ui::Severity::Ok);
        QCOMPARE(ui::severityOf(memory, 85), ui::Severity::Warning);
        QCOMPARE(ui::severityOf(memory, 95), ui::Severity::Critical);
        const ui::PanelSpec confidence = spec(ui::PanelKind::Table, ui::MetricUnit::Percent, 97, 95);
        QCOMPARE(ui::severityOf(confidence, 99), ui::Severity::Ok);
        QCOMPARE(ui::severityOf(confidence, 96), ui::Severity::Warning);
        QCOMPARE(ui::severityOf(confidence, 90), ui::Severity::Critical);
        QCOMPARE(ui::severityOf(spec(ui::PanelKind::Line, ui::MetricUnit::None, 3), 4),
                 ui::Severity::Warning);
        QCOMPARE(ui::severityOf(spec(ui::PanelKind::Line, ui::MetricUnit::None), 4), ui::Severity::None);
        QCOMPARE(ui::severityOf(memory, kNaN), ui::Severity::None);
        // A gauge's scale: a percentage to 100; otherwise past the critical threshold, rounded.
        QCOMPARE(ui::gaugeRange(memory, 42), std::make_pair(0.0, 100.0));
        QCOMPARE(ui::gaugeRange(spec(ui::PanelKind::Gauge, ui::MetricUnit::Seconds, 2.5, 3), 1.2),
                 std::make_pair(0.0, 5.0));
    }

    void aGaugeSaysWhereItsValueStands()
    {
        ui::MetricsPanel panel(spec(ui::PanelKind::Gauge, ui::MetricUnit::Percent, 80, 90));
        panel.resize(400, 240);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setResult({{constant(u"used"_s, 85, from, now)}, {}}, from, now, 45'000);
        QVERIFY(panel.hasData());
        QVERIFY(panel.gauge()->isVisible());
        QCOMPARE(panel.valueText(), u"85.0 %"_s);
        QCOMPARE(panel.severity(), ui::Severity::Warning);
        // Not by colour alone: the state is said in words.
        QVERIFY2(panel.gauge()->accessibleName().contains(u"Warning"_s),
                 qPrintable(panel.gauge()->accessibleName()));
        panel.setResult({{constant(u"used"_s, 95, from, now)}, {}}, from, now, 45'000);
        QCOMPARE(panel.severity(), ui::Severity::Critical);
        // A value that stopped long ago is no value: "No data", not the old number.
        panel.setResult({{constant(u"used"_s, 50, from, now - 20 * 60'000)}, {}}, from, now, 45'000);
        QVERIFY(!panel.hasData());
        QVERIFY(!panel.gauge()->isVisible());
        QCOMPARE(panel.noDataText(), u"No data"_s);
    }

    void aSingleValueIsColouredAndTold()
    {
        ui::MetricsPanel panel(spec(ui::PanelKind::SingleValue, ui::MetricUnit::None, 1, 0.5));
        panel.resize(300, 240);
        panel.show();
        panel.setResult({{constant(u"up"_s, 0, from, now)}, {}}, from, now, 45'000);
        QCOMPARE(panel.valueText(), u"0.00"_s);
        QCOMPARE(panel.severity(), ui::Severity::Critical);
        const QLabel* value = child<QLabel>(&panel, u"metricsPanelValue"_s);
        QCOMPARE(value->palette().color(QPalette::WindowText),
                 ui::severityColor(ui::Severity::Critical, panel.palette()));
        QVERIFY2(value->toolTip().contains(u"Critical"_s), qPrintable(value->toolTip()));
    }

    void aTableShowsEverySeriesNewestValue()
    {
        // Confidence per breed in percent, red under 95, amber under 97; one breed silent.
        ui::MetricsPanel panel(spec(ui::PanelKind::Table, ui::MetricUnit::Percent, 97, 95));
        panel.resize(400, 240);
        panel.show();
        panel.setResult(
            {{constant(u"nelore"_s, 96, from, now), constant(u"brahman"_s, 99, from, now),
              constant(u"girolando"_s, 90, from, now), constant(u"angus"_s, 98, from, now - 20 * 60'000)},
             {}},
            from, now, 45'000);
        QVERIFY(panel.hasData());
        QTableWidget* table = panel.table();
        QVERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 4);
        QStringList names;
        QStringList values;
        for (int r = 0; r < table->rowCount(); ++r) {
            names << table->item(r, 0)->text();
            values << table->item(r, 1)->text();
        }
        QCOMPARE(names, QStringList({u"angus"_s, u"brahman"_s, u"girolando"_s, u"nelore"_s}));
        QCOMPARE(values, QStringList({u"No data"_s, u"99.0 %"_s, u"90.0 %"_s, u"96.0 %"_s}));
        QCOMPARE(table->item(2, 1)->foreground().color(),
                 ui::severityColor(ui::Severity::Critical, panel.palette()));
        QCOMPARE(table->item(3, 1)->foreground().color(),
                 ui::severityColor(ui::Severity::Warning, panel.palette()));
        QVERIFY(table->item(2, 1)->toolTip().contains(u"Critical"_s));
        QCOMPARE(panel.severity(), ui::Severity::Critical); // the worst row
        // Headers are words, translated.
        QCOMPARE(table->horizontalHeaderItem(0)->text(), u"Series"_s);
    }

    void stackedAreasAddUpAndALegendClickTakesOneOut()
    {
        ui::MetricsPanel panel(spec(ui::PanelKind::StackedArea, ui::MetricUnit::None));
        panel.resize(600, 260);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setResult({{constant(u"brahman"_s, 2, from, now), constant(u"nelore"_s, 3, from, now)}, {}},
                        from, now, 45'000);
        QVERIFY(panel.hasData());
        const QList<QAreaSeries*> areas = panel.areaSeries();
        QCOMPARE(areas.size(), 2);
        QCOMPARE(areas[0]->name(), u"brahman"_s);
        QCOMPARE(areas[1]->name(), u"nelore"_s);
        QVERIFY(panel.lineSeries().isEmpty());
        // Never more points than the plot has columns.
        QVERIFY(areas[1]->upperSeries()->count() <= panel.plotColumns());
        auto middle = [](QLineSeries* s) {
            return s->points().at(s->count() / 2).y();
        };
        QCOMPARE(middle(areas[0]->lowerSeries()), 0.0);
        QCOMPARE(middle(areas[0]->upperSeries()), 2.0);
        QCOMPARE(middle(areas[1]->lowerSeries()), 2.0);
        QCOMPARE(middle(areas[1]->upperSeries()), 5.0);
        // The cursor tells each series' own value, not the stack's height.
        panel.setCursorTime((from + now) / 2);
        QVERIFY2(panel.cursorText().contains(u"nelore: 3"_s), qPrintable(panel.cursorText()));
        QVERIFY2(panel.cursorText().contains(u"brahman: 2"_s), qPrintable(panel.cursorText()));
        // Its legend entry takes brahman out: nelore now stands on the ground.
        const QList<QLegendMarker*> markers = panel.chart()->legend()->markers(areas[0]);
        QCOMPARE(markers.size(), 1);
        emit markers.constFirst()->clicked();
        QVERIFY(!areas[0]->isVisible());
        QCOMPARE(middle(areas[1]->lowerSeries()), 0.0);
        QCOMPARE(middle(areas[1]->upperSeries()), 3.0);
        QVERIFY(!panel.cursorText().contains(u"brahman"_s));
        emit markers.constFirst()->clicked();
        QVERIFY(areas[0]->isVisible());
        QCOMPARE(middle(areas[1]->upperSeries()), 5.0);
        // A series that is gone from the result goes from the chart.
        panel.setResult({{constant(u"nelore"_s, 3, from, now)}, {}}, from, now, 45'000);
        QCOMPARE(panel.areaSeries().size(), 1);
    }

    void thresholdsAreDashedLinesOnACharts()
    {
        ui::MetricsPanel panel(spec(ui::PanelKind::Line, ui::MetricUnit::Percent, 1, 5));
        panel.resize(600, 260);
        panel.show();
        panel.setResult({{constant(u"errors"_s, 0.5, from, now)}, {}}, from, now, 45'000);
        const QList<QLineSeries*> thresholds = panel.thresholdLines();
        QCOMPARE(thresholds.size(), 2);
        QCOMPARE(thresholds[0]->points().constFirst().y(), 1.0);
        QCOMPARE(thresholds[1]->points().constFirst().y(), 5.0);
        QCOMPARE(thresholds[1]->pen().style(), Qt::DashLine);
        // Not series: not in the legend, not in lineSeries(), and the axis reaches the red one.
        QCOMPARE(panel.lineSeries().size(), 1);
        for (QLineSeries* t : thresholds)
            for (QLegendMarker* m : panel.chart()->legend()->markers(t))
                QVERIFY(!m->isVisible());
        const auto* axis = qobject_cast<QValueAxis*>(panel.chart()->axes(Qt::Vertical).constFirst());
        QVERIFY(axis && axis->max() >= 5.0);
    }

    void theRecipesKindsAndThresholdsReachThePanels()
    {
        stack::Recipe r;
        r.id = u"demo"_s;
        r.name = {u"Demo"_s, u"Demo"_s};
        stack::RecipePanel confidence;
        confidence.title = {u"Confidence"_s, u"Precisión"_s};
        confidence.expr = u"avg(c) by (breed)"_s;
        confidence.unit = u"ratio"_s;
        confidence.kind = u"table"_s;
        confidence.warning = 0.97;
        confidence.critical = 0.95;
        stack::RecipePanel time = confidence;
        time.unit = u"s"_s;
        time.kind = u"gauge"_s;
        time.warning = 2.5;
        time.critical = 3;
        time.max = 5;
        r.dashboard = {confidence, time};
        const auto row = ui::recipeRow(r, u"es"_s);
        QVERIFY(row);
        QCOMPARE(row->panels.size(), 2);
        QCOMPARE(row->panels[0].kind, ui::PanelKind::Table);
        QCOMPARE(row->panels[0].title, u"Precisión"_s);
        // A ratio is shown in percent: its thresholds too.
        QCOMPARE(row->panels[0].warning, 97.0);
        QCOMPARE(row->panels[0].critical, 95.0);
        QCOMPARE(row->panels[1].kind, ui::PanelKind::Gauge);
        QCOMPARE(row->panels[1].critical, 3.0);
        QCOMPARE(row->panels[1].max, 5.0);
    }

    void firingAndPendingRulesAreShownOnThePanel()
    {
        ui::MetricsPanel panel(spec(ui::PanelKind::Line, ui::MetricUnit::None));
        panel.resize(400, 240);
        panel.show();
        QCOMPARE(panel.alertText(), QString());
        panel.setAlerts({{ui::Severity::Warning, u"Pending: up == 0 holds"_s},
                         {ui::Severity::Critical, u"Firing: the API does not answer"_s},
                         {ui::Severity::Warning, u"Pending: third"_s}});
        const QLabel* strip = child<QLabel>(&panel, u"metricsPanelAlerts"_s);
        QVERIFY(strip->isVisible());
        // The worst first; two in the strip, every one in the tooltip.
        QVERIFY2(strip->text().indexOf(u"Firing"_s) < strip->text().indexOf(u"Pending"_s),
                 qPrintable(strip->text()));
        QVERIFY2(strip->text().contains(u"and 1 more"_s), qPrintable(strip->text()));
        QVERIFY(panel.alertText().contains(u"third"_s));
        panel.setAlerts({});
        QVERIFY(!strip->isVisible());
    }

    void aFiringRuleReachesThePanelsOfItsMetric()
    {
        // The voice-biometrics system's "API up" panel charts `up`; a rule on `up` fires.
        store::ServerProfile p;
        p.name = u"voz"_s;
        p.host = u"127.0.0.1"_s;
        p.user = u"ops"_s;
        p.role = store::Role::Support;
        p.projectDir = u"/opt/voice-biometrics"_s;
        client::ServerSession voice(p);
        voice.metrics()->setHistoryFile({});
        metrics::AlertRule rule;
        rule.name = u"ServiceUp"_s;
        rule.expr = u"up == 1"_s;
        rule.summaryEn = u"The service answers"_s;
        rule.summaryEs = u"El servicio responde"_s;
        const QString file = dataDir.filePath(u"rules-voz.json"_s);
        QVERIFY(metrics::saveAlertRules(file, {rule}));
        voice.alerts()->setRulesFile(file);
        ui::MetricsTab tab;
        tab.resize(1366, 768);
        tab.setSession(&voice);
        tab.show();
        test::AlertDriver driver(voice);
        QVERIFY(driver.scrapeAndEvaluate(1, 0));
        ui::MetricsPanel* up = tab.panel(u"recipe1"_s);
        QVERIFY(up);
        QTRY_VERIFY2(up->alertText().contains(u"The service answers"_s), qPrintable(up->alertText()));
        // Not on panels of other metrics.
        QCOMPARE(tab.panel(u"cpu"_s)->alertText(), QString());
        QCOMPARE(tab.panel(u"recipe0"_s)->alertText(), QString());
    }

    void theRanchsRow_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("es") << u"es"_s;
        QTest::newRow("en") << u"en"_s;
    }

    void theRanchsRow()
    {
        // The cattle-weight system's panels over what its service exposes: estimations and
        // animals per breed stacked, confidence per breed in a table (nelore under 95 %: red),
        // processing time p95 on a gauge.
        QFETCH(QString, lang);
        ui::LanguageManager::instance().setLanguage(lang);
        store::ServerProfile p;
        p.name = u"rancho"_s;
        p.host = u"127.0.0.1"_s;
        p.user = u"ops"_s;
        p.role = store::Role::Support;
        p.projectDir = u"/opt/bovine-weight-estimation/"_s;
        client::ServerSession ranch(p);
        ranch.metrics()->setHistoryFile({});
        metrics::SeriesStore& store = *ranch.metrics()->store();
        std::vector<metrics::SeriesStore::Append> samples;
        const qint64 start = now - 60 * 60'000;
        int b = 0;
        for (const char* breed : {"brahman", "nelore", "girolando"}) {
            const std::string l =
                labels({{"breed_type", breed}, {"hacienda", "hacienda_gamelera"}, {"job", "service"}});
            const auto animals = store.seriesFor("active_animals_total", l, metrics::MetricType::Gauge);
            const auto made = store.seriesFor("weighing_estimations_total", l, metrics::MetricType::Counter);
            const auto conf =
                store.seriesFor("weighing_estimation_confidence", l, metrics::MetricType::Gauge);
            QVERIFY(animals && made && conf);
            for (qint64 t = start; t <= now; t += 15'000) {
                const double minute = double(t - start) / 60'000.0;
                samples.push_back({*animals, t, double(120 + 40 * b) + 5 * std::sin(minute / 7 + b)});
                samples.push_back({*made, t, (0.05 + 0.03 * b) * double(t - start) / 1000.0});
                samples.push_back({*conf, t, b == 1 ? 0.93 : 0.985 - 0.01 * b});
            }
            ++b;
        }
        const std::pair<std::string_view, double> buckets[] = {
            {"0.5", 0.2}, {"1", 0.5}, {"2", 0.8}, {"5", 1.0}, {"+Inf", 1.0}};
        for (const auto& [le, share] : buckets) {
            const auto id =
                store.seriesFor("weighing_estimation_duration_seconds_bucket",
                                labels({{"job", "service"}, {"le", le}}), metrics::MetricType::Counter);
            QVERIFY(id);
            for (qint64 t = start; t <= now; t += 15'000)
                samples.push_back({*id, t, share * 0.2 * double(t - start) / 1000.0});
        }
        store.append(samples);

        ui::MetricsTab tab;
        tab.resize(1366, 768);
        tab.setSession(&ranch);
        QSignalSpy refreshed(&tab, &ui::MetricsTab::refreshed);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QVERIFY(refreshed.wait(20000));
        tab.refresh();
        QVERIFY(refreshed.wait(20000));
        ui::MetricsPanel* estimations = tab.panel(u"recipe0"_s);
        ui::MetricsPanel* confidence = tab.panel(u"recipe1"_s);
        ui::MetricsPanel* time = tab.panel(u"recipe2"_s);
        ui::MetricsPanel* animals = tab.panel(u"recipe3"_s);
        QVERIFY(estimations && confidence && time && animals);
        QCOMPARE(estimations->spec().kind, ui::PanelKind::StackedArea);
        QTRY_VERIFY_WITH_TIMEOUT(animals->hasData(), 20000);
        QCOMPARE(animals->areaSeries().size(), 3);
        QVERIFY(confidence->hasData());
        QCOMPARE(confidence->table()->rowCount(), 3);
        QCOMPARE(confidence->severity(), ui::Severity::Critical); // nelore at 93 %
        QVERIFY(time->hasData());
        QVERIFY(time->gauge()->isVisible());
        // p95 of a histogram whose 80 % is under 2 s and all under 5 s: between 2 and 5 s.
        QVERIFY2(time->valueText().endsWith(u" s"_s), qPrintable(time->valueText()));
        QDir out(QStringLiteral(CAPATAZ_SCREENSHOT_DIR));
        QVERIFY(out.mkpath(u"."_s));
        const QString path = out.filePath(u"metrics-ranch-"_s + lang + u".png"_s);
        QVERIFY2(tab.grab().save(path), qPrintable(path));
        qInfo("saved %s", qPrintable(path));
        ui::LanguageManager::instance().setLanguage(u"en"_s);
    }
};

QTEST_MAIN(TestMetricsPanel)
#include "tst_metricspanel.moc"
