// capataz-cli backup end to end: the real binary against the test host (as `ops`, sudo without
// password), on a docker volume read through the busybox image. create/list/verify/download with
// --json, a download that goes on from a partial copy (what a cut connection leaves) and one killed
// halfway then run again, a corrupted partial copy caught by the checksum, verify --local, upload,
// the roles' refusals, restore's typed confirmation and the schedule.
#include "TestHost.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifndef CAPATAZ_CLI_PATH
#error "CAPATAZ_CLI_PATH must name the capataz-cli binary (tests/integration/CMakeLists.txt)"
#endif

using namespace capataz;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kVolume = u"capataz_cli_bk"_s;
const QString kDir = u"/var/backups/capataz/capataz_cli_backup"_s;
} // namespace

class TestCliBackup : public QObject {
    Q_OBJECT
    const test::TestHost* th = nullptr;
    QTemporaryDir m_dir;

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run cli(const QStringList& args) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CAPATAZ_KEYCHAIN"_s, u"memory"_s);
        env.remove(u"LC_ALL"_s);
        env.remove(u"LC_MESSAGES"_s);
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
        env.remove(u"CAPATAZ_DATA_DIR"_s);
        env.remove(u"SSH_AUTH_SOCK"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CAPATAZ_CLI_PATH),
                QStringList{u"--data-dir"_s, m_dir.filePath(u"data"_s)} + args);
        Run r;
        if (!p.waitForStarted())
            return r;
        p.closeWriteChannel();
        if (!p.waitForFinished(90000))
            p.kill();
        p.waitForFinished();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return r;
    }
    static QByteArray show(const Run& r)
    {
        return "exit " + QByteArray::number(r.exitCode) + "\n" + r.out + r.err;
    }

    void addProfile(const QString& name, const QString& role)
    {
        const Run r =
            cli({u"servers"_s, u"add"_s, name, u"--host"_s, th->host(), u"--port"_s,
                 QString::number(th->port()), u"--user"_s, u"ops"_s, u"--key"_s, th->value(u"TH_KEY_OPS"_s),
                 u"--known-hosts"_s, th->value(u"TH_KNOWN_HOSTS"_s), u"--sudo"_s, u"sudo"_s, u"--role"_s,
                 role, u"--project-dir"_s, u"/srv/capataz-cli-backup"_s});
        QVERIFY2(r.exitCode == 0, show(r).constData());
    }

    QJsonObject json(const Run& r) { return QJsonDocument::fromJson(r.out).object(); }

