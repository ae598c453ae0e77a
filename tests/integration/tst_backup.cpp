// Backups against the real test host, as `deploy` (sudo with a password): Debian's PostgreSQL
// on the host and a docker volume read through the busybox image. Create, list, verify, drill
// and restore each, row counts equal after a restore into a fresh database, and the faults a
// user must see: database down, wrong credentials, a dump cut short, a corrupted archive
// restored (safety backup put back, data unchanged), a backup much smaller than the one before,
// a restore while the application holds a lock (its session is ended, not waited for), a full
// backup file system (a clear error, no partial file left).
#include "TestHost.h"
#include "backup/BackupHealth.h"
#include "backup/BackupNaming.h"
#include "backup/BackupOps.h"
#include "backup/RestorePlan.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace capataz;
using namespace capataz::backup;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kProject = u"/srv/capataz-backup-test"_s;
const QString kDir = u"/var/backups/capataz/capataz_backup_test"_s;
const QString kPassword = u"Bk-pw_'$(touch /tmp/pwned)-93c1f0e2"_s;
const QString kVolume = u"capataz_bk_volume"_s;

// Runs an async backup operation to its end in a local event loop (tests may spin one).
template <typename T, typename Start> Result<T> wait(Start start, int timeoutMs = 60000)
{
    std::optional<Result<T>> got;
    QEventLoop loop;
    start([&](Result<T> r) {
        got = std::move(r);
        loop.quit();
    });
    if (!got) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!got)
        return fail(ErrorCode::Timeout, u"the operation did not finish in time"_s);
    return *got;
}
} // namespace

class TestBackupIntegration : public QObject {
    Q_OBJECT
    const test::TestHost* th = nullptr;
    std::unique_ptr<ssh::Connection> m_conn;
    QTemporaryDir m_tmp;
    std::optional<store::Database> m_db;
    std::optional<store::AuditLog> m_audit;

    plan::StepContext ctx() { return {m_conn.get(), this, {}}; }

    QByteArray psql(const QString& sql, const QString& db = u"shop"_s)
    {
        return th->inside(u"runuser -u postgres -- psql -X -At -d "_s + db + u" -c \""_s + sql + u"\" 2>&1"_s)
            .trimmed();
    }

    stack::RecipeBackupTarget pgTarget() const
    {
        stack::RecipeBackupTarget t;
        t.kind = stack::RecipeBackupTarget::Postgres;
        t.database = u"wrong_default"_s;
        t.databaseEnv = u"DB_NAME"_s;
        t.userEnv = u"DB_USER"_s;
        t.passwordEnv = u"DB_PASSWORD"_s;
        return t;
    }

    Result<BackupSource> source(const stack::RecipeBackupTarget& t)
    {
        auto r = wait<QList<BackupSource>>(
            [&](auto done) { resolveSources(ctx(), {t}, kProject, u".env"_s, {}, std::move(done)); });
        if (!r)
            return std::unexpected(r.error());
        BackupSource s = r->first();
        s.image = th->value(u"TH_IMAGE"_s);
        return s;
    }

    Result<Manifest> create(const BackupSource& s, const QDateTime& at)
    {
        return wait<Manifest>([&](auto done) { createBackup(ctx(), s, kDir, at, std::move(done)); });
    }

    // The .env as a project has it: the password double-quoted (it holds a quote and "$(...)").
    void writeEnv(const QString& password)
    {
        th->inside(u"mkdir -p "_s + kProject + u" && cat > "_s + kProject +
                   u"/.env <<'EOF'\nDB_NAME=shop\nDB_USER=app\nDB_PASSWORD=\""_s + password + u"\"\nEOF\n"_s);
    }

