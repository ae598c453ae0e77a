// metrics::SeriesStore: appends and range reads, min/max buckets for charts, the raw window with
// minute rows before it, the series cap (dropped and counted), NaN in minute rows; the SQLite
// history: minute rows written on the store's thread and loaded into a new store from the same
// file (the current minute included, a restart within a minute merged, nothing older than the
// window); ScrapeAppender (target labels, the exposition's own labels win, its timestamps
// kept) and parseScrapeTarget.
#include "metrics/ExpositionParser.h"
#include "metrics/ScrapeAppender.h"
#include "metrics/ScrapeTarget.h"
#include "metrics/SeriesStore.h"
#include "stack/RecipeLoader.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace capataz;
using namespace capataz::metrics;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kT0 = 1'700'000'000'000LL - (1'700'000'000'000LL % kMinute); // a minute's start

std::string labels(std::initializer_list<std::pair<std::string_view, std::string_view>> pairs)
{
    std::string out;
    for (const auto& [n, v] : pairs)
        appendEncodedLabel(out, n, v);
    return out;
}

SeriesId add(SeriesStore& s, std::string_view metric, const std::string& l = {})
{
    const auto id = s.seriesFor(metric, l, MetricType::Gauge);
    if (!id)
        qFatal("series refused");
    return *id;
}

// The value of sample i of a test series: goes up and down so minutes have distinct min and max.
double wave(int i)
{
    return double((i * 37) % 101) - 50.0;
}

} // namespace

