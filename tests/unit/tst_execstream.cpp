// LineStream fed from its own thread as a connection's would be: every line arrives, in order,
// in batches at most about 30 a second however fast the bytes come, redraws collapsed; and
// ExecStream's promises that need no server (no connection: one finished, ConnectionLost).
#include "exec/ExecStream.h"
#include "exec/LineStream.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

using namespace capataz;
using namespace capataz::exec;
using namespace Qt::Literals::StringLiterals;

namespace {
// What arrived in the test's thread, and when.
struct Received {
    QList<LineBatch> batches;
    QList<qint64> at; // ms since the start
    bool finished = false;
};
} // namespace

class TestExecStream : public QObject {
    Q_OBJECT
    QThread producer;

    LineStream* makeStream(Received& got, QElapsedTimer& clock, StreamOptions options = {})
    {
        auto* s = new LineStream(options);
        s->moveToThread(&producer);
        connect(s, &LineStream::batchReady, this, [&got, &clock](const LineBatch& b) {
            got.batches.append(b);
            got.at.append(clock.elapsed());
        });
        connect(s, &LineStream::finished, this, [&got] { got.finished = true; });
        return s;
    }

private slots:
    void initTestCase() { producer.start(); }
    void cleanupTestCase()
    {
        producer.quit();
        producer.wait();
    }

    void floodArrivesWholeInOrderAndBatched()
    {
        Received got;
        QElapsedTimer clock;
        clock.start();
        LineStream* s = makeStream(got, clock);
        // 200,000 numbered lines in 4 KiB chunks, cut anywhere, as fast as the producer can,
        // stdout and stderr interleaved.
        constexpr int kLines = 200000;
        QMetaObject::invokeMethod(s, [s] {
            QByteArray out;
            QByteArray err;
            for (int i = 1; i <= kLines; ++i) {
                QByteArray& to = i % 10 == 0 ? err : out;
                to += QByteArray::number(i) + '\n';
                if (to.size() >= 4096) {
                    s->feed(i % 10 == 0 ? Channel::Stderr : Channel::Stdout, to.first(4000));
                    to.remove(0, 4000);
                }
            }
            s->feed(Channel::Stdout, out);
            s->feed(Channel::Stderr, err);
            s->finish();
        });
        QTRY_VERIFY_WITH_TIMEOUT(got.finished, 60000);
        QCoreApplication::processEvents(); // nothing may come after finished()

        qint64 expect[2] = {1, 10};
        int complete = 0;
        for (const LineBatch& b : std::as_const(got.batches)) {
            for (const Line& l : b) {
                if (l.open)
                    continue; // the line being written when a batch went out
                const int ch = int(l.channel);
                QCOMPARE(l.text.toLongLong(), expect[ch]);
                expect[ch] += ch == 0 ? (expect[0] % 10 == 9 ? 2 : 1) : 10;
                ++complete;
            }
        }
        QCOMPARE(complete, kLines);
        QCOMPARE(s->lineCount(Channel::Stdout).get() + s->lineCount(Channel::Stderr).get(), kLines);
        // Batches: the first at once, then at most one per ~33 ms (a little slack for timers).
        const qint64 span = got.at.back() - got.at.front();
        qInfo("%lld batches over %lld ms", qlonglong(got.batches.size()), span);
        QVERIFY(got.batches.size() >= 1);
        QVERIFY2(got.batches.size() <= 2 + span / 25,
                 qPrintable(u"%1 batches in %2 ms"_s.arg(got.batches.size()).arg(span)));
        s->deleteLater();
    }

    void slowOutputIsNotHeldBack()
    {
        Received got;
        QElapsedTimer clock;
        clock.start();
        LineStream* s = makeStream(got, clock);
        QMetaObject::invokeMethod(s, [s] { s->feed(Channel::Stdout, "first\n"); });
        QTRY_COMPARE_WITH_TIMEOUT(got.batches.size(), 1, 2000); // the first line at once
        QMetaObject::invokeMethod(s, [s] { s->feed(Channel::Stdout, "second\n"); });
        QTRY_COMPARE_WITH_TIMEOUT(got.batches.size(), 2, 2000); // and one after a pause: the timer
        QCOMPARE(got.batches[1].value(0).text, u"second"_s);
        QMetaObject::invokeMethod(s, [s] { s->feed(Channel::Stdout, "Password: "); });
        QTRY_COMPARE_WITH_TIMEOUT(got.batches.size(), 3, 2000); // a prompt without a newline shows
        QVERIFY(got.batches[2].value(0).open);
        QMetaObject::invokeMethod(s, &LineStream::finish);
        QTRY_VERIFY(got.finished);
        QVERIFY(got.batches.back().back().replacesPrevious);
        QCOMPARE(got.batches.back().back().text, u"Password: "_s);
        s->deleteLater();
    }

    void redrawsCollapseWithinABatch()
    {
        Received got;
        QElapsedTimer clock;
        clock.start();
        StreamOptions o;
        o.batchIntervalMs = 100000; // only the first feed and finish() send
        LineStream* s = makeStream(got, clock, o);
        QMetaObject::invokeMethod(s, [s] {
            s->feed(Channel::Stdout, "start\n");
            QByteArray bar;
            for (int p = 0; p <= 100; ++p)
                bar += "progress " + QByteArray::number(p) + "%\r";
            s->feed(Channel::Stdout, bar);
            s->feed(Channel::Stderr, "warning\n");
            s->feed(Channel::Stdout, "\ndone\n");
            s->finish();
        });
        QTRY_VERIFY(got.finished);
        QCOMPARE(got.batches.size(), 2);
        QStringList second;
        for (const Line& l : std::as_const(got.batches[1]))
            second << l.text + (l.replacesPrevious ? u"+r"_s : QString());
        // 101 redraws of one line arrive as one line, in its last state.
        QCOMPARE(second, (QStringList{u"progress 100%"_s, u"warning"_s, u"done"_s}));
        s->deleteLater();
    }

    void noConnectionFinishesOnceWithConnectionLost()
    {
        ExecStream stream(nullptr, remote::Command({u"true"_s}));
        int finished = 0;
        std::optional<StreamResult> result;
        connect(&stream, &ExecStream::finished, this, [&](const StreamResult& r) {
            ++finished;
            result = r;
        });
        stream.start();
        QCOMPARE(finished, 0); // never from inside start()
        QTRY_COMPARE(finished, 1);
        QCOMPARE(result->error.code, ErrorCode::ConnectionLost);
        QVERIFY(!result->ok());
        QVERIFY(!stream.isRunning());
        stream.start(); // once only
        QTest::qWait(50);
        QCOMPARE(finished, 1);
    }
};

QTEST_GUILESS_MAIN(TestExecStream)
#include "tst_execstream.moc"
