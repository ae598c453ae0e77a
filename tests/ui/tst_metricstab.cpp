// The Metrics tab without a test host: the session's SeriesStore is fed directly with samples
// (a FastAPI service's counters and latency histogram, node-exporter's network counters, a
// memory gauge that stopped), then the panels are read: the values fed come out (a line's
// points, a single value's text), a panel without data says "No data" (never 0), a stopped
// gauge is no data either, dragging across a chart zooms in and "Zoom out" goes back, a legend
// entry hides its series, the hover cursor shows values in every panel, and 100,000 samples
// give a line no more points than its plot has pixel columns. Screenshots in both languages.
#include "GuiTestSupport.h"
#include "LanguageManager.h"
#include "client/LogService.h"
#include "client/MetricsService.h"
#include "client/ServerSession.h"
#include "metrics/MetricsChartView.h"
#include "metrics/MetricsEvaluator.h"
#include "metrics/MetricsPanel.h"
#include "metrics/MetricsTab.h"
#include "metrics/SeriesStore.h"

#include <QChart>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace capataz;
using namespace capataz::test;
using namespace Qt::Literals::StringLiterals;

namespace {

std::string labels(std::initializer_list<std::pair<std::string_view, std::string_view>> pairs)
{
    std::string out;
    for (const auto& [n, v] : pairs)
        metrics::appendEncodedLabel(out, n, v);
    return out;
}

// A counter growing by `perSecond` from `fromMs` to `toMs`, a sample every `everyMs`.
void feedCounter(metrics::SeriesStore& store, std::string_view metric, const std::string& l, qint64 fromMs,
                 qint64 toMs, qint64 everyMs, double perSecond)
{
    const auto id = store.seriesFor(metric, l, metrics::MetricType::Counter);
    QVERIFY(id);
    std::vector<metrics::SeriesStore::Append> samples;
    for (qint64 t = fromMs; t <= toMs; t += everyMs)
        samples.push_back({*id, t, perSecond * double(t - fromMs) / 1000.0});
    store.append(samples);
}

} // namespace

class TestMetricsTab : public QObject {
    Q_OBJECT
    QTemporaryDir dataDir;
    std::unique_ptr<client::ServerSession> session;
    std::unique_ptr<ui::MetricsTab> tab;
    qint64 now = 0;

