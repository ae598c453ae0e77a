// capataz-cli end to end: the real binary, run with QProcess, each test with its own data
// directory and HOME, secrets in memory only; the exec/hostkey tests against the test host.
#include "CliRunner.h"
#include "TestHost.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#ifndef CAPATAZ_CLI_PATH
#error "CAPATAZ_CLI_PATH must name the capataz-cli binary (tests/integration/CMakeLists.txt)"
#endif

using namespace capataz;
using namespace Qt::Literals::StringLiterals;

#define REQUIRE_HOST()                                                                                       \
    do {                                                                                                     \
        if (!th)                                                                                             \
            QSKIP(qPrintable(m_whyNoHost));                                                                  \
    } while (false)

class TestCli : public QObject {
    Q_OBJECT
    const test::TestHost* th = nullptr;
    QString m_whyNoHost;
    std::unique_ptr<QTemporaryDir> m_dir;

    using Run = capataz::test::CliRun;

    QString dataDir() const { return m_dir->filePath(u"data"_s); }
    QString home() const { return m_dir->filePath(u"home"_s); }

    Run cli(const QStringList& args, const QByteArray& input = {}, int timeoutMs = 90000) const
    {
        return capataz::test::runCli(capataz::test::cliEnvironment(home()), dataDir(), args, input,
                                     timeoutMs);
    }

    // The code of an error report ("capataz-cli: <what happened>\n  <Code>: <detail>\n  <hint>\n"),
    // empty when stderr does not hold one.
    static QByteArray errorCode(const Run& r)
    {
        const QList<QByteArray> lines = r.err.split('\n');
        if (lines.size() < 3 || !lines.at(0).startsWith("capataz-cli: ") || !lines.at(1).startsWith("  "))
            return {};
        const QByteArray codeLine = lines.at(1).mid(2);
        const qsizetype colon = codeLine.indexOf(':');
        return colon < 0 ? codeLine : codeLine.left(colon);
    }

    // A key profile for a test host user; `knownHosts` false: no known_hosts file names the host.
    Run addHostProfile(const QString& name, const QString& user, const QStringList& extra = {},
                       bool knownHosts = true)
    {
        QStringList args{u"servers"_s,
                         u"add"_s,
                         name,
                         u"--host"_s,
                         th->host(),
                         u"--port"_s,
                         QString::number(th->port()),
                         u"--user"_s,
                         user,
                         u"--key"_s,
                         th->value(u"TH_KEY_"_s + user.toUpper())};
        if (knownHosts)
            args << u"--known-hosts"_s << th->value(u"TH_KNOWN_HOSTS"_s);
        return cli(args + extra);
    }

