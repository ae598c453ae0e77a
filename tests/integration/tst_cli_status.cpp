// capataz-cli status end to end: the real binary (QProcess) against the test host, with a compose
// project of one busybox service. A reachable server whose service runs is "all-well" (exit 0)
// with its disk and its service's start time; the same with the service stopped "needs
// attention" (exit 1, the stopped service named); beside a port where nothing listens and an
// address that drops every packet, the run exits 2 (unreachable wins) within about one connect
// timeout (the servers are checked in parallel); an owner's profile gets no address in --json.
#include "TestHost.h"

#include <QDir>
#include <QElapsedTimer>
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
const QString kDir = u"/opt/capataz-cli-status-test"_s;
const QString kBackupDir = u"/var/backups/capataz/capataz-cli-status-test"_s; // backup::defaultBackupDir
const char* kCompose = "services:\n"
                       "  web:\n"
                       "    image: IMAGE\n"
                       "    command: [\"sleep\", \"3600\"]\n"
                       "    stop_grace_period: 1s\n";
// A port of the test host whose packets its firewall drops: a dead server that costs its timeout.
// (Addresses that lead nowhere do not here: this machine's gateway answers every TCP connect.)
constexpr int kDeadPort = 2299;
const QString kDropRule = u"INPUT -p tcp --dport 2299 -j DROP"_s;
} // namespace

class TestCliStatus : public QObject {
    Q_OBJECT
    const test::TestHost* th = nullptr;
    QTemporaryDir m_dir;

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        qint64 ms = 0;
    };

    Run cli(const QStringList& args, int timeoutMs = 60000) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CAPATAZ_KEYCHAIN"_s, u"memory"_s);
        env.remove(u"LC_ALL"_s);
        env.remove(u"LC_MESSAGES"_s);
        env.remove(u"LANGUAGE"_s);
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
        env.remove(u"CAPATAZ_DATA_DIR"_s);
        env.remove(u"SSH_AUTH_SOCK"_s);
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral(CAPATAZ_CLI_PATH),
                QStringList{u"--data-dir"_s, m_dir.filePath(u"data"_s)} + args);
        Run r;
        if (!p.waitForStarted())
            return r;
        p.closeWriteChannel();
        if (!p.waitForFinished(timeoutMs))
            p.kill();
        p.waitForFinished();
        r.ms = t.elapsed();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return r;
    }

    static QByteArray show(const Run& r)
    {
        return "exit " + QByteArray::number(r.exitCode) + " after " + QByteArray::number(r.ms) +
               " ms\nstdout: " + r.out + "\nstderr: " + r.err;
    }

    void addServer(const QString& name, const QString& host, int port, const QStringList& extra = {}) const
    {
        const Run r = cli(
            QStringList{u"servers"_s, u"add"_s, name, u"--host"_s, host, u"--port"_s, QString::number(port),
                        u"--user"_s, u"ops"_s, u"--key"_s, th->value(u"TH_KEY_OPS"_s), u"--known-hosts"_s,
                        th->value(u"TH_KNOWN_HOSTS"_s), u"--sudo"_s, u"sudo"_s, u"--project-dir"_s, kDir} +
            extra);
        QVERIFY2(r.exitCode == 0, show(r));
    }

    // The servers of a --json run by name.
    static QHash<QString, QJsonObject> servers(const Run& r)
    {
        QHash<QString, QJsonObject> out;
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        for (const QJsonValue& v : o.value(u"servers"_s).toArray())
            out.insert(v[u"server"_s].toString(), v.toObject());
        return out;
    }

