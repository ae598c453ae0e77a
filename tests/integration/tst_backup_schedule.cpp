// The backup schedule on the real test host (as `ops`, sudo without password): installed three
// times it is there once; the script cron would run (run here by hand: the test host has no cron
// daemon) makes a PostgreSQL and a volume backup with manifests Capataz reads as good, reading the
// password from the .env itself; retention deletes old backups but never the newest one whose
// drill passed; a run with a wrong password records exit 1 in last-run.json, which Capataz turns
// into a Failed alarm; removing the schedule takes its block out.
#include "TestHost.h"
#include "backup/BackupNaming.h"
#include "backup/BackupOps.h"
#include "backup/BackupSchedule.h"

#include <QEventLoop>
#include <QTest>
#include <QTimer>

using namespace capataz;
using namespace capataz::backup;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kProject = u"/srv/capataz-sched-test"_s;
const QString kDir = u"/var/backups/capataz/capataz_sched_test"_s;
const QString kVolume = u"capataz_sched_vol"_s;

template <typename T, typename Start> Result<T> wait(Start start)
{
    std::optional<Result<T>> got;
    QEventLoop loop;
    start([&](Result<T> r) {
        got = std::move(r);
        loop.quit();
    });
    if (!got) {
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!got)
        return fail(ErrorCode::Timeout, u"no answer"_s);
    return *got;
}
} // namespace

class TestBackupSchedule : public QObject {
    Q_OBJECT
    const test::TestHost* th = nullptr;
    std::unique_ptr<ssh::Connection> m_conn;
    ScheduleSpec m_spec;

    plan::StepContext ctx() { return {m_conn.get(), this, {}}; }

    void writeEnv(const QString& password)
    {
        th->inside(
            u"mkdir -p "_s + kProject + u" && cat > "_s + kProject +
            u"/.env <<'EOF'\n# the project's settings\nexport DB_NAME=sched\nDB_USER = app2\nDB_PASSWORD=\""_s +
            password + u"\"\nEOF\n"_s);
    }

private slots:
    void initTestCase()
    {
        QString why;
        th = test::TestHost::instance(&why);
        if (!th)
            QSKIP(qPrintable(why));
        int rc = -1;
        const QByteArray started = th->inside(u"pg_ctlcluster 15 main start 2>&1; pg_lsclusters"_s, &rc);
        QVERIFY2(started.contains("online"), started.constData());
        th->inside(
            u"cd / && runuser -u postgres -- psql -X -q <<'SQL'\n"
            "DROP DATABASE IF EXISTS sched;\nDROP ROLE IF EXISTS app2;\n"
            "CREATE ROLE app2 LOGIN PASSWORD 'sched pw \"x\" 4d2e';\nCREATE DATABASE sched OWNER app2;\nSQL\n"
            "runuser -u postgres -- psql -X -q -d sched -c 'SET ROLE app2; CREATE TABLE t AS SELECT "
            "generate_series(1, 50) AS id'"_s,
            &rc);
        QCOMPARE(rc, 0);
        writeEnv(u"sched pw \"x\" 4d2e"_s);
        th->inside(u"rm -rf "_s + kDir + u"; docker volume rm -f "_s + kVolume +
                   u" >/dev/null 2>&1; docker volume create "_s + kVolume +
                   u" >/dev/null; docker run --rm -v "_s + kVolume + u":/v "_s + th->value(u"TH_IMAGE"_s) +
                   u" sh -c 'echo one > /v/1'"_s);
        m_conn = std::make_unique<ssh::Connection>(th->keySettings(u"ops"_s));
        QVERIFY2(test::connectAndWait(*m_conn), qPrintable(m_conn->lastError().toString()));

        m_spec.project = u"capataz_sched_test"_s;
        m_spec.dir = kDir;
        m_spec.projectDir = kProject;
        m_spec.image = th->value(u"TH_IMAGE"_s);
        m_spec.hour = 3;
        m_spec.minute = 15;
        m_spec.retention = {.keepDays = 2, .keepCount = 1};
        stack::RecipeBackupTarget pg;
        pg.kind = stack::RecipeBackupTarget::Postgres;
        pg.database = u"wrong_default"_s;
        pg.databaseEnv = u"DB_NAME"_s;
        pg.userEnv = u"DB_USER"_s;
        pg.passwordEnv = u"DB_PASSWORD"_s;
        stack::RecipeBackupTarget vol;
        vol.kind = stack::RecipeBackupTarget::Volume;
        vol.volume = kVolume;
        m_spec.targets = {pg, vol};
    }

    void installedOnceWhenAppliedThreeTimes()
    {
        for (int i = 0; i < 3; ++i) {
            auto c = wait<ScheduleChange>(
                [&](auto done) { installSchedule(ctx(), m_spec, false, std::move(done)); });
            QVERIFY2(c, test::why(c).constData());
            QCOMPARE(c->scriptChanged, i == 0);
            QCOMPARE(c->cronChanged, i == 0);
        }
        const QByteArray cron = th->inside(u"cat /etc/cron.d/capataz-backups"_s);
        QCOMPARE(cron.count("# BEGIN capataz backup capataz_sched_test"), 1);
        QVERIFY2(cron.contains("15 3 * * * root /usr/local/lib/capataz/backup-capataz_sched_test.sh"),
                 cron.constData());
        QCOMPARE(th->inside(u"stat -c %a /etc/cron.d/capataz-backups"_s).trimmed(), QByteArray("644"));
        // The script is plain and readable, and holds no secret.
        const QByteArray script = th->inside(u"cat "_s + scheduleScriptPath(m_spec.project));
        QVERIFY(
            script.startsWith("#!/bin/bash\n# Capataz: the scheduled backups of project capataz_sched_test"));
        QVERIFY(!script.contains("4d2e"));
        QCOMPARE(nextRun(m_spec, QDateTime(QDate(2026, 12, 7), QTime(4, 0), Qt::UTC)),
                 QDateTime(QDate(2026, 12, 8), QTime(3, 15), Qt::UTC));
    }

