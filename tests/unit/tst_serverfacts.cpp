// remote::ServerFacts: parsing the facts script's output from realistic servers, and the script
// itself run by the local shells (dash, bash, busybox) with stand-in tools.
#include "ServerFactsSamples.h"
#include "remote/ServerFacts.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using capataz::ErrorCode;
using capataz::remote::ServerFacts;
using Compose = capataz::remote::ServerFacts::ComposeKind;
using Ufw = capataz::remote::ServerFacts::UfwState;

Q_DECLARE_METATYPE(capataz::remote::ServerFacts)

using namespace capataz::testfacts;

namespace {

ServerFacts unknownServices()
{
    ServerFacts f;
    f.ufw = Ufw::Unknown;
    return f;
}

} // namespace

class TestServerFacts : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void parse_data();
    void parse();
    void notFacts_data();
    void notFacts();
    void names();
    void fractions();
    void command();
    void scriptRunsLocally_data();
    void scriptRunsLocally();

private:
    QTemporaryDir m_tmp;
};

void TestServerFacts::initTestCase()
{
    QVERIFY(m_tmp.isValid());
}

void TestServerFacts::parse_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<ServerFacts>("expected");
    QTest::addColumn<QStringList>("warnings"); // a substring of each warning, in order

    {
        ServerFacts f;
        f.osId = u"debian"_s;
        f.osName = u"Debian GNU/Linux"_s;
        f.osVersion = u"12"_s;
        f.osPrettyName = u"Debian GNU/Linux 12 (bookworm)"_s;
        f.kernel = u"6.1.0-13-amd64"_s;
        f.hostname = u"rancho"_s;
        f.uptimeSeconds = 277234;
        f.diskTotalBytes = 40470732 * KiB;
        f.diskUsedBytes = 12012724 * KiB;
        f.diskAvailBytes = 26371700 * KiB;
        f.diskProjectPath = u"/srv/rancho"_s;
        f.diskProjectMountPoint = u"/srv"_s;
        f.diskProjectTotalBytes = 103081248 * KiB;
        f.diskProjectUsedBytes = 98000000 * KiB;
        f.diskProjectAvailBytes = 5081248 * KiB;
        f.memTotalBytes = 4015852 * KiB;
        f.memAvailableBytes = 2514008 * KiB;
        f.swapTotal = 998396 * KiB;
        f.swapFree = 998396 * KiB;
        f.cpuCount = 2;
        f.load1 = 0.08;
        f.load5 = 0.12;
        f.load15 = 0.09;
        f.dockerInstalled = true;
        f.dockerServerReachable = true;
        f.dockerVersion = u"20.10.24+dfsg1"_s;
        f.compose = Compose::V1Standalone;
        f.composeVersion = u"1.29.2"_s;
        f.systemd = true;
        f.ufw = Ufw::Active;
        f.ufwRules =
            QStringList{u"22/tcp ALLOW Anywhere"_s, u"80,443/tcp ALLOW Anywhere"_s,
                        u"22/tcp (v6) ALLOW Anywhere (v6)"_s, u"80,443/tcp (v6) ALLOW Anywhere (v6)"_s};
        f.nginxInstalled = true;
        f.nginxVersion = u"1.22.1"_s;
        f.nginxRunning = true;
        f.isRoot = true;
        QTest::newRow("Debian 12, root, docker-compose 1.29, ufw active") << kDebian12 << f << QStringList();
    }
    {
        ServerFacts f;
        f.osId = u"ubuntu"_s;
        f.osName = u"Ubuntu"_s;
        f.osVersion = u"22.04"_s;
        f.osPrettyName = u"Ubuntu 22.04.3 LTS"_s;
        f.kernel = u"5.15.0-88-generic"_s;
        f.hostname = u"web-01"_s;
        f.uptimeSeconds = 9012;
        f.diskTotalBytes = 40581564 * KiB;
        f.diskUsedBytes = 38501234 * KiB;
        f.diskAvailBytes = 2063946 * KiB;
        f.memTotalBytes = 8130612 * KiB;
        f.memAvailableBytes = 650000 * KiB;
        f.swapTotal = 0;
        f.swapFree = 0;
        f.cpuCount = 4;
        f.load1 = 2.51;
        f.load5 = 1.98;
        f.load15 = 1.75;
        f.dockerInstalled = true;
        f.dockerServerReachable = true;
        f.dockerVersion = u"24.0.7"_s;
        f.compose = Compose::V2Plugin;
        f.composeVersion = u"2.21.0"_s;
        f.systemd = true;
        f.ufw = Ufw::Active;
        f.ufwRules = QStringList{u"OpenSSH ALLOW Anywhere"_s, u"Nginx Full ALLOW Anywhere"_s,
                                 u"OpenSSH (v6) ALLOW Anywhere (v6)"_s};
        f.nginxInstalled = true;
        f.nginxVersion = u"1.18.0"_s;
        f.isRoot = true;
        QTest::newRow("Ubuntu 22.04, compose v2 plugin, disk nearly full")
            << kUbuntu2204 << f << QStringList();
    }
    {
        ServerFacts f;
        f.osId = u"alpine"_s;
        f.osName = u"Alpine Linux"_s;
        f.osVersion = u"3.18.4"_s;
        f.osPrettyName = u"Alpine Linux v3.18"_s;
        f.kernel = u"6.1.55-0-virt"_s;
        f.hostname = u"tiny"_s;
        f.uptimeSeconds = 61;
        f.diskTotalBytes = 1919748 * KiB;
        f.diskUsedBytes = 412896 * KiB;
        f.diskAvailBytes = 1391228 * KiB;
        f.memTotalBytes = 492808 * KiB;
        f.memAvailableBytes = 380000 * KiB;
        f.swapTotal = 0;
        f.swapFree = 0;
        f.cpuCount = 1;
        f.load1 = 0;
        f.load5 = 0;
        f.load15 = 0;
        f.ufw = Ufw::NotInstalled;
        QTest::newRow("minimal box: no docker, ufw, nginx") << kMinimal << f << QStringList();
    }
    {
        ServerFacts f;
        f.osId = u"ubuntu"_s;
        f.osName = u"Ubuntu"_s;
        f.osVersion = u"24.04"_s;
        f.osPrettyName = u"Ubuntu 24.04.1 LTS"_s;
        f.kernel = u"6.8.0-45-generic"_s;
        f.hostname = u"app"_s;
        f.uptimeSeconds = 3600;
        f.diskTotalBytes = 81106868 * KiB;
        f.diskUsedBytes = 20000000 * KiB;
        f.diskAvailBytes = 61090484 * KiB;
        f.memTotalBytes = 16365000 * KiB;
        f.memAvailableBytes = 12000000 * KiB;
        f.swapTotal = 4194300 * KiB;
        f.swapFree = 4000000 * KiB;
        f.cpuCount = 8;
        f.load1 = 0.5;
        f.load5 = 0.4;
        f.load15 = 0.3;
        f.dockerInstalled = true;
        f.dockerVersion = u"27.3.1"_s;
        f.compose = Compose::V2Plugin;
        f.composeVersion = u"2.29.7"_s;
        f.systemd = true;
        f.ufw = Ufw::Unknown;
        f.nginxInstalled = true;
        f.nginxVersion = u"1.24.0"_s;
        f.nginxRunning = true;
        QTest::newRow("not root: ufw unknown, docker daemon unreachable")
            << kNonRoot << f << QStringList{u"docker: the daemon did not answer"_s};
    }
    {
        ServerFacts f = unknownServices();
        f.osName = u"Rocky Linux"_s;
        f.osVersion = u"9.3"_s;
        f.osPrettyName = u"Rocky \"Blue Onyx\" 9.3"_s;
        f.kernel = u"5.14.0-362.8.1.el9_3.x86_64"_s;
        f.hostname = u"rocky"_s;
        f.diskTotalBytes = 1000 * KiB;
        f.diskUsedBytes = 400 * KiB;
        f.diskAvailBytes = 600 * KiB;
        f.memAvailableBytes = 2000 * KiB; // MemFree + Buffers + Cached
        f.compose = Compose::Podman;
        f.composeVersion = u"1.0.6"_s;
        f.systemd = true;
        f.isRoot = true;
        QTest::newRow("garbage lines, bad numbers, CRLF, podman-compose")
            << kGarbage << f
            << QStringList{
                   u"uptime: not a number: abc"_s,       u"cpus: not a number: two"_s,
                   u"load: not a loadavg line"_s,        u"mem.MemTotal: not a number: lots"_s,
                   u"mem.SwapTotal: not a number: -5"_s, u"ufw status: ERROR: problem running iptables"_s};
    }
    {
        ServerFacts f = unknownServices();
        f.kernel = u"6.1.0"_s;
        f.hostname = u"half"_s;
        f.isRoot = true;
        QTest::newRow("truncated output")
            << kTruncated << f << QStringList{u"ended early"_s, u"os-release: not found"_s};
    }
}