private slots:
    void initTestCase()
    {
        QString why;
        th = test::TestHost::instance(&why);
        if (!th)
            QSKIP(qPrintable(why));
        if (th->value(u"TH_IMAGE"_s).isEmpty())
            QSKIP("the test host has no docker image (TH_IMAGE is empty)");
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(m_dir.filePath(u"home"_s)));
        int rc = -1;
        th->inside(u"rm -rf "_s + kBackupDir + u"; cd "_s + kDir +
                       u" 2>/dev/null && docker compose down -t 1 >/dev/null 2>&1; rm -rf "_s + kDir +
                       u"; mkdir -p "_s + kDir + u" && cd "_s + kDir +
                       u" && cat > docker-compose.yml <<'EOF'\n"_s +
                       QString::fromLatin1(kCompose).replace(u"IMAGE"_s, th->value(u"TH_IMAGE"_s)) +
                       u"EOF\ndocker compose up -d >/dev/null 2>&1"_s,
                   &rc);
        QCOMPARE(rc, 0);
        addServer(u"ok"_s, th->host(), th->port());
        addServer(u"owner"_s, th->host(), th->port(), {u"--role"_s, u"owner"_s});
        addServer(u"refused"_s, th->host(), 1); // nothing listens on port 1
        th->inside(u"iptables -D "_s + kDropRule + u" 2>/dev/null; iptables -I "_s + kDropRule, &rc);
        QCOMPARE(rc, 0);
        addServer(u"dead"_s, th->host(), kDeadPort);
        addServer(u"dead2"_s, th->host(), kDeadPort);
    }

    void cleanupTestCase()
    {
        if (th)
            th->inside(u"iptables -D "_s + kDropRule + u"; rm -rf "_s + kBackupDir + u"; cd "_s + kDir +
                       u" && docker compose down -t 1 >/dev/null 2>&1; cd / && rm -rf "_s + kDir);
    }

    void allWell()
    {
        Run r = cli({u"status"_s, u"ok"_s, u"owner"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, show(r));
        const auto s = servers(r);
        const QJsonObject ok = s.value(u"ok"_s);
        QCOMPARE(ok[u"verdict"_s].toString(), u"all-well"_s);
        QCOMPARE(ok[u"reachable"_s].toBool(), true);
        QCOMPARE(ok[u"findings"_s].toArray().size(), 0);
        QCOMPARE(ok[u"address"_s].toString(), th->host());
        const QJsonObject service = ok[u"service"_s].toObject();
        QCOMPARE(service[u"services_running"_s].toInt(), 1);
        QCOMPARE(service[u"services_down"_s].toArray().size(), 0);
        const QDateTime since = QDateTime::fromString(service[u"running_since"_s].toString(), Qt::ISODate);
        QVERIFY2(since.isValid() && since <= QDateTime::currentDateTimeUtc().addSecs(5) &&
                     since.secsTo(QDateTime::currentDateTimeUtc()) < 3600,
                 show(r));
        const QJsonObject disk = ok[u"disk"_s].toObject();
        QVERIFY2(disk[u"total_bytes"_s].toDouble() > 0 && disk[u"free_bytes"_s].toDouble() > 0, show(r));
        QVERIFY(disk[u"used_percent"_s].toInt() < 90);
        if (ok[u"certificate"_s].isObject()) // a certificate left by the TLS tests: far from its end
            QVERIFY2(ok[u"certificate"_s][u"days_left"_s].toInt() >= 14, show(r));
        QCOMPARE(ok[u"backup"_s][u"configured"_s].toBool(), false);
        // The owner's profile: the same server, without its address.
        QCOMPARE(s.value(u"owner"_s)[u"verdict"_s].toString(), u"all-well"_s);
        QVERIFY2(!s.value(u"owner"_s).contains(u"address"_s), show(r));

        r = cli({u"status"_s, u"ok"_s});
        QVERIFY2(r.exitCode == 0, show(r));
        QVERIFY2(r.out.startsWith("ok: Everything is working.\n"), show(r));
        QVERIFY2(r.out.contains("Backups: not set up"), show(r));
    }

    void serviceStopped()
    {
        int rc = -1;
        th->inside(u"cd "_s + kDir + u" && docker compose stop -t 1 >/dev/null 2>&1"_s, &rc);
        QCOMPARE(rc, 0);
        const Run r = cli({u"status"_s, u"ok"_s, u"--json"_s});
        th->inside(u"cd "_s + kDir + u" && docker compose up -d >/dev/null 2>&1"_s, &rc);
        QVERIFY2(r.exitCode == 1, show(r));
        const QJsonObject ok = servers(r).value(u"ok"_s);
        QCOMPARE(ok[u"verdict"_s].toString(), u"needs-attention"_s);
        const QJsonArray findings = ok[u"findings"_s].toArray();
        QVERIFY2(!findings.isEmpty(), show(r));
        QCOMPARE(findings[0][u"kind"_s].toString(), u"services-stopped"_s);
        QCOMPARE(findings[0][u"names"_s].toArray(), QJsonArray{u"web"_s});
        QVERIFY2(!findings[0][u"text"_s].toString().contains(u"web"_s), show(r)); // owner's words
        QCOMPARE(rc, 0);
    }

    void unreachableWinsAndCostsOneTimeout()
    {
        // The dead server alone costs its 3 s connect timeout, not more.
        const Run dead = cli({u"status"_s, u"dead"_s, u"--json"_s, u"--timeout"_s, u"3"_s});
        QVERIFY2(dead.exitCode == 2, show(dead));
        QVERIFY2(dead.ms >= 2500 && dead.ms < 6000, show(dead));
        // Two dead servers side by side cost one timeout, not two.
        const Run twoDead = cli({u"status"_s, u"dead"_s, u"dead2"_s, u"--json"_s, u"--timeout"_s, u"3"_s});
        QVERIFY2(twoDead.exitCode == 2, show(twoDead));
        QCOMPARE(servers(twoDead).size(), 2);
        QVERIFY2(twoDead.ms < dead.ms + 2000, show(twoDead));

        const Run r = cli({u"status"_s, u"--json"_s, u"--timeout"_s, u"3"_s});
        QVERIFY2(r.exitCode == 2, show(r));
        const auto s = servers(r);
        QCOMPARE(s.size(), 5);
        QCOMPARE(s.value(u"ok"_s)[u"verdict"_s].toString(), u"all-well"_s);
        QCOMPARE(s.value(u"refused"_s)[u"verdict"_s].toString(), u"unreachable"_s);
        QCOMPARE(s.value(u"refused"_s)[u"reachable"_s].toBool(), false);
        QCOMPARE(s.value(u"refused"_s)[u"error"_s][u"code"_s].toString(), u"ConnectionRefused"_s);
        QCOMPARE(s.value(u"dead"_s)[u"verdict"_s].toString(), u"unreachable"_s);
        QVERIFY2(s.value(u"dead"_s)[u"error"_s].isObject(), show(r));
        QCOMPARE(QJsonDocument::fromJson(r.out).object()[u"exit"_s].toInt(), 2);
        qInfo("one dead server %lld ms, two %lld ms, all five %lld ms", dead.ms, twoDead.ms, r.ms);
    }

    // A backup made by `capataz-cli backup` shows on the status: set up, made just now, not late.
    void backupShows()
    {
        const Run b = cli({u"backup"_s, u"ok"_s, u"create"_s, u"--kind"_s, u"files"_s, u"--path"_s,
                           u"docker-compose.yml"_s, u"--json"_s});
        QVERIFY2(b.exitCode == 0, show(b));
        const Run r = cli({u"status"_s, u"ok"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, show(r));
        const QJsonObject backup = servers(r).value(u"ok"_s)[u"backup"_s].toObject();
        QCOMPARE(backup[u"configured"_s].toBool(), true);
        QCOMPARE(backup[u"late"_s].toBool(), false);
        const QDateTime last = QDateTime::fromString(backup[u"last_backup"_s].toString(), Qt::ISODate);
        QVERIFY2(last.isValid() && qAbs(last.secsTo(QDateTime::currentDateTimeUtc())) < 600, show(r));
        QVERIFY2(backup[u"last_verified_restore"_s].isNull(), show(r)); // no drill yet
    }
};

QTEST_GUILESS_MAIN(TestCliStatus)
#include "tst_cli_status.moc"
