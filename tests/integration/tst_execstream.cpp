// ExecStream against the real test host: a flood arrives whole, in order and batched; raw stdout
// (binary) arrives byte for byte; the exit status becomes an Error as runChecked() does; cancel, cancel
// tokens and a stream destroyed while its command runs stop the command on the server.
#include "TestHost.h"
#include "exec/ExecStream.h"

#include <QElapsedTimer>
#include <QTest>

#include <optional>

using namespace capataz;
using namespace capataz::exec;
using namespace Qt::Literals::StringLiterals;

namespace {
// Everything one stream delivered.
struct Collected {
    QList<LineBatch> batches;
    QList<qint64> at;
    int finishedCount = 0;
    std::optional<StreamResult> result;
    bool batchAfterFinished = false;

    void attach(ExecStream& s, QObject* context, const QElapsedTimer& clock)
    {
        QObject::connect(&s, &ExecStream::linesReady, context, [this, &clock](const LineBatch& b) {
            batchAfterFinished = batchAfterFinished || finishedCount > 0;
            batches.append(b);
            at.append(clock.elapsed());
        });
        QObject::connect(&s, &ExecStream::finished, context, [this](const StreamResult& r) {
            ++finishedCount;
            result = r;
        });
    }
    // The final text of every line of a channel, redraws applied.
    QStringList lines(Channel channel) const
    {
        QStringList out;
        for (const LineBatch& b : batches) {
            for (const Line& l : b) {
                if (l.channel != channel)
                    continue;
                if (l.replacesPrevious && !out.isEmpty())
                    out.back() = l.text;
                else
                    out.append(l.text);
            }
        }
        return out;
    }
};
} // namespace

class TestExecStreamHost : public QObject {
    Q_OBJECT
    const test::TestHost* th = nullptr;
    std::unique_ptr<ssh::Connection> conn;

private slots:
    void initTestCase()
    {
        QString why;
        th = test::TestHost::instance(&why);
        if (!th)
            QSKIP(qPrintable(why));
        conn = std::make_unique<ssh::Connection>(th->keySettings(u"ops"_s));
        QVERIFY2(test::connectAndWait(*conn), qPrintable(conn->lastError().toString()));
    }
    void cleanupTestCase() { conn.reset(); }

    void floodArrivesCompleteInOrderAndBatched()
    {
        QElapsedTimer clock;
        clock.start();
        ExecStream s(conn.get(), remote::Command({u"seq"_s, u"1"_s, u"200000"_s}));
        Collected c;
        c.attach(s, this, clock);
        s.start();
        QTRY_COMPARE_WITH_TIMEOUT(c.finishedCount, 1, 120000);
        QTest::qWait(100);
        QCOMPARE(c.finishedCount, 1);
        QVERIFY(!c.batchAfterFinished);
        QVERIFY2(c.result->ok(), qPrintable(c.result->error.toString()));
        QCOMPARE(c.result->end.exitCode, 0);
        QCOMPARE(c.result->end.stdoutLines, LineCount(200000));
        QCOMPARE(c.result->end.stderrLines, LineCount(0));

        const QStringList lines = c.lines(Channel::Stdout);
        QCOMPARE(lines.size(), 200000);
        for (int i = 0; i < lines.size(); ++i) {
            if (lines[i] != QString::number(i + 1))
                QFAIL(qPrintable(u"line %1 is \"%2\""_s.arg(i + 1).arg(lines[i])));
        }
        const qint64 span = c.at.back() - c.at.front();
        qInfo("200000 lines in %lld ms, %lld batches", clock.elapsed(), qlonglong(c.batches.size()));
        QVERIFY2(c.batches.size() <= 2 + span / 25,
                 qPrintable(u"%1 batches in %2 ms"_s.arg(c.batches.size()).arg(span)));
    }

    void exitStatusBecomesAnErrorWithTheLastLines()
    {
        QElapsedTimer clock;
        clock.start();
        ExecStream s(conn.get(), remote::Command::script(u"echo out; echo 'no such volume' >&2; exit 3"_s),
                     {}, u"the probe"_s);
        Collected c;
        c.attach(s, this, clock);
        s.start();
        QTRY_COMPARE_WITH_TIMEOUT(c.finishedCount, 1, 30000);
        QCOMPARE(c.result->error.code, ErrorCode::RemoteCommandFailed);
        QVERIFY(c.result->ranToEnd());
        QCOMPARE(c.result->end.exitCode, 3);
        QVERIFY2(c.result->error.detail.contains(u"the probe exited with 3: no such volume"_s),
                 qPrintable(c.result->error.detail));
        QCOMPARE(c.lines(Channel::Stdout), QStringList{u"out"_s});
        QCOMPARE(c.lines(Channel::Stderr), QStringList{u"no such volume"_s});
    }

