// Access accounts without a server: the account's name, the checks of every value that ends up
// in a file sshd, sudo or the dispatcher reads (hostile values included), the files as written,
// the dispatcher with Capataz's own scripts in it, and how a command becomes an access request.
#include "access/AccessGrant.h"
#include "access/AccessPlan.h"
#include "logs/FileLogSource.h"
#include "remote/Command.h"
#include "status/StatusCheck.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace capataz;
using namespace Qt::Literals::StringLiterals;

class TestAccessGrant : public QObject {
    Q_OBJECT

    static access::Grant good()
    {
        access::Grant g;
        g.person = u"María José"_s;
        g.role = store::Role::Support;
        g.publicKey =
            u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4 maria@laptop"_s;
        g.projectDir = u"/srv/ganado"_s;
        g.composeWords = {u"docker"_s, u"compose"_s, u"-f"_s, u"docker-compose.yml"_s};
        g.backupDir = u"/var/backups/capataz/ganado"_s;
        g.logFiles = {u"/var/log/nginx/access.log"_s};
        g.units = {u"nginx.service"_s};
        g.ports = {8000, 9100};
        return g;
    }

private slots:
    void accountName_data()
    {
        QTest::addColumn<QString>("person");
        QTest::addColumn<QString>("account");
        QTest::newRow("plain") << u"maria"_s << u"cpz-maria"_s;
        QTest::newRow("spaces and case") << u"  Juan Pérez "_s << u"cpz-juan-perez"_s;
        QTest::newRow("shell") << u"$(id);rm -rf /"_s << u"cpz-id-rm-rf"_s;
        QTest::newRow("ñ and ü") << u"Begoña Güell"_s << u"cpz-begona-guell"_s;
        QTest::newRow("only symbols") << u"../.."_s << u"cpz-"_s;
        QTest::newRow("long") << QString(60, u'a') << u"cpz-"_s + QString(28, u'a');
    }
    void accountName()
    {
        QFETCH(QString, person);
        QFETCH(QString, account);
        QCOMPARE(access::Grant::accountName(person), account);
    }

    void validatesGoodGrant()
    {
        const auto v = good().validate();
        QVERIFY2(v, qPrintable(v ? QString() : v.error().detail));
    }

