// Access accounts end to end (issue 14), the real capataz-cli against the test host: an
// administrator's profile (`ops`, sudo without password) gives access to a support person and to
// an owner, each through a key pair made here and a profile for it; the logs, metrics and status
// work through those accounts; the hostile suite (tests/integration/access-hostile.sh, OpenSSH's
// own client) tries everything beyond the roles and counts what got through (must be 0); a grant
// that sshd refuses is rolled back; revoke removes the account and the audit log says so. The
// console's session asks the server which account and role it is on connect.
#include "CliRunner.h"
#include "TestHost.h"
#include "client/ServerSession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace capataz;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kProject = u"/srv/capataz-access"_s;
const QString kLogDir = u"/var/log/capataz-access"_s;
const QString kLog = u"/var/log/capataz-access/app.log"_s;
const QString kEvil = u"/var/log/capataz-access/evil.log"_s; // allowed path, a symlink to /etc/shadow
} // namespace

class TestAccess : public QObject {
    Q_OBJECT
    const test::TestHost* th = nullptr;
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;

    test::CliRun cli(const QStringList& args, int timeoutMs = 120000) const
    {
        return test::runCli(m_env, m_dir.filePath(u"data"_s), args, {}, timeoutMs);
    }

    void addAdmin(const QString& name, const QString& role)
    {
        const auto r = cli({u"servers"_s, u"add"_s, name, u"--host"_s, th->host(), u"--port"_s,
                            QString::number(th->port()), u"--user"_s, u"ops"_s, u"--key"_s,
                            th->value(u"TH_KEY_OPS"_s), u"--known-hosts"_s, th->value(u"TH_KNOWN_HOSTS"_s),
                            u"--sudo"_s, u"sudo"_s, u"--role"_s, role, u"--project-dir"_s, kProject});
        QVERIFY2(r.exitCode == 0, test::show(r).constData());
    }

    QJsonArray listAccounts()
    {
        const auto r = cli({u"access"_s, u"th"_s, u"list"_s, u"--json"_s});
        if (r.exitCode != 0)
            qWarning().noquote() << test::show(r);
        return QJsonDocument::fromJson(r.out).array();
    }

    // Runs the hostile suite as the account; returns "tried N succeeded M" and the whole output.
    QString hostile(const QString& key, const QString& account, const QString& role, QString* all)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(u"bash"_s, {QStringLiteral(CAPATAZ_SOURCE_DIR "/tests/integration/access-hostile.sh"),
                            qEnvironmentVariable("CAPATAZ_TESTHOST_ENV"), key, account, role,
                            role == u"support"_s ? kLog : u"-"_s, kEvil});
        p.waitForFinished(900000);
        *all = QString::fromUtf8(p.readAll());
        static const QRegularExpression tally(u"hostile \\S+ (tried \\d+ succeeded \\d+)"_s);
        const auto m = tally.match(*all);
        return m.hasMatch() && p.exitCode() == 0 ? m.captured(1) : u"FAILED: "_s + m.captured(1);
    }