void TestServerFacts::parse()
{
    QFETCH(QByteArray, output);
    QFETCH(ServerFacts, expected);
    QFETCH(QStringList, warnings);
    const auto parsed = capataz::remote::parseServerFacts(output);
    QVERIFY2(parsed.has_value(), qPrintable(parsed ? QString() : parsed.error().toString()));
    const ServerFacts& f = *parsed;
    QCOMPARE(f.osId, expected.osId);
    QCOMPARE(f.osName, expected.osName);
    QCOMPARE(f.osVersion, expected.osVersion);
    QCOMPARE(f.osPrettyName, expected.osPrettyName);
    QCOMPARE(f.kernel, expected.kernel);
    QCOMPARE(f.hostname, expected.hostname);
    QCOMPARE(f.uptimeSeconds, expected.uptimeSeconds);
    QCOMPARE(f.diskTotalBytes, expected.diskTotalBytes);
    QCOMPARE(f.diskUsedBytes, expected.diskUsedBytes);
    QCOMPARE(f.diskAvailBytes, expected.diskAvailBytes);
    QCOMPARE(f.diskProjectPath, expected.diskProjectPath);
    QCOMPARE(f.diskProjectMountPoint, expected.diskProjectMountPoint);
    QCOMPARE(f.diskProjectTotalBytes, expected.diskProjectTotalBytes);
    QCOMPARE(f.diskProjectUsedBytes, expected.diskProjectUsedBytes);
    QCOMPARE(f.diskProjectAvailBytes, expected.diskProjectAvailBytes);
    QCOMPARE(f.memTotalBytes, expected.memTotalBytes);
    QCOMPARE(f.memAvailableBytes, expected.memAvailableBytes);
    QCOMPARE(f.swapTotal, expected.swapTotal);
    QCOMPARE(f.swapFree, expected.swapFree);
    QCOMPARE(f.cpuCount, expected.cpuCount);
    QCOMPARE(f.load1, expected.load1);
    QCOMPARE(f.load5, expected.load5);
    QCOMPARE(f.load15, expected.load15);
    QCOMPARE(f.dockerInstalled, expected.dockerInstalled);
    QCOMPARE(f.dockerServerReachable, expected.dockerServerReachable);
    QCOMPARE(f.dockerVersion, expected.dockerVersion);
    QCOMPARE(capataz::remote::composeKindName(f.compose), capataz::remote::composeKindName(expected.compose));
    QCOMPARE(f.composeVersion, expected.composeVersion);
    QCOMPARE(f.systemd, expected.systemd);
    QCOMPARE(capataz::remote::ufwStateName(f.ufw), capataz::remote::ufwStateName(expected.ufw));
    QCOMPARE(f.ufwRules, expected.ufwRules);
    QCOMPARE(f.nginxInstalled, expected.nginxInstalled);
    QCOMPARE(f.nginxVersion, expected.nginxVersion);
    QCOMPARE(f.nginxRunning, expected.nginxRunning);
    QCOMPARE(f.isRoot, expected.isRoot);
    QVERIFY2(f.warnings.size() == warnings.size(), qPrintable(f.warnings.join(u" | "_s)));
    for (qsizetype i = 0; i < warnings.size(); ++i)
        QVERIFY2(f.warnings[i].contains(warnings[i]), qPrintable(f.warnings[i]));
}

