// FileLogSource against the real test host: a file written by a loop printing numbered lines
// (`echo "line N" >> app.log` every 10 ms, started in the test host, killed in cleanup) is
// followed through GNU `tail -F` as root (ops's passwordless sudo): every number once and in
// order; the file rotated (mv app.log app.log.1, the writer creates a new app.log) and
// truncated (`: > app.log`) while followed; the connection cut several times (ops's sshd
// processes killed): resumed from the byte offset, nothing twice, nothing missing, a Gap mark
// only when the file was rotated meanwhile; a secret of the .env written into the file never
// reaches a record.
#include "LogsTestSupport.h"
#include "TestHost.h"
#include "logs/ComposeLogSource.h"
#include "logs/FileLogSource.h"
#include "plan/StepContext.h"
#include "setup/EnvPlan.h"
#include "stack/RecipeLoader.h"

#include <QTest>

#include <algorithm>

using namespace capataz;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kDir = u"/opt/capataz-logs-file-test"_s; // the project (.env)
// The followed files: on the test host's /tmp, a real file system where GNU tail -F is woken by
// inotify, as for /var/log on a server. (/opt is an overlayfs there, which tail takes for a
// remote file system and polls: a truncation then loses what was written since the last poll,
// and one regrown past tail's position within the interval goes unseen.)
const QString kFiles = u"/tmp/capataz-logs-file-test"_s;
const QString kToken = u"fil3-Kx9qW2vB7nM4pL8sR3tY6"_s;
} // namespace

class TestLogsFile : public QObject {
    Q_OBJECT
    const test::TestHost* th = nullptr;
    std::unique_ptr<ssh::Connection> conn;
    plan::SecretMask secrets;
    QString dir; // this test's directory on the host: kFiles/<test function>

    QString log() const { return dir + u"/app.log"_s; }

    void cut() const { th->inside(u"pkill -KILL -f '^sshd: ops' || true"_s); }

    int sh(const QString& command) const
    {
        int rc = -1;
        th->inside(u"cd "_s + dir + u" || exit 99; "_s + command, &rc);
        return rc;
    }

    // Starts the writer in its own session: `line` is the shell text of one line ($i its
    // number), written with >> every 10 ms (a new open each time: after a rotation it creates the
    // new app.log, as a program reopening its log does). Waits for its pid file.
    [[nodiscard]] bool startWriter(const QString& line = u"line $i"_s, int count = 100000,
                                   const QString& write = u"echo \"%1\""_s) const
    {
        const QString loop = u"echo $$ > writer.pid; i=0; while [ $i -lt %1 ]; do i=$((i+1)); "
                             u"%2 >> app.log; sleep 0.01; done"_s.arg(count)
                                 .arg(write.arg(line));
        return sh(u"setsid sh -c '"_s + loop +
                  u"' >/dev/null 2>&1 </dev/null & i=0; while [ ! -s writer.pid ] && [ $i -lt 500 ]; "
                  u"do i=$((i+1)); sleep 0.01; done; [ -s writer.pid ]"_s) == 0;
    }

    logs::LogSource::Options options(int tail = -1) const
    {
        logs::LogSource::Options o;
        o.tailLines = tail;
        o.secrets = secrets;
        return o;
    }

    static QString state(const test::LogCollector& got, const logs::LogSource& s)
    {
        const QList<qint64> n = got.numbers(u"line "_s);
        return u"%1 numbers (last %2), %3 resumed, %4 gaps, state %5, finished %6, error %7"_s.arg(n.size())
            .arg(n.isEmpty() ? -1 : n.last())
            .arg(got.marks(logs::LogRecord::Kind::Resumed))
            .arg(got.marks(logs::LogRecord::Kind::Gap))
            .arg(int(s.state()))
            .arg(got.finished)
            .arg(s.error().toString());
    }