    // Nothing on the server that Capataz wrote or logged holds the password.
    void checkNoLeak()
    {
        int rc = -1;
        const QByteArray hits =
            th->inside(u"grep -rlF -- "_s + u"'93c1f0e2' "_s + kDir + u" /var/log 2>/dev/null"_s, &rc);
        QVERIFY2(hits.trimmed().isEmpty(), hits.constData());
        QVERIFY(th->inside(u"ls /tmp/pwned 2>&1"_s).contains("No such file"));
    }

private slots:
    void initTestCase()
    {
        QString why;
        th = test::TestHost::instance(&why);
        if (!th)
            QSKIP(qPrintable(why));
        // Debian's PostgreSQL inside the test host, with an application role that logs in by
        // password over TCP (scram-sha-256) and a database of three tables.
        int rc = -1;
        const QByteArray started = th->inside(u"pg_ctlcluster 15 main start 2>&1; pg_lsclusters"_s, &rc);
        QVERIFY2(started.contains("online"), started.constData());
        const QString pw = QString(kPassword).replace(u"'"_s, u"''"_s);
        th->inside(
            u"cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 <<'SQL'\n"
            "DROP DATABASE IF EXISTS shop;\nDROP ROLE IF EXISTS app;\n"
            "CREATE ROLE app LOGIN PASSWORD '"_s +
                pw +
                u"';\nCREATE DATABASE shop OWNER app;\nSQL\n"
                "runuser -u postgres -- psql -X -q -d shop -v ON_ERROR_STOP=1 <<'SQL'\n"
                "SET ROLE app;\n"
                "CREATE TABLE customers (id serial PRIMARY KEY, name text);\n"
                "CREATE TABLE orders (id serial PRIMARY KEY, customer int REFERENCES customers, note text);\n"
                "CREATE TABLE empty_one (id int);\n"
                "INSERT INTO customers (name) SELECT 'c' || g FROM generate_series(1, 200) g;\n"
                "INSERT INTO orders (customer, note) SELECT 1 + g % 200, md5(g::text) FROM "
                "generate_series(1, "
                "20000) g;\nSQL\n"_s,
            &rc);
        QCOMPARE(rc, 0);
        QCOMPARE(psql(u"select count(*) from orders"_s), QByteArray("20000"));
        writeEnv(kPassword);
        th->inside(u"rm -rf "_s + kDir);
        // A volume with a few files.
        th->inside(u"docker volume rm -f "_s + kVolume + u" >/dev/null 2>&1; docker volume create "_s +
                   kVolume + u" >/dev/null && docker run --rm -v "_s + kVolume + u":/v "_s +
                   th->value(u"TH_IMAGE"_s) +
                   u" sh -c 'mkdir -p /v/sub && echo hello > /v/a.txt && echo 12345 > /v/sub/b.txt && : > "
                   "/v/empty'"_s);

        m_conn = std::make_unique<ssh::Connection>(th->keySettings(u"deploy"_s));
        QVERIFY2(test::connectAndWait(*m_conn), qPrintable(m_conn->lastError().toString()));
        auto db = store::Database::open(m_tmp.path());
        QVERIFY2(db.has_value(), test::why(db).constData());
        m_db.emplace(std::move(*db));
        m_audit.emplace(*m_db);
    }

    void postgresCreateListVerifyDrill()
    {
        auto s = source(pgTarget());
        QVERIFY2(s, test::why(s).constData());
        QCOMPARE(s->database, u"shop"_s); // DB_NAME wins over the recipe's default
        QCOMPARE(s->user, u"app"_s);
        const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-3600);
        auto m = create(*s, at);
        QVERIFY2(m, test::why(m).constData());
        QCOMPARE(m->name, backupStem(at, u"postgres"_s, u"shop"_s) + u".dump.zst"_s);
        QCOMPARE(m->expect.rowCounts.value(u"public.orders"_s), 20000);
        QCOMPARE(m->expect.rowCounts.value(u"public.customers"_s), 200);
        QCOMPARE(m->expect.rowCounts.value(u"public.empty_one"_s), 0);
        QCOMPARE(m->compression, u"zstd"_s);
        QVERIFY(m->size > 1000);
        // The file, its hash as sha256sum computes it, and the manifest beside it.
        const QByteArray sum = th->inside(u"sha256sum "_s + kDir + u'/' + m->name).left(64);
        QCOMPARE(QString::fromLatin1(sum), m->sha256);
        QVERIFY(th->inside(u"cat "_s + kDir + u'/' + manifestFileName(m->name))
                    .contains("\"public.orders\": 20000"));
        QVERIFY(th->inside(u"stat -c %a "_s + kDir).trimmed() == "700");
        checkNoLeak();

