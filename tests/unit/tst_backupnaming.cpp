// Backup names, manifests and drill records, the script output parser: what list, verify and
// drill read back from the server.
#include "backup/BackupManifest.h"
#include "backup/BackupNaming.h"
#include "backup/BackupOutput.h"
#include "backup/BackupScripts.h"
#include "backup/BackupSource.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace capataz::backup;

class TestBackupNaming : public QObject {
    Q_OBJECT
private slots:
    void stemIsSortableUtc()
    {
        const QDateTime t(QDate(2026, 12, 6), QTime(23, 15, 0), Qt::UTC);
        QCOMPARE(backupStem(t, u"postgres"_s, u"voice_biometrics"_s),
                 u"20261206T231500Z-postgres-voice_biometrics"_s);
        // Another time zone gives the same UTC name.
        const QDateTime local = t.toOffsetFromUtc(3 * 3600);
        QCOMPARE(backupStem(local, u"postgres"_s, u"x"_s), u"20261206T231500Z-postgres-x"_s);
        // Labels lose what a shell or a name parser would trip on.
        QCOMPARE(nameLabel(u"models/v1 final;rm -rf"_s), u"models_v1_final_rm__rf"_s);
        QCOMPARE(nameLabel(QString()), u"data"_s);
        QCOMPARE(nameLabel(QString(100, u'a')).size(), 64);
        QCOMPARE(projectLabel(u"/opt/voice-biometrics/"_s), u"voice_biometrics"_s);
        QCOMPARE(defaultBackupDir(u"shop"_s), u"/var/backups/capataz/shop"_s);
    }

    void namesParseBack()
    {
        const auto n = parseBackupName(u"20261206T231500Z-postgres-voice_biometrics.dump.zst"_s);
        QVERIFY(n);
        QCOMPARE(n->time, QDateTime(QDate(2026, 12, 6), QTime(23, 15, 0), Qt::UTC));
        QCOMPARE(n->kind, u"postgres"_s);
        QCOMPARE(n->label, u"voice_biometrics"_s);
        QCOMPARE(n->extension, u"dump.zst"_s);
        QCOMPARE(n->series(), u"postgres-voice_biometrics"_s);
        // Manifests, drill records, partial files, previous versions and strangers are not backups.
        for (const QString& s : {u"20261206T231500Z-postgres-x.dump.zst.manifest.json"_s,
                                 u"20261206T231500Z-postgres-x.dump.zst.drill.json"_s,
                                 u"20261206T231500Z-postgres-x.dump.zst.drill.json.prev"_s,
                                 u"20261206T231500Z-postgres-x.dump.zst.partial"_s, u"notes.txt"_s,
                                 u"2026-12-06-postgres-x.dump"_s, u"20261306T231500Z-postgres-x.dump"_s,
                                 u"20261206T231500Z-postgres.dump"_s})
            QVERIFY2(!parseBackupName(s), qPrintable(s));
        QCOMPARE(manifestFileName(u"a.dump.zst"_s), u"a.dump.zst.manifest.json"_s);
        QCOMPARE(drillFileName(u"a.dump.zst"_s), u"a.dump.zst.drill.json"_s);
    }

