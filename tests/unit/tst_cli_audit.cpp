// `capataz-cli audit` end to end with the real binary on a data directory of its own: the
// table, --json with user and duration, --server/--result/--since/--grep filters, --csv to a
// file and to stdout (hostile cells quoted and guarded), bad options, and the roles: an owner
// profile's entries are never shown, and a computer with only owner profiles is refused (77).
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifndef CAPATAZ_CLI_PATH
#error "CAPATAZ_CLI_PATH must name the capataz-cli binary (tests/unit/CMakeLists.txt)"
#endif

using namespace capataz;
using namespace Qt::Literals::StringLiterals;

class TestCliAudit : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run cli(const QStringList& args, const QString& dataDir = {}) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CAPATAZ_KEYCHAIN"_s, u"memory"_s);
        env.remove(u"LC_ALL"_s);
        env.remove(u"LC_MESSAGES"_s);
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.insert(u"HOME"_s, m_dir.path());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CAPATAZ_CLI_PATH),
                QStringList{u"--data-dir"_s, dataDir.isEmpty() ? m_dir.filePath(u"data"_s) : dataDir} + args);
        Run r;
        if (!p.waitForStarted() || !p.waitForFinished(60000))
            return r;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return r;
    }
    static QByteArray show(const Run& r)
    {
        return "exit " + QByteArray::number(r.exitCode) + "\n" + r.out + r.err;
    }

    QJsonArray entries(const QStringList& args)
    {
        const Run r = cli(QStringList{u"audit"_s, u"--json"_s} + args);
        if (r.exitCode != 0)
            qWarning("%s", show(r).constData());
        return QJsonDocument::fromJson(r.out).object().value(u"entries"_s).toArray();
    }

    void addServer(const QString& name, const QString& role, const QString& dataDir = {})
    {
        const Run r = cli({u"servers"_s, u"add"_s, name, u"--host"_s, u"127.0.0.1"_s, u"--user"_s,
                           u"deploy"_s, u"--role"_s, role},
                          dataDir);
        QVERIFY2(r.exitCode == 0, show(r).constData());
    }

    static void record(const QString& dataDir, const QString& server, const QString& status, int hoursAgo,
                       const QString& detail)
    {
        auto db = store::Database::open(dataDir);
        QVERIFY(db.has_value());
        store::AuditLog log(*db);
        store::AuditEntry e;
        e.at = QDateTime::currentDateTimeUtc().addSecs(-hoursAgo * 3600);
        e.server = server;
        e.plan = u"Firewall"_s;
        e.step = u"firewall.enable"_s;
        e.action = u"apply"_s;
        e.status = status;
        e.detail = detail;
        e.user = u"ana"_s;
        e.durationMs = 1500;
        QVERIFY(log.append(e).has_value());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        addServer(u"web1"_s, u"admin"_s);
        addServer(u"help"_s, u"support"_s);
        addServer(u"ranch"_s, u"owner"_s);
        const QString data = m_dir.filePath(u"data"_s);
        record(data, u"web1"_s, u"ok"_s, 48, u"ufw enable"_s);
        record(data, u"web1"_s, u"failed"_s, 1, u"=cmd|' /C calc'!A0\nexit 1, \"denied\""_s);
        record(data, u"help"_s, u"ok"_s, 2, u"nginx -t"_s);
        record(data, u"ranch"_s, u"ok"_s, 3, u"owner's server"_s);
    }

    void table()
    {
        const Run r = cli({u"audit"_s});
        QVERIFY2(r.exitCode == 0, show(r).constData());
        QVERIFY2(r.out.startsWith("WHEN"), show(r).constData());
        QVERIFY(r.out.contains("web1") && r.out.contains("help") && r.out.contains("1.5 s"));
        QVERIFY2(!r.out.contains("ranch"), show(r).constData()); // an owner profile's entries
        QVERIFY(r.out.contains("3 entries"));
    }

    void filters()
    {
        QCOMPARE(entries({}).size(), 3);
        const QJsonArray failed = entries({u"--result"_s, u"failed"_s});
        QCOMPARE(failed.size(), 1);
        const QJsonObject e = failed[0].toObject();
        QCOMPARE(e.value(u"server"_s).toString(), u"web1"_s);
        QCOMPARE(e.value(u"user"_s).toString(), u"ana"_s);
        QCOMPARE(e.value(u"duration_ms"_s).toInt(), 1500);
        QCOMPARE(entries({u"--server"_s, u"WEB1"_s}).size(), 2);
        QCOMPARE(entries({u"--since"_s, u"24h"_s}).size(), 2);
        QCOMPARE(entries({u"--grep"_s, u"nginx"_s}).size(), 1);
        QCOMPARE(entries({u"--plan"_s, u"Nginx"_s}).size(), 0);
        QCOMPARE(entries({u"--limit"_s, u"1"_s}).size(), 1);
    }

    void csv()
    {
        const QString path = m_dir.filePath(u"audit.csv"_s);
        Run r = cli({u"audit"_s, u"--server"_s, u"web1"_s, u"--csv"_s, path});
        QVERIFY2(r.exitCode == 0, show(r).constData());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(
            text.startsWith("id,at,user,server,plan,step,action,status,duration_ms,exit_code,detail\r\n"));
        QVERIFY2(text.contains(",\"'=cmd|' /C calc'!A0\nexit 1, \"\"denied\"\"\"\r\n"), text.constData());
        QCOMPARE(text.count("\r\n"), 3);
        r = cli({u"audit"_s, u"--csv"_s, u"-"_s});
        QVERIFY2(r.exitCode == 0, show(r).constData());
        QVERIFY(r.out.startsWith("id,at,user"));
        QVERIFY(!r.out.contains("owner's server"));
    }

    void badOptions()
    {
        Run r = cli({u"audit"_s, u"--result"_s, u"maybe"_s});
        QVERIFY2(r.exitCode == 2 && r.err.contains("--result"), show(r).constData());
        r = cli({u"audit"_s, u"--since"_s, u"yesterday"_s});
        QVERIFY2(r.exitCode == 2 && r.err.contains("24h"), show(r).constData());
    }

    void roles()
    {
        Run r = cli({u"audit"_s, u"--server"_s, u"ranch"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 77 && r.err.contains("RoleNotAllowed"), show(r).constData());
        QVERIFY(r.out.isEmpty());
        // A computer set up for an owner only: nothing of the log.
        QTemporaryDir other;
        addServer(u"ranch"_s, u"owner"_s, other.path());
        record(other.path(), u"ranch"_s, u"ok"_s, 1, u"set up by the admin"_s);
        r = cli({u"audit"_s}, other.path());
        QVERIFY2(r.exitCode == 77 && r.out.isEmpty(), show(r).constData());
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cli_audit.moc"