    template <typename T> T* w(const QString& name) { return child<T>(tab.get(), name); }
    ui::MetricsPanel* panel(const QString& id) { return tab->panel(id); }
    QLineSeries* line(const QString& panelId, const QString& name)
    {
        for (QLineSeries* s : panel(panelId)->lineSeries()) {
            if (s->name() == name)
                return s;
        }
        return nullptr;
    }
    bool refreshNow()
    {
        QSignalSpy spy(tab.get(), &ui::MetricsTab::refreshed);
        tab->refresh();
        return spy.wait(20000);
    }
    // Where a time is on a chart, in its viewport's coordinates.
    QPoint pointAt(ui::MetricsPanel* p, qint64 timeMs)
    {
        QChart* chart = p->chart();
        const QPointF inChart =
            chart->mapToPosition(QPointF(double(timeMs), 0), chart->series().constFirst());
        const double y = chart->plotArea().center().y();
        return p->chartView()->mapFromScene(chart->mapToScene(QPointF(inChart.x(), y)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dataDir.isValid());
        qputenv("CAPATAZ_DATA_DIR", dataDir.path().toLocal8Bit());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        store::ServerProfile p;
        p.name = u"metrics-test"_s;
        p.host = u"127.0.0.1"_s;
        p.user = u"ops"_s;
        p.role = store::Role::Support;
        session = std::make_unique<client::ServerSession>(p);
        session->metrics()->setHistoryFile({});

        // The last 30 minutes of a service: GET at 10 requests/s, POST at 1/s and all 5xx; a
        // latency histogram where half the requests take at most 50 ms; node-exporter's network
        // bytes over 5 devices (20,000 samples each, 100,000 in all) in the last 5 minutes; a
        // memory gauge that stopped 20 minutes ago.
        now = QDateTime::currentMSecsSinceEpoch();
        auto& store = *session->metrics()->store();
        const qint64 from = now - 30 * 60'000;
        feedCounter(store, "http_requests_total", labels({{"method", "GET"}, {"status", "2xx"}}), from, now,
                    15'000, 10);
        feedCounter(store, "http_requests_total", labels({{"method", "POST"}, {"status", "5xx"}}), from, now,
                    15'000, 1);
        const std::pair<std::string_view, double> buckets[] = {
            {"0.05", 5.5}, {"0.1", 8}, {"0.5", 11}, {"+Inf", 11}};
        for (const auto& [le, rate] : buckets)
            feedCounter(store, "http_request_duration_seconds_bucket", labels({{"le", le}}), from, now,
                        15'000, rate);
        for (int d = 0; d < 5; ++d) {
            const std::string device = "eth" + std::to_string(d);
            feedCounter(store, "node_network_receive_bytes_total", labels({{"device", device}}),
                        now - 300'000 + 15, now, 15, 1024);
        }
        const auto total = store.seriesFor("node_memory_MemTotal_bytes", {}, metrics::MetricType::Gauge);
        const auto avail = store.seriesFor("node_memory_MemAvailable_bytes", {}, metrics::MetricType::Gauge);
        QVERIFY(total && avail);
        std::vector<metrics::SeriesStore::Append> memory;
        for (qint64 t = from; t <= now - 20 * 60'000; t += 15'000) {
            memory.push_back({*total, t, 8e9});
            memory.push_back({*avail, t, 2e9});
        }
        store.append(memory);
        QVERIFY(store.rawSampleCount() >= 100'000);

        tab = std::make_unique<ui::MetricsTab>();
        tab->resize(1366, 720);
        tab->setSession(session.get());
        QSignalSpy first(tab.get(), &ui::MetricsTab::refreshed);
        tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(tab.get()));
        QVERIFY(first.wait(20000));
        QVERIFY(refreshNow()); // again, now that the plots have their final widths
    }

    void cleanupTestCase()
    {
        tab.reset();
        session.reset();
    }

    void rolesAndTitle()
    {
        QCOMPARE(tab->title(), u"Metrics"_s);
        QVERIFY(tab->isForRole(store::Role::Admin));
        QVERIFY(tab->isForRole(store::Role::Support));
        QVERIFY(!tab->isForRole(store::Role::Owner));
        QCOMPARE(w<QComboBox>(u"metricsRange"_s)->count(), 5);
        // It fits the smallest common laptop screen.
        QVERIFY2(tab->minimumSizeHint().width() <= 1366,
                 qPrintable(QString::number(tab->minimumSizeHint().width())));
        QVERIFY2(tab->minimumSizeHint().height() <= 768,
                 qPrintable(QString::number(tab->minimumSizeHint().height())));
    }

    void evaluatesOffTheGuiThread()
    {
        // refresh() returns at once; the answer comes later, by a queued signal.
        QSignalSpy spy(tab.get(), &ui::MetricsTab::refreshed);
        tab->refresh();
        QVERIFY(tab->isEvaluating());
        QCOMPARE(spy.count(), 0);
        QVERIFY(spy.wait(20000));
        QVERIFY(!tab->isEvaluating());
    }

    void panelsShowTheValuesFed()
    {
        // Requests per second by method: GET 10/s, POST 1/s, as lines.
        QLineSeries* get = line(u"requestsPerSecond"_s, u"GET"_s);
        QLineSeries* post = line(u"requestsPerSecond"_s, u"POST"_s);
        QVERIFY(get && post);
        QVERIFY(get->count() > 10);
        QVERIFY2(std::abs(get->points().constLast().y() - 10) < 1e-6,
                 qPrintable(QString::number(get->points().constLast().y())));
        QVERIFY(std::abs(post->points().constLast().y() - 1) < 1e-6);
        // The single value: 11 requests per second.
        QCOMPARE(panel(u"requestsNow"_s)->valueText(), u"11.0/s"_s);
        // Errors: 1 of 11 requests, in percent.
        QLineSeries* errors = line(u"errorRate"_s, u"errors"_s);
        QVERIFY(errors);
        QVERIFY(std::abs(errors->points().constLast().y() - 100.0 / 11) < 1e-6);
        // p50: 50 ms (shown in ms: below a second), p99 within (0.1, 0.5] s.
        QLineSeries* p50 = line(u"latency"_s, u"p50"_s);
        QVERIFY(p50 && line(u"latency"_s, u"p95"_s) && line(u"latency"_s, u"p99"_s));
        QVERIFY2(std::abs(p50->points().constLast().y() - 50) < 1e-6,
                 qPrintable(QString::number(p50->points().constLast().y())));
        // Network: 5 devices at 1 KiB/s each, up to the time they were fed. (The last step is the
        // moment of the refresh, seconds later: its rate window is not full any more and reads
        // less, as Prometheus's extrapolation does for samples 15 ms apart that stopped.)
        QLineSeries* received = line(u"network"_s, u"received"_s);
        QVERIFY(received);
        double fed = -1;
        for (const QPointF& p : received->points()) {
            if (p.x() <= double(now) && p.x() > double(now - 120'000))
                fed = std::max(fed, p.y());
        }
        QVERIFY2(std::abs(fed - 5) < 1e-3, qPrintable(QString::number(fed)));
    }

    void noDataIsSaidNotZero()
    {
        // Nothing fed: no chart, no zero.
        ui::MetricsPanel* cpu = panel(u"cpu"_s);
        QVERIFY(!cpu->hasData());
        QCOMPARE(cpu->noDataText(), u"No data"_s);
        QVERIFY(cpu->lineSeries().isEmpty() || cpu->lineSeries().constFirst()->count() == 0);
        // Memory stopped 20 minutes ago: stale is no data too.
        ui::MetricsPanel* memory = panel(u"memory"_s);
        QVERIFY(!memory->hasData());
        QCOMPARE(memory->noDataText(), u"No data"_s);
        QVERIFY(memory->valueText().isEmpty());
        // A panel with data says nothing of the kind.
        QVERIFY(panel(u"requestsPerSecond"_s)->noDataText().isEmpty());
    }

    void atMostOnePointPerPixelColumn()
    {
        // 100,000 network samples in the last 5 minutes.
        w<QComboBox>(u"metricsRange"_s)->setCurrentIndex(0);
        QVERIFY(refreshNow());
        ui::MetricsPanel* network = panel(u"network"_s);
        QLineSeries* received = line(u"network"_s, u"received"_s);
        QVERIFY(received);
        QVERIFY(received->count() > 20);
        QVERIFY2(received->count() <= network->plotColumns(),
                 qPrintable(u"%1 points, %2 columns"_s.arg(received->count()).arg(network->plotColumns())));
        // The reduction itself: 100,000 points into 300 columns keeps the one spike.
        QList<QPointF> raw;
        for (int i = 0; i < 100'000; ++i)
            raw.append(QPointF(i, i == 77'777 ? 1000.0 : std::sin(i / 100.0)));
        const QList<QPointF> reduced = ui::reduceToColumns(raw, 0, 99'999, 300);
        QVERIFY(reduced.size() <= 300);
        QVERIFY(
            std::any_of(reduced.begin(), reduced.end(), [](const QPointF& p) { return p.y() == 1000.0; }));
        w<QComboBox>(u"metricsRange"_s)->setCurrentIndex(1);
        QVERIFY(refreshNow());
    }

    void legendTogglesASeries()
    {
        ui::MetricsPanel* requests = panel(u"requestsPerSecond"_s);
        QLineSeries* post = line(u"requestsPerSecond"_s, u"POST"_s);
        QVERIFY(post && post->isVisible());
        const QList<QLegendMarker*> markers = requests->chart()->legend()->markers(post);
        QCOMPARE(markers.size(), 1);
        emit markers.constFirst()->clicked();
        QVERIFY(!post->isVisible());
        QVERIFY(markers.constFirst()->isVisible()); // its entry stays, to turn it back on
        // It stays hidden after a refresh.
        QVERIFY(refreshNow());
        QVERIFY(!line(u"requestsPerSecond"_s, u"POST"_s)->isVisible());
        QVERIFY(line(u"requestsPerSecond"_s, u"GET"_s)->isVisible());
        emit requests->chart()->legend()->markers(post).constFirst()->clicked();
        QVERIFY(post->isVisible());
    }

    void hoverShowsValuesInEveryPanel()
    {
        ui::MetricsPanel* latency = panel(u"latency"_s);
        const qint64 at = now - 10 * 60'000;
        QTest::mouseMove(latency->chartView()->viewport(), pointAt(latency, at));
        QTRY_VERIFY(!panel(u"requestsPerSecond"_s)->cursorText().isEmpty());
        const QString requests = panel(u"requestsPerSecond"_s)->cursorText();
        QVERIFY2(requests.contains(u"GET: 10.0/s"_s), qPrintable(requests));
        QVERIFY2(latency->cursorText().contains(u"p50: 50.0 ms"_s), qPrintable(latency->cursorText()));
        QVERIFY(panel(u"errorRate"_s)->cursorText().contains(u"9.09 %"_s));
        // The network was fed for the last 5 minutes only: no value 10 minutes ago.
        QVERIFY2(!panel(u"network"_s)->cursorText().contains(u"received"_s),
                 qPrintable(panel(u"network"_s)->cursorText()));
        tab->setCursorTime(-1);
        QVERIFY(latency->cursorText().isEmpty());
    }

    void rightClickShowsTheLogsAroundThatTime()
    {
        // Support staff see a spike and ask for the lines of that moment: the chart's menu asks
        // the session's logs for two minutes either side (the Logs tab shows them and comes up).
        ui::MetricsPanel* latency = panel(u"latency"_s);
        QVERIFY(latency->chartView()->logsOffered());
        const qint64 at = now - 12 * 60'000;
        std::unique_ptr<QMenu> menu(latency->chartView()->menuAt(pointAt(latency, at)));
        QVERIFY(menu);
        QAction* logs = menu->findChild<QAction*>(u"metricsShowLogs"_s);
        QVERIFY(logs);
        QVERIFY2(logs->text().startsWith(u"Show the &logs around "_s), qPrintable(logs->text()));
        QSignalSpy asked(session->logs(), &client::LogService::windowRequested);
        logs->trigger();
        QCOMPARE(asked.count(), 1);
        const qint64 from = asked.constFirst().at(0).toLongLong();
        const qint64 to = asked.constFirst().at(1).toLongLong();
        QCOMPARE(to - from, qint64(4 * 60'000));
        QVERIFY2(std::abs((from + to) / 2 - at) < 30'000, qPrintable(QString::number((from + to) / 2 - at)));
        // Outside the plot there is nothing to offer.
        QVERIFY(!latency->chartView()->menuAt(QPoint(1, 1)));
    }

    void dragZoomsInAndBack()
    {
        const auto [from, to] = tab->range();
        QVERIFY(to - from >= 3600'000 - 1000);
        ui::MetricsPanel* requests = panel(u"requestsPerSecond"_s);
        QWidget* viewport = requests->chartView()->viewport();
        const QPoint a = pointAt(requests, now - 20 * 60'000);
        const QPoint b = pointAt(requests, now - 10 * 60'000);
        QSignalSpy spy(tab.get(), &ui::MetricsTab::refreshed);
        QTest::mousePress(viewport, Qt::LeftButton, {}, a);
        QTest::mouseMove(viewport, b);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, b);
        QVERIFY(spy.wait(20000));
        QVERIFY(tab->isZoomed());
        const auto [zFrom, zTo] = tab->range();
        QVERIFY2(std::abs(zFrom - (now - 20 * 60'000)) < 30'000, qPrintable(QString::number(zFrom - now)));
        QVERIFY2(std::abs(zTo - (now - 10 * 60'000)) < 30'000, qPrintable(QString::number(zTo - now)));
        QVERIFY(w<QPushButton>(u"metricsZoomOut"_s)->isEnabled());
        // The zoomed range still shows the values.
        QVERIFY(std::abs(line(u"requestsPerSecond"_s, u"GET"_s)->points().constLast().y() - 10) < 1e-6);
        // A double-click goes back to the last hour, ending now.
        QTest::mouseDClick(viewport, Qt::LeftButton, {}, a);
        QVERIFY(spy.wait(20000));
        QVERIFY(!tab->isZoomed());
        QVERIFY(tab->range().second - tab->range().first >= 3600'000 - 1000);
        // Zoom again, then the button goes back.
        tab->zoomTo(now - 15 * 60'000, now - 14 * 60'000);
        QVERIFY(spy.wait(20000));
        QCOMPARE(tab->range().second - tab->range().first, qint64(60'000));
        QTest::mouseClick(w<QPushButton>(u"metricsZoomOut"_s), Qt::LeftButton);
        QVERIFY(spy.wait(20000));
        QVERIFY(!tab->isZoomed());
        QVERIFY(!w<QPushButton>(u"metricsZoomOut"_s)->isEnabled());
    }

    void theScrapeIntervalIsChosenAndKept()
    {
        auto* every = w<QComboBox>(u"metricsEvery"_s);
        QCOMPARE(every->currentText(), u"15 s"_s);
        QCOMPARE(session->metrics()->intervalMs(), 15'000);
        // A support profile changes nothing of it.
        QVERIFY(!every->isEnabled());
        const int ten = every->findData(10);
        emit every->activated(ten);
        QCOMPARE(session->profile().scrapeIntervalS, 15);
        store::ServerProfile admin = session->profile();
        admin.role = store::Role::Admin;
        session->setProfile(admin);
        QVERIFY(every->isEnabled());
        // Chosen: kept in the profile (here a session of its own: applied), used by the scraper.
        const int thirty = every->findData(30);
        QVERIFY(thirty >= 0);
        every->setCurrentIndex(thirty);
        emit every->activated(thirty);
        QCOMPARE(session->profile().scrapeIntervalS, 30);
        QCOMPARE(session->metrics()->intervalMs(), 30'000);
        QCOMPARE(every->currentText(), u"30 s"_s);
        // Where the profile cannot be kept: the choice goes back, and the tab says why.
        session->setProfileSaver([](client::ServerSession*, const store::ServerProfile&) -> VoidResult {
            return fail(ErrorCode::DatabaseError, u"disk full"_s);
        });
        const int minute = every->findData(60);
        every->setCurrentIndex(minute);
        emit every->activated(minute);
        QCOMPARE(session->profile().scrapeIntervalS, 30);
        QCOMPARE(every->currentText(), u"30 s"_s);
        QVERIFY2(!w<QLabel>(u"metricsStatus"_s)->text().isEmpty(), "no sentence");
        QVERIFY(
            !w<QLabel>(u"metricsStatus"_s)->text().contains(u"disk full"_s)); // a sentence, not the detail
        // Back as it was for the other tests.
        session->setProfileSaver({});
        store::ServerProfile p = session->profile();
        p.scrapeIntervalS = 15;
        p.role = store::Role::Support;
        QVERIFY(session->saveProfile(p));
        QCOMPARE(every->currentText(), u"15 s"_s);
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("es") << u"es"_s;
        QTest::newRow("en") << u"en"_s;
    }

    void screenshots()
    {
        QFETCH(QString, lang);
        ui::LanguageManager::instance().setLanguage(lang);
        tab->resize(1366, 768);
        QVERIFY(refreshNow());
        // The legend is in the language of the window, not of the result before the switch.
        const QString errors = lang == u"es"_s ? u"errores"_s : u"errors"_s;
        QTRY_VERIFY(line(u"errorRate"_s, errors) && line(u"errorRate"_s, errors)->isVisible());
        ui::MetricsPanel* latency = panel(u"latency"_s);
        QTest::mouseMove(latency->chartView()->viewport(), pointAt(latency, now - 25 * 60'000));
        QTRY_VERIFY(!latency->cursorText().isEmpty());
        QDir out(QStringLiteral(CAPATAZ_SCREENSHOT_DIR));
        QVERIFY(out.mkpath(u"."_s));
        const QString path = out.filePath(u"metrics-tab-"_s + lang + u".png"_s);
        QVERIFY2(tab->grab().save(path), qPrintable(path));
        qInfo("saved %s", qPrintable(path));
        if (lang == u"en")
            QCOMPARE(panel(u"cpu"_s)->noDataText(), u"No data"_s);
        ui::LanguageManager::instance().setLanguage(u"en"_s);
    }
};

QTEST_MAIN(TestMetricsTab)
#include "tst_metricstab.moc"