    QString hostFingerprintFor(const QString& keyType) const
    {
        if (keyType == u"ssh-ed25519")
            return th->value(u"TH_SSH_HOST_KEY_ED25519_FPR"_s);
        if (keyType.startsWith(u"ecdsa-"))
            return th->value(u"TH_SSH_HOST_KEY_ECDSA_FPR"_s);
        return th->value(u"TH_SSH_HOST_KEY_RSA_FPR"_s);
    }

private slots:
    void initTestCase() { th = test::TestHost::instance(&m_whyNoHost); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir().mkpath(home()));
    }
    void cleanup() { m_dir.reset(); }

    void version()
    {
        const Run r = cli({u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("capataz-cli " CAPATAZ_VERSION "\n"));
        const Run h = cli({u"servers"_s, u"add"_s, u"--help"_s});
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains("--password-stdin"));
    }

    void serversAddListRemove()
    {
        Run r =
            cli({u"servers"_s, u"add"_s, u"web"_s, u"--host"_s, u"192.0.2.7"_s, u"--port"_s, u"2222"_s,
                 u"--user"_s, u"deploy"_s, u"--key"_s, u"/keys/id_web"_s, u"--sudo"_s, u"sudo"_s, u"--role"_s,
                 u"support"_s, u"--jump"_s, u"bastion"_s, u"--project-dir"_s, u"/srv/app"_s});
        QVERIFY2(r.exitCode == 0, show(r));
        r = cli({u"servers"_s, u"add"_s, u"db"_s, u"--host"_s, u"192.0.2.8"_s, u"--user"_s, u"ops"_s});
        QVERIFY2(r.exitCode == 0, show(r));

        r = cli({u"servers"_s, u"list"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, show(r));
        const QJsonArray servers = QJsonDocument::fromJson(r.out).object().value(u"servers"_s).toArray();
        QCOMPARE(servers.size(), 2);
        const QJsonObject db = servers.at(0).toObject(), web = servers.at(1).toObject(); // ordered by name
        QCOMPARE(db.value(u"name"_s).toString(), u"db"_s);
        QCOMPARE(db.value(u"auth"_s).toString(), u"agent"_s);
        QCOMPARE(db.value(u"port"_s).toInt(), 22);
        QCOMPARE(web.value(u"name"_s).toString(), u"web"_s);
        QCOMPARE(web.value(u"host"_s).toString(), u"192.0.2.7"_s);
        QCOMPARE(web.value(u"port"_s).toInt(), 2222);
        QCOMPARE(web.value(u"user"_s).toString(), u"deploy"_s);
        QCOMPARE(web.value(u"auth"_s).toString(), u"key"_s);
        QCOMPARE(web.value(u"keyPath"_s).toString(), u"/keys/id_web"_s);
        QCOMPARE(web.value(u"sudo"_s).toString(), u"sudo"_s);
        QCOMPARE(web.value(u"role"_s).toString(), u"support"_s);
        QCOMPARE(web.value(u"jumpHost"_s).toString(), u"bastion"_s);
        QCOMPARE(web.value(u"projectDir"_s).toString(), u"/srv/app"_s);

        r = cli({u"servers"_s, u"list"_s});
        QVERIFY2(r.exitCode == 0, show(r));
        QVERIFY(r.out.contains("deploy@192.0.2.7:2222"));
        QVERIFY(r.out.contains("ops@192.0.2.8:22"));

        r = cli({u"servers"_s, u"remove"_s, u"web"_s});
        QVERIFY2(r.exitCode == 0, show(r));
        r = cli({u"servers"_s, u"list"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"servers"_s).toArray().size(), 1);
        r = cli({u"servers"_s, u"remove"_s, u"web"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(errorCode(r) == "NotFound", show(r));
    }

    void invalidProfilesExit2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("code");
        QTest::newRow("duplicate") << QStringList{u"web"_s, u"--host"_s, u"h2"_s, u"--user"_s, u"u"_s}
                                   << QByteArray("AlreadyExists");
        QTest::newRow("duplicate other case")
            << QStringList{u"WEB"_s, u"--host"_s, u"h2"_s, u"--user"_s, u"u"_s}
            << QByteArray("AlreadyExists");
        QTest::newRow("bad name") << QStringList{u"../x"_s, u"--host"_s, u"h"_s, u"--user"_s, u"u"_s}
                                  << QByteArray("InvalidArgument");
        QTest::newRow("bad port") << QStringList{u"p"_s, u"--host"_s, u"h"_s, u"--user"_s,
                                                 u"u"_s, u"--port"_s, u"0"_s}
                                  << QByteArray("InvalidArgument");
        QTest::newRow("no host") << QStringList{u"p"_s, u"--user"_s, u"u"_s} << QByteArray("InvalidArgument");
        QTest::newRow("bad sudo") << QStringList{u"p"_s, u"--host"_s, u"h"_s, u"--user"_s,
                                                 u"u"_s, u"--sudo"_s, u"x"_s}
                                  << QByteArray("InvalidArgument");
    }
    void invalidProfilesExit2()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, code);
        Run r = cli({u"servers"_s, u"add"_s, u"web"_s, u"--host"_s, u"h"_s, u"--user"_s, u"u"_s});
        QVERIFY2(r.exitCode == 0, show(r));
        r = cli(QStringList{u"servers"_s, u"add"_s} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(errorCode(r) == code, show(r));
        QCOMPARE(r.err.count('\n'), 3); // what happened, the code and its detail, what to do
        r = cli({u"servers"_s, u"list"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"servers"_s).toArray().size(), 1);
    }

    void importSshConfig()
    {
        const QString path = m_dir->filePath(u"ssh_config"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Host web1\n"                                    // 1
                "    HostName 192.0.2.10\n"                      // 2
                "    User deploy\n"                              // 3
                "    Port 2200\n"                                // 4
                "    IdentityFile /keys/id_web\n"                // 5
                "    IdentityFile /keys/id_other\n"              // 6
                "    ProxyJump gw,jumper@bastion.example:2222\n" // 7: a chain, kept whole
                "Host existing\n"                                // 8
                "    HostName 192.0.2.11\n"                      // 9
                "Host *.internal\n"                              // 10
                "    User nobody\n");                            // 11
        f.close();
        Run r = cli({u"servers"_s, u"add"_s, u"existing"_s, u"--host"_s, u"h"_s, u"--user"_s, u"u"_s});
        QVERIFY2(r.exitCode == 0, show(r));

        r = cli({u"servers"_s, u"import-ssh-config"_s, u"--file"_s, path, u"--dry-run"_s});
        QVERIFY2(r.exitCode == 0, show(r));
        QVERIFY2(r.out.contains("web1") && r.out.contains(":10:") && r.out.contains("*.internal"), show(r));
        r = cli({u"servers"_s, u"list"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"servers"_s).toArray().size(), 1); // dry run

        r = cli({u"servers"_s, u"import-ssh-config"_s, u"--file"_s, path, u"--json"_s});
        QVERIFY2(r.exitCode == 0, show(r));
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QJsonArray imported = o.value(u"imported"_s).toArray();
        QCOMPARE(imported.size(), 1);
        const QJsonObject web1 = imported.at(0).toObject();
        QCOMPARE(web1.value(u"name"_s).toString(), u"web1"_s);
        QCOMPARE(web1.value(u"host"_s).toString(), u"192.0.2.10"_s);
        QCOMPARE(web1.value(u"port"_s).toInt(), 2200);
        QCOMPARE(web1.value(u"user"_s).toString(), u"deploy"_s);
        QCOMPARE(web1.value(u"auth"_s).toString(), u"key"_s);
        QCOMPARE(web1.value(u"keyPath"_s).toString(), u"/keys/id_web"_s);
        QCOMPARE(web1.value(u"jumpHost"_s).toString(), u"gw,jumper@bastion.example:2222"_s);
        QCOMPARE(web1.value(u"line"_s).toInt(), 1);
        const QJsonArray skipped = o.value(u"skipped"_s).toArray();
        QCOMPARE(skipped.size(), 1);
        QCOMPARE(skipped.at(0).toObject().value(u"name"_s).toString(), u"existing"_s);
        QCOMPARE(skipped.at(0).toObject().value(u"reason"_s).toString(), u"exists"_s);
        const QJsonArray notes = o.value(u"notes"_s).toArray();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.at(0).toObject().value(u"kind"_s).toString(), u"skipped-pattern"_s);
        QCOMPARE(notes.at(0).toObject().value(u"line"_s).toInt(), 10);

        r = cli({u"servers"_s, u"list"_s, u"--json"_s});
        const QJsonArray servers = QJsonDocument::fromJson(r.out).object().value(u"servers"_s).toArray();
        QCOMPARE(servers.size(), 2);
        QCOMPARE(servers.at(1).toObject().value(u"jumpHost"_s).toString(),
                 u"gw,jumper@bastion.example:2222"_s);
        // A second import finds both names taken.
        r = cli({u"servers"_s, u"import-ssh-config"_s, u"--file"_s, path, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"skipped"_s).toArray().size(), 2);
    }

    void execArgumentsArriveByteExact()
    {
        REQUIRE_HOST();
        QVERIFY2(addHostProfile(u"ops"_s, u"ops"_s).exitCode == 0, "add");
        const QStringList hostile{u"it's \"quoted\""_s,
                                  u"$(touch /tmp/pwned-cli-subst)"_s,
                                  u"`touch /tmp/pwned-cli-tick`"_s,
                                  u"line1\nline2; touch /tmp/pwned-cli-nl"_s,
                                  u"a; touch /tmp/pwned-cli-semi"_s,
                                  u"ñandú 日本語 🐄"_s,
                                  QString(),
                                  u"  spaced\tout  "_s,
                                  u"* ~ $HOME"_s,
                                  u"-n"_s,
                                  u"--"_s};
        const Run r = cli(QStringList{u"exec"_s, u"ops"_s, u"--"_s, u"printf"_s, u"%s\\0"_s} + hostile);
        QVERIFY2(r.exitCode == 0, show(r));
        QByteArray expected;
        for (const QString& a : hostile)
            expected += a.toUtf8() + '\0';
        QCOMPARE(r.out, expected);
        QVERIFY(r.err.isEmpty());
        const QByteArray found = th->inside(u"ls /tmp/pwned-cli-* 2>/dev/null"_s);
        QVERIFY2(found.isEmpty(), found.constData());
    }

    void execExitCodeAndStreams()
    {
        REQUIRE_HOST();
        QVERIFY2(addHostProfile(u"ops"_s, u"ops"_s).exitCode == 0, "add");
        Run r = cli({u"exec"_s, u"ops"_s, u"--"_s, u"sh"_s, u"-c"_s, u"echo out; echo err >&2; exit 42"_s});
        QCOMPARE(r.exitCode, 42);
        QCOMPARE(r.out, QByteArray("out\n"));
        QCOMPARE(r.err, QByteArray("err\n"));
        r = cli({u"exec"_s, u"ops"_s, u"--"_s, u"sh"_s, u"-c"_s, u"kill -TERM $$"_s});
        QCOMPARE(r.exitCode, 128 + 15);
        r = cli({u"exec"_s, u"ops"_s, u"--timeout"_s, u"1"_s, u"--"_s, u"sleep"_s, u"20"_s});
        QCOMPARE(r.exitCode, 255);
        QVERIFY2(errorCode(r) == "Timeout", show(r));
    }

    void execForwardsStdin()
    {
        REQUIRE_HOST();
        QVERIFY2(addHostProfile(u"ops"_s, u"ops"_s).exitCode == 0, "add");
        QByteArray input(1024 * 1024, Qt::Uninitialized);
        QRandomGenerator gen(42);
        gen.fillRange(reinterpret_cast<quint32*>(input.data()), input.size() / 4);
        const Run r = cli({u"exec"_s, u"ops"_s, u"--"_s, u"sha256sum"_s}, input);
        QVERIFY2(r.exitCode == 0, show(r));
        QCOMPARE(r.out.left(64), QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex());
    }

    void passwordStdin()
    {
        REQUIRE_HOST();
        const QByteArray password = th->value(u"TH_DEPLOY_PASSWORD"_s).toUtf8();
        Run add = cli({u"servers"_s, u"add"_s, u"dp"_s, u"--host"_s, th->host(), u"--user"_s, u"deploy"_s,
                       u"--password-stdin"_s, u"--known-hosts"_s, th->value(u"TH_KNOWN_HOSTS"_s)},
                      password + '\n');
        QVERIFY2(add.exitCode == 0, show(add));
        QVERIFY2(add.err.contains("memory") && add.err.contains("--password-stdin"),
                 show(add)); // forgotten at exit
        // The keychain is memory only: the next process has no password.
        Run r = cli({u"exec"_s, u"dp"_s, u"--"_s, u"whoami"_s});
        QCOMPARE(r.exitCode, 255);
        QVERIFY2(errorCode(r) == "PasswordNeeded", show(r));
        r = cli({u"exec"_s, u"dp"_s, u"--password-stdin"_s, u"--"_s, u"whoami"_s}, password + '\n');
        QVERIFY2(r.exitCode == 0, show(r));
        QCOMPARE(r.out, QByteArray("deploy\n"));
        for (const Run& run : {add, r})
            QVERIFY(!run.out.contains(password) && !run.err.contains(password));
    }

    void unknownHostKeyRefusedThenAccepted()
    {
        REQUIRE_HOST();
        QVERIFY2(addHostProfile(u"ops"_s, u"ops"_s, {}, false).exitCode == 0, "add");
        Run r = cli({u"exec"_s, u"ops"_s, u"--"_s, u"true"_s});
        QCOMPARE(r.exitCode, 255);
        QVERIFY2(errorCode(r) == "HostKeyUnknown", show(r));
        QVERIFY2(r.err.contains(th->value(u"TH_SSH_HOST_KEY_ED25519_FPR"_s).toUtf8()) ||
                     r.err.contains(th->value(u"TH_SSH_HOST_KEY_ECDSA_FPR"_s).toUtf8()),
                 show(r));
        QVERIFY(r.err.contains("--accept-new"));
        r = cli({u"exec"_s, u"ops"_s, u"--accept-new"_s, u"--"_s, u"echo"_s, u"hi"_s});
        QVERIFY2(r.exitCode == 0, show(r));
        QCOMPARE(r.out, QByteArray("hi\n"));
        QVERIFY(QFile::exists(QDir(dataDir()).filePath(u"known_hosts"_s)));
        r = cli({u"exec"_s, u"ops"_s, u"--"_s, u"echo"_s, u"again"_s});
        QVERIFY2(r.exitCode == 0, show(r));
        QCOMPARE(r.out, QByteArray("again\n"));
        QVERIFY(r.err.isEmpty());
    }

    void changedHostKeyRefused()
    {
        REQUIRE_HOST();
        // A known_hosts file holding another (made up) ed25519 key for the host.
        QByteArray blob;
        const auto putString = [&blob](const QByteArray& s) {
            char len[4];
            qToBigEndian<quint32>(quint32(s.size()), len);
            blob += QByteArray(len, 4) + s;
        };
        putString("ssh-ed25519");
        putString(QByteArray(32, 'B'));
        const QString other = m_dir->filePath(u"other_known_hosts"_s);
        QFile f(other);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(th->host().toUtf8() + " ssh-ed25519 " + blob.toBase64() + '\n');
        f.close();
        QVERIFY2(addHostProfile(u"ops"_s, u"ops"_s, {u"--known-hosts"_s, other}, false).exitCode == 0, "add");

        Run r = cli({u"exec"_s, u"ops"_s, u"--accept-new"_s, u"--"_s, u"true"_s});
        QCOMPARE(r.exitCode, 255);
        QVERIFY2(errorCode(r) == "HostKeyChanged", show(r));
        QVERIFY2(r.err.contains((other + u":1"_s).toUtf8()), show(r));
        r = cli({u"hostkey"_s, u"ops"_s, u"--accept-new"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.contains("CHANGED") && r.out.contains((other + u":1"_s).toUtf8()), show(r));
        QVERIFY(!QFile::exists(QDir(dataDir()).filePath(u"known_hosts"_s))); // nothing was remembered
    }

    void hostKeyFingerprint()
    {
        REQUIRE_HOST();
        QVERIFY2(addHostProfile(u"ops"_s, u"ops"_s, {}, false).exitCode == 0, "add");
        Run r = cli({u"hostkey"_s, u"ops"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"status"_s).toString(), u"unknown"_s);
        const QJsonObject key = o.value(u"keys"_s).toArray().at(0).toObject();
        const QString type = key.value(u"keyType"_s).toString();
        QCOMPARE(key.value(u"fingerprint"_s).toString(), hostFingerprintFor(type));

        r = cli({u"hostkey"_s, u"ops"_s, u"--accept-new"_s});
        QVERIFY2(r.exitCode == 0, show(r));
        const QRegularExpression line(u"^(\\d+) (SHA256:\\S+) (\\S+) \\((ED25519|ECDSA|RSA)\\)$"_s,
                                      QRegularExpression::MultilineOption);
        const auto m = line.match(QString::fromUtf8(r.out));
        QVERIFY2(m.hasMatch(), show(r));
        QCOMPARE(m.captured(2), hostFingerprintFor(type));
        QCOMPARE(m.captured(3), th->host());
        r = cli({u"hostkey"_s, u"ops"_s});
        QVERIFY2(r.exitCode == 0 && r.out.contains("known ("), show(r));
    }

    void execRoot_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("sudo");
        QTest::newRow("sudo (ops)") << u"ops"_s << u"sudo"_s;
        QTest::newRow("sudo-password (deploy)") << u"deploy"_s << u"sudo-password"_s;
    }
    void execRoot()
    {
        REQUIRE_HOST();
        QFETCH(QString, user);
        QFETCH(QString, sudo);
        QVERIFY2(addHostProfile(u"s"_s, user, {u"--sudo"_s, sudo}).exitCode == 0, "add");
        QStringList args{u"exec"_s, u"s"_s, u"--root"_s};
        QByteArray input;
        const QByteArray password = th->value(u"TH_DEPLOY_PASSWORD"_s).toUtf8();
        if (sudo == u"sudo-password") {
            args << u"--sudo-password-stdin"_s;
            input = password + '\n';
        }
        const Run r = cli(args + QStringList{u"--"_s, u"id"_s, u"-u"_s}, input);
        QVERIFY2(r.exitCode == 0, show(r));
        QCOMPARE(r.out, QByteArray("0\n"));
        QVERIFY(!r.out.contains(password) && !r.err.contains(password));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
