// A dropped connection: sshd's session processes killed mid-command on the real test host.
#include "TestHost.h"

#include <QEventLoop>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace capataz;
using namespace capataz::ssh;
using namespace Qt::Literals::StringLiterals;

class TestReconnect : public QObject {
    Q_OBJECT
    const test::TestHost* th = nullptr;

    // Kills the per-connection sshd processes of `user` (not the listener), as a crash or a
    // network cut would.
    void killSessions(const QString& user) { th->inside(u"pkill -KILL -f '^sshd: "_s + user + u"'"_s); }

private slots:
    void initTestCase()
    {
        QString why;
        th = test::TestHost::instance(&why);
        if (!th)
            QSKIP(qPrintable(why));
    }

    void killedMidCommandGivesErrorNotHang()
    {
        Connection c(th->keySettings(u"plain"_s));
        QVERIFY2(test::connectAndWait(c), qPrintable(c.lastError().toString()));
        auto* p = c.exec(remote::Command({u"sh"_s, u"-c"_s, u"echo running; sleep 120"_s}));
        std::optional<ProcessResult> result;
        QEventLoop loop;
        connect(p, &RemoteProcess::readyReadStdout, &loop,
                [&](const QByteArray&) { killSessions(u"plain"_s); });
        connect(p, &RemoteProcess::finished, &loop, [&](const ProcessResult& r) {
            result = r;
            loop.quit();
        });
        QSignalSpy lost(&c, &Connection::failed);
        QElapsedTimer clock;
        clock.start();
        p->start();
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        QVERIFY(result.has_value());
        QCOMPARE(result->error.code, ErrorCode::ConnectionLost);
        QVERIFY2(clock.elapsed() < 10000, "the loss was seen within seconds");
        QTRY_COMPARE(lost.size(), 1);
        QCOMPARE(c.state(), ConnectionState::Failed);
        p->deleteLater();

        // A job started while disconnected fails at once instead of waiting forever.
        const auto late = test::run(c, remote::Command({u"true"_s}), {}, 5000);
        QCOMPARE(late.result.error.code, ErrorCode::ConnectionLost);

        // reconnect() brings it back, and commands run again.
        c.reconnect();
        QVERIFY2(test::waitForState(c, ConnectionState::Connected), qPrintable(c.lastError().toString()));
        const auto r = test::run(c, remote::Command({u"echo"_s, u"back"_s}));
        QVERIFY(r.result.ok());
        QCOMPARE(r.out, QByteArray("back\n"));
    }

    void idleDropIsDetected()
    {
        Connection c(th->keySettings(u"plain"_s));
        QVERIFY(test::connectAndWait(c));
        // This connection's own sshd processes: the session child (our shell's parent) and
        // its privileged monitor. Killed once the connection is idle (no channel open).
        const auto ids =
            test::run(c, remote::Command({u"sh"_s, u"-c"_s, u"echo $PPID; ps -o ppid= -p $PPID"_s}));
        QVERIFY(ids.result.ok());
        const QStringList pids = QString::fromUtf8(ids.out).simplified().split(u' ');
        QCOMPARE(pids.size(), 2);
        QTest::qWait(200);
        QSignalSpy lost(&c, &Connection::failed);
        QElapsedTimer clock;
        clock.start();
        th->inside(u"kill -KILL "_s + pids.join(u' '));
        QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 10000);
        QVERIFY(clock.elapsed() < 5000);
        QCOMPARE(lost.at(0).at(0).value<Error>().code, ErrorCode::ConnectionLost);
    }

    void reconnectBacksOffWhileServerIsDown()
    {
        // Point at a port where nothing listens: each attempt fails, retries are scheduled
        // with growing delays, and it gives up after the given number of attempts.
        ConnectionSettings s = th->keySettings(u"plain"_s);
        s.port = 2;
        Connection c(s);
        QSignalSpy scheduled(&c, &Connection::reconnectScheduled);
        QSignalSpy failed(&c, &Connection::failed);
        c.reconnect(3);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 3, 15000);
        QCOMPARE(scheduled.size(), 2);
        QCOMPARE(scheduled.at(0).at(1).toInt(), 500);
        QCOMPARE(scheduled.at(1).at(1).toInt(), 1000);
        QTest::qWait(2000);
        QCOMPARE(failed.size(), 3); // no fourth attempt
        QCOMPARE(c.lastError().code, ErrorCode::ConnectionRefused);
    }
};

QTEST_GUILESS_MAIN(TestReconnect)
#include "tst_reconnect.moc"
