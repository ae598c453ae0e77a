// remote::Command: the exact string sent with the SSH exec request, checked by running it in the
// real local /bin/sh where that is safe (no sudo).
#include "remote/Command.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using capataz::ErrorCode;
using capataz::remote::Command;
using capataz::remote::SudoMode;

Q_DECLARE_METATYPE(capataz::remote::SudoMode)
Q_DECLARE_METATYPE(capataz::ErrorCode)

namespace {

struct ShResult {
    QByteArray out;
    QByteArray err;
    int exitCode = -1;
};

// The remote side of an SSH exec request is `$SHELL -c STRING`; /bin/sh stands in for it.
// With a `decoy`, the environment is hostile: CDPATH and OLDPWD point there.
ShResult runSh(const QString& script, const QString& dir, const QString& decoy)
{
    QProcess p;
    QProcessEnvironment env;
    env.insert(u"PATH"_s, u"/usr/local/bin:/usr/bin:/bin"_s);
    env.insert(u"HOME"_s, dir);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    if (!decoy.isEmpty()) {
        env.insert(u"CDPATH"_s, decoy);
        env.insert(u"OLDPWD"_s, decoy);
    }
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(dir);
    p.start(u"/bin/sh"_s, {u"-c"_s, script});
    if (!p.waitForFinished(10000))
        return {};
    const int code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return {p.readAllStandardOutput(), p.readAllStandardError(), code};
}

} // namespace

class TestCommand : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void toShell_data();
    void toShell();
    void errors_data();
    void errors();
    void sendsSudoPassword_data();
    void sendsSudoPassword();
    void sudoModeNames();
    void argumentsReachProgram_data();
    void argumentsReachProgram();
    void programNameIsNotAnAssignment();
    void inDirectoryRunsThere_data();
    void inDirectoryRunsThere();
    void missingDirectoryRunsNothing();

private:
    QTemporaryDir m_tmp;
    QString m_home;  // working directory of the shell, like the remote home
    QString m_decoy; // CDPATH and OLDPWD; holds a copy of every directory name
};

void TestCommand::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_home = m_tmp.filePath(u"home"_s);
    m_decoy = m_tmp.filePath(u"decoy"_s);
    QVERIFY(QDir().mkpath(m_home));
    QVERIFY(QDir().mkpath(m_decoy));
}

void TestCommand::toShell_data()
{
    QTest::addColumn<QStringList>("argv");
    QTest::addColumn<QString>("dir");
    QTest::addColumn<bool>("root");
    QTest::addColumn<SudoMode>("mode");
    QTest::addColumn<QString>("expected");

    const QStringList restart{u"systemctl"_s, u"restart"_s, u"nginx"_s};
    const QString cdScript = u"sh -c 'cd -- \"$1\" && shift && exec \"$@\"' sh"_s;
    QTest::newRow("plain") << QStringList{u"docker"_s, u"compose"_s, u"ps"_s} << QString() << false
                           << SudoMode::None << u"docker compose ps"_s;
    QTest::newRow("quoted args") << QStringList{u"printf"_s, u"%s"_s, u"it's $HOME"_s} << QString() << false
                                 << SudoMode::None << u"printf %s 'it'\\''s $HOME'"_s;
    QTest::newRow("empty arg") << QStringList{u"echo"_s, QString()} << QString() << false << SudoMode::None
                               << u"echo ''"_s;
    QTest::newRow("no root, sudo mode")
        << restart << QString() << false << SudoMode::NoPassword << u"systemctl restart nginx"_s;
    QTest::newRow("root login") << restart << QString() << true << SudoMode::RootLogin
                                << u"systemctl restart nginx"_s;
    QTest::newRow("sudo -n") << restart << QString() << true << SudoMode::NoPassword
                             << u"sudo -n -- systemctl restart nginx"_s;
    QTest::newRow("sudo -S") << restart << QString() << true << SudoMode::Password
                             << u"sudo -S -k -p '' -- systemctl restart nginx"_s;
    QTest::newRow("directory") << QStringList{u"docker"_s, u"compose"_s, u"up"_s, u"-d"_s} << u"/srv/my app"_s
                               << false << SudoMode::None
                               << cdScript + u" '/srv/my app' docker compose up -d"_s;
    QTest::newRow("directory as root") << QStringList{u"ls"_s} << u"/root"_s << true << SudoMode::NoPassword
                                       << u"sudo -n -- "_s + cdScript + u" /root ls"_s;
    QTest::newRow("directory, sudo password")
        << QStringList{u"ls"_s} << u"/root"_s << true << SudoMode::Password
        << u"sudo -S -k -p '' -- "_s + cdScript + u" /root ls"_s;
    QTest::newRow("relative directory")
        << QStringList{u"ls"_s} << u"app"_s << false << SudoMode::None << cdScript + u" ./app ls"_s;
    QTest::newRow("program that looks like an assignment")
        << QStringList{u"CAPATAZ_X=1"_s, u"env"_s} << QString() << false << SudoMode::None
        << u"'CAPATAZ_X=1' env"_s;
    QTest::newRow("program that is a reserved word")
        << QStringList{u"time"_s, u"ls"_s} << QString() << false << SudoMode::None << u"'time' ls"_s;
    QTest::newRow("script") << Command::script(u"echo \"$1\""_s, {u"a b"_s}).argv() << QString() << false
                            << SudoMode::None << u"sh -c 'echo \"$1\"' capataz 'a b'"_s;
}

