// The Metrics tab over what a real scrape leaves in the store: two captures of Debian's
// prometheus-node-exporter (tests/data/metrics, about 500 samples each, taken 20 s apart on a
// Debian 12 machine) parsed and appended as the session's scraper does (the same reused
// exposition, ScrapeAppender with job and instance labels, `up`, the store's minute flush),
// 15 s apart and ending now. Every node panel must show data: CPU, memory, disk and network.
// (The tab once said "No data" in every panel for a connected server although the store held
// 285 metric names; tst_metricstab feeds the store by hand and did not see it.)
#include "GuiTestSupport.h"
#include "client/MetricsService.h"
#include "client/ServerSession.h"
#include "logs/LogsTab.h"
#include "metrics/ExpositionParser.h"
#include "metrics/MetricsChartView.h"
#include "metrics/MetricsPanel.h"
#include "metrics/MetricsTab.h"
#include "metrics/ScrapeAppender.h"
#include "metrics/SeriesStore.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QFile>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace capataz;
using namespace capataz::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray capture(const char* name)
{
    QFile f(qEnvironmentVariable("CAPATAZ_TEST_DATA") + u"/metrics/"_s + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestMetricsTabScrape : public QObject {
    Q_OBJECT
    QTemporaryDir dataDir;
    std::unique_ptr<client::ServerSession> session;
    std::unique_ptr<ui::MetricsTab> tab;

    bool refreshNow()
    {
        QSignalSpy spy(tab.get(), &ui::MetricsTab::refreshed);
        tab->refresh();
        return spy.wait(20000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dataDir.isValid());
        qputenv("CAPATAZ_DATA_DIR", dataDir.path().toLocal8Bit());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        store::ServerProfile p;
        p.name = u"scraped"_s;
        p.host = u"127.0.0.1"_s;
        p.user = u"ops"_s;
        p.role = store::Role::Support;
        session = std::make_unique<client::ServerSession>(p);
        session->metrics()->setHistoryFile({});
        metrics::SeriesStore& store = *session->metrics()->store();

        const QByteArray a = capture("node-exporter-a.prom");
        const QByteArray b = capture("node-exporter-b.prom");
        QVERIFY(a.size() > 10'000 && b.size() > 10'000);
        metrics::Exposition e;
        metrics::ScrapeAppender appender(store,
                                         {{u"instance"_s, u"127.0.0.1:9100"_s}, {u"job"_s, u"node"_s}});
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        int scrape = 0;
        for (const QByteArray* body : {&a, &b, &a, &b}) {
            // Four scrapes, 15 s apart, the last one now; the counters of the two captures
            // alternate, so some series also see a counter reset (handled as Prometheus does).
            const qint64 at = now - (3 - scrape++) * 15'000;
            metrics::parseExpositionInto(e, std::string_view(body->constData(), size_t(body->size())),
                                         metrics::ExpositionFormat::Prometheus, true);
            QVERIFY(e.problems.empty());
            const auto outcome = appender.append(e, at);
            QVERIFY2(outcome.stored > 400, qPrintable(u"scrape %1: %2 of %3 stored, %4 refused"_s.arg(scrape)
                                                          .arg(outcome.stored)
                                                          .arg(outcome.samples)
                                                          .arg(outcome.refusedSeries)));
            QVERIFY(appender.appendUp(true, at));
            store.flush(at);
        }
        QVERIFY(store.metricNames().contains(u"node_memory_MemAvailable_bytes"_s));

        tab = std::make_unique<ui::MetricsTab>();
        tab->resize(1366, 720);
        tab->setSession(session.get());
        QSignalSpy first(tab.get(), &ui::MetricsTab::refreshed);
        tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(tab.get()));
        QVERIFY(first.wait(20000));
        QVERIFY(refreshNow());
    }

    void cleanupTestCase()
    {
        tab.reset();
        session.reset();
    }

    void nodePanelsShowData_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("cpu") << u"cpu"_s;
        QTest::newRow("memory") << u"memory"_s;
        QTest::newRow("disk") << u"disk"_s;
        QTest::newRow("network") << u"network"_s;
    }

    void nodePanelsShowData()
    {
        QFETCH(QString, id);
        ui::MetricsPanel* p = tab->panel(id);
        QVERIFY(p);
        QVERIFY2(p->hasData(), qPrintable(id + u": "_s + p->noDataText()));
        QVERIFY2(p->noDataText().isEmpty(), qPrintable(p->noDataText()));
    }

    void memoryIsAPercentOfTheCapture()
    {
        // The capture's own numbers: 100 * (1 - available / total), as the panel shows it.
        auto value = [](const QByteArray& body, const QByteArray& name) {
            for (const QByteArray& line : body.split('\n')) {
                if (line.startsWith(QByteArray(name + ' ')))
                    return line.mid(name.size() + 1).toDouble();
            }
            return -1.0;
        };
        const QByteArray b = capture("node-exporter-b.prom");
        const double used =
            100 * (1 - value(b, "node_memory_MemAvailable_bytes") / value(b, "node_memory_MemTotal_bytes"));
        ui::MetricsPanel* memory = tab->panel(u"memory"_s);
        const QList<QLineSeries*> lines = memory->lineSeries();
        if (!lines.isEmpty()) {
            QVERIFY(lines.constFirst()->count() > 0);
            QVERIFY2(std::abs(lines.constFirst()->points().constLast().y() - used) < 1e-6,
                     qPrintable(QString::number(lines.constFirst()->points().constLast().y())));
        } else {
            // "5.29 %": three significant digits.
            const double shown = memory->valueText().section(u' ', 0, 0).toDouble();
            QVERIFY2(std::abs(shown - used) < 0.01,
                     qPrintable(memory->valueText() + u" / "_s + QString::number(used)));
        }
    }

    void theRecipesOwnPanelsComeFirst()
    {
        // A server whose project is the ranch's (cattle-weight recipe): its business panels
        // come first, titled in the window's language, and show what the service exposes.
        store::ServerProfile p;
        p.name = u"ranch"_s;
        p.host = u"127.0.0.1"_s;
        p.user = u"ops"_s;
        p.role = store::Role::Support;
        p.projectDir = u"/opt/bovine-weight-estimation/"_s;
        client::ServerSession ranch(p);
        ranch.metrics()->setHistoryFile({});
        metrics::SeriesStore& store = *ranch.metrics()->store();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        std::vector<metrics::SeriesStore::Append> samples;
        int b = 0;
        for (const char* breed : {"brahman", "nelore", "girolando"}) {
            std::string labels;
            metrics::appendEncodedLabel(labels, "breed_type", breed);
            metrics::appendEncodedLabel(labels, "hacienda", "hacienda_gamelera");
            metrics::appendEncodedLabel(labels, "job", "service");
            const auto id = store.seriesFor("active_animals_total", labels, metrics::MetricType::Gauge);
            QVERIFY(id);
            for (int i = 0; i < 8; ++i)
                samples.push_back({*id, now - (7 - i) * 15'000, double(40 + 10 * b)});
            ++b;
        }
        store.append(samples);

        ui::MetricsTab ranchTab;
        ranchTab.resize(1366, 720);
        ranchTab.setSession(&ranch);
        QSignalSpy refreshed(&ranchTab, &ui::MetricsTab::refreshed);
        ranchTab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&ranchTab));
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(ranchTab.panels().constFirst()->spec().id, u"recipe0"_s);
        QCOMPARE(ranchTab.panel(u"recipe0"_s)->spec().title, u"Estimations per breed (24 h)"_s);
        ui::MetricsPanel* animals = ranchTab.panel(u"recipe3"_s);
        QVERIFY(animals);
        QCOMPARE(animals->spec().title, u"Active animals per breed"_s);
        QTRY_VERIFY_WITH_TIMEOUT(animals->hasData(), 20000);
        QStringList names;
        for (QAreaSeries* s : animals->areaSeries()) // stacked (the recipe's kind)
            names << s->name();
        names.sort();
        QCOMPARE(names, QStringList({u"brahman"_s, u"girolando"_s, u"nelore"_s}));
        // The default rows follow: the server's CPU panel is still there.
        QVERIFY(ranchTab.panel(u"cpu"_s));
        // Another server's tab (no project) has no recipe row.
        QVERIFY(!tab->panel(u"recipe0"_s));
    }

    void theLogsTabComesUpAtThatTime()
    {
        // The chart's "Show the logs around" reaches the Logs tab of the same server, which asks
        // to be the tab shown (ServerView makes it current) with the window of that time.
        ui::LogsTab logs;
        logs.setSession(session.get());
        QSignalSpy shown(&logs, &ui::ServerTab::showRequested);
        ui::MetricsPanel* memory = tab->panel(u"cpu"_s);
        QVERIFY(memory->chartView()->logsOffered());
        emit memory->chartView()->logsRequested(QDateTime::currentMSecsSinceEpoch() - 60'000);
        QCOMPARE(shown.count(), 1);
    }

    void aSecondRefreshKeepsTheData()
    {
        QVERIFY(refreshNow());
        for (const QString& id : {u"cpu"_s, u"memory"_s, u"disk"_s, u"network"_s})
            QVERIFY2(tab->panel(id)->hasData(), qPrintable(id));
    }
};

QTEST_MAIN(TestMetricsTabScrape)
#include "tst_metricstab_scrape.moc"