void TestServerFacts::notFacts_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("shell error") << QByteArray("sh: 1: Syntax error: \"(\" unexpected\n");
    QTest::newRow("key=value but not ours") << QByteArray("hostname=x\nkernel=6.1\n");
    QTest::newRow("binary") << QByteArray("\x00\xff=\x01\n", 5);
}

void TestServerFacts::notFacts()
{
    QFETCH(QByteArray, output);
    const auto parsed = capataz::remote::parseServerFacts(output);
    QVERIFY(!parsed.has_value());
    QCOMPARE(capataz::errorCodeName(parsed.error().code), capataz::errorCodeName(ErrorCode::ParseError));
}

void TestServerFacts::names()
{
    using capataz::remote::composeKindName;
    using capataz::remote::ufwStateName;
    QCOMPARE(composeKindName(Compose::None), u"none"_s);
    QCOMPARE(composeKindName(Compose::V2Plugin), u"v2-plugin"_s);
    QCOMPARE(composeKindName(Compose::V1Standalone), u"v1-standalone"_s);
    QCOMPARE(composeKindName(Compose::Podman), u"podman"_s);
    QCOMPARE(ufwStateName(Ufw::NotInstalled), u"not-installed"_s);
    QCOMPARE(ufwStateName(Ufw::Inactive), u"inactive"_s);
    QCOMPARE(ufwStateName(Ufw::Active), u"active"_s);
    QCOMPARE(ufwStateName(Ufw::Unknown), u"unknown"_s);
}