    // Numbers strictly growing: no number twice, none out of order ("" when so).
    static QString checkIncreasing(const QList<qint64>& n)
    {
        for (qsizetype i = 1; i < n.size(); ++i)
            if (n.at(i) <= n.at(i - 1))
                return u"after %1 came %2 (index %3 of %4)"_s.arg(n.at(i - 1))
                    .arg(n.at(i))
                    .arg(i)
                    .arg(n.size());
        return {};
    }

private slots:
    void initTestCase()
    {
        QString why;
        th = test::TestHost::instance(&why);
        if (!th)
            QSKIP(qPrintable(why));
        int rc = -1;
        th->inside(u"rm -rf "_s + kDir + u"; mkdir -p "_s + kDir + u" && cd "_s + kDir +
                       u" && printf 'API_TOKEN="_s + kToken +
                       u"\\n' > .env && chmod 600 .env && printf 'services: {}\\n' > docker-compose.yml"_s,
                   &rc);
        QCOMPARE(rc, 0);
        conn = std::make_unique<ssh::Connection>(th->keySettings(u"ops"_s));
        QVERIFY2(test::connectAndWait(*conn), qPrintable(conn->lastError().toString()));
        // The secrets of the project's .env, as capataz-cli logs reads them.
        const setup::SetupTarget target = logs::defaultComposeTarget(kDir, stack::builtinRecipes());
        QObject owner;
        std::optional<Result<plan::SecretMask>> loaded;
        setup::loadEnvSecrets(plan::StepContext{conn.get(), &owner, {}}, target,
                              [&](Result<plan::SecretMask> r) { loaded = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), 30000);
        QVERIFY2(loaded->has_value(), qPrintable(loaded->error().toString()));
        secrets = **loaded;
        QVERIFY(secrets.secrets().contains(kToken));
    }

    void init()
    {
        if (!th)
            return;
        dir = kFiles + u'/' + QString::fromLatin1(QTest::currentTestFunction());
        int rc = -1;
        th->inside(u"rm -rf "_s + dir + u" && mkdir -p "_s + dir, &rc);
        QCOMPARE(rc, 0);
        conn = std::make_unique<ssh::Connection>(th->keySettings(u"ops"_s));
        QVERIFY2(test::connectAndWait(*conn), qPrintable(conn->lastError().toString()));
    }

    void cleanup()
    {
        conn.reset();
        if (th && !dir.isEmpty())
            th->inside(u"cd "_s + dir +
                       u" && [ -s writer.pid ] && kill -- -$(cat writer.pid); cd / && rm -rf "_s + dir);
        dir.clear();
    }

    void cleanupTestCase()
    {
        if (th)
            th->inside(u"rm -rf "_s + kDir + u' ' + kFiles);
    }

    // Not following: the last 10 lines of what is there, then finished.
    void readsTailWithoutFollow()
    {
        QCOMPARE(
            sh(u"i=0; while [ $i -lt 500 ]; do i=$((i+1)); echo \"line $i\"; done > app.log && chmod 600 "
               u"app.log"_s),
            0);
        logs::LogSource::Options o = options(10);
        o.follow = false;
        logs::FileLogSource source(conn.get(), log(), o);
        test::LogCollector got;
        got.attach(source, this);
        source.start();
        QTRY_COMPARE_WITH_TIMEOUT(got.finished, 1, 30000);
        QVERIFY2(!got.error.isError(), qPrintable(got.error.toString()));
        QCOMPARE(got.numbers(u"line "_s), (QList<qint64>{491, 492, 493, 494, 495, 496, 497, 498, 499, 500}));
        QCOMPARE(source.offset(), th->inside(u"stat -c %s "_s + log()).trimmed().toLongLong()); // 4392
    }