    void refusesHostileValues_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("person empty") << u"person"_s << u"!!"_s;
        QTest::newRow("key with newline") << u"key"_s << u"ssh-ed25519 AAAA\nssh-ed25519 BBBB"_s;
        QTest::newRow("key type") << u"key"_s << u"ssh-dss AAAAB3NzaC1kc3M="_s;
        QTest::newRow("key options") << u"key"_s << u"command=\"sh\" ssh-ed25519 AAAA"_s;
        QTest::newRow("private key") << u"key"_s << u"-----BEGIN OPENSSH PRIVATE KEY-----"_s;
        QTest::newRow("project relative") << u"project"_s << u"srv/app"_s;
        QTest::newRow("project dotdot") << u"project"_s << u"/srv/../etc"_s;
        QTest::newRow("project space") << u"project"_s << u"/srv/my app"_s;
        QTest::newRow("project newline") << u"project"_s << u"/srv/app\nrole admin"_s;
        QTest::newRow("log dotdot") << u"log"_s << u"/var/log/../../etc/shadow"_s;
        QTest::newRow("log subshell") << u"log"_s << u"/var/log/$(id).log"_s;
        QTest::newRow("log double slash") << u"log"_s << u"//etc/shadow"_s;
        QTest::newRow("log dot") << u"log"_s << u"/var/log/./x.log"_s;
        QTest::newRow("log relative") << u"log"_s << u"x.log"_s;
        QTest::newRow("unit space") << u"unit"_s << u"nginx service"_s;
        QTest::newRow("unit semicolon") << u"unit"_s << u"nginx;id"_s;
        QTest::newRow("compose space") << u"compose"_s << u"docker compose"_s;
        QTest::newRow("compose backtick") << u"compose"_s << u"`id`"_s;
        QTest::newRow("port") << u"port"_s << u"70000"_s;
    }
    void refusesHostileValues()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        access::Grant g = good();
        if (field == u"person"_s)
            g.person = value;
        else if (field == u"key"_s)
            g.publicKey = value;
        else if (field == u"project"_s)
            g.projectDir = value;
        else if (field == u"log"_s)
            g.logFiles << value;
        else if (field == u"unit"_s)
            g.units << value;
        else if (field == u"compose"_s)
            g.composeWords << value;
        else if (field == u"port"_s)
            g.ports << value.toInt();
        const auto v = g.validate();
        QVERIFY2(!v, qPrintable(value));
        QCOMPARE(v.error().code, ErrorCode::InvalidArgument);
    }

    void ownerReadsNoLogs()
    {
        access::Grant g = good();
        g.role = store::Role::Owner;
        QVERIFY(!g.validate());
        g.logFiles.clear();
        g.units.clear();
        QVERIFY(g.validate());
        g.role = store::Role::Admin;
        QVERIFY(!g.validate()); // administrators log in as themselves
    }

    void filesAsWritten()
    {
        const access::Grant g = good();
        const QString conf = QString::fromUtf8(access::configFile(g));
        QVERIFY(conf.contains(u"\nrole support\n"_s));
        QVERIFY(conf.contains(u"\ncompose docker compose -f docker-compose.yml\n"_s));
        QVERIFY(conf.contains(u"\nlog_file /var/log/nginx/access.log\n"_s));
        QVERIFY(conf.contains(u"\nunit nginx.service\n"_s));

        const QString sshd = QString::fromUtf8(access::sshdBlock(g));
        for (const QString& line :
             {u"Match User cpz-maria-jose"_s, u"ForceCommand /usr/local/lib/capataz/capataz-access"_s,
              u"PermitTTY no"_s, u"X11Forwarding no"_s, u"AllowAgentForwarding no"_s, u"PermitTunnel no"_s,
              u"AllowStreamLocalForwarding no"_s, u"AllowTcpForwarding local"_s, u"PermitListen none"_s,
              u"PermitOpen 127.0.0.1:8000 localhost:8000 127.0.0.1:9100 localhost:9100"_s,
              u"AuthorizedKeysFile /etc/capataz/access/cpz-maria-jose.keys"_s,
              u"PasswordAuthentication no"_s})
            QVERIFY2(sshd.contains(line), qPrintable(line + u"\n---\n"_s + sshd));

        access::Grant none = g;
        none.ports.clear();
        QVERIFY(QString::fromUtf8(access::sshdBlock(none)).contains(u"AllowTcpForwarding no\n"_s));

        const QString keys = QString::fromUtf8(access::keysFile(g));
        QVERIFY(keys.startsWith(u"restrict,port-forwarding,permitopen=\"127.0.0.1:8000\""_s));
        QVERIFY(keys.trimmed().endsWith(u"maria@laptop"_s));

        const QString sudo = QString::fromUtf8(access::sudoersFile(g));
        QVERIFY2(sudo.contains(u"\ncpz-maria-jose ALL=(root) NOPASSWD: /usr/local/lib/capataz/capataz-access "
                               u"--as-root facts, \\\n"_s),
                 qPrintable(sudo));
        QVERIFY(sudo.contains(u"/usr/local/lib/capataz/capataz-access --as-root logs-file *, \\\n"_s));
        QVERIFY(!sudo.contains(u"--as-root *"_s)); // never any request
        QVERIFY(!sudo.contains(u"hello"_s));       // answers without root
        QVERIFY(!sudo.contains(u"docker"_s));
        access::Grant owner = g;
        owner.role = store::Role::Owner;
        const QString ownerSudo = QString::fromUtf8(access::sudoersFile(owner));
        QVERIFY(ownerSudo.contains(u"--as-root status"_s) &&
                ownerSudo.contains(u"--as-root backup-list *\n"_s));
        QVERIFY(!ownerSudo.contains(u"logs-"_s));
    }

    // The sudoers rule and the dispatcher's role table name the same requests.
    void sudoersFollowsTheDispatchersRoleTable()
    {
        const QString d = QString::fromUtf8(access::dispatcherScript());
        static const QRegularExpression pair(u"\\b(support|owner):([a-z-]+)\\b"_s);
        QHash<QString, QStringList> table;
        for (auto it = pair.globalMatch(d); it.hasNext();) {
            const auto m = it.next();
            if (m.captured(2) != u"hello"_s && !table[m.captured(1)].contains(m.captured(2)))
                table[m.captured(1)] << m.captured(2);
        }
        for (const store::Role role : {store::Role::Support, store::Role::Owner}) {
            QStringList fromTable = table.value(store::roleName(role));
            QStringList fromSudo = access::rootRequests(role);
            fromTable.sort();
            fromSudo.sort();
            QCOMPARE(fromSudo, fromTable);
        }
        QVERIFY(access::rootRequests(store::Role::Admin).isEmpty());
    }

    void dispatcherHoldsCapatazScripts()
    {
        const QString d = QString::fromUtf8(access::dispatcherScript());
        QVERIFY(!d.isEmpty());
        QVERIFY2(!d.contains(u"@SCRIPT_"_s) && !d.contains(u"@VERSION@"_s), "a placeholder was left");
        QVERIFY(d.contains(u"VERSION=%1\n"_s.arg(access::kDispatcherVersion)));
        QVERIFY(d.contains(status::StatusCheck::script().trimmed()));
        QVERIFY(d.contains(logs::FileLogSource::tailScript().trimmed()));
        // POSIX sh must read it (dash is /bin/sh on Debian and Ubuntu)
        QTemporaryDir dir;
        QFile f(dir.filePath(u"capataz-access"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(d.toUtf8());
        f.close();
        QProcess sh;
        sh.start(u"sh"_s, {u"-n"_s, f.fileName()});
        QVERIFY(sh.waitForFinished());
        QVERIFY2(sh.exitCode() == 0, sh.readAllStandardError().constData());
    }

    void requestsOnlyForAccessAccounts()
    {
        remote::Command c = remote::Command::script(u"echo hi"_s, {u"/srv/app"_s});
        c.asRoot();
        // without a request an access account cannot send it: refused before anything is sent
        auto refused = c.toShell(remote::SudoMode::Access);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::AccessRefused);
        c.request(u"logs-journal"_s, {u"-o"_s, u"json"_s, u"--after-cursor"_s, u"s=ab;i=1"_s});
        QCOMPARE(*c.toShell(remote::SudoMode::Access), u"logs-journal -o json --after-cursor 's=ab;i=1'"_s);
        // other profiles send the command itself, as before
        QVERIFY(c.toShell(remote::SudoMode::NoPassword)->startsWith(u"sudo -n -- sh -c"_s));
        for (const QString& hostile :
             {u"$(id)"_s, u"a b"_s, u"`id`"_s, u"x'y"_s, u"a\nb"_s, QString(), u"é"_s}) {
            remote::Command h({u"true"_s});
            h.request(u"logs-file"_s, {hostile});
            const auto r = h.toShell(remote::SudoMode::Access);
            QVERIFY2(!r, qPrintable(hostile));
            QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        }
        QCOMPARE(remote::sudoModeName(remote::SudoMode::Access), u"access"_s);
        QCOMPARE(remote::sudoModeFromName(u"access"), remote::SudoMode::Access);
    }

    void parsesList()
    {
        const QByteArray out =
            "@dispatcher 1\n@account cpz-maria\nrole support\nproject_dir /srv/app\n"
            "log_file /var/log/a.log\nunit nginx.service\nport 9100\n@user yes\n@sshd yes\n"
            "@sudo yes\n@key 256 SHA256:abc maria (ED25519)\n"
            "@account cpz-owner\nrole owner\nproject_dir /srv/app\n@user yes\n@sshd no\n@sudo yes\n";
        const auto list = access::parseAccountList(out);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].name, u"cpz-maria"_s);
        QCOMPARE(list[0].role, u"support"_s);
        QCOMPARE(list[0].logFiles, QStringList{u"/var/log/a.log"_s});
        QCOMPARE(list[0].ports, QList<int>{9100});
        QCOMPARE(list[0].keyFingerprint, u"SHA256:abc"_s);
        QVERIFY(list[0].complete());
        QVERIFY(!list[1].complete()); // no sshd block: it cannot log in
        QVERIFY(access::parseAccountList("@dispatcher 0\n").isEmpty());
    }

    void parsesHello()
    {
        const auto h = access::parseHello("capataz-access 1 role=owner user=cpz-ana\n");
        QVERIFY(h);
        QCOMPARE(h->version, 1);
        QCOMPARE(h->role, u"owner"_s);
        QCOMPARE(h->user, u"cpz-ana"_s);
        QVERIFY(!access::parseHello("uid=0(root)\n"));
    }

    void planPreviewShowsEverything()
    {
        const plan::Plan p = access::grantPlan(good());
        QStringList ids;
        for (const auto& s : p.steps())
            ids << s->id();
        QCOMPARE(ids, (QStringList{u"access.folders"_s, u"access.dispatcher"_s, u"access.user"_s,
                                   u"access.config"_s, u"access.key"_s, u"access.sudo"_s, u"access.sshd"_s}));
        const QString text = p.previewText(remote::SudoMode::NoPassword);
        QVERIFY(text.contains(u"Match User cpz-maria-jose"_s));
        QVERIFY(text.contains(u"visudo -cf"_s));
        QVERIFY(text.contains(u"sshd -t"_s));
        const plan::Plan r = access::revokePlan(u"cpz-maria"_s);
        QVERIFY(r.previewText(remote::SudoMode::NoPassword).contains(u"userdel"_s));
    }
};

QTEST_GUILESS_MAIN(TestAccessGrant)
#include "tst_accessgrant.moc"
