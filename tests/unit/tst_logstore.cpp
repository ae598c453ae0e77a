// LogStore: what a log view relies on. Lines come back as given (text, time, level, source,
// channel, colours); the cap holds and says how many lines were dropped; a line's number never
// changes; memory stays near the text's size; snapshots stay readable while the writer goes on.
#include "logs/LogStore.h"

#include <QTest>

#include <atomic>
#include <thread>

using namespace capataz;
using namespace capataz::logs;
using namespace Qt::Literals::StringLiterals;

namespace {

LogRecord record(const QString& text, qint64 timeMs = 0, quint16 source = 0,
                 exec::Channel channel = exec::Channel::Stdout)
{
    LogRecord r;
    r.text = text;
    r.timeMs = timeMs;
    r.source = source;
    r.channel = channel;
    return r;
}

QString textOf(const LogSnapshot& s, qint64 seq)
{
    return s.line(LogSeq(seq)).text();
}

} // namespace

class TestLogStore : public QObject {
    Q_OBJECT
private slots:
    void keepsWhatItIsGiven()
    {
        LogStore store;
        LogBatch batch;
        batch << record(u"first line"_s, 1'700'000'000'123, 2, exec::Channel::Stderr);
        batch << record(u""_s); // empty lines are lines
        LogRecord colored = record(u"ERROR déjà vu ✓ 🚀 end"_s, 1'700'000'000'500, 1);
        exec::StyleSpan span;
        span.start = 0;
        span.length = 5;
        span.style.foreground = exec::TermColor::indexed(9);
        span.style.background = exec::TermColor::rgb(1, 2, 3);
        span.style.flags = exec::TextStyle::Bold | exec::TextStyle::Underline;
        colored.spans << span;
        batch << colored;
        store.append(batch);

        const LogSnapshot s = store.snapshot();
        QCOMPARE(s.first(), LogSeq(0));
        QCOMPARE(s.end(), LogSeq(3));
        const LogLine a = s.line(LogSeq(0));
        QCOMPARE(a.text(), u"first line"_s);
        QCOMPARE(a.timeMs, 1'700'000'000'123);
        QCOMPARE(a.source, quint16(2));
        QCOMPARE(a.channel, exec::Channel::Stderr);
        QCOMPARE(a.level, Level::Unknown);
        QVERIFY(!a.hasSpans);
        QCOMPARE(textOf(s, 1), QString());
        QCOMPARE(s.line(LogSeq(1)).timeMs, 0);
        const LogLine c = s.line(LogSeq(2));
        QCOMPARE(c.text(), u"ERROR déjà vu ✓ 🚀 end"_s);
        QCOMPARE(c.level, Level::Error); // detected: the record said Unknown
        QCOMPARE(c.timeMs, 1'700'000'000'500);
        QVERIFY(c.hasSpans);
        QCOMPARE(s.spans(LogSeq(2)), QList<exec::StyleSpan>{span});
        QVERIFY(s.spans(LogSeq(0)).isEmpty());
    }

    void givenLevelIsKept()
    {
        LogStore store;
        LogRecord r = record(u"ERROR in the text, but journald said debug"_s);
        r.level = Level::Debug;
        store.append(r);
        QCOMPARE(store.snapshot().line(LogSeq(0)).level, Level::Debug);
    }

    void invalidUtf8IsRepaired()
    {
        LogStore store;
        store.appendUtf8(QByteArrayView("bad \xff\xfe bytes"));
        const QString t = textOf(store.snapshot(), 0);
        QCOMPARE(t, u"bad \uFFFD\uFFFD bytes"_s);
        QVERIFY(store.snapshot().line(LogSeq(0)).utf8.isValidUtf8());
    }

    void loneSurrogateBecomesValidUtf8()
    {
        // A QString may hold half a surrogate pair; the store keeps valid UTF-8 (searches rely on it).
        LogStore store;
        store.append(record(u"a"_s + QChar(0xD800) + u"b"_s));
        const LogLine l = store.snapshot().line(LogSeq(0));
        QVERIFY(l.utf8.isValidUtf8());
        QVERIFY(l.text().startsWith(u'a'));
        QVERIFY(l.text().endsWith(u'b'));
    }