    // (a) From the file's first line, following the writer: every number once, in order.
    void everyNumberOnceInOrder()
    {
        QVERIFY(startWriter());
        QTest::qWait(300);
        logs::FileLogSource source(conn.get(), log(), options(-1));
        test::LogCollector got;
        got.attach(source, this);
        source.start();
        QTRY_VERIFY2_WITH_TIMEOUT(got.numbers(u"line "_s).size() >= 300, qPrintable(state(got, source)),
                                  30000);
        source.stop();
        const QList<qint64> n = got.numbers(u"line "_s);
        QCOMPARE(n.first(), 1);
        QCOMPARE(test::checkConsecutive(n), QString());
        QCOMPARE(got.finished, 0);
        QCOMPARE(got.marks(logs::LogRecord::Kind::Resumed) + got.marks(logs::LogRecord::Kind::Gap), 0);
        for (const logs::LogRecord& r : got.records)
            QVERIFY2(r.channel == exec::Channel::Stdout, qPrintable(r.text)); // no complaint of tail
    }

    // (b) Rotated while followed (mv app.log app.log.1; the writer creates a new app.log): the
    // lines of the new file arrive, none twice; the old file's last lines were seen by tail.
    void rotatedWhileFollowed()
    {
        QVERIFY(startWriter());
        logs::FileLogSource source(conn.get(), log(), options(5));
        test::LogCollector got;
        got.attach(source, this);
        source.start();
        QTRY_VERIFY2_WITH_TIMEOUT(got.numbers(u"line "_s).size() >= 100, qPrintable(state(got, source)),
                                  30000);
        for (int rotation = 1; rotation <= 3; ++rotation) {
            QCOMPARE(sh(u"mv app.log app.log.%1"_s.arg(rotation)), 0);
            const qint64 rotatedAt = th->inside(u"cd "_s + dir + u" && tail -n 1 app.log.%1"_s.arg(rotation))
                                         .trimmed()
                                         .mid(5)
                                         .toLongLong();
            QVERIFY(rotatedAt > 0);
            // New lines from the new file.
            QTRY_VERIFY2_WITH_TIMEOUT(got.numbers(u"line "_s).last() > rotatedAt + 50,
                                      qPrintable(state(got, source)), 20000);
        }
        // The offset counted in the new file is right: a cut now resumes at the right byte.
        const qint64 beforeCut = got.numbers(u"line "_s).last();
        cut();
        QTRY_VERIFY2_WITH_TIMEOUT(got.marks(logs::LogRecord::Kind::Resumed) == 1 &&
                                      got.numbers(u"line "_s).last() > beforeCut + 50,
                                  qPrintable(state(got, source)), 30000);
        source.stop();
        const QList<qint64> n = got.numbers(u"line "_s);
        QCOMPARE(checkIncreasing(n), QString());
        // Nothing lost either: tail -F read the old file to its end before it switched.
        QCOMPARE(test::checkConsecutive(n), QString());
        QCOMPARE(got.marks(logs::LogRecord::Kind::Gap), 0);
        QCOMPARE(got.finished, 0);
        int notices = 0;
        for (const logs::LogRecord& r : got.records)
            notices += r.channel == exec::Channel::Stderr && r.text.contains(u"following new file"_s) ? 1 : 0;
        QVERIFY2(notices >= 3, qPrintable(state(got, source)));
    }

