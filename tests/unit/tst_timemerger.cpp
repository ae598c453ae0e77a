// TimeMerger: lines of several lanes reach the store in the order they were written, whatever
// order the network brought them in; nothing is lost, duplicated or held longer than it must be.
#include "logs/TimeMerger.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace capataz::logs;
using namespace Qt::Literals::StringLiterals;

namespace {

LogRecord line(quint16 lane, qint64 timeMs, const QString& text)
{
    LogRecord r;
    r.source = lane;
    r.timeMs = timeMs;
    r.text = text;
    return r;
}

QStringList texts(const LogBatch& batch)
{
    QStringList out;
    for (const LogRecord& r : batch)
        out << r.text;
    return out;
}

} // namespace

class TestTimeMerger : public QObject {
    Q_OBJECT
private slots:
    void oneLanePassesAtOnce()
    {
        TimeMerger m;
        m.push({line(0, 300, u"c"_s), line(0, 100, u"a"_s)}, 1000);
        // One lane keeps its own order (its lines are never reordered) and is not held.
        QCOMPARE(texts(m.take(1000)), (QStringList{u"c"_s, u"a"_s}));
        QVERIFY(!m.isHolding());
    }

    void warmUpWaitsForLanesNotSeenYet()
    {
        // Two sources start; the first brings its history at once, the second 300 ms later.
        TimeMerger m;
        m.warmUp(1000);
        m.push({line(0, 10, u"a10"_s), line(0, 30, u"a30"_s)}, 0);
        QVERIFY(m.take(0).isEmpty());
        m.push({line(1, 20, u"b20"_s)}, 300);
        QVERIFY(m.take(999).isEmpty());
        // Then in time order (a30 has been held long enough: it goes too).
        QCOMPARE(texts(m.take(1000)), (QStringList{u"a10"_s, u"b20"_s, u"a30"_s}));
    }

    void historiesInterleaveByTime()
    {
        // Three sources' histories arrive in three blocks; the store gets them by time.
        TimeMerger m;
        m.push({line(0, 10, u"a10"_s), line(0, 40, u"a40"_s), line(0, 70, u"a70"_s)}, 1000);
        m.push({line(1, 20, u"b20"_s), line(1, 50, u"b50"_s)}, 1001);
        m.push({line(2, 30, u"c30"_s), line(2, 60, u"c60"_s), line(2, 80, u"c80"_s)}, 1002);
        LogBatch out = m.take(1002);
        // b's last line is at 50 and c's at 80: a, b and c may all still bring later lines, so
        // only what is older than every lane's newest goes now.
        QCOMPARE(texts(out), (QStringList{u"a10"_s, u"b20"_s, u"c30"_s, u"a40"_s, u"b50"_s}));
        QVERIFY(m.isHolding());
        // Half a second later the rest goes, still in time order.
        out = m.take(1002 + TimeMerger::kDefaultHoldMs);
        QCOMPARE(texts(out), (QStringList{u"c60"_s, u"a70"_s, u"c80"_s}));
        QVERIFY(!m.isHolding());
    }

    void aLateLaneStillLandsInPlace()
    {
        TimeMerger m;
        m.push({line(0, 100, u"a100"_s), line(0, 300, u"a300"_s)}, 0);
        m.push({line(1, 50, u"b50"_s)}, 0);
        QCOMPARE(texts(m.take(10)), (QStringList{u"b50"_s}));
        // b brings an older line than a's held ones within the hold: it goes before them.
        m.push({line(1, 200, u"b200"_s), line(1, 400, u"b400"_s)}, 100);
        QCOMPARE(texts(m.take(100)), (QStringList{u"a100"_s, u"b200"_s, u"a300"_s}));
        QCOMPARE(texts(m.takeAll()), (QStringList{u"b400"_s}));
    }

    void linesWithoutTimeStayWithTheirPredecessor()
    {
        TimeMerger m;
        m.push({line(0, 100, u"a100"_s), line(0, 0, u"a-trace"_s), line(0, 300, u"a300"_s)}, 0);
        m.push({line(1, 200, u"b200"_s), line(1, 500, u"b500"_s)}, 0);
        QCOMPARE(texts(m.takeAll()), (QStringList{u"a100"_s, u"a-trace"_s, u"b200"_s, u"a300"_s, u"b500"_s}));
    }

    void laneWithoutTimesGoesByArrival()
    {
        TimeMerger m;
        m.push({line(0, 100, u"a100"_s), line(0, 100, u"a100bis"_s)}, 0);
        m.push({line(1, 0, u"file1"_s)}, 0);
        m.push({line(0, 200, u"a200"_s)}, 0);
        m.push({line(1, 0, u"file2"_s)}, 0);
        QCOMPARE(texts(m.takeAll()),
                 (QStringList{u"a100"_s, u"a100bis"_s, u"file1"_s, u"a200"_s, u"file2"_s}));
    }

    void idleLaneIsNotWaitedFor()
    {
        TimeMerger m(500, 2000);
        m.push({line(1, 50, u"b50"_s)}, 0);
        QCOMPARE(texts(m.take(0)), (QStringList{u"b50"_s}));
        // Lane 1 says nothing for 3 s: lane 0's lines go at once.
        m.push({line(0, 3000, u"a3000"_s)}, 3000);
        QCOMPARE(texts(m.take(3000)), (QStringList{u"a3000"_s}));
        // Now both are active: each line waits until the other lane has caught up with it, at
        // most the hold.
        m.push({line(1, 3050, u"b3050"_s)}, 3050);
        QVERIFY(m.take(3050).isEmpty());
        m.push({line(0, 3100, u"a3100"_s)}, 3100);
        QCOMPARE(texts(m.take(3100)), (QStringList{u"b3050"_s}));
        QVERIFY(m.take(3599).isEmpty());
        QCOMPARE(texts(m.take(3600)), (QStringList{u"a3100"_s}));
    }

    void manyLinesNoneLostNoneDuplicated()
    {
        // Four lanes, 10,000 lines each, in random-sized chunks: every line once, and in time
        // order (the hold is long enough here for every lane to catch up).
        TimeMerger m(1'000'000, 1'000'000);
        m.warmUp(1000); // the four lanes start together
        QList<qint64> next(4, 0);
        QList<qint64> seen;
        qint64 now = 0;
        quint32 seed = 12345;
        auto rnd = [&seed](quint32 n) {
            seed = seed * 1103515245u + 12345u;
            return (seed >> 16) % n;
        };
        while (std::ranges::any_of(next, [](qint64 n) { return n < 10000; })) {
            const quint16 lane = quint16(rnd(4));
            LogBatch b;
            for (quint32 k = rnd(50); k > 0 && next[lane] < 10000; --k) {
                const qint64 t = next[lane]++ * 4 + lane; // distinct times across lanes
                b.append(line(lane, t + 1, QString::number(t + 1)));
            }
            now += rnd(40);
            m.push(b, now);
            for (const LogRecord& r : m.take(now))
                seen << r.timeMs;
        }
        for (const LogRecord& r : m.takeAll())
            seen << r.timeMs;
        QCOMPARE(seen.size(), 40000);
        QVERIFY(std::ranges::is_sorted(seen));
        QCOMPARE(QSet<qint64>(seen.begin(), seen.end()).size(), 40000);
    }
};

QTEST_GUILESS_MAIN(TestTimeMerger)
#include "tst_timemerger.moc"
