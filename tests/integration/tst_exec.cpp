// RemoteProcess against the real test host: arguments, stdin, exit codes, many at once.
#include "TestHost.h"
#include "remote/ShellQuote.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QTest>
#include <QTimer>

using namespace capataz;
using namespace capataz::ssh;
using namespace Qt::Literals::StringLiterals;

class TestExec : public QObject {
    Q_OBJECT
    const test::TestHost* th = nullptr;
    std::unique_ptr<Connection> conn;

private slots:
    void initTestCase()
    {
        QString why;
        th = test::TestHost::instance(&why);
        if (!th)
            QSKIP(qPrintable(why));
        conn = std::make_unique<Connection>(th->keySettings(u"ops"_s));
        QVERIFY2(test::connectAndWait(*conn), qPrintable(conn->lastError().toString()));
    }
    void cleanupTestCase() { conn.reset(); }

    void argumentsArriveUnchanged_data()
    {
        QTest::addColumn<QString>("arg");
        QTest::newRow("single quotes") << u"it's 'quoted'"_s;
        QTest::newRow("double quotes") << u"say \"hi\""_s;
        QTest::newRow("command substitution") << u"$(touch /tmp/pwned-subst)"_s;
        QTest::newRow("backticks") << u"`touch /tmp/pwned-tick`"_s;
        QTest::newRow("newlines") << u"line1\nline2\n\ntouch /tmp/pwned-nl"_s;
        QTest::newRow("semicolon") << u"a; touch /tmp/pwned-semi"_s;
        QTest::newRow("pipes and ampersands") << u"a | touch /tmp/pwned-pipe && b & c"_s;
        QTest::newRow("globs and tilde") << u"* ~ ?"_s;
        QTest::newRow("variables") << u"$HOME ${PATH} $1 $@"_s;
        QTest::newRow("backslashes") << u"C:\\dir\\n \\\\ \\"_s;
        QTest::newRow("leading dash") << u"-rf"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces and tabs") << u"  a\tb  "_s;
        QTest::newRow("non-ASCII") << u"ñandú 日本語 🐄 Ünïcödé"_s;
        QTest::newRow("redirects") << u"> /tmp/pwned-redir < /etc/passwd"_s;
        QTest::newRow("history bang") << u"!! !-1"_s;
    }
    void argumentsArriveUnchanged()
    {
        QFETCH(QString, arg);
        // printf '%s\0' ARG... prints each argument exactly as the remote program received it.
        const auto r = test::run(*conn, remote::Command({u"printf"_s, u"%s\\0"_s, arg, u"second"_s}));
        QVERIFY2(r.result.ok(), qPrintable(r.result.error.toString() + QString::fromUtf8(r.err)));
        QCOMPARE(r.out, arg.toUtf8() + '\0' + "second" + '\0');
        int rc = 0;
        const QByteArray found = th->inside(u"ls /tmp/pwned-* 2>/dev/null"_s, &rc);
        QVERIFY2(found.isEmpty(), found.constData()); // nothing ran
    }

    void nulIsRefused()
    {
        const auto r = test::run(*conn, remote::Command({u"echo"_s, QString(u"a\0b"_s)}));
        QCOMPARE(r.result.error.code, ErrorCode::InvalidArgument);
    }