class TestSeriesStore : public QObject {
    Q_OBJECT

private slots:
    void appendAndRange()
    {
        SeriesStore s;
        const SeriesId a = add(s, "up", labels({{"job", "node"}}));
        const SeriesId b = add(s, "up", labels({{"job", "service"}}));
        QCOMPARE(add(s, "up", labels({{"job", "node"}})), a); // the same label set, the same series
        QVERIFY(a != b);
        std::vector<SeriesStore::Append> batch;
        for (int i = 0; i < 10; ++i)
            batch.push_back({a, kT0 + i * 15'000, double(i)});
        batch.push_back({a, kT0 + 5 * 15'000, 99.0}); // out of order: ignored
        batch.push_back({a, kT0 + 9 * 15'000, 98.0}); // a repeat of the newest: ignored
        batch.push_back({b, kT0, 1.0});
        QCOMPARE(s.append(batch), qint64(11));
        QCOMPARE(s.rawSampleCount(), qint64(11));

        const auto all = s.range(a, kT0, kT0 + 3600'000);
        QCOMPARE(all.size(), size_t(10));
        for (int i = 0; i < 10; ++i)
            QCOMPARE(all[size_t(i)], (SeriesPoint{kT0 + i * 15'000, double(i), double(i), double(i)}));
        // Bounds are inclusive.
        const auto mid = s.range(a, kT0 + 30'000, kT0 + 60'000);
        QCOMPARE(mid.size(), size_t(3));
        QCOMPARE(mid.front().value, 2.0);
        QCOMPARE(mid.back().value, 4.0);
        QVERIFY(s.range(a, kT0 + 60'000, kT0 + 30'000).empty());
        QVERIFY(s.range(SeriesId(77), kT0, kT0 + 1000).empty());

        QCOMPARE(s.metricNames(), QStringList{u"up"_s});
        QCOMPARE(s.series(u"up"_s).size(), 2);
        QVERIFY(s.series(u"down"_s).isEmpty());
        QCOMPARE(s.find(u"up"_s, {{u"job"_s, u"service"_s}}), std::optional<SeriesId>(b));
        QCOMPARE(s.find(u"up"_s, {{u"job"_s, u"other"_s}}), std::nullopt);
        const SeriesInfo info = s.info(a);
        QCOMPARE(info.metric, u"up"_s);
        QCOMPARE(info.labels, (QList<std::pair<QString, QString>>{{u"job"_s, u"node"_s}}));
        QCOMPARE(info.lastTimeMs, kT0 + 9 * 15'000);
    }

    void bucketsKeepMinAndMax()
    {
        SeriesStore s;
        const SeriesId a = add(s, "g");
        std::vector<SeriesStore::Append> batch;
        for (int i = 0; i < 1000; ++i)
            batch.push_back({a, kT0 + i * 1000, wave(i)});
        s.append(batch);
        const qint64 to = kT0 + 999'000;
        const auto points = s.range(a, kT0, to, 10);
        QVERIFY2(points.size() <= 10 && points.size() >= 9, QByteArray::number(qint64(points.size())));
        // Every bucket: the last value, and the min and max of the raw samples in it.
        const qint64 width = (to - kT0) / 10 + 1;
        for (const SeriesPoint& p : points) {
            const qint64 bucket = (p.timeMs - kT0) / width;
            double lo = INFINITY, hi = -INFINITY, last = NAN;
            qint64 lastT = 0;
            for (int i = 0; i < 1000; ++i) {
                const qint64 t = kT0 + i * 1000;
                if ((t - kT0) / width != bucket)
                    continue;
                lo = std::min(lo, wave(i));
                hi = std::max(hi, wave(i));
                last = wave(i);
                lastT = t;
            }
            QCOMPARE(p.min, lo);
            QCOMPARE(p.max, hi);
            QCOMPARE(p.value, last);
            QCOMPARE(p.timeMs, lastT);
        }
        // Not more points than asked, whatever the ratio.
        QCOMPARE(s.range(a, kT0, to, 1).size(), size_t(1));
        QCOMPARE(s.range(a, kT0, to, 1).front().min, -50.0);
        QCOMPARE(s.range(a, kT0, to, 1).front().max, 50.0);
        QCOMPARE(s.range(a, kT0, to, 5000).size(), size_t(1000));
    }

    void rawWindowThenMinutes()
    {
        SeriesStoreLimits limits;
        limits.rawWindowMs = 10 * kMinute;
        SeriesStore s(limits);
        const SeriesId a = add(s, "g");
        std::vector<SeriesStore::Append> batch;
        for (int i = 0; i < 240; ++i) // an hour at 15 s
            batch.push_back({a, kT0 + i * 15'000, wave(i)});
        s.append(batch);
        const qint64 newest = kT0 + 239 * 15'000;
        s.flush(newest + 1);
        // Raw: the last 10 minutes only.
        QCOMPARE(s.rawSampleCount(), qint64(40));
        const auto points = s.range(a, kT0, newest);
        const qint64 rawStart = newest + 1 - 10 * kMinute; // flush() trimmed at newest + 1
        int minutes = 0;
        qint64 previous = 0;
        for (const SeriesPoint& p : points) {
            QVERIFY(p.timeMs > previous); // oldest first, no overlap between rows and raw
            previous = p.timeMs;
            if (p.timeMs < rawStart) {
                ++minutes;
                // A minute row: its last sample, and the min and max of its four samples.
                const int first = int((p.timeMs - kT0) / kMinute) * 4;
                QCOMPARE(p.timeMs, kT0 + (first + 3) * 15'000);
                QCOMPARE(p.value, wave(first + 3));
                QCOMPARE(p.min, std::min({wave(first), wave(first + 1), wave(first + 2), wave(first + 3)}));
                QCOMPARE(p.max, std::max({wave(first), wave(first + 1), wave(first + 2), wave(first + 3)}));
            } else {
                QCOMPARE(p.min, p.max);
            }
        }
        QCOMPARE(minutes, 50);
    }

    void seriesCap()
    {
        SeriesStoreLimits limits;
        limits.maxSeries = 5;
        SeriesStore s(limits);
        int refused = 0;
        for (int i = 0; i < 8; ++i) {
            const std::string v = std::to_string(i);
            if (!s.seriesFor("requests_total", labels({{"id", v}}), MetricType::Counter))
                ++refused;
        }
        QCOMPARE(refused, 3);
        QCOMPARE(s.seriesCount(), qint64(5));
        QCOMPARE(s.droppedSeries(), qint64(3));
        QVERIFY(s.churnLimited());
        // Known series still take samples.
        QVERIFY(s.seriesFor("requests_total", labels({{"id", "0"}}), MetricType::Counter).has_value());
        QCOMPARE(s.droppedSeries(), qint64(3));
    }

    void nanInMinutes()
    {
        SeriesStoreLimits limits;
        limits.rawWindowMs = 1; // minute rows only
        SeriesStore s(limits);
        const SeriesId a = add(s, "g");
        s.append({{a, kT0 + 1000, 3.0},
                  {a, kT0 + 2000, NAN},
                  {a, kT0 + 3000, 1.0},
                  {a, kT0 + 4000, NAN},
                  {a, kT0 + kMinute + 1000, NAN}});
        s.flush(kT0 + 3 * kMinute);
        const auto points = s.range(a, kT0, kT0 + 2 * kMinute);
        QCOMPARE(points.size(), size_t(2));
        QCOMPARE(points[0].min, 1.0);
        QCOMPARE(points[0].max, 3.0);
        QVERIFY(std::isnan(points[0].value)); // the last value, as it was
        QVERIFY(std::isnan(points[1].value));
    }

    void historyReloads()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"metrics/server-1.sqlite"_s);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 start = (now - 30 * kMinute) / kMinute * kMinute;
        const qint64 tooOld = (now - 25 * 3600'000LL) / kMinute * kMinute;
        struct Minute {
            double min = INFINITY, max = -INFINITY, last = 0;
            qint64 lastMs = 0;
        };
        std::map<qint64, Minute> expected; // per minute start
        {
            SeriesStore a;
            QVERIFY(a.openHistory(file).has_value());
            QVERIFY(a.waitForHistory(30000));
            QVERIFY(QFile::exists(file));
            const SeriesId g = add(a, "g", labels({{"instance", "127.0.0.1:9100"}, {"job", "node"}}));
            const SeriesId old = add(a, "old");
            std::vector<SeriesStore::Append> batch{{old, tooOld, 1.0}};
            for (int i = 0; start + i * 15'000 <= now; ++i) {
                const qint64 t = start + i * 15'000;
                batch.push_back({g, t, wave(i)});
                Minute& m = expected[t / kMinute * kMinute];
                m.min = std::min(m.min, wave(i));
                m.max = std::max(m.max, wave(i));
                m.last = wave(i);
                m.lastMs = t;
            }
            a.append(batch);
            a.flush(now);
            a.syncHistory();
            QCOMPARE(a.historyError(), Error{});
            // The destructor writes the current minute too.
        }
        QVERIFY(expected.size() >= 30);

        SeriesStore b;
        QVERIFY(b.openHistory(file).has_value());
        QVERIFY(b.waitForHistory(30000));
        QCOMPARE(b.metricNames(), QStringList{u"g"_s}); // "old" is beyond the 24 h window
        const auto id = b.find(u"g"_s, {{u"job"_s, u"node"_s}, {u"instance"_s, u"127.0.0.1:9100"_s}});
        QVERIFY(id.has_value());
        const auto points = b.range(*id, start, now + kMinute);
        QCOMPARE(points.size(), expected.size()); // every minute, the last one included
        size_t i = 0;
        for (const auto& [minute, m] : expected) {
            const SeriesPoint& p = points[i++];
            QCOMPARE(p.timeMs, m.lastMs);
            QCOMPARE(p.value, m.last);
            QCOMPARE(p.min, m.min);
            QCOMPARE(p.max, m.max);
        }
        // Bucketed for a chart: the extremes survive.
        const auto one = b.range(*id, start, now + kMinute, 1);
        QCOMPARE(one.size(), size_t(1));
        QCOMPARE(one.front().min, -50.0);
        QCOMPARE(one.front().max, 50.0);
    }

    void restartWithinAMinuteMerges()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"h.sqlite"_s);
        const qint64 minute = (QDateTime::currentMSecsSinceEpoch() - 5 * kMinute) / kMinute * kMinute;
        {
            SeriesStore a;
            QVERIFY(a.openHistory(file).has_value());
            const SeriesId g = add(a, "g");
            a.append({{g, minute + 1000, 5.0}, {g, minute + 2000, 7.0}});
        } // the open minute is written as it is
        {
            SeriesStore b;
            QVERIFY(b.openHistory(file).has_value());
            QVERIFY(b.waitForHistory(30000));
            const SeriesId g = add(b, "g");
            QCOMPARE(g, SeriesId(0)); // the loaded series
            b.append({{g, minute + 30'000, 2.0}, {g, minute + 40'000, 6.0}});
            b.flush(minute + 2 * kMinute);
            b.syncHistory();
        }
        SeriesStore c;
        QVERIFY(c.openHistory(file).has_value());
        QVERIFY(c.waitForHistory(30000));
        const auto points = c.range(0, minute, minute + kMinute);
        QCOMPARE(points.size(), size_t(1));
        QCOMPARE(points[0], (SeriesPoint{minute + 40'000, 6.0, 2.0, 7.0}));
    }

    void historyBeyondMemory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"h.sqlite"_s);
        SeriesStoreLimits limits;
        limits.historyWindowMs = 10 * kMinute; // in memory (and loaded at open): 10 minutes
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 start = (now - 40 * kMinute) / kMinute * kMinute;
        std::vector<SeriesPoint> written;
        {
            SeriesStore a(limits);
            QVERIFY(a.openHistory(file).has_value());
            const SeriesId g = add(a, "g");
            std::vector<SeriesStore::Append> batch;
            for (int i = 0; start + i * 15'000 <= now; ++i)
                batch.push_back({g, start + i * 15'000, wave(i)});
            a.append(batch);
            a.flush(now + kMinute); // every minute closed
            a.syncHistory();
            // What the file holds: the same minute rows as memory had before trimming them.
            written = a.historyRange(g, start, now);
        }
        QVERIFY2(written.size() >= 40, QByteArray::number(qint64(written.size())));
        SeriesStore b(limits);
        QVERIFY(b.openHistory(file).has_value());
        QVERIFY(b.waitForHistory(30000));
        const SeriesId g = add(b, "g");
        const auto memory = b.range(g, start, now);
        QVERIFY2(memory.size() <= 11, QByteArray::number(qint64(memory.size())));
        const auto all = b.historyRange(g, start, now);
        QCOMPARE(all.size(), written.size());
        int complete = 0;
        for (size_t i = 0; i < all.size(); ++i) {
            QCOMPARE(all[i], written[i]);
            const int first = int((all[i].timeMs - start) / kMinute) * 4; // 4 samples per minute
            if (all[i].timeMs != start + (first + 3) * 15'000)
                continue; // the last minute, not complete
            QCOMPARE(all[i].max, std::max({wave(first), wave(first + 1), wave(first + 2), wave(first + 3)}));
            ++complete;
        }
        QVERIFY(complete >= 39);
        const auto charted = b.historyRange(g, start, now, 4);
        QVERIFY(charted.size() <= 4);
        QCOMPARE(charted.front().min, -50.0);
        QCOMPARE(std::max_element(charted.begin(), charted.end(),
                                  [](const auto& x, const auto& y) { return x.max < y.max; })
                     ->max,
                 50.0);
        // Without a history: nothing.
        SeriesStore memoryOnly;
        QVERIFY(memoryOnly.historyRange(0, start, now).empty());
    }

    void historyFileUnusable()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile notADatabase(dir.filePath(u"x.sqlite"_s));
        QVERIFY(notADatabase.open(QIODevice::WriteOnly));
        notADatabase.write(QByteArray(4096, 'x'));
        notADatabase.close();
        SeriesStore s;
        const auto r = s.openHistory(notADatabase.fileName());
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, ErrorCode::DatabaseError);
        // Memory only: appends still work.
        const SeriesId g = add(s, "g");
        QCOMPARE(s.append({{g, kT0, 1.0}}), qint64(1));
    }

    void appenderAddsTargetLabels()
    {
        SeriesStore s;
        ScrapeAppender appender(s, {{u"job"_s, u"node"_s}, {u"instance"_s, u"127.0.0.1:9100"_s}});
        const std::string_view text = "# TYPE c counter\n"
                                      "c_total{mode=\"idle\"} 5\n"
                                      "c_total{mode=\"user\",job=\"own\"} 6\n"
                                      "g 1.5 1700000000123\n";
        Exposition e;
        QVERIFY(parseExpositionInto(e, text, ExpositionFormat::Prometheus, true));
        const auto o = appender.append(e, kT0);
        QCOMPARE(o.samples, qint64(3));
        QCOMPARE(o.stored, qint64(3));
        const auto idle =
            s.find(u"c_total"_s,
                   {{u"mode"_s, u"idle"_s}, {u"job"_s, u"node"_s}, {u"instance"_s, u"127.0.0.1:9100"_s}});
        QVERIFY(idle.has_value());
        QCOMPARE(s.info(*idle).type, MetricType::Counter);
        // The exposition's own job label wins.
        QVERIFY(s.find(u"c_total"_s,
                       {{u"mode"_s, u"user"_s}, {u"job"_s, u"own"_s}, {u"instance"_s, u"127.0.0.1:9100"_s}}));
        // Its own timestamp is kept; others get the scrape's.
        const auto g = s.find(u"g"_s, {{u"job"_s, u"node"_s}, {u"instance"_s, u"127.0.0.1:9100"_s}});
        QVERIFY(g.has_value());
        QCOMPARE(s.range(*g, 0, kT0 * 2).front().timeMs, 1700000000123LL);
        QCOMPARE(s.range(*idle, 0, kT0 * 2).front().timeMs, kT0);

        // The next scrape of the same target: the same series, a new sample each.
        e.clear();
        QVERIFY(parseExpositionInto(e, "c_total{mode=\"idle\"} 9\n", ExpositionFormat::Prometheus, true));
        QCOMPARE(appender.append(e, kT0 + 15'000).stored, qint64(1));
        QCOMPARE(s.range(*idle, 0, kT0 * 2).size(), size_t(2));
        QCOMPARE(s.seriesCount(), qint64(3));
    }

    void appenderOverTheCap()
    {
        SeriesStoreLimits limits;
        limits.maxSeries = 2;
        SeriesStore s(limits);
        ScrapeAppender appender(s, {{u"job"_s, u"x"_s}});
        Exposition e;
        QVERIFY(parseExpositionInto(e, "a{i=\"1\"} 1\na{i=\"2\"} 1\na{i=\"3\"} 1\na{i=\"4\"} 1\n",
                                    ExpositionFormat::Prometheus, true));
        const auto o = appender.append(e, kT0);
        QCOMPARE(o.stored, qint64(2));
        QCOMPARE(o.refusedSeries, qint64(2));
        QCOMPARE(s.droppedSeries(), qint64(2));
        // Refused label sets are remembered: not counted again at the next scrape.
        QCOMPARE(appender.append(e, kT0 + 15'000).refusedSeries, qint64(2));
        QCOMPARE(s.droppedSeries(), qint64(2));
    }

    void targets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("address"); // empty: invalid
        QTest::newRow("path") << u"127.0.0.1:8000/metrics"_s << u"127.0.0.1:8000/metrics"_s;
        QTest::newRow("no path") << u"127.0.0.1:9100"_s << u"127.0.0.1:9100/metrics"_s;
        QTest::newRow("name") << u"localhost:9090/api/metrics?x=1"_s << u"localhost:9090/api/metrics?x=1"_s;
        QTest::newRow("ipv6") << u"[::1]:9100/m"_s << u"[::1]:9100/m"_s;
        QTest::newRow("no port") << u"127.0.0.1/metrics"_s << QString();
        QTest::newRow("port 0") << u"127.0.0.1:0/metrics"_s << QString();
        QTest::newRow("port too big") << u"127.0.0.1:70000"_s << QString();
        QTest::newRow("space") << u"127.0.0.1:80/a b"_s << QString();
        QTest::newRow("shell") << u"$(reboot):80"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void targets()
    {
        QFETCH(QString, text);
        QFETCH(QString, address);
        const auto t = parseScrapeTarget(text);
        if (address.isEmpty()) {
            QVERIFY(!t.has_value());
            QCOMPARE(t.error().code, ErrorCode::InvalidArgument);
            return;
        }
        QVERIFY2(t.has_value(), t ? "" : qPrintable(t.error().toString()));
        QCOMPARE(t->address(), address);
        QVERIFY(!t->optional);
    }

    void recipeTargets_data()
    {
        QTest::addColumn<QString>("projectDir");
        QTest::addColumn<QStringList>("addresses");
        const QString node = u"127.0.0.1:9100/metrics"_s;
        QTest::newRow("cattle-weight")
            << u"/opt/bovine-weight-estimation/"_s << QStringList{u"127.0.0.1:8000/metrics"_s, node};
        QTest::newRow("invoice-bot") << u"/opt/facturacionjoyeriasbot"_s
                                     << QStringList{u"127.0.0.1:8000/metrics"_s, node};
        QTest::newRow("no metrics in the recipe") << u"/opt/backend-aiss"_s << QStringList{node};
        QTest::newRow("no recipe") << u"/srv/something"_s << QStringList{node};
        QTest::newRow("no project") << QString() << QStringList{node};
    }
    void recipeTargets()
    {
        QFETCH(QString, projectDir);
        QFETCH(QStringList, addresses);
        const QList<ScrapeTarget> targets = defaultTargets(projectDir, stack::builtinRecipes());
        QStringList got;
        for (const ScrapeTarget& t : targets)
            got << t.address();
        QCOMPARE(got, addresses);
        QCOMPARE(targets.last().job, u"node"_s);
        QVERIFY(targets.last().optional);
        if (targets.size() == 2) {
            QCOMPARE(targets.first().job, u"service"_s);
            QVERIFY(!targets.first().optional);
        }
    }
};

QTEST_GUILESS_MAIN(TestSeriesStore)
#include "tst_seriesstore.moc"