void TestServerFacts::fractions()
{
    const auto debian = capataz::remote::parseServerFacts(kDebian12);
    QVERIFY(debian.has_value());
    // as df's Use%: used / (used + available), reserved blocks left out
    QCOMPARE(qRound(debian->diskUsedFraction() * 100), 31);
    QCOMPARE(qRound(debian->diskProjectUsedFraction() * 100), 95);
    QCOMPARE(qRound(debian->memAvailableFraction() * 100), 63);
    const ServerFacts unknown;
    QCOMPARE(unknown.diskUsedFraction(), -1.0);
    QCOMPARE(unknown.diskProjectUsedFraction(), -1.0);
    QCOMPARE(unknown.memAvailableFraction(), -1.0);
}

void TestServerFacts::command()
{
    using capataz::remote::SudoMode;
    const QString dir = u"/srv/it's $(touch x) `y`"_s;
    const auto user = capataz::remote::factsCommand(false);
    const auto root = capataz::remote::factsCommand(true, dir);
    QVERIFY(!user.needsRoot());
    QVERIFY(root.needsRoot());
    QCOMPARE(user.argv().size(), 5);
    QCOMPARE(user.argv().mid(0, 2), (QStringList{u"sh"_s, u"-c"_s}));
    QCOMPARE(user.argv().at(4), QString());
    QCOMPARE(root.argv().at(4), dir);
    // The script is fixed: the input never becomes part of it.
    QCOMPARE(root.argv().at(2), user.argv().at(2));
    QVERIFY(!root.argv().at(2).contains(u"srv"_s));
    const auto shell = root.toShell(SudoMode::NoPassword);
    QVERIFY(shell.has_value());
    QVERIFY(shell->startsWith(u"sudo -n -- sh -c "_s));
    QCOMPARE(capataz::errorCodeName(root.toShell(SudoMode::None).error().code),
             capataz::errorCodeName(ErrorCode::SudoNotAllowed));
}

void TestServerFacts::scriptRunsLocally_data()
{
    QTest::addColumn<QString>("shell"); // program and its arguments before "-c"
    QTest::addColumn<bool>("failingTools");
    const QStringList shells{u"/bin/sh"_s, u"dash"_s, u"bash"_s, u"busybox sh"_s};
    for (const QString& sh : shells) {
        QTest::addRow("%s, tools answer", qPrintable(sh)) << sh << false;
        QTest::addRow("%s, tools fail", qPrintable(sh)) << sh << true;
    }
}

