// The loud failures (late, failed, empty, shrunk) and retention that never deletes the newest
// backup that passed a restore drill: pure logic over a directory's entries.
#include "backup/BackupHealth.h"
#include "backup/BackupNaming.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace capataz::backup;

namespace {

const QDateTime kNow(QDate(2026, 12, 10), QTime(12, 0, 0), Qt::UTC);

BackupEntry good(int hoursAgo, qint64 size, QString label = u"shop"_s, bool drilled = false)
{
    BackupEntry e;
    e.name = backupStem(kNow.addSecs(-hoursAgo * 3600), u"postgres"_s, label) + u".dump.zst"_s;
    e.size = size;
    Manifest m;
    m.name = e.name;
    m.kind = u"postgres"_s;
    m.size = size;
    m.sha256 = QString(64, u'a');
    m.expect.rowCounts = {{u"public.orders"_s, 10}};
    e.manifest = m;
    if (drilled) {
        DrillRecord d;
        d.name = e.name;
        d.ok = true;
        e.drill = d;
    }
    return e;
}

QStringList kinds(const QList<BackupAlarm>& alarms)
{
    QStringList out;
    for (const BackupAlarm& a : alarms)
        out << alarmKindName(a.kind);
    return out;
}

} // namespace

class TestBackupHealth : public QObject {
    Q_OBJECT
private slots:
    void freshBackupsRaiseNothing()
    {
        const QList<BackupEntry> e{good(2, 1000), good(26, 1000), good(50, 900)};
        QVERIFY(assessBackups(e, {}, kNow).isEmpty());
    }

    void lateWhenTheNewestGoodIsOlderThanThePromise()
    {
        const QList<BackupEntry> e{good(30, 1000), good(54, 1000)};
        const auto a = assessBackups(e, {.intervalSecs = 24 * 3600, .graceSecs = 3600}, kNow);
        QCOMPARE(kinds(a), QStringList{u"late"_s});
        QCOMPARE(a[0].backup, e[0].name);
        QVERIFY(a[0].sentence.untranslated().contains(u"30 hours old"_s));
        // Within the grace hour it is not late yet.
        QVERIFY(
            assessBackups({good(24, 1000)}, {.intervalSecs = 24 * 3600, .graceSecs = 3600}, kNow).isEmpty());
    }

    void lateWhenASeriesHasNoBackupAtAll()
    {
        const auto a = assessBackups({}, {}, kNow, {u"postgres-shop"_s});
        QCOMPARE(kinds(a), QStringList{u"late"_s});
        QCOMPARE(a[0].series, u"postgres-shop"_s);
    }

    void failedWhenANewerRunLeftNoGoodBackup()
    {
        BackupEntry partial = good(1, 400);
        partial.partial = true;
        partial.manifest.reset();
        QCOMPARE(kinds(assessBackups({partial, good(20, 1000)}, {}, kNow)), QStringList{u"failed"_s});
        BackupEntry noManifest = good(1, 400);
        noManifest.manifest.reset();
        QCOMPARE(kinds(assessBackups({noManifest, good(20, 1000)}, {}, kNow)), QStringList{u"failed"_s});
        // A file whose size differs from its manifest's (cut short after the manifest) is not good.
        BackupEntry cut = good(1, 1000);
        cut.size = 500;
        QCOMPARE(kinds(assessBackups({cut, good(20, 1000)}, {}, kNow)), QStringList{u"failed"_s});
        // An old failure before a newer good backup is history, not an alarm.
        BackupEntry oldPartial = good(30, 400);
        oldPartial.partial = true;
        oldPartial.manifest.reset();
        QVERIFY(assessBackups({good(1, 1000), oldPartial}, {}, kNow).isEmpty());
    }

    void emptyAndShrunk()
    {
        BackupEntry empty = good(1, 100);
        empty.manifest->expect.rowCounts.clear();
        QCOMPARE(kinds(assessBackups({empty}, {}, kNow)), QStringList{u"empty"_s});
        QCOMPARE(kinds(assessBackups({good(1, 400), good(25, 1000)}, {}, kNow)), QStringList{u"shrunk"_s});
        // Exactly half is not "more than half smaller".
        QVERIFY(assessBackups({good(1, 500), good(25, 1000)}, {}, kNow).isEmpty());
        // Series are judged apart: a small other database is not a shrunk one.
        QVERIFY(assessBackups({good(1, 10, u"small"_s), good(25, 1000)}, {}, kNow).isEmpty());
    }

    void retentionKeepsCountAndDays()
    {
        QList<BackupEntry> e;
        for (int day = 0; day < 10; ++day)
            e << good(day * 24 + 1, 1000);
        const QStringList victims = retentionVictims(e, {.keepDays = 3, .keepCount = 5}, kNow);
        QCOMPARE(victims.size(), 5);
        for (int day = 5; day < 10; ++day)
            QVERIFY(victims.contains(e[day].name));
        // keepDays longer than the history: nothing goes.
        QVERIFY(retentionVictims(e, {.keepDays = 30, .keepCount = 1}, kNow).isEmpty());
    }

    void retentionNeverDeletesTheNewestDrilledBackup()
    {
        QList<BackupEntry> e;
        for (int day = 0; day < 10; ++day)
            e << good(day * 24 + 1, 1000, u"shop"_s, day == 8);
        const QStringList victims = retentionVictims(e, {.keepDays = 1, .keepCount = 2}, kNow);
        QVERIFY(!victims.contains(e[8].name));
        QVERIFY(victims.contains(e[9].name));
        QVERIFY(victims.contains(e[7].name));
    }

    void retentionNeverDeletesTheOnlyGoodBackup()
    {
        BackupEntry bad = good(1, 10);
        bad.manifest.reset();
        BackupEntry bad2 = good(2, 10);
        bad2.manifest.reset();
        const BackupEntry only = good(24 * 40, 1000);
        const QStringList victims =
            retentionVictims({bad, bad2, only}, {.keepDays = 0, .keepCount = 0}, kNow);
        QVERIFY(!victims.contains(only.name));
        QVERIFY(victims.contains(bad.name));
    }

    void retentionRemovesStalePartials()
    {
        BackupEntry p = good(30, 10);
        p.partial = true;
        BackupEntry fresh = good(1, 10);
        fresh.partial = true;
        const QStringList v = retentionVictims({p, fresh, good(2, 1000)}, {}, kNow);
        QCOMPARE(v, QStringList{p.name + u".partial"_s});
    }
};

QTEST_GUILESS_MAIN(TestBackupHealth)
#include "tst_backuphealth.moc"