    void exitCodesAndStreams_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("out");
        QTest::addColumn<QByteArray>("err");
        QTest::newRow("zero") << u"echo ok"_s << 0 << QByteArray("ok\n") << QByteArray();
        QTest::newRow("one") << u"false"_s << 1 << QByteArray() << QByteArray();
        QTest::newRow("42 with stderr")
            << u"echo out; echo err >&2; exit 42"_s << 42 << QByteArray("out\n") << QByteArray("err\n");
        QTest::newRow("255") << u"exit 255"_s << 255 << QByteArray() << QByteArray();
        QTest::newRow("not found") << u"/nonexistent/cmd"_s << 127 << QByteArray() << QByteArray();
    }
    void exitCodesAndStreams()
    {
        QFETCH(QString, script);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, out);
        QFETCH(QByteArray, err);
        const auto r = test::run(*conn, remote::Command({u"sh"_s, u"-c"_s, script}));
        QVERIFY(!r.result.error.isError());
        QCOMPARE(r.result.exitCode, exitCode);
        QCOMPARE(r.out, out);
        if (exitCode != 127)
            QCOMPARE(r.err, err);
    }

    void stdinRoundTrip()
    {
        QByteArray input;
        for (int i = 0; i < 200000; ++i)
            input += QByteArray::number(i) + '\n';
        const auto r = test::run(*conn, remote::Command({u"sha256sum"_s}), input);
        QVERIFY(r.result.ok());
        const QByteArray expected = QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex();
        QCOMPARE(r.out.left(64), expected);
    }

    void signalEndsProcess()
    {
        const auto r = test::run(*conn, remote::Command({u"sh"_s, u"-c"_s, u"kill -TERM $$"_s}));
        QCOMPARE(r.result.exitSignal, u"TERM"_s);
        QVERIFY(!r.result.ok());
    }

    void hundredAtOnce()
    {
        // Beyond sshd's MaxSessions (10): the rest wait in the queue, none fails.
        QList<RemoteProcess*> procs;
        QHash<int, QByteArray> outputs;
        int finishedCount = 0;
        int failures = 0;
        QStringList why; // what each failure said, for the report
        QEventLoop loop;
        for (int i = 0; i < 100; ++i) {
            auto* p = conn->exec(
                remote::Command({u"sh"_s, u"-c"_s, u"sleep 0.2; echo $1"_s, u"sh"_s, QString::number(i)}));
            connect(p, &RemoteProcess::readyReadStdout, &loop,
                    [&outputs, i](const QByteArray& d) { outputs[i] += d; });
            connect(p, &RemoteProcess::finished, &loop, [&, i](const ProcessResult& r) {
                if (!r.ok()) {
                    ++failures;
                    why << u"#%1: exit %2 signal '%3' error %4"_s.arg(i)
                               .arg(r.exitCode)
                               .arg(r.exitSignal, r.error.toString());
                }
                if (++finishedCount == 100)
                    loop.quit();
            });
            procs << p;
        }
        for (auto* p : procs)
            p->start();
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(finishedCount, 100);
        QVERIFY2(failures == 0, qPrintable(why.join(u'\n')));
        for (int i = 0; i < 100; ++i)
            QCOMPARE(outputs.value(i), QByteArray::number(i) + '\n');
        for (auto* p : procs)
            p->deleteLater();
    }

    void cancelStopsRemoteProcess()
    {
        auto* p = conn->exec(remote::Command({u"sh"_s, u"-c"_s, u"echo started; exec sleep 347"_s}));
        ProcessResult result;
        bool done = false;
        QEventLoop loop;
        connect(p, &RemoteProcess::readyReadStdout, &loop, [&](const QByteArray&) { p->cancel(); });
        connect(p, &RemoteProcess::finished, &loop, [&](const ProcessResult& r) {
            result = r;
            done = true;
            loop.quit();
        });
        p->start();
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        QVERIFY(done);
        QCOMPARE(result.error.code, ErrorCode::Cancelled);
        p->deleteLater();
        // The remote sleep is gone (sshd signalled its process group).
        QTRY_VERIFY_WITH_TIMEOUT(th->inside(u"pgrep -f '^sleep 347$' || true"_s).trimmed().isEmpty(), 10000);
    }

    void timeout()
    {
        auto* p = conn->exec(remote::Command({u"sleep"_s, u"30"_s}));
        p->setTimeout(500);
        ProcessResult result;
        bool done = false;
        QEventLoop loop;
        connect(p, &RemoteProcess::finished, &loop, [&](const ProcessResult& r) {
            result = r;
            done = true;
            loop.quit();
        });
        p->start();
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        QVERIFY(done);
        QCOMPARE(result.error.code, ErrorCode::Timeout);
        p->deleteLater();
    }

    void workingDirectory()
    {
        const QString dir = u"/tmp/dir with 'quotes' and $(x)"_s;
        th->inside(u"mkdir -p \"/tmp/dir with 'quotes' and \\$(x)\""_s);
        const auto r = test::run(*conn, remote::Command({u"pwd"_s}).inDirectory(dir));
        QVERIFY(r.result.ok());
        QCOMPARE(QString::fromUtf8(r.out).trimmed(), dir);
    }
};

QTEST_GUILESS_MAIN(TestExec)
#include "tst_exec.moc"
