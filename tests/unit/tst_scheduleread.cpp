// backup::parseInstalledSchedule: what the Schedule dialog shows as "on the server now" is read
// back from the text installSchedule() writes: the project's cron block among others, and the
// script's retention and targets (values with quotes and newlines included).
#include "backup/BackupSchedule.h"
#include "backup/ScheduleRead.h"

#include <QTest>

using namespace capataz;
using namespace capataz::backup;
using namespace Qt::Literals::StringLiterals;

class TestScheduleRead : public QObject {
    Q_OBJECT

    static ScheduleSpec spec()
    {
        ScheduleSpec s;
        s.project = u"tienda"_s;
        s.dir = u"/var/backups/capataz/tienda"_s;
        s.projectDir = u"/srv/tienda"_s;
        s.composeArgs = {u"-f"_s, u"compose.yaml"_s, u"-f"_s, u"compose.prod.yaml"_s};
        stack::RecipeBackupTarget db;
        db.kind = stack::RecipeBackupTarget::Postgres;
        db.service = u"db"_s;
        db.databaseEnv = u"POSTGRES_DB"_s;
        db.userEnv = u"POSTGRES_USER"_s;
        db.passwordEnv = u"POSTGRES_PASSWORD"_s;
        stack::RecipeBackupTarget volume;
        volume.kind = stack::RecipeBackupTarget::Volume;
        volume.volume = u"tienda_uploads"_s;
        stack::RecipeBackupTarget files;
        files.kind = stack::RecipeBackupTarget::Files;
        files.path = u"it's here"_s;
        s.targets = {db, volume, files};
        s.hour = 4;
        s.minute = 5;
        s.retention = {.keepDays = 10, .keepCount = 3};
        return s;
    }

private slots:
    void readsBackWhatIsWritten()
    {
        const ScheduleSpec s = spec();
        const QString other =
            u"# BEGIN capataz backup blog\n1 1 * * * root /x.sh\n# END capataz backup blog\n"_s;
        const QString cron = other + cronBlock(s) + u'\n';
        const InstalledSchedule got = parseInstalledSchedule(s.project, cron, scheduleScript(s));
        QVERIFY(got.isInstalled());
        QCOMPARE(got.hour, 4);
        QCOMPARE(got.minute, 5);
        QCOMPARE(got.keepDays, 10);
        QCOMPARE(got.keepCount, 3);
        QCOMPARE(got.cronBlock, cronBlock(s));
        QCOMPARE(got.script, scheduleScript(s));
        QCOMPARE(got.targets.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(describeTarget(got.targets.at(i)), describeTarget(s.targets.at(i)));
        QCOMPARE(got.targets.at(0).passwordEnv, u"POSTGRES_PASSWORD"_s);
        QCOMPARE(got.targets.at(2).path, u"it's here"_s);
    }

    void absentOrHalf()
    {
        const ScheduleSpec s = spec();
        const InstalledSchedule none = parseInstalledSchedule(s.project, {}, {});
        QVERIFY(!none.cronPresent && !none.scriptPresent && !none.isInstalled());
        const InstalledSchedule cronOnly = parseInstalledSchedule(s.project, cronBlock(s), {});
        QVERIFY(cronOnly.cronPresent && !cronOnly.scriptPresent && !cronOnly.isInstalled());
        // Another project's block is not this one's.
        ScheduleSpec blog = s;
        blog.project = u"blog"_s;
        QVERIFY(!parseInstalledSchedule(s.project, cronBlock(blog), {}).cronPresent);
    }
};

QTEST_GUILESS_MAIN(TestScheduleRead)
#include "tst_scheduleread.moc"
