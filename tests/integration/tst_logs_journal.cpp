// JournalLogSource against the real test host. It has no systemd: journal files are made by
// Debian's systemd-journal-remote from a Journal Export Format stream the test writes (entries
// "entry N" of app.service and other.service, known times and priorities) and read as root
// (ops's passwordless sudo) with `journalctl -D DIR -o json -u UNIT`: the right text, time, level
// and unit; following while the connection is cut (ops's sshd processes killed) and more
// entries arrive in new journal files: resumed by cursor (--after-cursor), nothing twice,
// nothing missing; a secret of the server written to the journal never reaches a record.
#include "LogsTestSupport.h"
#include "TestHost.h"
#include "logs/JournalLogSource.h"
#include "logs/LogParse.h"

#include <QDateTime>
#include <QFile>
#include <QTest>

using namespace capataz;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kDir = u"/opt/capataz-logs-journal-test"_s;
const QString kJournal = kDir + u"/journal"_s;
const QString kRemote = u"/lib/systemd/systemd-journal-remote"_s;
const QString kToken = u"jrn1-Hq7vT3xC9mB5wK2dP8sF4"_s;
const QString kApp = u"app.service"_s;
const QString kOther = u"other.service"_s;

// Entry i: app.service unless i % 3 == 2 (other.service); PRIORITY i % 8; 1 ms apart.
QString unitOf(int i)
{
    return i % 3 == 2 ? kOther : kApp;
}
QList<qint64> numbersOf(const QString& unit, int from, int to)
{
    QList<qint64> out;
    for (int i = from; i < to; ++i)
        if (unitOf(i) == unit)
            out << i;
    return out;
}
} // namespace

class TestLogsJournal : public QObject {
    Q_OBJECT
    const test::TestHost* th = nullptr;
    std::unique_ptr<ssh::Connection> conn;
    plan::SecretMask secrets;
    qint64 baseUs = 0; // __REALTIME_TIMESTAMP of entry 0
    int files = 0;

    qint64 timeUsOf(int i) const { return baseUs + qint64(i) * 1000; }

    // Entries [from, to) as a Journal Export Format stream; every 5th app entry is followed by
    // one that prints the secret.
    QByteArray exportStream(int from, int to) const
    {
        QByteArray out;
        auto entry = [&](qint64 us, const QString& unit, int priority, const QString& message) {
            out += "__REALTIME_TIMESTAMP=" + QByteArray::number(us) + '\n';
            out += "__MONOTONIC_TIMESTAMP=" + QByteArray::number(us - baseUs + 1) + '\n';
            out += "_BOOT_ID=0123456789abcdef0123456789abcdef\n";
            out += "_SYSTEMD_UNIT=" + unit.toUtf8() + '\n';
            out += "SYSLOG_IDENTIFIER=" + unit.section(u'.', 0, 0).toUtf8() + '\n';
            out += "PRIORITY=" + QByteArray::number(priority) + '\n';
            out += "MESSAGE=" + message.toUtf8() + "\n\n";
        };
        for (int i = from; i < to; ++i) {
            entry(timeUsOf(i), unitOf(i), i % 8, u"entry %1"_s.arg(i));
            if (unitOf(i) == kApp && i % 5 == 0)
                entry(timeUsOf(i) + 1, kApp, 6, u"token="_s + kToken + u" end"_s);
        }
        return out;
    }

    // Shell text that turns entries [from, to) into a new journal file of kJournal.
    QString makeJournal(int from, int to)
    {
        const QString name = u"capataz-journal-%1.export"_s.arg(++files);
        QFile f(th->value(u"TH_ROOTFS_TMP"_s) + u'/' + name);
        if (!f.open(QIODevice::WriteOnly) || f.write(exportStream(from, to)) < 0)
            return u"false"_s;
        f.close();
        return kRemote + u" --output="_s + kJournal + u"/part%1.journal /tmp/"_s.arg(files) + name +
               u" >/dev/null 2>&1 && rm -f /tmp/"_s + name;
    }

    static void cutCommand(QString& s) { s.prepend(u"pkill -KILL -f '^sshd: ops'; "_s); }

    logs::LogSource::Options options(int tail, bool follow) const
    {
        logs::LogSource::Options o;
        o.tailLines = tail;
        o.follow = follow;
        o.secrets = secrets;
        return o;
    }