    // Lines whose bytes are not their text: a colour escape, an invalid UTF-8 byte, CR LF. After
    // tail switches to the rotated-in file, the source counts the new file's whole lines (their
    // decoded length would be wrong), so a cut then resumes right after the last line read.
    void rotatedWithEscapesAndBadBytesThenCut()
    {
        const QString prefix = u"ok \ufffd line "_s;
        QVERIFY(startWriter(u"\\033[32mok\\033[0m \\377 line %s\\r\\n"_s, 100000, u"printf \"%1\" $i"_s));
        logs::FileLogSource source(conn.get(), log(), options(5));
        test::LogCollector got;
        got.attach(source, this);
        source.start();
        QTRY_VERIFY2_WITH_TIMEOUT(got.numbers(prefix).size() >= 50, qPrintable(state(got, source)), 30000);
        QCOMPARE(sh(u"mv app.log app.log.1"_s), 0);
        const qint64 rotatedAt = got.numbers(prefix).last();
        QTRY_VERIFY2_WITH_TIMEOUT(got.numbers(prefix).last() > rotatedAt + 100,
                                  qPrintable(state(got, source)), 20000);
        for (int c = 1; c <= 2; ++c) {
            const qint64 beforeCut = got.numbers(prefix).last();
            cut();
            QTRY_VERIFY2_WITH_TIMEOUT(got.marks(logs::LogRecord::Kind::Resumed) == c &&
                                          got.numbers(prefix).last() > beforeCut + 50,
                                      qPrintable(state(got, source)), 30000);
        }
        source.stop();
        const QList<qint64> n = got.numbers(prefix);
        QCOMPARE(checkIncreasing(n), QString());
        QCOMPARE(test::checkConsecutive(n), QString());
        QCOMPARE(got.marks(logs::LogRecord::Kind::Gap), 0);
        // The escape is not shown as text; the colour is kept as a span over "ok".
        QVERIFY(std::ranges::none_of(got.records,
                                     [](const logs::LogRecord& r) { return r.text.contains(u"[32m"_s); }));
        for (const logs::LogRecord& r : got.records) {
            if (r.kind != logs::LogRecord::Kind::Line || !r.text.startsWith(prefix))
                continue;
            QCOMPARE(r.spans.size(), 1);
            QCOMPARE(r.spans.first().start, 0);
            QCOMPARE(r.spans.first().length, 2);
            QCOMPARE(r.spans.first().style.foreground, exec::TermColor::indexed(2));
        }
    }