// The real script in the local shells, with stand-ins for docker, docker-compose, ufw, nginx
// and pgrep first on PATH (so nothing of this machine's own is touched): always exit 0, never
// a word on stderr, and the outcome parses to what the stand-ins and this machine say.
void TestServerFacts::scriptRunsLocally()
{
    QFETCH(QString, shell);
    QFETCH(bool, failingTools);
    QStringList shellArgs = shell.split(u' ');
    const QString program = shellArgs.takeFirst();
    if (QStandardPaths::findExecutable(program).isEmpty() && !QFile::exists(program))
        QSKIP(qPrintable(program + u" is not installed"_s));

    const QString bin = m_tmp.filePath(failingTools ? u"bin-fail"_s : u"bin-ok"_s);
    QVERIFY(QDir().mkpath(bin));
    const auto stub = [&bin](const QString& name, const QByteArray& body) {
        QFile f(bin + u'/' + name);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("#!/bin/sh\n" + body);
        f.close();
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                 QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
    };
    if (failingTools) {
        for (const QString& name : {u"docker"_s, u"docker-compose"_s, u"ufw"_s, u"nginx"_s, u"pgrep"_s})
            stub(name, "echo \"$0: something is broken\" >&2\nexit 3\n");
    } else {
        stub(u"docker"_s, R"(case "$1 $2" in
"--version "*) echo 'Docker version 99.1.2, build abc1234';;
"version --format") echo '99.1.0';;
"compose version") echo "docker: 'compose' is not a docker command." >&2; exit 1;;
*) exit 2;;
esac
)");
        stub(u"docker-compose"_s, "[ \"$1 $2\" = 'version --short' ] && echo 1.29.2\n");
        stub(u"ufw"_s,
             "printf 'Status: active\\n\\nTo Action From\\n-- ------ ----\\n22/tcp ALLOW Anywhere\\n'\n");
        stub(u"nginx"_s, "echo 'nginx version: nginx/9.8.7' >&2\n");
        stub(u"pgrep"_s, "exit 1\n");
    }

    const QString project = m_tmp.filePath(u"proj it's $(touch pwned)"_s);
    QVERIFY(QDir().mkpath(project));
    const auto cmd = capataz::remote::factsCommand(false, project);
    QProcess p;
    QProcessEnvironment env;
    env.insert(u"PATH"_s, bin + u":/usr/bin:/bin"_s);
    env.insert(u"HOME"_s, m_tmp.path());
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_tmp.path());
    p.start(program, shellArgs + cmd.argv().mid(1)); // sh -c SCRIPT capataz DIR
    QVERIFY(p.waitForFinished(60000));
    const QByteArray out = p.readAllStandardOutput();
    QCOMPARE(p.readAllStandardError(), QByteArray());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(!QFile::exists(m_tmp.filePath(u"pwned"_s)));

    const auto parsed = capataz::remote::parseServerFacts(out);
    QVERIFY2(parsed.has_value(), out.constData());
    const ServerFacts& f = *parsed;
    QCOMPARE(f.isRoot, geteuid() == 0);
    QCOMPARE(f.kernel, QSysInfo::kernelVersion());
    QCOMPARE(f.hostname, QSysInfo::machineHostName());
    QVERIFY(!f.osPrettyName.isEmpty());
    QVERIFY(f.uptimeSeconds >= 0);
    QVERIFY(f.diskTotalBytes > 0 && f.diskUsedBytes >= 0 && f.diskAvailBytes >= 0);
    QCOMPARE(f.diskProjectPath, project);
    QVERIFY(f.diskProjectTotalBytes > 0);
    QVERIFY(f.memTotalBytes > 0 && f.memAvailableBytes > 0);
    QVERIFY(f.cpuCount > 0);
    QVERIFY(f.load1 >= 0 && f.load15 >= 0);
    QVERIFY(f.dockerInstalled);
    QVERIFY(f.nginxInstalled);
    if (failingTools) {
        QVERIFY(!f.dockerServerReachable);
        QCOMPARE(f.dockerVersion, QString());
        QCOMPARE(f.compose, Compose::V1Standalone); // it is there, but says nothing
        QCOMPARE(f.composeVersion, QString());
        QCOMPARE(f.nginxVersion, QString());
        QCOMPARE(f.ufw, Ufw::Unknown);
    } else {
        QVERIFY(f.dockerServerReachable);
        QCOMPARE(f.dockerVersion, u"99.1.0"_s);
        QCOMPARE(f.compose, Compose::V1Standalone);
        QCOMPARE(f.composeVersion, u"1.29.2"_s);
        QCOMPARE(f.nginxVersion, u"9.8.7"_s);
        if (f.isRoot) {
            QCOMPARE(f.ufw, Ufw::Active);
            QCOMPARE(f.ufwRules, QStringList{u"22/tcp ALLOW Anywhere"_s});
        } else {
            QCOMPARE(f.ufw, Ufw::Unknown);
        }
        QVERIFY2(f.warnings.isEmpty(), qPrintable(f.warnings.join(u" | "_s)));
    }
}

QTEST_GUILESS_MAIN(TestServerFacts)
#include "tst_serverfacts.moc"