    static QString state(const test::LogCollector& got, const logs::LogSource& s)
    {
        const QList<qint64> n = got.numbers(u"entry "_s);
        return u"%1 numbers (last %2), %3 resumed, %4 gaps, state %5, finished %6, error %7"_s.arg(n.size())
            .arg(n.isEmpty() ? -1 : n.last())
            .arg(got.marks(logs::LogRecord::Kind::Resumed))
            .arg(got.marks(logs::LogRecord::Kind::Gap))
            .arg(int(s.state()))
            .arg(got.finished)
            .arg(s.error().toString());
    }

private slots:
    void initTestCase()
    {
        QString why;
        th = test::TestHost::instance(&why);
        if (!th)
            QSKIP(qPrintable(why));
        int rc = -1;
        th->inside(u"command -v journalctl && [ -x "_s + kRemote + u" ]"_s, &rc);
        if (rc != 0)
            QSKIP("journalctl or systemd-journal-remote is not installed (scripts/install-deps.sh --test)");
        secrets.add(kToken);
        baseUs = (QDateTime::currentMSecsSinceEpoch() - 3600 * 1000) * 1000 + 123;
    }

    void init()
    {
        if (!th)
            return;
        int rc = -1;
        th->inside(u"rm -rf "_s + kDir + u" && mkdir -p "_s + kJournal + u" && "_s + makeJournal(0, 30), &rc);
        QCOMPARE(rc, 0);
        conn = std::make_unique<ssh::Connection>(th->keySettings(u"ops"_s));
        QVERIFY2(test::connectAndWait(*conn), qPrintable(conn->lastError().toString()));
    }

    void cleanup()
    {
        conn.reset();
        if (th)
            th->inside(u"rm -rf "_s + kDir + u" /tmp/capataz-journal-*.export"_s);
    }

    // Not following: every entry of the unit, with its time, level and unit.
    void readsUnitWithTimeAndLevel()
    {
        logs::JournalLogSource source(conn.get(), {kApp, kJournal}, options(-1, false));
        test::LogCollector got;
        got.attach(source, this);
        source.start();
        QTRY_COMPARE_WITH_TIMEOUT(got.finished, 1, 30000);
        QVERIFY2(!got.error.isError(), qPrintable(got.error.toString()));
        QCOMPARE(got.numbers(u"entry "_s), numbersOf(kApp, 0, 30));
        int secretLines = 0;
        for (const logs::LogRecord& r : got.records) {
            QCOMPARE(r.kind, logs::LogRecord::Kind::Line);
            QCOMPARE(r.origin, kApp);
            QVERIFY2(r.channel == exec::Channel::Stdout, qPrintable(r.text));
            if (!r.text.startsWith(u"entry "_s)) {
                QCOMPARE(r.text, u"token="_s + plan::SecretMask::mask() + u" end"_s);
                QCOMPARE(r.level, logs::Level::Info);
                ++secretLines;
                continue;
            }
            const int i = r.text.mid(6).toInt();
            QCOMPARE(r.timeMs, timeUsOf(i) / 1000);
            QCOMPARE(r.level, logs::levelOfPriority(i % 8));
        }
        QCOMPARE(secretLines, 4); // 0, 10, 15, 25 (5 and 20 are other.service's)
        QVERIFY(!got.anyTextContains(kToken));
        // The levels cover the priorities: 0-2 critical, 3 error, 4 warning, 5 notice, 6 info, 7 debug.
        QCOMPARE(logs::levelOfPriority(3), logs::Level::Error);
        QCOMPARE(logs::levelOfPriority(7), logs::Level::Debug);
    }

    // The other unit, only its last 4 entries (-n 4).
    void filtersByUnitAndTail()
    {
        logs::JournalLogSource source(conn.get(), {kOther, kJournal}, options(4, false));
        test::LogCollector got;
        got.attach(source, this);
        source.start();
        QTRY_COMPARE_WITH_TIMEOUT(got.finished, 1, 30000);
        QVERIFY2(!got.error.isError(), qPrintable(got.error.toString()));
        QCOMPARE(got.numbers(u"entry "_s), numbersOf(kOther, 0, 30).mid(6));
        for (const logs::LogRecord& r : got.records)
            QCOMPARE(r.origin, kOther);
        // Every unit: the other's and the app's interleaved by time.
        logs::JournalLogSource all(conn.get(), {QString(), kJournal}, options(-1, false));
        test::LogCollector every;
        every.attach(all, this);
        all.start();
        QTRY_COMPARE_WITH_TIMEOUT(every.finished, 1, 30000);
        QList<qint64> all30;
        for (int i = 0; i < 30; ++i)
            all30 << i;
        QCOMPARE(every.numbers(u"entry "_s), all30);
    }