    void scheduledRunMakesGoodBackupsAndKeepsTheDrilledOne()
    {
        // Old backups of the volume's series: three days old and more, one of them drilled.
        const QString series = u"volume-"_s + kVolume;
        QStringList old;
        for (int days : {3, 4, 5}) {
            const QString name =
                backupStem(QDateTime::currentDateTimeUtc().addDays(-days), u"volume"_s, kVolume) +
                u".tar.gz"_s;
            old << name;
            th->inside(
                u"mkdir -p "_s + kDir + u" && cd "_s + kDir + u" && printf 'old%1' > "_s.arg(days) + name +
                u" && printf '{\"capataz_backup\": 1, \"name\": \"%1\", \"kind\": \"volume\", \"size\": 4, "
                "\"sha256\": \"%2\"}' > %1.manifest.json"_s.arg(name, QString(64, u'0')));
        }
        th->inside(u"cd "_s + kDir + u" && printf '{\"capataz_drill\": 1, \"ok\": true}' > "_s + old[1] +
                   u".drill.json"_s);
        int rc = -1;
        const QByteArray log = th->inside(u"bash "_s + scheduleScriptPath(m_spec.project) + u" 2>&1"_s, &rc);
        QVERIFY2(rc == 0, log.constData());
        auto run =
            wait<std::optional<LastRun>>([&](auto done) { readLastRun(ctx(), kDir, std::move(done)); });
        QVERIFY2(run && *run, test::why(run).constData());
        const LastRun& r = **run;
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.made.size(), 2);
        QVERIFY(!lastRunAlarm(*run));
        // Retention (2 days, 1 backup): the 3- and 5-day-old ones go, the drilled 4-day-old stays.
        QCOMPARE(r.deleted.size(), 2);
        QVERIFY(r.deleted.contains(old[0]) && r.deleted.contains(old[2]));
        auto list = wait<QList<BackupEntry>>([&](auto done) { listBackups(ctx(), kDir, std::move(done)); });
        QVERIFY(list);
        QStringList good;
        for (const BackupEntry& e : *list)
            if (e.isGood())
                good << e.name;
        QVERIFY2(good.size() == 3 && good.contains(old[1]), qPrintable(good.join(u' ')));
        // The scheduled PostgreSQL backup: the database and user from the .env, counts in the
        // manifest, and it restores in a drill like one made by Capataz.
        QString pgName;
        for (const BackupEntry& e : *list)
            if (e.manifest && e.manifest->kind == u"postgres"_s)
                pgName = e.name;
        QVERIFY2(pgName.contains(u"-postgres-sched."_s), qPrintable(pgName));
        auto d = wait<DrillRecord>([&](auto done) {
            drillBackup(ctx(), kDir, pgName, kProject, {}, {}, QDateTime::currentDateTimeUtc(),
                        std::move(done));
        });
        QVERIFY2(d && d->ok, d ? qPrintable(d->detail) : test::why(d).constData());
        QCOMPARE(d->found.rowCounts.value(u"public.t"_s), 50);
        Q_UNUSED(series);
    }

    void failedRunIsRecordedAndFlagged()
    {
        writeEnv(u"not the password 4d2e"_s);
        int rc = -1;
        th->inside(u"bash "_s + scheduleScriptPath(m_spec.project) + u" >/dev/null 2>&1"_s, &rc);
        writeEnv(u"sched pw \"x\" 4d2e"_s);
        QCOMPARE(rc, 1);
        auto run =
            wait<std::optional<LastRun>>([&](auto done) { readLastRun(ctx(), kDir, std::move(done)); });
        QVERIFY(run && *run);
        QCOMPARE((*run)->exitCode, 1);
        QCOMPARE((*run)->made.size(), 1); // the volume still made it
        QCOMPARE((*run)->failed, QStringList{u"kind=postgres"_s});
        const auto alarm = lastRunAlarm(*run);
        QVERIFY(alarm);
        QCOMPARE(alarm->kind, BackupAlarm::Kind::Failed);
        QVERIFY(!th->inside(u"ls -a "_s + kDir).contains(".partial"));
    }

    void removedScheduleLeavesNoBlock()
    {
        auto c =
            wait<ScheduleChange>([&](auto done) { installSchedule(ctx(), m_spec, true, std::move(done)); });
        QVERIFY2(c, test::why(c).constData());
        QVERIFY(c->cronChanged && c->scriptChanged);
        QVERIFY(!th->inside(u"cat /etc/cron.d/capataz-backups"_s).contains("capataz_sched_test"));
        int rc = -1;
        th->inside(u"test -e "_s + scheduleScriptPath(m_spec.project), &rc);
        QVERIFY(rc != 0);
    }

    void cleanupTestCase()
    {
        if (th)
            th->inside(u"rm -rf "_s + kDir + u' ' + kProject + u"; docker volume rm -f "_s + kVolume +
                       u" >/dev/null 2>&1; pg_ctlcluster 15 main stop 2>/dev/null || true"_s);
    }
};

QTEST_GUILESS_MAIN(TestBackupSchedule)
#include "tst_backup_schedule.moc"
