// Connection against the real test host: every auth method, host keys, sudo modes.
#include "TestHost.h"
#include "ssh/KnownHosts.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace capataz;
using namespace capataz::ssh;
using namespace Qt::Literals::StringLiterals;

class TestConnection : public QObject {
    Q_OBJECT
private:
    const test::TestHost* th = nullptr;

private slots:
    void initTestCase()
    {
        QString why;
        th = test::TestHost::instance(&why);
        if (!th)
            QSKIP(qPrintable(why));
    }

    void keyAuth_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("keyVar");
        QTest::addColumn<QString>("passphraseVar");
        QTest::newRow("root ed25519") << u"root"_s << u"TH_KEY_ROOT"_s << QString();
        QTest::newRow("ops ed25519") << u"ops"_s << u"TH_KEY_OPS"_s << QString();
        QTest::newRow("ops ecdsa") << u"ops"_s << u"TH_KEY_OPS_ECDSA"_s << QString();
        QTest::newRow("deploy ed25519 with passphrase")
            << u"deploy"_s << u"TH_KEY_DEPLOY_PASS"_s << u"TH_KEY_DEPLOY_PASS_PASSPHRASE"_s;
        QTest::newRow("root rsa (rsa-sha2-256)") << u"root"_s << u"TH_KEY_ROOT_RSA"_s << QString();
    }
    void keyAuth()
    {
        QFETCH(QString, user);
        QFETCH(QString, keyVar);
        QFETCH(QString, passphraseVar);
        if (th->value(keyVar).isEmpty())
            QSKIP("this test host has no such key");
        ConnectionSettings s = th->keySettings(user);
        s.keyPath = th->value(keyVar);
        if (!passphraseVar.isEmpty())
            s.keyPassphrase = th->value(passphraseVar);
        Connection c(s);
        QVERIFY2(test::connectAndWait(c), qPrintable(c.lastError().toString()));
        const auto r = test::run(c, remote::Command({u"id"_s, u"-un"_s}));
        QVERIFY2(r.result.ok(), qPrintable(r.result.error.toString()));
        QCOMPARE(QString::fromUtf8(r.out).trimmed(), user);
    }

    void keyPassphraseErrors()
    {
        if (th->value(u"TH_KEY_DEPLOY_PASS"_s).isEmpty())
            QSKIP("this test host has no passphrase key");
        ConnectionSettings s = th->keySettings(u"deploy"_s);
        s.keyPath = th->value(u"TH_KEY_DEPLOY_PASS"_s);
        {
            Connection c(s);
            QVERIFY(!test::connectAndWait(c));
            QCOMPARE(c.lastError().code, ErrorCode::KeyPassphraseNeeded);
        }
        s.keyPassphrase = u"wrong"_s;
        Connection c(s);
        QVERIFY(!test::connectAndWait(c));
        QCOMPARE(c.lastError().code, ErrorCode::KeyPassphraseWrong);
    }

    void passwordAuth_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("expected");
        QTest::newRow("password") << int(AuthKind::Password) << th->value(u"TH_DEPLOY_PASSWORD"_s)
                                  << int(ErrorCode::None);
        QTest::newRow("keyboard-interactive") << int(AuthKind::KeyboardInteractive)
                                              << th->value(u"TH_DEPLOY_PASSWORD"_s) << int(ErrorCode::None);
        QTest::newRow("wrong password")
            << int(AuthKind::Password) << u"nope"_s << int(ErrorCode::AuthenticationFailed);
        QTest::newRow("no password") << int(AuthKind::Password) << QString()
                                     << int(ErrorCode::PasswordNeeded);
    }
    void passwordAuth()
    {
        QFETCH(int, kind);
        QFETCH(QString, password);
        QFETCH(int, expected);
        ConnectionSettings s = th->keySettings(u"deploy"_s);
        s.auth = AuthKind(kind);
        s.keyPath.clear();
        s.password = password;
        Connection c(s);
        const bool ok = test::connectAndWait(c);
        QCOMPARE(int(c.lastError().code), expected);
        QCOMPARE(ok, expected == int(ErrorCode::None));
        // The password never shows in an error.
        if (!password.isEmpty())
            QVERIFY(!c.lastError().detail.contains(password));
    }

    void agentAuth()
    {
        // A real ssh-agent holding the ops key.
        QTemporaryDir dir;
        const QString sock = dir.filePath(u"agent.sock"_s);
        QProcess agent;
        agent.start(u"ssh-agent"_s, {u"-D"_s, u"-a"_s, sock});
        QVERIFY(agent.waitForStarted());
        QTRY_VERIFY(QFile::exists(sock));
        QProcess add;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SSH_AUTH_SOCK"_s, sock);
        add.setProcessEnvironment(env);
        add.start(u"ssh-add"_s, {th->value(u"TH_KEY_OPS"_s)});
        QVERIFY(add.waitForFinished());
        QCOMPARE(add.exitCode(), 0);
        const QByteArray oldSock = qgetenv("SSH_AUTH_SOCK");
        qputenv("SSH_AUTH_SOCK", sock.toUtf8());
        ConnectionSettings s = th->keySettings(u"ops"_s);
        s.auth = AuthKind::Agent;
        s.keyPath.clear();
        Connection c(s);
        const bool ok = test::connectAndWait(c);
        qputenv("SSH_AUTH_SOCK", oldSock);
        agent.kill();
        agent.waitForFinished();
        QVERIFY2(ok, qPrintable(c.lastError().toString()));
    }

    void unknownHostKey()
    {
        QTemporaryDir dir;
        ConnectionSettings s = th->keySettings(u"root"_s);
        s.knownHostsFiles = {dir.filePath(u"known_hosts"_s)};
        s.knownHostsWriteFile = dir.filePath(u"known_hosts"_s);
        {
            s.hostKeyPolicy = HostKeyPolicy::Strict;
            Connection c(s);
            QVERIFY(!test::connectAndWait(c));
            QCOMPARE(c.lastError().code, ErrorCode::HostKeyUnknown);
        }
        {
            s.hostKeyPolicy = HostKeyPolicy::Ask;
            Connection c(s);
            QSignalSpy asked(&c, &Connection::hostKeyConfirmationRequested);
            c.connectToHost();
            QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 15000);
            const auto info = asked.at(0).at(0).value<HostKeyInfo>();
            QVERIFY(info.fingerprint.startsWith(u"SHA256:"_s));
            QCOMPARE(info.status, HostKeyInfo::Status::Unknown);
            const QString expectedFpr = th->value(u"TH_SSH_HOST_KEY_ED25519_FPR"_s);
            if (!expectedFpr.isEmpty() && info.keyType == u"ssh-ed25519")
                QCOMPARE(info.fingerprint, expectedFpr);
            c.acceptHostKey(true);
            QVERIFY2(test::waitForState(c, ConnectionState::Connected), qPrintable(c.lastError().toString()));
        }
        // Remembered: a strict connection now works.
        s.hostKeyPolicy = HostKeyPolicy::Strict;
        Connection c(s);
        QVERIFY2(test::connectAndWait(c), qPrintable(c.lastError().toString()));
    }

    void changedHostKey()
    {
        // A known_hosts that names the test host with another ed25519 key.
        QTemporaryDir dir;
        const QString kh = dir.filePath(u"known_hosts"_s);
        QProcess gen;
        gen.start(u"ssh-keygen"_s,
                  {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-f"_s, dir.filePath(u"other"_s)});
        QVERIFY(gen.waitForFinished());
        QFile pub(dir.filePath(u"other.pub"_s));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        const QList<QByteArray> parts = pub.readAll().split(' ');
        QFile f(kh);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(th->host().toUtf8() + ' ' + parts.at(0) + ' ' + parts.at(1) + '\n');
        f.close();
        for (HostKeyPolicy policy : {HostKeyPolicy::Strict, HostKeyPolicy::Ask, HostKeyPolicy::AcceptNew}) {
            ConnectionSettings s = th->keySettings(u"root"_s);
            s.knownHostsFiles = {kh};
            s.knownHostsWriteFile = kh;
            s.hostKeyPolicy = policy;
            Connection c(s);
            QSignalSpy asked(&c, &Connection::hostKeyConfirmationRequested);
            QVERIFY(!test::connectAndWait(c));
            QCOMPARE(c.lastError().code, ErrorCode::HostKeyChanged);
            QCOMPARE(asked.size(), 0); // never offered to "connect anyway"
        }
        // The file was not touched.
        QFile again(kh);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll().count('\n'), 1);
    }

    void sudoModes_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("sudoPassword");
        QTest::addColumn<int>("expectedError");
        QTest::newRow("root login") << u"root"_s << int(remote::SudoMode::RootLogin) << QString()
                                    << int(ErrorCode::None);
        QTest::newRow("sudo NOPASSWD")
            << u"ops"_s << int(remote::SudoMode::NoPassword) << QString() << int(ErrorCode::None);
        QTest::newRow("sudo with password") << u"deploy"_s << int(remote::SudoMode::Password)
                                            << th->value(u"TH_DEPLOY_PASSWORD"_s) << int(ErrorCode::None);
        QTest::newRow("sudo wrong password") << u"deploy"_s << int(remote::SudoMode::Password) << u"wrong"_s
                                             << int(ErrorCode::SudoPasswordWrong);
        QTest::newRow("sudo needs password but mode NOPASSWD")
            << u"deploy"_s << int(remote::SudoMode::NoPassword) << QString()
            << int(ErrorCode::SudoNotAllowed);
        QTest::newRow("none") << u"ops"_s << int(remote::SudoMode::None) << QString()
                              << int(ErrorCode::SudoNotAllowed);
    }
    void sudoModes()
    {
        QFETCH(QString, user);
        QFETCH(int, mode);
        QFETCH(QString, sudoPassword);
        QFETCH(int, expectedError);
        ConnectionSettings s = th->keySettings(user);
        s.sudo = remote::SudoMode(mode);
        s.sudoPassword = sudoPassword;
        Connection c(s);
        QVERIFY2(test::connectAndWait(c), qPrintable(c.lastError().toString()));
        // stdin after the password line reaches the command intact.
        const auto r =
            test::run(c, remote::Command({u"sh"_s, u"-c"_s, u"id -u; cat"_s}).asRoot(), "payload\n");
        QCOMPARE(int(r.result.error.code), expectedError);
        if (expectedError == int(ErrorCode::None)) {
            QCOMPARE(r.result.exitCode, 0);
            QCOMPARE(r.out, QByteArray("0\npayload\n"));
        }
        if (!sudoPassword.isEmpty()) {
            QVERIFY(!r.out.contains(sudoPassword.toUtf8()));
            QVERIFY(!r.err.contains(sudoPassword.toUtf8()));
            // ...and not in the remote process table: check what `ps` saw while a sudo ran.
        }
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