    void capDropsOldestAndKeepsNumbers()
    {
        // Small chunks (4 KiB) so that eviction frees whole chunks many times.
        LogStore store(1000, 4096);
        for (int i = 0; i < 25'000; ++i)
            store.appendUtf8(u"line %1 of the test"_s.arg(i).toUtf8());
        QCOMPARE(store.size(), LineCount(1000));
        QCOMPARE(store.dropped(), LineCount(24'000));
        const LogSnapshot s = store.snapshot();
        QCOMPARE(s.first(), LogSeq(24'000));
        QCOMPARE(s.end(), LogSeq(25'000));
        QCOMPARE(s.dropped(), LineCount(24'000));
        // Each line still has the number it was given, and its own text.
        for (qint64 seq = 24'000; seq < 25'000; seq += 37)
            QCOMPARE(textOf(s, seq), u"line %1 of the test"_s.arg(seq));
        QCOMPARE(textOf(s, 24'999), u"line 24999 of the test"_s);
        // Chunks whose lines are all dropped are freed: about 1000 lines' worth remain.
        QVERIFY2(s.chunkCount() <= 10, qPrintable(QString::number(s.chunkCount())));
    }

    void snapshotOutlivesEviction()
    {
        LogStore store(100, 4096);
        for (int i = 0; i < 100; ++i)
            store.appendUtf8(u"old %1"_s.arg(i).toUtf8());
        const LogSnapshot before = store.snapshot();
        for (int i = 0; i < 10'000; ++i)
            store.appendUtf8(u"new %1"_s.arg(i).toUtf8());
        // The old snapshot still reads its lines (its chunks stay alive while it does).
        QCOMPARE(before.first(), LogSeq(0));
        QCOMPARE(textOf(before, 0), u"old 0"_s);
        QCOMPARE(textOf(before, 99), u"old 99"_s);
        const LogSnapshot after = store.snapshot();
        QCOMPARE(after.first(), LogSeq(10'000));
        QCOMPARE(textOf(after, 10'099), u"new 9999"_s);
    }

    void clearDropsEverythingNumbersGoOn()
    {
        LogStore store;
        store.appendUtf8("a");
        store.appendUtf8("b");
        store.clear();
        QCOMPARE(store.size(), LineCount(0));
        QCOMPARE(store.dropped(), LineCount(2));
        QCOMPARE(store.snapshot().size(), LineCount(0));
        QCOMPARE(store.appendUtf8("c"), LogSeq(2));
        QCOMPARE(textOf(store.snapshot(), 2), u"c"_s);
        QCOMPARE(store.memoryBytes() < 64 * 1024, true);
    }

    void memoryPerLineNearTheText()
    {
        // 200,000 lines of 60 to 140 bytes: at most the text + 16 bytes per line.
        LogStore store(1'000'000);
        qint64 raw = 0;
        for (int i = 0; i < 200'000; ++i) {
            const QByteArray line = QByteArray("2024-01-01T10:00:00Z INFO request id=") +
                                    QByteArray::number(i) + QByteArray(20 + i % 80, 'x');
            raw += line.size();
            store.appendUtf8(line, 1'700'000'000'000 + i);
        }
        QCOMPARE(store.textBytes(), raw);
        const double perLine = double(store.memoryBytes()) / 200'000;
        const double rawPerLine = double(raw) / 200'000;
        QVERIFY2(perLine <= rawPerLine + 16,
                 qPrintable(u"%1 bytes per line, text %2"_s.arg(perLine).arg(rawPerLine)));
        QVERIFY(perLine >= rawPerLine); // the accounting is not flattering itself
    }

    void longLinesAndManyChunks()
    {
        LogStore store(10, 4096);
        const QByteArray huge(3 * 1024 * 1024, 'y'); // larger than a chunk: gets its own
        store.appendUtf8("before");
        store.appendUtf8(huge);
        store.appendUtf8("after");
        const LogSnapshot s = store.snapshot();
        QCOMPARE(s.line(LogSeq(1)).utf8.size(), huge.size());
        QCOMPARE(textOf(s, 2), u"after"_s);
        QCOMPARE(textOf(s, 0), u"before"_s);
    }

    void timesFarApartStartANewChunk()
    {
        LogStore store;
        store.appendUtf8("a", 1'000);
        store.appendUtf8("b", 1'000 + 40LL * 24 * 3600 * 1000); // 40 days later: no 32-bit delta
        store.appendUtf8("c", 500);                             // earlier than the chunk's base
        const LogSnapshot s = store.snapshot();
        QCOMPARE(s.line(LogSeq(0)).timeMs, 1'000);
        QCOMPARE(s.line(LogSeq(1)).timeMs, 1'000 + 40LL * 24 * 3600 * 1000);
        QCOMPARE(s.line(LogSeq(2)).timeMs, 500);
    }

    void readersWhileTheWriterAppends()
    {
        // One writer, one reader taking snapshots: every line the reader sees is complete.
        LogStore store(50'000, 16 * 1024);
        std::atomic_bool done{false};
        std::thread writer([&] {
            for (int i = 0; i < 200'000; ++i)
                store.appendUtf8(u"line %1 ok"_s.arg(i).toUtf8());
            done = true;
        });
        int checks = 0;
        while (!done || checks == 0) {
            const LogSnapshot s = store.snapshot();
            if (s.size().get() > 0) {
                const LogSeq last(s.end().get() - 1);
                QCOMPARE(textOf(s, last.get()), u"line %1 ok"_s.arg(last.get()));
                QCOMPARE(textOf(s, s.first().get()), u"line %1 ok"_s.arg(s.first().get()));
                QVERIFY(s.size() <= LineCount(50'000));
                ++checks;
            }
        }
        writer.join();
        QCOMPARE(store.end(), LogSeq(200'000));
    }
};

QTEST_GUILESS_MAIN(TestLogStore)
#include "tst_logstore.moc"