    // Following while the connection is cut and more entries are written to new journal files
    // (while cut, and while read): resumed after the last cursor, every entry once, in order.
    void resumesByCursorAfterCuts()
    {
        logs::JournalLogSource source(conn.get(), {kApp, kJournal}, options(-1, true));
        test::LogCollector got;
        got.attach(source, this);
        source.start();
        QTRY_VERIFY2_WITH_TIMEOUT(got.numbers(u"entry "_s) == numbersOf(kApp, 0, 30),
                                  qPrintable(state(got, source)), 30000);
        const QString cursorBefore = source.cursor();
        QVERIFY(cursorBefore.startsWith(u"s="_s));
        int end = 30;
        for (int c = 1; c <= 4; ++c) {
            // Cut, and entries written before the source is back.
            QString cmd = makeJournal(end, end + 20);
            cutCommand(cmd);
            int rc = -1;
            th->inside(cmd, &rc);
            QCOMPARE(rc, 0);
            end += 20;
            QTRY_VERIFY2_WITH_TIMEOUT(got.marks(logs::LogRecord::Kind::Resumed) == c &&
                                          got.numbers(u"entry "_s) == numbersOf(kApp, 0, end),
                                      qPrintable(u"cut %1: "_s.arg(c) + state(got, source)), 30000);
            // And entries written while it follows.
            th->inside(makeJournal(end, end + 10), &rc);
            QCOMPARE(rc, 0);
            end += 10;
            QTRY_VERIFY2_WITH_TIMEOUT(got.numbers(u"entry "_s) == numbersOf(kApp, 0, end),
                                      qPrintable(u"after cut %1: "_s.arg(c) + state(got, source)), 30000);
        }
        QTest::qWait(500); // nothing more comes
        source.stop();
        QCOMPARE(got.numbers(u"entry "_s), numbersOf(kApp, 0, end));
        QCOMPARE(got.marks(logs::LogRecord::Kind::Gap), 0);
        QCOMPARE(got.finished, 0);
        QVERIFY(source.cursor() != cursorBefore);
        QVERIFY(!got.anyTextContains(kToken));
        for (const logs::LogRecord& r : got.records) {
            if (r.kind != logs::LogRecord::Kind::Line) {
                QVERIFY(r.resumedMs >= r.timeMs);
                QVERIFY(!r.text.isEmpty());
            } else {
                QVERIFY2(r.channel == exec::Channel::Stdout, qPrintable(r.text));
            }
        }
    }

    // The journal regenerated while cut (its files replaced by one holding the same entries and
    // more, as journal-remote writes them again): journald's cursor still places the source
    // after the last entry it read: nothing twice, nothing missing.
    void resumesAfterTheJournalIsRegenerated()
    {
        logs::JournalLogSource source(conn.get(), {kApp, kJournal}, options(-1, true));
        test::LogCollector got;
        got.attach(source, this);
        source.start();
        QTRY_VERIFY2_WITH_TIMEOUT(got.numbers(u"entry "_s) == numbersOf(kApp, 0, 30),
                                  qPrintable(state(got, source)), 30000);
        QString cmd = u"rm -f "_s + kJournal + u"/*.journal && "_s + makeJournal(0, 50);
        cutCommand(cmd);
        int rc = -1;
        th->inside(cmd, &rc);
        QCOMPARE(rc, 0);
        QTRY_VERIFY2_WITH_TIMEOUT(
            got.marks(logs::LogRecord::Kind::Resumed) + got.marks(logs::LogRecord::Kind::Gap) == 1 &&
                got.numbers(u"entry "_s) == numbersOf(kApp, 0, 50),
            qPrintable(state(got, source)), 30000);
        QTest::qWait(500);
        source.stop();
        QCOMPARE(got.numbers(u"entry "_s), numbersOf(kApp, 0, 50));
    }

    // A directory that is not absolute is refused before anything runs.
    void refusesARelativeDirectory()
    {
        logs::JournalLogSource source(conn.get(), {kApp, u"journal"_s}, options(-1, false));
        test::LogCollector got;
        got.attach(source, this);
        source.start();
        QTRY_COMPARE_WITH_TIMEOUT(got.finished, 1, 5000);
        QCOMPARE(got.error.code, ErrorCode::InvalidArgument);
        QVERIFY(got.records.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLogsJournal)
#include "tst_logs_journal.moc"
