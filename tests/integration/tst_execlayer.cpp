// The exec layer (core/exec) against the real test host: collected and checked results, stdin,
// cancel tokens, owners that go away, output limits, no connection.
#include "TestHost.h"
#include "exec/Exec.h"

#include <QElapsedTimer>
#include <QTest>

#include <optional>

using namespace capataz;
using namespace Qt::Literals::StringLiterals;

class TestExecLayer : public QObject {
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

    void collectsOutputAndStdin()
    {
        QObject owner;
        std::optional<Result<exec::Output>> got;
        exec::Request req(remote::Command::script(u"cat; echo err >&2; exit 3"_s), "secret-on-stdin\n");
        exec::run(conn.get(), &owner, req, [&](Result<exec::Output> r) { got = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 30000);
        QVERIFY2(got->has_value(), test::why(*got).constData());
        QCOMPARE((*got)->out, QByteArray("secret-on-stdin\n"));
        QCOMPARE((*got)->err, QByteArray("err\n"));
        QCOMPARE((*got)->exitCode, 3); // run() leaves the exit status to the caller
        QVERIFY(!(*got)->succeeded());
    }

    void checkedTurnsExitIntoError()
    {
        QObject owner;
        std::optional<Result<exec::Output>> got;
        exec::runChecked(
            conn.get(), &owner, remote::Command::script(u"echo 'no such thing' >&2; exit 7"_s),
            [&](Result<exec::Output> r) { got = std::move(r); }, u"the probe"_s);
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 30000);
        QVERIFY(!got->has_value());
        QCOMPARE(got->error().code, ErrorCode::RemoteCommandFailed);
        QVERIFY2(got->error().detail.contains(u"the probe exited with 7"_s), qPrintable(got->error().detail));
        QVERIFY2(got->error().detail.contains(u"no such thing"_s), qPrintable(got->error().detail));

        got.reset();
        exec::runChecked(conn.get(), &owner, remote::Command({u"true"_s}),
                         [&](Result<exec::Output> r) { got = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 30000);
        QVERIFY2(got->has_value(), test::why(*got).constData());
    }

    void cancelTokenStopsTheCommand()
    {
        QObject owner;
        std::optional<Result<exec::Output>> got;
        exec::Request req(remote::Command::script(u"echo started; sleep 30"_s));
        req.cancel = CancelToken::create();
        QElapsedTimer clock;
        clock.start();
        exec::run(conn.get(), &owner, req, [&](Result<exec::Output> r) { got = std::move(r); });
        QTest::qWait(300);
        req.cancel.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 15000);
        QVERIFY(!got->has_value());
        QCOMPARE(got->error().code, ErrorCode::Cancelled);
        QVERIFY2(clock.elapsed() < 15000, "the command was not stopped");
    }

    void ownerGoneMeansNoCallbackAndNoProcessLeft()
    {
        bool called = false;
        {
            auto owner = std::make_unique<QObject>();
            exec::run(conn.get(), owner.get(), remote::Command::script(u"sleep 41.5"_s),
                      [&](Result<exec::Output>) { called = true; });
            QTRY_VERIFY_WITH_TIMEOUT(!th->inside(u"pgrep -f '[s]leep 41[.]5' || true"_s).trimmed().isEmpty(),
                                     15000);
        } // owner destroyed while the command runs
        // The remote process goes away too.
        QTRY_VERIFY_WITH_TIMEOUT(th->inside(u"pgrep -f '[s]leep 41[.]5' || true"_s).trimmed().isEmpty(),
                                 15000);
        QTest::qWait(200);
        QVERIFY(!called);
    }

    void outputLimitKeepsTheStartAndSaysSo()
    {
        QObject owner;
        std::optional<Result<exec::Output>> got;
        exec::Request req(remote::Command::script(u"head -c 100000 /dev/zero | tr '\\0' a"_s));
        req.maxOutput = 1000;
        exec::run(conn.get(), &owner, req, [&](Result<exec::Output> r) { got = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 30000);
        QVERIFY2(got->has_value(), test::why(*got).constData());
        QCOMPARE((*got)->out.size(), 1000);
        QVERIFY((*got)->err.contains("output cut"));
    }

    void timeoutIsAnError()
    {
        QObject owner;
        std::optional<Result<exec::Output>> got;
        exec::Request req(remote::Command::script(u"sleep 20"_s));
        req.timeoutMs = 500;
        exec::run(conn.get(), &owner, req, [&](Result<exec::Output> r) { got = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 15000);
        QVERIFY(!got->has_value());
        QCOMPARE(got->error().code, ErrorCode::Timeout);
    }

    void noConnectionIsAnErrorDeliveredLater()
    {
        QObject owner;
        std::optional<Result<exec::Output>> got;
        exec::run(nullptr, &owner, remote::Command({u"true"_s}),
                  [&](Result<exec::Output> r) { got = std::move(r); });
        QVERIFY(!got.has_value()); // never from inside run()
        QTRY_VERIFY(got.has_value());
        QCOMPARE(got->error().code, ErrorCode::ConnectionLost);
    }
};

QTEST_GUILESS_MAIN(TestExecLayer)
#include "tst_execlayer.moc"
