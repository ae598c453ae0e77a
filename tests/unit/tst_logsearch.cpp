// LogSearch: a search over a live store that runs off the caller's thread, brings its matches
// in batches, follows new lines, can be cancelled and resumed, and can be destroyed mid-scan.
#include "logs/LogSearch.h"

#include <QSignalSpy>
#include <QTest>

using namespace capataz;
using namespace capataz::logs;
using namespace Qt::Literals::StringLiterals;

namespace {

LogFilter filterFor(const QString& text, TextMatcher::Mode mode = TextMatcher::Mode::Substring)
{
    LogQuery q;
    q.text = text;
    q.mode = mode;
    return *LogFilter::create(q);
}

void fill(LogStore& store, int lines, int from = 0)
{
    for (int i = from; i < from + lines; ++i)
        store.appendUtf8(i % 7 == 0 ? u"GET /x %1 needle"_s.arg(i).toUtf8()
                                    : u"GET /y %1 hay"_s.arg(i).toUtf8());
}

} // namespace

class TestLogSearch : public QObject {
    Q_OBJECT
private slots:
    void findsAndFollows()
    {
        LogStore store(10'000'000);
        fill(store, 300'000);
        LogSearch search(filterFor(u"NEEDLE"_s));
        QSignalSpy finished(&search, &LogSearch::finished);
        QSignalSpy progress(&search, &LogSearch::progressChanged);
        search.update(store.snapshot());
        QVERIFY(search.isRunning());
        QVERIFY(finished.wait(20'000));
        QCOMPARE(finished.takeFirst().at(0).toBool(), true);
        QCOMPARE(search.matchCount(), 300'000 / 7 + 1);
        QCOMPARE(search.match(1), LogSeq(7));
        QCOMPARE(progress.last().at(0).toLongLong(), 300'000); // done
        QCOMPARE(progress.last().at(1).toLongLong(), 300'000); // of
        // New lines: only they are scanned.
        fill(store, 7'000, 300'000);
        search.update(store.snapshot());
        QVERIFY(finished.wait(20'000));
        QCOMPARE(search.matchCount(), 307'000 / 7 + 1);
        QCOMPARE(progress.last().at(1).toLongLong(), 7'000);
        QCOMPARE(search.indexOf(LogSeq(306'999)), 307'000 / 7);
    }

    void dropsMatchesOfDroppedLines()
    {
        LogStore store(70'000, 64 * 1024);
        fill(store, 70'000);
        LogSearch search(filterFor(u"needle"_s));
        QSignalSpy finished(&search, &LogSearch::finished);
        search.update(store.snapshot());
        QVERIFY(finished.wait(20'000));
        QCOMPARE(search.matchCount(), 10'000);
        fill(store, 70'000, 70'000); // every old line dropped
        search.update(store.snapshot());
        QVERIFY(finished.wait(20'000));
        QCOMPARE(search.matchCount(), 10'000);
        QCOMPARE(search.match(0), LogSeq(70'000));
    }

    void cancelAndResume()
    {
        LogStore store(10'000'000);
        fill(store, 1'000'000);
        // Line by line (\A), so the scan takes a while.
        LogSearch search(filterFor(u"\\A.*\\d+ needle"_s, TextMatcher::Mode::Regex));
        QSignalSpy finished(&search, &LogSearch::finished);
        search.update(store.snapshot());
        search.cancel();
        QVERIFY(finished.wait(20'000));
        QCOMPARE(finished.takeFirst().at(0).toBool(), false);
        QVERIFY(!search.isRunning());
        QVERIFY(search.matchCount() < 1'000'000 / 7 + 1);
        // Going on finds the rest, none twice.
        search.update(store.snapshot());
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.takeFirst().at(0).toBool(), true);
        QCOMPARE(search.matchCount(), 1'000'000 / 7 + 1);
    }

    void destroyedWhileScanning()
    {
        LogStore store(10'000'000);
        fill(store, 500'000);
        auto* search = new LogSearch(filterFor(u"\\A.*needle"_s, TextMatcher::Mode::Regex));
        search->update(store.snapshot());
        QTest::qWait(5);
        delete search; // waits for the slice, no crash, nothing delivered afterwards
        QTest::qWait(50);
    }
};

QTEST_GUILESS_MAIN(TestLogSearch)
#include "tst_logsearch.moc"