private slots:
    void initTestCase()
    {
        QString why;
        th = test::TestHost::instance(&why);
        if (!th)
            QSKIP(qPrintable(why));
        QVERIFY(m_dir.isValid());
        QDir().mkpath(m_dir.filePath(u"home"_s));
        m_env = test::cliEnvironment(m_dir.filePath(u"home"_s));
        addAdmin(u"th"_s, u"admin"_s);
        addAdmin(u"th-support-local"_s, u"support"_s);
        int rc = -1;
        th->inside(u"mkdir -p "_s + kLogDir + u" "_s + kProject + u" && seq -f 'app line %g' 1 50 > "_s +
                       kLog + u" && ln -sf /etc/shadow "_s + kEvil + u" && cd "_s + kProject +
                       u" && cat > docker-compose.yml <<'EOF'\nservices:\n  web:\n    image: "_s +
                       th->value(u"TH_IMAGE"_s) +
                       u"\n    command: [\"sh\", \"-c\", \"echo hello-from-web; sleep 3600\"]\nEOF\n"
                       u"docker compose up -d >/dev/null 2>&1"_s,
                   &rc);
        QCOMPARE(rc, 0);
    }

    void cleanupTestCase()
    {
        if (!th)
            return;
        th->inside(u"cd "_s + kProject +
                   u" && docker compose down -t 1 >/dev/null 2>&1; "
                   u"for u in cpz-maria cpz-ana-owner cpz-broken; do userdel $u 2>/dev/null; "
                   u"rm -f /etc/ssh/sshd_config.d/60-capataz-access-$u.conf /etc/sudoers.d/capataz-access-$u "
                   u"/etc/capataz/access/$u.*; done; rm -f /etc/ssh/sshd_config.d/55-broken.conf; "
                   u"kill -HUP $(cat /run/sshd.pid)"_s);
    }

    void previewChangesNothing()
    {
        const auto r =
            cli({u"access"_s, u"th"_s, u"grant"_s, u"Maria"_s, u"--role"_s, u"support"_s, u"--new-key"_s,
                 m_dir.filePath(u"unused"_s), u"--log-file"_s, kLog, u"--dry-run"_s});
        QVERIFY2(r.exitCode == 0, test::show(r).constData());
        QVERIFY(r.out.contains("Match User cpz-maria"));
        QVERIFY(r.out.contains("ForceCommand /usr/local/lib/capataz/capataz-access"));
        QVERIFY(r.out.contains("visudo -cf"));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"unused"_s))); // no key made for a preview
        int rc = -1;
        th->inside(u"getent passwd cpz-maria"_s, &rc);
        QVERIFY(rc != 0);
    }

    void onlyAnAdministratorGrants()
    {
        const auto r = cli({u"access"_s, u"th-support-local"_s, u"grant"_s, u"x"_s, u"--role"_s, u"support"_s,
                            u"--new-key"_s, m_dir.filePath(u"x"_s)});
        QCOMPARE(r.exitCode, 77);
        const auto bad = cli({u"access"_s, u"th"_s, u"grant"_s, u"x"_s, u"--role"_s, u"admin"_s,
                              u"--new-key"_s, m_dir.filePath(u"x"_s)});
        QCOMPARE(bad.exitCode, 2);
        const auto hostileLog =
            cli({u"access"_s, u"th"_s, u"grant"_s, u"x"_s, u"--role"_s, u"support"_s, u"--new-key"_s,
                 m_dir.filePath(u"x"_s), u"--log-file"_s, u"/var/log/$(id)"_s});
        QCOMPARE(hostileLog.exitCode, 2);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"x"_s)));
    }

    void grantSupport()
    {
        const auto r = cli({u"access"_s, u"th"_s, u"grant"_s, u"María"_s, u"--role"_s, u"support"_s,
                            u"--new-key"_s, m_dir.filePath(u"maria"_s), u"--log-file"_s, kLog,
                            u"--log-file"_s, kEvil, u"--add-profile"_s, u"th-maria"_s});
        QVERIFY2(r.exitCode == 0, test::show(r).constData());
        QVERIFY2(r.out.contains("cpz-maria"), r.out.constData());
        QCOMPARE(QFileInfo(m_dir.filePath(u"maria"_s)).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
        const QJsonArray list = listAccounts();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0][u"account"_s].toString(), u"cpz-maria"_s);
        QCOMPARE(list[0][u"role"_s].toString(), u"support"_s);
        QVERIFY(list[0][u"complete"_s].toBool());
        QVERIFY(list[0][u"ports"_s].toArray().contains(9100)); // node-exporter, for the metrics

        // again with the same key: every step finds its change made already
        const auto again =
            cli({u"access"_s, u"th"_s, u"grant"_s, u"María"_s, u"--role"_s, u"support"_s, u"--public-key"_s,
                 m_dir.filePath(u"maria.pub"_s), u"--log-file"_s, kLog, u"--log-file"_s, kEvil, u"--json"_s});
        QVERIFY2(again.exitCode == 0, test::show(again).constData());
        const QJsonArray steps = QJsonDocument::fromJson(again.out)[u"steps"_s].toArray();
        QCOMPARE(steps.size(), 7);
        for (const QJsonValue& s : steps)
            QVERIFY2(s[u"status"_s].toString() == u"skipped"_s, test::show(again).constData());
    }

    void supportWorksThroughItsAccount()
    {
        const auto hello = cli({u"access"_s, u"th-maria"_s, u"hello"_s, u"--json"_s});
        QVERIFY2(hello.exitCode == 0, test::show(hello).constData());
        QCOMPARE(QJsonDocument::fromJson(hello.out)[u"role"_s].toString(), u"support"_s);

        const auto file = cli({u"logs"_s, u"th-maria"_s, u"--file"_s, kLog, u"--tail"_s, u"3"_s});
        QVERIFY2(file.exitCode == 0, test::show(file).constData());
        QVERIFY2(file.out.contains("app line 50") && !file.out.contains("app line 47"),
                 test::show(file).constData());

        const auto compose = cli({u"logs"_s, u"th-maria"_s, u"--service"_s, u"web"_s});
        QVERIFY2(compose.exitCode == 0 && compose.out.contains("hello-from-web"),
                 test::show(compose).constData());

        const auto metrics = cli({u"metrics"_s, u"th-maria"_s, u"--json"_s});
        QVERIFY2(metrics.exitCode == 0 && metrics.out.contains("node_"), test::show(metrics).constData());

        const auto status = cli({u"status"_s, u"th-maria"_s, u"--json"_s});
        QVERIFY2(status.exitCode == 0 || status.exitCode == 1, test::show(status).constData());

        // what the role may not: refused, with the sentence that says why
        const auto shadow = cli({u"logs"_s, u"th-maria"_s, u"--file"_s, u"/etc/shadow"_s});
        QVERIFY(shadow.exitCode != 0);
        QVERIFY2(shadow.err.contains("The server refused it"), test::show(shadow).constData());
        QVERIFY(!shadow.out.contains("root:"));
        const auto symlink = cli({u"logs"_s, u"th-maria"_s, u"--file"_s, kEvil});
        QVERIFY(!symlink.out.contains("root:"));
        QVERIFY2(symlink.err.contains("leads to a file this account may not read"),
                 test::show(symlink).constData());
        // a command: refused here by the role (77) before the server would refuse it
        const auto exec = cli({u"exec"_s, u"th-maria"_s, u"--"_s, u"id"_s});
        QCOMPARE(exec.exitCode, 77);
        QVERIFY(!exec.out.contains("uid="));
        // a download sends no access request: refused before anything is sent, in a sentence
        const auto download = cli(
            {u"backup"_s, u"th-maria"_s, u"download"_s, u"x.dump.zst"_s, u"--to"_s, m_dir.filePath(u"dl"_s)});
        QVERIFY(download.exitCode != 0);
    }

    // The console (client::ServerSession) asks the dispatcher on connect: the role the server
    // gives is known before any tab runs, a profile whose role differs is noticed, and a profile
    // that calls an ordinary login an access account fails in a sentence, not tab by tab.
    void consoleAsksTheServerWhoItIs()
    {
        const auto session = [this](const QString& user, const QString& key, store::Role role) {
            store::ServerProfile p;
            p.name = u"th-console"_s;
            p.host = th->host();
            p.port = th->port();
            p.user = user;
            p.sudo = remote::SudoMode::Access;
            p.role = role;
            auto s = std::make_unique<client::ServerSession>(p);
            ssh::ConnectionSettings cs = th->keySettings(u"ops"_s);
            cs.user = user;
            cs.keyPath = key;
            cs.sudo = remote::SudoMode::Access;
            s->connectWith(cs);
            return s;
        };
        using Status = client::ServerSession::Status;
        const auto maria = session(u"cpz-maria"_s, m_dir.filePath(u"maria"_s), store::Role::Support);
        QTRY_VERIFY_WITH_TIMEOUT(maria->status() != Status::Connecting, 30000);
        QVERIFY2(maria->status() == Status::Connected, qPrintable(maria->lastError().toString()));
        QVERIFY(maria->serverAccess());
        QCOMPARE(maria->serverAccess()->role, u"support"_s);
        QCOMPARE(maria->serverAccess()->user, u"cpz-maria"_s);
        QVERIFY(!maria->accessRoleDiffers());

        const auto asOwner = session(u"cpz-maria"_s, m_dir.filePath(u"maria"_s), store::Role::Owner);
        QTRY_VERIFY_WITH_TIMEOUT(asOwner->status() != Status::Connecting, 30000);
        QCOMPARE(asOwner->status(), Status::Connected);
        QVERIFY(asOwner->accessRoleDiffers());

        const auto ordinary = session(u"ops"_s, th->value(u"TH_KEY_OPS"_s), store::Role::Support);
        QTRY_VERIFY_WITH_TIMEOUT(ordinary->status() != Status::Connecting, 30000);
        QCOMPARE(ordinary->status(), Status::Error);
        QCOMPARE(ordinary->lastError().code, ErrorCode::AccessAccountUnconfirmed);
        QVERIFY(!ordinary->isConnected());
        QVERIFY(!ordinary->serverAccess());
    }

    void hostileSupport()
    {
#ifdef CAPATAZ_SANITIZED
        QSKIP("the hostile suite runs OpenSSH's client only: it runs in the plain tree, not under the "
              "sanitizers");
#endif
        QString all;
        const QString tally = hostile(m_dir.filePath(u"maria"_s), u"cpz-maria"_s, u"support"_s, &all);
        qInfo().noquote() << "access hostile suite, support:" << tally;
        QVERIFY2(tally.startsWith(u"tried"_s) && tally.endsWith(u" succeeded 0"_s), qPrintable(all));
        const int tried = tally.section(u' ', 1, 1).toInt();
        QVERIFY2(tried >= 200, qPrintable(tally));
    }

    void grantOwner()
    {
        const auto r = cli({u"access"_s, u"th"_s, u"grant"_s, u"Ana Owner"_s, u"--role"_s, u"owner"_s,
                            u"--new-key"_s, m_dir.filePath(u"ana"_s), u"--add-profile"_s, u"th-ana"_s});
        QVERIFY2(r.exitCode == 0, test::show(r).constData());
        const auto hello = cli({u"access"_s, u"th-ana"_s, u"hello"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(hello.out)[u"role"_s].toString(), u"owner"_s);
        // the owner's status page through the owner's account
        const auto status = cli({u"status"_s, u"th-ana"_s, u"--json"_s});
        QVERIFY2(status.exitCode == 0 || status.exitCode == 1, test::show(status).constData());
        QVERIFY2(status.out.contains("\"reachable\": true") || status.out.contains("\"reachable\":true"),
                 test::show(status).constData());
        const auto logs = cli({u"logs"_s, u"th-ana"_s, u"--file"_s, kLog});
        QVERIFY(logs.exitCode != 0);
        QVERIFY(!logs.out.contains("app line"));
    }

    void hostileOwner()
    {
#ifdef CAPATAZ_SANITIZED
        QSKIP("the hostile suite runs OpenSSH's client only: it runs in the plain tree, not under the "
              "sanitizers");
#endif
        QString all;
        const QString tally = hostile(m_dir.filePath(u"ana"_s), u"cpz-ana-owner"_s, u"owner"_s, &all);
        qInfo().noquote() << "access hostile suite, owner:" << tally;
        QVERIFY2(tally.startsWith(u"tried"_s) && tally.endsWith(u" succeeded 0"_s), qPrintable(all));
    }

    void refusedGrantIsRolledBack()
    {
        int rc = -1;
        th->inside(u"echo 'NoSuchOption yes' > /etc/ssh/sshd_config.d/55-broken.conf"_s, &rc);
        QCOMPARE(rc, 0);
        const auto r = cli({u"access"_s, u"th"_s, u"grant"_s, u"Broken"_s, u"--role"_s, u"owner"_s,
                            u"--new-key"_s, m_dir.filePath(u"broken"_s)});
        th->inside(u"rm -f /etc/ssh/sshd_config.d/55-broken.conf"_s);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("access.sshd"), test::show(r).constData());
        QVERIFY2(r.err.contains("sshd -t refused"), test::show(r).constData());
        th->inside(u"getent passwd cpz-broken"_s, &rc);
        QVERIFY2(rc != 0, "the user was not removed by the rollback");
        th->inside(u"test ! -e /etc/sudoers.d/capataz-access-cpz-broken && "
                   u"test ! -e /etc/ssh/sshd_config.d/60-capataz-access-cpz-broken.conf"_s,
                   &rc);
        QCOMPARE(rc, 0);
        // sshd kept running (a configuration it refuses is never reloaded) and the others still work
        const auto hello = cli({u"access"_s, u"th-maria"_s, u"hello"_s});
        QVERIFY2(hello.exitCode == 0, test::show(hello).constData());
    }

    void revoke()
    {
        for (const QString& account : {u"cpz-maria"_s, u"cpz-ana-owner"_s}) {
            const auto r = cli({u"access"_s, u"th"_s, u"revoke"_s, account});
            QVERIFY2(r.exitCode == 0, test::show(r).constData());
        }
        QCOMPARE(listAccounts().size(), 0);
        const auto hello = cli({u"access"_s, u"th-maria"_s, u"hello"_s});
        QCOMPARE(hello.exitCode, 1);
        QVERIFY2(hello.err.contains("Authentication") || hello.err.contains("authentication") ||
                     hello.err.contains("AuthenticationFailed"),
                 test::show(hello).constData());
        int rc = -1;
        th->inside(u"getent passwd cpz-maria || test -e /etc/capataz/access/cpz-maria.keys"_s, &rc);
        QVERIFY(rc != 0);
        const auto audit = cli({u"audit"_s, u"--server"_s, u"th"_s, u"--json"_s});
        QVERIFY2(audit.out.contains("access-revoke") ||
                     audit.out.contains("Revoke the access account cpz-maria"),
                 test::show(audit).constData());
        // revoking again finds nothing to do
        const auto twice = cli({u"access"_s, u"th"_s, u"revoke"_s, u"cpz-maria"_s});
        QVERIFY2(twice.exitCode == 0, test::show(twice).constData());
    }
};

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