        auto list = wait<QList<BackupEntry>>([&](auto done) { listBackups(ctx(), kDir, std::move(done)); });
        QVERIFY2(list, test::why(list).constData());
        QCOMPARE(list->size(), 1);
        QVERIFY(list->first().isGood());
        QVERIFY(!list->first().drill);

        auto v = wait<VerifyResult>([&](auto done) { verifyBackup(ctx(), kDir, m->name, std::move(done)); });
        QVERIFY2(v, test::why(v).constData());
        QVERIFY2(v->ok(), qPrintable(v->problems.join(u"; "_s)));

        auto d = wait<DrillRecord>([&](auto done) {
            drillBackup(ctx(), kDir, m->name, kProject, {}, th->value(u"TH_IMAGE"_s),
                        QDateTime::currentDateTimeUtc(), std::move(done));
        });
        QVERIFY2(d, test::why(d).constData());
        QVERIFY2(d->ok, qPrintable(d->detail));
        QCOMPARE(d->found.rowCounts, m->expect.rowCounts); // row counts equal in a fresh database
        // The throwaway database is gone, the record is on the server for every computer.
        QVERIFY(!psql(u"select datname from pg_database"_s, u"postgres"_s).contains("capataz_drill"));
        list = wait<QList<BackupEntry>>([&](auto done) { listBackups(ctx(), kDir, std::move(done)); });
        QVERIFY(list && list->first().drillPassed());
    }

    void truncatedDumpFailsVerification()
    {
        auto s = source(pgTarget());
        QVERIFY(s);
        auto m = create(*s, QDateTime::currentDateTimeUtc().addSecs(-1800));
        QVERIFY2(m, test::why(m).constData());
        // The file cut in half after the fact (a dump killed halfway, a full disk).
        th->inside(u"truncate -s %1 "_s.arg(m->size / 2) + kDir + u'/' + m->name);
        auto v = wait<VerifyResult>([&](auto done) { verifyBackup(ctx(), kDir, m->name, std::move(done)); });
        QVERIFY2(v, test::why(v).constData());
        QVERIFY(!v->ok());
        const QString all = v->problems.join(u'\n');
        QVERIFY2(all.contains(u"size"_s) && all.contains(u"SHA-256"_s) && all.contains(u"cut short"_s),
                 qPrintable(all));
        // The list no longer counts it as good, so the schedule's check calls it failed.
        auto list = wait<QList<BackupEntry>>([&](auto done) { listBackups(ctx(), kDir, std::move(done)); });
        QVERIFY(list);
        const auto alarms = assessBackups(*list, {}, QDateTime::currentDateTimeUtc());
        QVERIFY(!alarms.isEmpty());
        QCOMPARE(alarms.first().kind, BackupAlarm::Kind::Failed);
        QCOMPARE(alarms.first().backup, m->name);
        // A drill of it fails without touching any database, and says why.
        auto d = wait<DrillRecord>([&](auto done) {
            drillBackup(ctx(), kDir, m->name, kProject, {}, {}, QDateTime::currentDateTimeUtc(),
                        std::move(done));
        });
        QVERIFY(d && !d->ok);
        QVERIFY2(d->detail.contains(u"verification"_s), qPrintable(d->detail));
        th->inside(u"rm -f "_s + kDir + u'/' + m->name + u"*"_s);
    }

    void wrongCredentialsAndDatabaseDown()
    {
        writeEnv(u"not-the-password-93c1f0e2"_s);
        auto s = source(pgTarget());
        QVERIFY(s);
        auto m = create(*s, QDateTime::currentDateTimeUtc());
        writeEnv(kPassword);
        QVERIFY(!m);
        QCOMPARE(m.error().code, ErrorCode::RemoteCommandFailed);
        QVERIFY2(m.error().detail.contains(u"password authentication failed"_s),
                 qPrintable(m.error().detail));
        QVERIFY(!m.error().detail.contains(u"93c1f0e2"_s));
        // Nothing half-written stays behind.
        QVERIFY(!th->inside(u"ls "_s + kDir).contains(".partial"));

        th->inside(u"pg_ctlcluster 15 main stop"_s);
        s = source(pgTarget());
        QVERIFY(s);
        m = create(*s, QDateTime::currentDateTimeUtc());
        th->inside(u"pg_ctlcluster 15 main start"_s);
        QVERIFY(!m);
        QCOMPARE(m.error().code, ErrorCode::RemoteCommandFailed);
        QVERIFY2(m.error().detail.contains(u"connection"_s) ||
                     m.error().detail.contains(u"Connection refused"_s),
                 qPrintable(m.error().detail));
        checkNoLeak();
    }

    void muchSmallerBackupIsFlagged()
    {
        auto s = source(pgTarget());
        QVERIFY(s);
        auto big = create(*s, QDateTime::currentDateTimeUtc().addSecs(-600));
        QVERIFY2(big, test::why(big).constData());
        psql(u"delete from orders where id > 1000"_s);
        auto small = create(*s, QDateTime::currentDateTimeUtc().addSecs(-300));
        QVERIFY2(small, test::why(small).constData());
        QVERIFY(small->size * 2 < big->size);
        auto list = wait<QList<BackupEntry>>([&](auto done) { listBackups(ctx(), kDir, std::move(done)); });
        QVERIFY(list);
        const auto alarms = assessBackups(*list, {}, QDateTime::currentDateTimeUtc());
        QVERIFY(!alarms.isEmpty());
        QCOMPARE(alarms.first().kind, BackupAlarm::Kind::Shrunk);
        QCOMPARE(alarms.first().backup, small->name);
    }

    void restoreBringsTheDataBack()
    {
        // The newest backup (1,000 orders) restored over a database that lost more rows.
        auto list = wait<QList<BackupEntry>>([&](auto done) { listBackups(ctx(), kDir, std::move(done)); });
        QVERIFY(list && !list->isEmpty() && list->first().manifest);
        const Manifest m = *list->first().manifest;
        QCOMPARE(m.expect.rowCounts.value(u"public.orders"_s), 1000);
        psql(u"delete from orders where id > 10"_s);
        auto s = source(pgTarget());
        QVERIFY(s);
        auto p = restorePlan(m, *s, kDir, QDateTime::currentDateTimeUtc());
        QVERIFY2(p, test::why(p).constData());
        QVERIFY(!p->previewText(remote::SudoMode::Password).contains(kPassword));
        plan::PlanRunner::Options o;
        o.server = u"testhost"_s;
        o.sudo = remote::SudoMode::Password;
        const auto run = test::runPlan(std::move(*p), m_conn.get(), &*m_audit, o, 60000);
        QVERIFY2(run.report.ok(), qPrintable(run.report.error.toString() + u'\n' + run.output));
        QCOMPARE(psql(u"select count(*) from orders"_s), QByteArray("1000"));
        QCOMPARE(psql(u"select count(*) from customers"_s), QByteArray("200"));
        // The application's role still owns its tables.
        QCOMPARE(psql(u"select tableowner from pg_tables where tablename = 'orders'"_s), QByteArray("app"));
        QVERIFY(th->inside(u"ls "_s + kDir + u"/safety"_s).contains("before_restore_shop"));
        auto rows = m_audit->list(u"testhost"_s, 1000);
        QVERIFY(rows);
        for (const store::AuditEntry& e : *rows)
            QVERIFY(!e.detail.contains(u"93c1f0e2"_s));
        checkNoLeak();
    }

    void corruptedArchiveRestorePutsSafetyBackBack()
    {
        auto s = source(pgTarget());
        QVERIFY(s);
        auto m = create(*s, QDateTime::currentDateTimeUtc().addSecs(-120));
        QVERIFY2(m, test::why(m).constData());
        // Damage the archive's middle and make the manifest agree with the damaged file, as if
        // the disk corrupted it before it was hashed: the restore itself must fail.
        const QString f = kDir + u'/' + m->name;
        th->inside(u"printf 'XXXXXXXXXXXXXXXX' | dd of="_s + f +
                   u" bs=1 seek=%1 conv=notrunc 2>/dev/null"_s.arg(m->size / 2));
        Manifest damaged = *m;
        damaged.sha256 = QString::fromLatin1(th->inside(u"sha256sum "_s + f).left(64));
        psql(u"delete from orders where id > 500"_s);
        const QByteArray before = psql(u"select count(*), sum(id) from orders"_s);
        auto p = restorePlan(damaged, *s, kDir, QDateTime::currentDateTimeUtc());
        QVERIFY(p);
        plan::PlanRunner::Options o;
        o.server = u"testhost"_s;
        o.sudo = remote::SudoMode::Password;
        const auto run = test::runPlan(std::move(*p), m_conn.get(), &*m_audit, o, 60000);
        QVERIFY(!run.report.ok());
        QCOMPARE(run.report.failedStepId, u"backup.restore.data"_s);
        QCOMPARE(run.report.outcome(u"backup.restore.safety"_s)->status, plan::StepStatus::RolledBack);
        // Data unchanged: the same rows as before the attempt.
        QCOMPARE(psql(u"select count(*), sum(id) from orders"_s), before);
        QCOMPARE(psql(u"select count(*) from customers"_s), QByteArray("200"));
    }

    void restoreWhileTheApplicationHoldsConnections()
    {
        auto s = source(pgTarget());
        QVERIFY(s);
        auto made = create(*s, QDateTime::currentDateTimeUtc().addSecs(-90));
        QVERIFY2(made, test::why(made).constData());
        const Manifest m = *made;
        // An "application" in the middle of a transaction that read the table (it holds a lock
        // the restore's DROP TABLE needs) for a minute.
        th->inside(
            u"cd / && (runuser -u postgres -- psql -X -q -d shop -c 'BEGIN; SELECT count(*) FROM orders; "
            "SELECT pg_sleep(60);' >/dev/null 2>&1 &) ; sleep 1"_s);
        QVERIFY(psql(u"select count(*) from pg_stat_activity where datname = 'shop'"_s).toInt() >= 1);
        psql(u"insert into customers (name) values ('late customer')"_s); // not blocked: row locks only
        auto p = restorePlan(m, *s, kDir, QDateTime::currentDateTimeUtc());
        QVERIFY(p);
        plan::PlanRunner::Options o;
        o.server = u"testhost"_s;
        o.sudo = remote::SudoMode::Password;
        QElapsedTimer clock;
        clock.start();
        const auto run = test::runPlan(std::move(*p), m_conn.get(), &*m_audit, o, 60000);
        QVERIFY2(run.report.ok(), qPrintable(run.report.error.toString() + u'\n' + run.output));
        QVERIFY(clock.elapsed() < 30000); // the session was ended, not waited for
        QCOMPARE(psql(u"select count(*) from customers"_s), QByteArray("200"));
        QCOMPARE(
            psql(
                u"select count(*) from pg_stat_activity where datname = 'shop' and query like '%pg_sleep%' and pid <> pg_backend_pid()"_s),
            QByteArray("0"));
    }

    void fullDiskFailsCleanly()
    {
        // The backup directory on a 4 KiB file system: the dump (about 13 KiB) cannot fit.
        const QString small = kDir + u"-small"_s;
        int rc = -1;
        th->inside(u"mkdir -p "_s + small + u" && mount -t tmpfs -o size=4k tmpfs "_s + small, &rc);
        QCOMPARE(rc, 0);
        auto s = source(pgTarget());
        QVERIFY(s);
        auto m = wait<Manifest>([&](auto done) {
            createBackup(ctx(), *s, small, QDateTime::currentDateTimeUtc(), std::move(done));
        });
        const QByteArray left = th->inside(u"ls -A "_s + small);
        th->inside(u"umount "_s + small + u" && rmdir "_s + small);
        QVERIFY(!m);
        QCOMPARE(m.error().code, ErrorCode::RemoteCommandFailed);
        QVERIFY2(m.error().detail.contains(u"No space left on device"_s), qPrintable(m.error().detail));
        QVERIFY2(left.trimmed().isEmpty(), left.constData()); // no partial file left to fill the disk
    }

    void volumeCreateVerifyDrillRestore()
    {
        stack::RecipeBackupTarget t;
        t.kind = stack::RecipeBackupTarget::Volume;
        t.volume = kVolume;
        auto s = source(t);
        QVERIFY2(s, test::why(s).constData());
        auto m = create(*s, QDateTime::currentDateTimeUtc().addSecs(-60));
        QVERIFY2(m, test::why(m).constData());
        QVERIFY(m->name.endsWith(u".tar.zst"_s));
        QCOMPARE(m->expect.fileCount, 3);
        QCOMPARE(m->expect.bytes, 12); // "hello\n" + "12345\n" + empty
        auto v = wait<VerifyResult>([&](auto done) { verifyBackup(ctx(), kDir, m->name, std::move(done)); });
        QVERIFY(v && v->ok());
        auto d = wait<DrillRecord>([&](auto done) {
            drillBackup(ctx(), kDir, m->name, kProject, {}, th->value(u"TH_IMAGE"_s),
                        QDateTime::currentDateTimeUtc(), std::move(done));
        });
        QVERIFY2(d, test::why(d).constData());
        QVERIFY2(d->ok, qPrintable(d->detail));
        QVERIFY(!th->inside(u"docker volume ls -q"_s).contains("capataz_drill"));
        // Lose a file, restore, find it again.
        th->inside(u"docker run --rm -v "_s + kVolume + u":/v "_s + th->value(u"TH_IMAGE"_s) +
                   u" sh -c 'rm /v/a.txt; echo extra > /v/new.txt'"_s);
        auto p = restorePlan(*m, *s, kDir, QDateTime::currentDateTimeUtc());
        QVERIFY2(p, test::why(p).constData());
        plan::PlanRunner::Options o;
        o.server = u"testhost"_s;
        o.sudo = remote::SudoMode::Password;
        const auto run = test::runPlan(std::move(*p), m_conn.get(), &*m_audit, o, 60000);
        QVERIFY2(run.report.ok(), qPrintable(run.report.error.toString() + u'\n' + run.output));
        const QByteArray files = th->inside(u"docker run --rm -v "_s + kVolume + u":/v "_s +
                                            th->value(u"TH_IMAGE"_s) + u" sh -c 'cat /v/a.txt; ls /v'"_s);
        QVERIFY2(files.startsWith("hello\n") && !files.contains("new.txt"), files.constData());
    }

    void cleanupTestCase()
    {
        if (!th)
            return;
        th->inside(u"rm -rf "_s + kDir + u' ' + kProject + u"; docker volume rm -f "_s + kVolume +
                   u" >/dev/null 2>&1; pg_ctlcluster 15 main stop 2>/dev/null || true"_s);
    }
};

QTEST_GUILESS_MAIN(TestBackupIntegration)
#include "tst_backup.moc"