    void manifestRoundTrips()
    {
        Manifest m;
        m.name = u"20261206T231500Z-postgres-shop.dump.zst"_s;
        m.kind = u"postgres"_s;
        m.project = u"shop"_s;
        m.source = u"postgres database shop on the host as app"_s;
        m.database = u"shop"_s;
        m.user = u"app"_s;
        m.compression = u"zstd"_s;
        m.tools = {u"pg_dump (PostgreSQL) 15.8"_s, u"*** Zstandard CLI (64-bit) v1.5.4 ***"_s};
        m.size = 123456789012LL;
        m.sha256 = QString(64, u'a');
        m.started = QDateTime(QDate(2026, 12, 6), QTime(23, 15, 0), Qt::UTC);
        m.ended = m.started.addSecs(42);
        m.expect.rowCounts = {{u"public.orders"_s, 120}, {u"public.items"_s, 0}};
        const QByteArray json = manifestToJson(m);
        auto back = manifestFromJson(json);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().detail));
        QCOMPARE(*back, m);
        QVERIFY(json.contains("\"sha256\""));
        QVERIFY(json.contains("\"row_counts\""));

        Manifest v = m;
        v.kind = u"volume"_s;
        v.volume = u"pgdata"_s;
        v.expect = {};
        v.expect.fileCount = 3;
        v.expect.bytes = 0;
        auto vb = manifestFromJson(manifestToJson(v));
        QVERIFY(vb);
        QCOMPARE(vb->expect.fileCount, 3);
        QCOMPARE(vb->expect.bytes, 0);
        QVERIFY(vb->expect.rowCounts.isEmpty());

        QVERIFY(!manifestFromJson("{}"));
        QVERIFY(!manifestFromJson("not json"));
        QVERIFY(
            !manifestFromJson(R"({"capataz_backup":1,"name":"x","kind":"postgres","size":1,"sha256":"ab"})"));
    }

    void drillRecordRoundTrips()
    {
        DrillRecord d;
        d.name = u"x.dump.zst"_s;
        d.at = QDateTime(QDate(2026, 12, 7), QTime(1, 0, 0), Qt::UTC);
        d.ok = false;
        d.durationMs = 1500;
        d.detail = u"public.orders: 120 rows expected, 80 found"_s;
        d.found.rowCounts = {{u"public.orders"_s, 80}};
        auto back = drillFromJson(drillToJson(d));
        QVERIFY(back);
        QCOMPARE(*back, d);
    }

    void comparesExpectations()
    {
        Expectation want;
        want.rowCounts = {{u"public.a"_s, 3}, {u"public.b"_s, 5}};
        Expectation got = want;
        QVERIFY(compareExpectation(want, got).isEmpty());
        got.rowCounts[u"public.a"_s] = 2;
        got.rowCounts.remove(u"public.b"_s);
        got.rowCounts[u"public.c"_s] = 1;
        const QStringList d = compareExpectation(want, got);
        QCOMPARE(d.size(), 3);
        QVERIFY(d.join(u'\n').contains(u"public.a: 3 rows expected, 2 found"_s));
        Expectation files;
        files.fileCount = 2;
        files.bytes = 10;
        Expectation found = files;
        found.bytes = 9;
        QCOMPARE(compareExpectation(files, found), QStringList{u"10 bytes expected, 9 found"_s});
    }

    void parsesScriptOutput()
    {
        const QByteArray out =
            "started=2026-12-06T23:15:00Z\ncompression=zstd\ntool=pg_dump (PostgreSQL) 15.8\n"
            "ended=2026-12-06T23:15:02Z\ncount=public.orders|120\ncount=public.a|b|7\n"
            "tool=*** Zstandard CLI ***\nsha256=" +
            QByteArray(64, 'f') + "\nsize=4096\nname=20261206T231500Z-postgres-shop.dump.zst\n";
        auto m = manifestFromOutput(parseScriptOutput(out));
        QVERIFY(m);
        QCOMPARE(m->name, u"20261206T231500Z-postgres-shop.dump.zst"_s);
        QCOMPARE(m->size, 4096);
        QCOMPARE(m->tools.size(), 2);
        QCOMPARE(m->expect.rowCounts.value(u"public.orders"_s), 120);
        QCOMPARE(m->expect.rowCounts.value(u"public.a|b"_s), 7); // the last '|' splits
        QCOMPARE(m->started, QDateTime(QDate(2026, 12, 6), QTime(23, 15, 0), Qt::UTC));
        // A script that stopped before the end reported no name: an error, not a manifest.
        QVERIFY(!manifestFromOutput(parseScriptOutput("started=x\ncompression=zstd\n")));
    }

    void parsesListing()
    {
        Manifest m;
        m.name = u"20261206T231500Z-postgres-shop.dump.zst"_s;
        m.kind = u"postgres"_s;
        m.size = 10;
        m.sha256 = QString(64, u'0');
        const QByteArray listing = "F\t20261206T231500Z-postgres-shop.dump.zst\t10\t1796000000\n"
                                   "J\t20261206T231500Z-postgres-shop.dump.zst.manifest.json\t" +
                                   manifestToJson(m).toBase64() +
                                   "\n"
                                   "F\t20261207T020000Z-postgres-shop.dump.zst.partial\t5\t1796100000\n"
                                   "F\tREADME\t3\t1796000000\n"
                                   "J\t20261206T231500Z-postgres-shop.dump.zst.drill.json\tbm90IGpzb24=\n";
        const QList<BackupEntry> e = entriesFromListing(listing);
        QCOMPARE(e.size(), 2);
        QCOMPARE(e[0].name, u"20261207T020000Z-postgres-shop.dump.zst"_s);
        QVERIFY(e[0].partial);
        QVERIFY(!e[0].isGood());
        QCOMPARE(e[1].name, m.name);
        QVERIFY(e[1].isGood());
        QVERIFY(!e[1].drill); // an unreadable drill record is no drill
        QCOMPARE(e[0].series(), e[1].series());
    }

    void scriptsKeepSecretsOutOfArgv()
    {
        BackupSource s;
        s.kind = u"postgres"_s;
        s.database = u"shop"_s;
        s.user = u"app"_s;
        s.password = u"S3cret-'$(reboot)-pw"_s;
        s.projectDir = u"/srv/shop"_s;
        QVERIFY(s.validate());
        const auto cmd =
            scripts::create(s, u"/var/backups/capataz/shop"_s, u"20261206T231500Z-postgres-shop"_s);
        for (const QString& w : cmd.argv())
            QVERIFY2(!w.contains(s.password), qPrintable(w));
        QVERIFY(cmd.needsRoot());
        QCOMPARE(scripts::secretInput(s), s.password.toUtf8() + '\n');
        QVERIFY(!s.describe().contains(s.password));
        QVERIFY(cmd.argv().contains(u"database=shop"_s));
        QVERIFY(cmd.argv().contains(u"host=127.0.0.1"_s)); // on the host with a user: over TCP
    }

    void sourcesAreValidated()
    {
        BackupSource f;
        f.kind = u"files"_s;
        f.projectDir = u"/srv/shop"_s;
        for (const QString& p : {u"../etc"_s, u"/etc/shadow"_s, u"a/../../b"_s, u"-rf"_s, QString()}) {
            f.path = p;
            QVERIFY2(!f.validate(), qPrintable(p));
        }
        f.path = u"models"_s;
        QVERIFY(f.validate());
        BackupSource v;
        v.kind = u"volume"_s;
        v.volume = u"--privileged"_s;
        QVERIFY(!v.validate());
        v.volume = u"pgdata"_s;
        QVERIFY(v.validate());
        BackupSource r;
        r.kind = u"redis"_s;
        QVERIFY(!r.validate());
    }
};

QTEST_GUILESS_MAIN(TestBackupNaming)
#include "tst_backupnaming.moc"