    // A coloured line keeps its colours; a coloured line whose text held a secret is masked and
    // shown plain (its positions moved: no span may outline where the secret was).
    void coloursKeptUnlessASecretWasMasked()
    {
        QCOMPARE(sh(u"printf '\\033[1;31mERROR\\033[0m disk full\\n\\033[33mtoken=%s\\033[0m\\n' '"_s +
                    kToken + u"' > app.log && chmod 600 app.log"_s),
                 0);
        logs::LogSource::Options o = options(10);
        o.follow = false;
        logs::FileLogSource source(conn.get(), log(), o);
        test::LogCollector got;
        got.attach(source, this);
        source.start();
        QTRY_COMPARE_WITH_TIMEOUT(got.finished, 1, 30000);
        QVERIFY2(!got.error.isError(), qPrintable(got.error.toString()));
        QList<logs::LogRecord> lines;
        for (const logs::LogRecord& r : got.records)
            if (r.kind == logs::LogRecord::Kind::Line)
                lines << r;
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].text, u"ERROR disk full"_s);
        QCOMPARE(lines[0].spans.size(), 1);
        QCOMPARE(lines[0].spans[0].start, 0);
        QCOMPARE(lines[0].spans[0].length, 5);
        QCOMPARE(lines[0].spans[0].style.foreground, exec::TermColor::indexed(1));
        QVERIFY(lines[0].spans[0].style.has(exec::TextStyle::Bold));
        QCOMPARE(lines[1].text, u"token="_s + plan::SecretMask::mask());
        QVERIFY(lines[1].spans.isEmpty());
    }

    // (c) Truncated while followed: the source goes on with the new content from its first
    // byte, and says so (tail's notice, a stderr record); nothing read twice.
    void truncatedWhileFollowed()
    {
        QVERIFY(startWriter());
        logs::FileLogSource source(conn.get(), log(), options(5));
        test::LogCollector got;
        got.attach(source, this);
        source.start();
        QTRY_VERIFY2_WITH_TIMEOUT(got.numbers(u"line "_s).size() >= 100, qPrintable(state(got, source)),
                                  30000);
        for (int truncation = 1; truncation <= 3; ++truncation) {
            const qint64 before = got.numbers(u"line "_s).last();
            QCOMPARE(sh(u": > app.log"_s), 0);
            QTRY_VERIFY2_WITH_TIMEOUT(got.numbers(u"line "_s).last() > before + 50,
                                      qPrintable(state(got, source)), 20000);
        }
        // Then a cut: the offset counted after the truncations is right (no line twice, none lost).
        const qint64 beforeCut = got.numbers(u"line "_s).last();
        cut();
        QTRY_VERIFY2_WITH_TIMEOUT(
            got.marks(logs::LogRecord::Kind::Resumed) + got.marks(logs::LogRecord::Kind::Gap) >= 1 &&
                got.numbers(u"line "_s).last() > beforeCut + 100,
            qPrintable(state(got, source)), 30000);
        source.stop();
        const QList<qint64> n = got.numbers(u"line "_s);
        QCOMPARE(checkIncreasing(n), QString());
        QCOMPARE(got.marks(logs::LogRecord::Kind::Gap), 0);
        int truncatedNotices = 0;
        for (const logs::LogRecord& r : got.records)
            truncatedNotices +=
                r.channel == exec::Channel::Stderr && r.text.contains(u"file truncated"_s) ? 1 : 0;
        QVERIFY2(truncatedNotices == 3, qPrintable([&] {
                     QString why = u"%1 notices; "_s.arg(truncatedNotices);
                     qint64 prev = -1;
                     for (const logs::LogRecord& r : got.records) {
                         if (r.channel == exec::Channel::Stderr || r.kind != logs::LogRecord::Kind::Line) {
                             why += u"[%1] "_s.arg(r.text.left(60));
                             continue;
                         }
                         const qint64 k = r.text.mid(5).toLongLong();
                         if (k != prev + 1)
                             why += u"%1->%2 "_s.arg(prev).arg(r.text);
                         prev = k;
                     }
                     return why;
                 }()));
        // Lines written between tail's last read and a truncation are gone with it; every number
        // after the last truncation arrived.
        const qint64 firstAfter =
            th->inside(u"cd "_s + dir + u" && head -n 1 app.log"_s).trimmed().mid(5).toLongLong();
        const qsizetype at = n.indexOf(firstAfter);
        QVERIFY2(at >= 0, qPrintable(u"%1 not read"_s.arg(firstAfter)));
        QCOMPARE(test::checkConsecutive(n.mid(at)), QString());
        QCOMPARE(got.finished, 0);
    }

    // (d) The connection cut 6 times while following: each resume goes on at the byte where
    // it stopped (a Resumed mark, no Gap): every number once, in order.
    void resumesAtTheByteAfterCuts()
    {
        QVERIFY(startWriter());
        logs::FileLogSource source(conn.get(), log(), options(5));
        test::LogCollector got;
        got.attach(source, this);
        source.start();
        QTRY_VERIFY2_WITH_TIMEOUT(got.numbers(u"line "_s).size() >= 20, qPrintable(state(got, source)),
                                  30000);
        for (int c = 0; c < 6; ++c) {
            const qsizetype before = got.numbers(u"line "_s).size();
            cut();
            QTRY_VERIFY2_WITH_TIMEOUT(got.marks(logs::LogRecord::Kind::Resumed) > c &&
                                          got.numbers(u"line "_s).size() > before + 20,
                                      qPrintable(u"cut %1: "_s.arg(c) + state(got, source)), 30000);
            QCOMPARE(got.finished, 0);
        }
        source.stop();
        const QList<qint64> n = got.numbers(u"line "_s);
        QCOMPARE(test::checkConsecutive(n), QString());
        QCOMPARE(got.marks(logs::LogRecord::Kind::Gap), 0);
        for (const logs::LogRecord& r : got.records) {
            if (r.kind != logs::LogRecord::Kind::Line) {
                QVERIFY(r.resumedMs >= r.timeMs);
                QVERIFY(!r.text.isEmpty());
            }
        }
    }

    // (d) A cut, and the file rotated before the source is back: it starts the new file from
    // its first byte and marks a Gap (the old file's last lines may be missing); the new file's
    // lines arrive once each. Then a cut with the file the same: Resumed, nothing lost.
    void gapWhenRotatedDuringCut()
    {
        QVERIFY(startWriter());
        logs::FileLogSource source(conn.get(), log(), options(5));
        test::LogCollector got;
        got.attach(source, this);
        source.start();
        QTRY_VERIFY2_WITH_TIMEOUT(got.numbers(u"line "_s).size() >= 50, qPrintable(state(got, source)),
                                  30000);
        // Cut and rotate in one go, before the source can come back.
        th->inside(u"pkill -KILL -f '^sshd: ops'; cd "_s + dir + u" && mv app.log app.log.1"_s);
        const qint64 firstOfNew = [&] {
            qint64 first = -1;
            for (int i = 0; i < 100 && first <= 0; ++i) {
                first = th->inside(u"cd "_s + dir + u" && head -n 1 app.log 2>/dev/null"_s)
                            .trimmed()
                            .mid(5)
                            .toLongLong();
                if (first <= 0)
                    QTest::qWait(20);
            }
            return first;
        }();
        QVERIFY(firstOfNew > 0);
        QTRY_VERIFY2_WITH_TIMEOUT(got.marks(logs::LogRecord::Kind::Gap) == 1 &&
                                      got.numbers(u"line "_s).last() > firstOfNew + 50,
                                  qPrintable(state(got, source)), 30000);
        const qsizetype gapAt = [&] {
            for (qsizetype i = 0; i < got.records.size(); ++i)
                if (got.records.at(i).kind == logs::LogRecord::Kind::Gap)
                    return i;
            return qsizetype(-1);
        }();
        QVERIFY(gapAt > 0);
        // After the mark: the new file from its first line.
        test::LogCollector after;
        after.records = got.records.mid(gapAt);
        const QList<qint64> newLines = after.numbers(u"line "_s);
        QCOMPARE(newLines.first(), firstOfNew);
        QCOMPARE(test::checkConsecutive(newLines), QString());
        // A plain cut now: resumed at the byte.
        const qsizetype before = got.numbers(u"line "_s).size();
        cut();
        QTRY_VERIFY2_WITH_TIMEOUT(got.marks(logs::LogRecord::Kind::Resumed) >= 1 &&
                                      got.numbers(u"line "_s).size() > before + 50,
                                  qPrintable(state(got, source)), 30000);
        source.stop();
        QCOMPARE(got.marks(logs::LogRecord::Kind::Gap), 1);
        const QList<qint64> n = got.numbers(u"line "_s);
        QCOMPARE(checkIncreasing(n), QString());
        after.records = got.records.mid(gapAt);
        QCOMPARE(test::checkConsecutive(after.numbers(u"line "_s)), QString());
        QCOMPARE(got.finished, 0);
    }

    // (d) A cut, and the file truncated (copytruncate) before the source is back: shorter
    // than where it stopped, so it starts again at byte 0 and marks a Gap; no line cut in two.
    void gapWhenTruncatedDuringCut()
    {
        QVERIFY(startWriter());
        QTest::qWait(2000); // the file longer than what is written while the source is away
        logs::FileLogSource source(conn.get(), log(), options(5));
        test::LogCollector got;
        got.attach(source, this);
        source.start();
        QTRY_VERIFY2_WITH_TIMEOUT(got.numbers(u"line "_s).size() >= 30, qPrintable(state(got, source)),
                                  30000);
        th->inside(u"pkill -KILL -f '^sshd: ops'; cd "_s + dir + u" && : > app.log"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(got.marks(logs::LogRecord::Kind::Gap) == 1 &&
                                      got.numbers(u"line "_s).size() > 80,
                                  qPrintable(state(got, source)), 30000);
        source.stop();
        QCOMPARE(got.marks(logs::LogRecord::Kind::Resumed), 0);
        QCOMPARE(checkIncreasing(got.numbers(u"line "_s)), QString());
        const qint64 firstAfter =
            th->inside(u"cd "_s + dir + u" && head -n 1 app.log"_s).trimmed().mid(5).toLongLong();
        qsizetype gapAt = -1;
        for (qsizetype i = 0; i < got.records.size(); ++i) {
            const logs::LogRecord& r = got.records.at(i);
            if (r.kind == logs::LogRecord::Kind::Gap)
                gapAt = i;
            else
                QVERIFY2(QRegularExpression(u"^line \\d+$"_s).match(r.text).hasMatch(), qPrintable(r.text));
        }
        test::LogCollector after;
        after.records = got.records.mid(gapAt);
        const QList<qint64> n = after.numbers(u"line "_s);
        QCOMPARE(n.first(), firstAfter);
        QCOMPARE(test::checkConsecutive(n), QString());
    }

    // (d) Truncated during a cut and written again past where the source stopped (same inode,
    // not shorter): the byte before the offset is no longer a line's end, so it starts again at
    // byte 0 with a Gap, instead of going on in the middle of a line as if nothing were lost.
    void gapWhenTruncatedAndRewrittenDuringCut()
    {
        QCOMPARE(sh(u"i=1; while [ $i -le 200 ]; do echo \"line $i\"; i=$((i+1)); done > app.log"_s), 0);
        logs::FileLogSource source(conn.get(), log(), options(5));
        test::LogCollector got;
        got.attach(source, this);
        source.start();
        QTRY_VERIFY2_WITH_TIMEOUT(got.numbers(u"line "_s) == (QList<qint64>{196, 197, 198, 199, 200}),
                                  qPrintable(state(got, source)), 30000);
        QCOMPARE(source.offset(), 1692);
        // 300 lines of 10 bytes: longer than 1692, and no line ends at byte 1691.
        th->inside(
            u"pkill -KILL -f '^sshd: ops'; cd "_s + dir +
            u" && : > app.log && i=1001; while [ $i -le 1300 ]; do echo \"line $i\"; i=$((i+1)); done >> "
            u"app.log"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(
            got.marks(logs::LogRecord::Kind::Gap) + got.marks(logs::LogRecord::Kind::Resumed) == 1 &&
                got.numbers(u"line "_s).last() == 1300,
            qPrintable(state(got, source)), 30000);
        source.stop();
        QCOMPARE(got.marks(logs::LogRecord::Kind::Gap), 1);
        QList<qint64> expected{196, 197, 198, 199, 200};
        for (int i = 1001; i <= 1300; ++i)
            expected << i;
        QCOMPARE(got.numbers(u"line "_s), expected);
        for (const logs::LogRecord& r : got.records)
            QVERIFY2(r.kind != logs::LogRecord::Kind::Line || r.text.startsWith(u"line "_s),
                     qPrintable(r.text));
    }

    // (e) A secret of the .env written into the file is masked in every record, through a cut.
    void secretMaskedInEveryRecord()
    {
        QVERIFY(startWriter(u"line $i token="_s + kToken + u" end"_s, 100000));
        logs::FileLogSource source(conn.get(), log(), options(20));
        test::LogCollector got;
        got.attach(source, this);
        source.start();
        QTRY_VERIFY2_WITH_TIMEOUT(got.records.size() >= 50, qPrintable(state(got, source)), 30000);
        cut();
        QTRY_VERIFY2_WITH_TIMEOUT(got.marks(logs::LogRecord::Kind::Resumed) >= 1,
                                  qPrintable(state(got, source)), 30000);
        const qsizetype before = got.records.size();
        QTRY_VERIFY_WITH_TIMEOUT(got.records.size() > before + 20, 20000);
        source.stop();
        QVERIFY(!got.anyTextContains(kToken));
        QVERIFY(!got.anyTextContains(kToken.left(12)));
        const QRegularExpression masked(u"^line (\\d+) token="_s +
                                        QRegularExpression::escape(plan::SecretMask::mask()) + u" end$"_s);
        QList<qint64> n;
        for (const logs::LogRecord& r : got.records) {
            if (r.kind != logs::LogRecord::Kind::Line)
                continue;
            const auto m = masked.match(r.text);
            QVERIFY2(m.hasMatch(), qPrintable(r.text));
            n << m.captured(1).toLongLong();
        }
        QCOMPARE(test::checkConsecutive(n), QString());
    }
};

QTEST_GUILESS_MAIN(TestLogsFile)
#include "tst_logs_file.moc"