private slots:
    void initTestCase()
    {
        QString why;
        th = test::TestHost::instance(&why);
        if (!th)
            QSKIP(qPrintable(why));
        // 3 MiB of random bytes (compresses to about as much) and a small file.
        int rc = -1;
        th->inside(u"rm -rf "_s + kDir + u"; docker volume rm -f "_s + kVolume +
                       u" >/dev/null 2>&1; docker volume create "_s + kVolume +
                       u" >/dev/null && docker run --rm -v "_s + kVolume + u":/v "_s +
                       th->value(u"TH_IMAGE"_s) +
                       u" sh -c 'head -c 3145728 /dev/urandom > /v/blob && echo hi > /v/hi.txt'"_s,
                   &rc);
        QCOMPARE(rc, 0);
        addProfile(u"bk-admin"_s, u"admin"_s);
        addProfile(u"bk-support"_s, u"support"_s);
        addProfile(u"bk-owner"_s, u"owner"_s);
    }

    void createListVerifyDownload()
    {
        Run r =
            cli({u"backup"_s, u"bk-admin"_s, u"create"_s, u"--kind"_s, u"volume"_s, u"--volume"_s, kVolume,
                 u"--image"_s, th->value(u"TH_IMAGE"_s), u"--compress"_s, u"gzip"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, show(r).constData());
        const QJsonObject made = json(r).value(u"created"_s).toArray().first().toObject();
        const QString name = made.value(u"name"_s).toString();
        QVERIFY2(name.endsWith(u"-volume-capataz_cli_bk.tar.gz"_s), qPrintable(name)); // --compress gzip
        QCOMPARE(made.value(u"expect"_s).toObject().value(u"file_count"_s).toInt(), 2);
        QCOMPARE(json(r).value(u"dir"_s).toString(), kDir); // from the profile's project directory

        r = cli({u"backup"_s, u"bk-owner"_s, u"list"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, show(r).constData()); // an owner may list; a fresh backup raises no alarm
        const QJsonObject first = json(r).value(u"backups"_s).toArray().first().toObject();
        QCOMPARE(first.value(u"name"_s).toString(), name);
        QVERIFY(first.value(u"good"_s).toBool());

        r = cli({u"backup"_s, u"bk-support"_s, u"verify"_s, name, u"--json"_s});
        QVERIFY2(r.exitCode == 0 && json(r).value(u"ok"_s).toBool(), show(r).constData());

        // Download; then again from a partial copy of 1 MiB, as a cut connection leaves it.
        const QString to = m_dir.filePath(u"copies"_s);
        r = cli({u"backup"_s, u"bk-support"_s, u"download"_s, name, u"--to"_s, to, u"--json"_s});
        QVERIFY2(r.exitCode == 0, show(r).constData());
        const QString local = QDir(to).filePath(name);
        QFile f(local);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray whole = f.readAll();
        f.close();
        QCOMPARE(QString::fromLatin1(th->inside(u"sha256sum "_s + kDir + u'/' + name).left(64)),
                 json(r).value(u"sha256"_s).toString());
        QVERIFY(QFile::remove(local));
        QFile part(local + u".partial"_s);
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(whole.left(1024 * 1024));
        part.close();
        r = cli({u"backup"_s, u"bk-support"_s, u"download"_s, name, u"--to"_s, to, u"--json"_s});
        QVERIFY2(r.exitCode == 0, show(r).constData());
        QCOMPARE(json(r).value(u"resumed_at"_s).toInteger(), 1024 * 1024);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), whole);
        f.close();
        r = cli({u"backup"_s, u"bk-support"_s, u"verify"_s, name, u"--local"_s, local});
        QVERIFY2(r.exitCode == 0, show(r).constData());

        // Upload it back after the server lost it: only an admin; a copy already there is refused.
        const QString sumBefore =
            QString::fromLatin1(th->inside(u"sha256sum "_s + kDir + u'/' + name).left(64));
        th->inside(u"rm -f "_s + kDir + u'/' + name + u" "_s + kDir + u'/' + name + u".manifest.json"_s);
        r = cli({u"backup"_s, u"bk-support"_s, u"upload"_s, local});
        QCOMPARE(r.exitCode, 77);
        r = cli({u"backup"_s, u"bk-admin"_s, u"upload"_s, local, u"--json"_s});
        QVERIFY2(r.exitCode == 0, show(r).constData());
        QCOMPARE(QString::fromLatin1(th->inside(u"sha256sum "_s + kDir + u'/' + name).left(64)), sumBefore);
        r = cli({u"backup"_s, u"bk-admin"_s, u"verify"_s, name});
        QVERIFY2(r.exitCode == 0, show(r).constData()); // its manifest came back with it
        r = cli({u"backup"_s, u"bk-admin"_s, u"upload"_s, local});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("AlreadyExists"), show(r).constData());

        // A partial copy whose bytes are wrong: the checksum catches it, the copy is set aside.
        QVERIFY(QFile::remove(local));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(QByteArray(1024 * 1024, 'x'));
        part.close();
        r = cli({u"backup"_s, u"bk-support"_s, u"download"_s, name, u"--to"_s, to});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("CheckFailed") && r.err.contains("SHA-256"), show(r).constData());
        QVERIFY(QFile::exists(local + u".corrupt"_s));
        QVERIFY(!QFile::exists(local));
    }

    void downloadCutByKillResumes()
    {
        // 24 MiB of random bytes: three chunks of 8 MiB. The first download is killed once a chunk
        // has landed (the client gone, as when its connection drops); the second goes on from there.
        int rc = -1;
        th->inside(u"docker run --rm -v "_s + kVolume + u":/v "_s + th->value(u"TH_IMAGE"_s) +
                       u" sh -c 'head -c 25165824 /dev/urandom > /v/big'"_s,
                   &rc);
        QCOMPARE(rc, 0);
        Run r = cli({u"backup"_s, u"bk-admin"_s, u"create"_s, u"--kind"_s, u"volume"_s, u"--volume"_s,
                     kVolume, u"--image"_s, th->value(u"TH_IMAGE"_s), u"--json"_s});
        QVERIFY2(r.exitCode == 0, show(r).constData());
        const QString name =
            json(r).value(u"created"_s).toArray().first().toObject().value(u"name"_s).toString();
        const QString to = m_dir.filePath(u"cut"_s);
        const QString partial = QDir(to).filePath(name) + u".partial"_s;

        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CAPATAZ_KEYCHAIN"_s, u"memory"_s);
        env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
        env.remove(u"CAPATAZ_DATA_DIR"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CAPATAZ_CLI_PATH), {u"--data-dir"_s, m_dir.filePath(u"data"_s), u"backup"_s,
                                                   u"bk-admin"_s, u"download"_s, name, u"--to"_s, to});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(partial).size() >= 8 * 1024 * 1024, 60000);
        p.kill();
        p.waitForFinished();
        const qint64 cutAt = QFileInfo(partial).size();
        QVERIFY(cutAt > 0);
        QElapsedTimer clock;
        clock.start();
        r = cli({u"backup"_s, u"bk-admin"_s, u"download"_s, name, u"--to"_s, to, u"--json"_s});
        const qint64 ms = clock.elapsed();
        QVERIFY2(r.exitCode == 0, show(r).constData());
        QCOMPARE(json(r).value(u"resumed_at"_s).toInteger(), cutAt);
        QCOMPARE(json(r).value(u"sha256"_s).toString(),
                 QString::fromLatin1(th->inside(u"sha256sum "_s + kDir + u'/' + name).left(64)));
        const qint64 bytes = json(r).value(u"bytes"_s).toInteger();
        qInfo("resumed at %lld of %lld bytes; the rest took %lld ms (%.1f MB/s)", cutAt, bytes, ms,
              ms > 0 ? double(bytes - cutAt) / 1000.0 / double(ms) : 0.0);
        th->inside(u"docker run --rm -v "_s + kVolume + u":/v "_s + th->value(u"TH_IMAGE"_s) +
                   u" rm /v/big"_s);
    }

    void rolesAndConfirmation()
    {
        Run r = cli(
            {u"backup"_s, u"bk-support"_s, u"create"_s, u"--kind"_s, u"volume"_s, u"--volume"_s, kVolume});
        QCOMPARE(r.exitCode, 77);
        QVERIFY2(r.err.contains("RoleNotAllowed"), show(r).constData());
        r = cli({u"backup"_s, u"bk-owner"_s, u"verify"_s, u"20261206T231500Z-volume-x.tar.gz"_s});
        QCOMPARE(r.exitCode, 77);
        r = cli({u"backup"_s, u"bk-support"_s, u"drill"_s, u"20261206T231500Z-volume-x.tar.gz"_s});
        QCOMPARE(r.exitCode, 77);
        // restore without the typed name, or with another: refused before anything runs.
        r = cli({u"backup"_s, u"bk-admin"_s, u"restore"_s, u"20261206T231500Z-volume-x.tar.gz"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--confirm"));
        r = cli({u"backup"_s, u"bk-admin"_s, u"list"_s, u"--json"_s});
        const QString name =
            json(r).value(u"backups"_s).toArray().first().toObject().value(u"name"_s).toString();
        QVERIFY(!name.isEmpty());
        r = cli({u"backup"_s, u"bk-admin"_s, u"restore"_s, name, u"--confirm"_s, u"wrong"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QByteArray(QByteArray("--confirm ") + kVolume.toUtf8())),
                 show(r).constData());
        // A name Capataz did not make is refused as such.
        r = cli({u"backup"_s, u"bk-admin"_s, u"verify"_s, u"../../etc/shadow"_s});
        QCOMPARE(r.exitCode, 2);
    }

    void scheduleIsIdempotentAndAdminOnly()
    {
        const QStringList args{u"backup"_s, u"bk-admin"_s,    u"schedule"_s, u"--kind"_s,
                               u"volume"_s, u"--volume"_s,    kVolume,       u"--at"_s,
                               u"04:30"_s,  u"--keep-days"_s, u"3"_s,        u"--json"_s};
        Run r = cli(args);
        QVERIFY2(r.exitCode == 0, show(r).constData());
        QVERIFY(json(r).value(u"cron_changed"_s).toBool());
        QVERIFY(json(r).value(u"next_run"_s).toString().contains(u"T04:30:00"_s));
        r = cli(args);
        QVERIFY2(r.exitCode == 0, show(r).constData());
        QVERIFY(!json(r).value(u"cron_changed"_s).toBool() && !json(r).value(u"script_changed"_s).toBool());
        QVERIFY(th->inside(u"cat /etc/cron.d/capataz-backups"_s).contains("30 4 * * * root"));
        r = cli({u"backup"_s, u"bk-support"_s, u"schedule"_s, u"--remove"_s});
        QCOMPARE(r.exitCode, 77);
        r = cli({u"backup"_s, u"bk-admin"_s, u"schedule"_s, u"--at"_s, u"25:00"_s, u"--kind"_s, u"volume"_s});
        QCOMPARE(r.exitCode, 2);
        r = cli({u"backup"_s, u"bk-admin"_s, u"schedule"_s, u"--remove"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0 && json(r).value(u"removed"_s).toBool(), show(r).constData());
        QVERIFY(!th->inside(u"cat /etc/cron.d/capataz-backups"_s).contains("capataz_cli_backup"));
    }

    void cleanupTestCase()
    {
        if (th)
            th->inside(u"rm -rf "_s + kDir + u"; docker volume rm -f "_s + kVolume + u" >/dev/null 2>&1"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_cli_backup.moc"