void TestCommand::toShell()
{
    QFETCH(QStringList, argv);
    QFETCH(QString, dir);
    QFETCH(bool, root);
    QFETCH(SudoMode, mode);
    QFETCH(QString, expected);
    Command cmd(argv);
    cmd.asRoot(root);
    if (!dir.isEmpty())
        cmd.inDirectory(dir);
    const auto shell = cmd.toShell(mode);
    QVERIFY2(shell.has_value(), qPrintable(shell ? QString() : shell.error().toString()));
    QCOMPARE(*shell, expected);
}

void TestCommand::errors_data()
{
    QTest::addColumn<QStringList>("argv");
    QTest::addColumn<QString>("dir");
    QTest::addColumn<bool>("root");
    QTest::addColumn<SudoMode>("mode");
    QTest::addColumn<ErrorCode>("code");
    const QString nul(QChar(u'\0'));
    QTest::newRow("root without a way")
        << QStringList{u"reboot"_s} << QString() << true << SudoMode::None << ErrorCode::SudoNotAllowed;
    QTest::newRow("root in directory without a way")
        << QStringList{u"ls"_s} << u"/root"_s << true << SudoMode::None << ErrorCode::SudoNotAllowed;
    QTest::newRow("NUL in argument") << QStringList{u"echo"_s, u"a"_s + nul + u"b"_s} << QString() << false
                                     << SudoMode::None << ErrorCode::InvalidArgument;
    QTest::newRow("NUL in program") << QStringList{u"ls"_s + nul} << QString() << true << SudoMode::NoPassword
                                    << ErrorCode::InvalidArgument;
    QTest::newRow("NUL in directory") << QStringList{u"ls"_s} << u"/srv"_s + nul + u"x"_s << false
                                      << SudoMode::None << ErrorCode::InvalidArgument;
    QTest::newRow("empty argv") << QStringList() << QString() << false << SudoMode::None
                                << ErrorCode::InvalidArgument;
    QTest::newRow("empty program") << QStringList{QString(), u"x"_s} << QString() << false << SudoMode::None
                                   << ErrorCode::InvalidArgument;
}

void TestCommand::errors()
{
    QFETCH(QStringList, argv);
    QFETCH(QString, dir);
    QFETCH(bool, root);
    QFETCH(SudoMode, mode);
    QFETCH(ErrorCode, code);
    const auto shell = Command(argv).asRoot(root).inDirectory(dir).toShell(mode);
    QVERIFY(!shell.has_value());
    QCOMPARE(capataz::errorCodeName(shell.error().code), capataz::errorCodeName(code));
}

void TestCommand::sendsSudoPassword_data()
{
    QTest::addColumn<bool>("root");
    QTest::addColumn<SudoMode>("mode");
    QTest::addColumn<bool>("sends");
    QTest::newRow("root, password") << true << SudoMode::Password << true;
    QTest::newRow("user, password") << false << SudoMode::Password << false;
    QTest::newRow("root, nopasswd") << true << SudoMode::NoPassword << false;
    QTest::newRow("root, root login") << true << SudoMode::RootLogin << false;
    QTest::newRow("root, none") << true << SudoMode::None << false;
}

void TestCommand::sendsSudoPassword()
{
    QFETCH(bool, root);
    QFETCH(SudoMode, mode);
    QFETCH(bool, sends);
    QCOMPARE(Command({u"id"_s}).asRoot(root).sendsSudoPassword(mode), sends);
}