    void rawStdoutArrivesUntouched()
    {
        // Binary data (NUL, CR, bytes that are not UTF-8, no final LF) through `cat` and back:
        // every byte, in order, all before finished(); stderr still becomes lines.
        QByteArray data;
        for (unsigned i = 0; i < 3u * 1024 * 1024; ++i)
            data.append(char((i * 7919u + i / 4093u) & 0xffu));
        QElapsedTimer clock;
        clock.start();
        StreamOptions options;
        options.rawStdout = true;
        ExecStream s(conn.get(),
                     Request(remote::Command::script(u"echo starting >&2; cat; echo done >&2"_s), data),
                     options);
        Collected c;
        c.attach(s, this, clock);
        QByteArray got;
        bool bytesAfterFinished = false;
        connect(&s, &ExecStream::stdoutReady, this, [&](const QByteArray& d) {
            bytesAfterFinished = bytesAfterFinished || c.finishedCount > 0;
            got += d;
        });
        s.start();
        QTRY_COMPARE_WITH_TIMEOUT(c.finishedCount, 1, 60000);
        QVERIFY2(c.result->ok(), qPrintable(c.result->error.toString()));
        QVERIFY(!bytesAfterFinished);
        QCOMPARE(got.size(), data.size());
        QVERIFY(got == data);
        QCOMPARE(c.result->end.stdoutBytes.get(), qint64(data.size()));
        QCOMPARE(c.lines(Channel::Stdout), QStringList());
        QCOMPARE(c.lines(Channel::Stderr), (QStringList{u"starting"_s, u"done"_s}));
    }

    void coloursAndProgressFromARealCommand()
    {
        QElapsedTimer clock;
        clock.start();
        ExecStream s(conn.get(),
                     remote::Command::script(u"printf '\\033[31mred\\033[0m plain\\n'; "
                                             u"for i in 1 2 3; do printf '%s%%\\r' $i; sleep 0.05; done; "
                                             u"printf 'done\\n'; printf 'é' | head -c1; printf '\\n'"_s));
        Collected c;
        c.attach(s, this, clock);
        s.start();
        QTRY_COMPARE_WITH_TIMEOUT(c.finishedCount, 1, 30000);
        QVERIFY2(c.result->ok(), qPrintable(c.result->error.toString()));
        QCOMPARE(c.lines(Channel::Stdout), (QStringList{u"red plain"_s, u"done"_s, u"\ufffd"_s}));
        const Line& first = c.batches.front().front();
        QCOMPARE(first.spans.size(), 1);
        QCOMPARE(first.spans[0].style.foreground, TermColor::indexed(1));
        QCOMPARE(c.result->end.stdoutLines, LineCount(3)); // the progress line counts once
    }

    void cancelStopsTheCommand()
    {
        QElapsedTimer clock;
        clock.start();
        ExecStream s(conn.get(), remote::Command::script(u"echo started; sleep 42.25"_s));
        Collected c;
        c.attach(s, this, clock);
        s.start();
        QTRY_COMPARE_WITH_TIMEOUT(c.lines(Channel::Stdout), QStringList{u"started"_s}, 15000);
        QVERIFY(s.isRunning());
        s.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(c.finishedCount, 1, 15000);
        QCOMPARE(c.result->error.code, ErrorCode::Cancelled);
        QVERIFY(!c.result->ranToEnd());
        QTRY_VERIFY_WITH_TIMEOUT(th->inside(u"pgrep -f '[s]leep 42[.]25' || true"_s).trimmed().isEmpty(),
                                 15000);
    }

    void cancelTokenStopsTheCommand()
    {
        QElapsedTimer clock;
        clock.start();
        Request req(remote::Command::script(u"sleep 30"_s));
        req.cancel = CancelToken::create();
        ExecStream s(conn.get(), req);
        Collected c;
        c.attach(s, this, clock);
        s.start();
        QTest::qWait(300);
        req.cancel.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(c.finishedCount, 1, 15000);
        QCOMPARE(c.result->error.code, ErrorCode::Cancelled);
        QVERIFY2(clock.elapsed() < 15000, "the command was not stopped");
    }

    void destroyedStreamStopsItsCommand()
    {
        {
            ExecStream s(conn.get(), remote::Command::script(u"sleep 43.5"_s));
            s.start();
            QTRY_VERIFY_WITH_TIMEOUT(!th->inside(u"pgrep -f '[s]leep 43[.]5' || true"_s).trimmed().isEmpty(),
                                     15000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(th->inside(u"pgrep -f '[s]leep 43[.]5' || true"_s).trimmed().isEmpty(),
                                 15000);
    }

    void connectionGoneEndsTheStream()
    {
        auto own = std::make_unique<ssh::Connection>(th->keySettings(u"ops"_s));
        QVERIFY(test::connectAndWait(*own));
        QElapsedTimer clock;
        clock.start();
        ExecStream s(own.get(), remote::Command::script(u"echo before; sleep 30"_s));
        Collected c;
        c.attach(s, this, clock);
        s.start();
        QTRY_COMPARE_WITH_TIMEOUT(c.lines(Channel::Stdout), QStringList{u"before"_s}, 15000);
        own.reset();
        QTRY_COMPARE_WITH_TIMEOUT(c.finishedCount, 1, 5000);
        QCOMPARE(c.result->error.code, ErrorCode::ConnectionLost);
        QTest::qWait(100);
        QCOMPARE(c.finishedCount, 1);
    }
};

QTEST_GUILESS_MAIN(TestExecStreamHost)
#include "tst_execstream.moc"