void TestCommand::sudoModeNames()
{
    for (SudoMode m : {SudoMode::None, SudoMode::RootLogin, SudoMode::NoPassword, SudoMode::Password}) {
        const auto back = capataz::remote::sudoModeFromName(capataz::remote::sudoModeName(m));
        QVERIFY(back.has_value());
        QCOMPARE(*back, m);
    }
    QCOMPARE(capataz::remote::sudoModeName(SudoMode::Password), u"sudo-password"_s);
    QVERIFY(!capataz::remote::sudoModeFromName(u"SUDO"_s).has_value());
    QVERIFY(!capataz::remote::sudoModeFromName(QString()).has_value());
}

void TestCommand::argumentsReachProgram_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("hostile") << QStringList{u"$(touch pwned)"_s,
                                            u"`touch pwned`"_s,
                                            u"; touch pwned"_s,
                                            u"' ; touch pwned ; '"_s,
                                            u"a\nb"_s,
                                            u"*"_s,
                                            u"~"_s,
                                            u"-n"_s,
                                            QString(),
                                            u"ñ 日本 🐄"_s,
                                            u"\\"_s,
                                            u"!"_s,
                                            u">pwned"_s};
    QTest::newRow("one empty") << QStringList{QString()};
}

void TestCommand::argumentsReachProgram()
{
    QFETCH(QStringList, args);
    const auto shell = Command(QStringList{u"printf"_s, u"[%s]"_s} + args).toShell(SudoMode::None);
    QVERIFY(shell.has_value());
    const ShResult r = runSh(*shell, m_home, m_decoy);
    QByteArray expected;
    for (const QString& a : args)
        expected += '[' + a.toUtf8() + ']';
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, expected);
    QVERIFY(!QFile::exists(QDir(m_home).filePath(u"pwned"_s)));
}

void TestCommand::programNameIsNotAnAssignment()
{
    // argv[0] is the program to run. "NAME=value" there must not turn into an assignment that
    // runs the next argument as the program instead.
    const auto shell = Command({u"CAPATAZ_X=1"_s, u"printf"_s, u"%s"_s, u"ran"_s}).toShell(SudoMode::None);
    QVERIFY(shell.has_value());
    const ShResult r = runSh(*shell, m_home, m_decoy);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.exitCode, 127);
}

void TestCommand::inDirectoryRunsThere_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("absolute");
    QTest::addColumn<bool>("hostileEnv");
    const QStringList names{u"plain"_s,
                            u"with space"_s,
                            u"it's"_s,
                            u"$(touch pwned)"_s,
                            u"`touch pwned`"_s,
                            u"semi;colon"_s,
                            u"-"_s,
                            u"-P"_s,
                            u"--"_s,
                            u"-rf"_s,
                            u"line\nbreak"_s,
                            u"*"_s,
                            u"~"_s,
                            u"ñandú 日本 🐄"_s,
                            u"back\\slash"_s,
                            u"!"_s,
                            u"a\"b"_s};
    for (const QString& n : names) {
        const QByteArray label = QString(n).replace(u'\n', u"\\n"_s).toUtf8();
        QTest::addRow("relative %s", label.constData()) << n << false << false;
        QTest::addRow("relative, CDPATH/OLDPWD set, %s", label.constData()) << n << false << true;
        QTest::addRow("absolute, CDPATH/OLDPWD set, %s", label.constData()) << n << true << true;
    }
}

void TestCommand::inDirectoryRunsThere()
{
    QFETCH(QString, name);
    QFETCH(bool, absolute);
    QFETCH(bool, hostileEnv);
    QVERIFY(QDir(m_home).mkpath(name));
    QVERIFY(QDir(m_decoy).mkpath(name)); // where CDPATH would lead a relative cd
    const QString target = QDir(m_home).filePath(name);

    const auto shell = Command({u"pwd"_s}).inDirectory(absolute ? target : name).toShell(SudoMode::None);
    QVERIFY(shell.has_value());
    const ShResult r = runSh(*shell, m_home, hostileEnv ? m_decoy : QString());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QString(target + u'\n').toUtf8());
    QCOMPARE(r.err, QByteArray());
    QVERIFY(!QFile::exists(QDir(m_home).filePath(u"pwned"_s)));
}

void TestCommand::missingDirectoryRunsNothing()
{
    const QString marker = QDir(m_home).filePath(u"ran"_s);
    const auto shell =
        Command({u"touch"_s, marker}).inDirectory(u"/nonexistent/capataz"_s).toShell(SudoMode::None);
    QVERIFY(shell.has_value());
    const ShResult r = runSh(*shell, m_home, m_decoy);
    QVERIFY(r.exitCode != 0);
    QVERIFY(!QFile::exists(marker));
}

QTEST_GUILESS_MAIN(TestCommand)
#include "tst_command.moc"
