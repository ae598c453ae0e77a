// capataz-cli and profile roles, end to end with the real binary: exec, and plan without
// --dry-run refuse a support or owner profile (metrics, check-outside: an owner profile) with RoleNotAllowed
// (exit 77) before reading any secret or connecting; an admin profile, and a dry run, go on (to
// a port where nothing listens, so they fail later, differently).
#include "CliRunner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifndef CAPATAZ_CLI_PATH
#error "CAPATAZ_CLI_PATH must name the capataz-cli binary (tests/unit/CMakeLists.txt)"
#endif

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kExitRoleNotAllowed = 77; // app/cli/CliContext.h
}

class TestCliRoles : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    using Run = capataz::test::CliRun;

    Run cli(const QStringList& args, const QByteArray& lang = "C.UTF-8") const
    {
        return capataz::test::runCli(capataz::test::cliEnvironment(m_dir.path(), QString::fromLatin1(lang)),
                                     m_dir.filePath(u"data"_s), args, {}, 60000);
    }
    // The code of the one-line JSON error on stderr, empty when there is none.
    static QString jsonCode(const Run& r)
    {
        const QJsonDocument doc = QJsonDocument::fromJson(r.err.trimmed());
        return doc.object().value(u"error"_s).toObject().value(u"code"_s).toString();
    }
    QString answers() const { return m_dir.filePath(u"answers.yaml"_s); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const QString& role : {u"admin"_s, u"support"_s, u"owner"_s}) {
            // Port 1 on the loopback: nothing listens, so whatever gets past the role check fails
            // at once with ConnectionRefused.
            const Run r = cli({u"servers"_s, u"add"_s, role + u"-server"_s, u"--host"_s, u"127.0.0.1"_s,
                               u"--port"_s, u"1"_s, u"--user"_s, u"deploy"_s, u"--role"_s, role});
            QVERIFY2(r.exitCode == 0, show(r).constData());
        }
        QFile f(answers());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("recipe: generic-compose\nproject_dir: /srv/app\n");
    }

    void refused_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<bool>("refused");
        const QStringList exec{u"exec"_s, u"--json"_s, u"%1-server"_s, u"--"_s, u"true"_s};
        const QStringList plan{u"plan"_s,      u"%1-server"_s, u"server-check"_s,
                               u"--answers"_s, u"%A"_s,        u"--json"_s};
        const QStringList dryRun = plan + QStringList{u"--dry-run"_s};
        QTest::newRow("exec support") << u"support"_s << exec << true;
        QTest::newRow("exec owner") << u"owner"_s << exec << true;
        QTest::newRow("exec admin") << u"admin"_s << exec << false;
        QTest::newRow("plan support") << u"support"_s << plan << true;
        QTest::newRow("plan owner") << u"owner"_s << plan << true;
        QTest::newRow("plan admin") << u"admin"_s << plan << false;
        QTest::newRow("plan support dry run") << u"support"_s << dryRun << false;
        QTest::newRow("plan owner dry run") << u"owner"_s << dryRun << false;
        // Reading metrics changes nothing: support may, owner may not.
        const QStringList metrics{u"metrics"_s, u"%1-server"_s, u"--json"_s};
        QTest::newRow("metrics owner") << u"owner"_s << metrics << true;
        QTest::newRow("metrics support") << u"support"_s << metrics << false;
        QTest::newRow("metrics admin") << u"admin"_s << metrics << false;
        // The checks from outside change nothing either: support may, owner may not. Past the role
        // check they probe 127.0.0.1, where the SSH port 1 does not answer: a problem, exit 3.
        const QStringList outside{u"check-outside"_s, u"%1-server"_s, u"--timeout"_s, u"1"_s, u"--json"_s};
        QTest::newRow("check-outside owner") << u"owner"_s << outside << true;
        QTest::newRow("check-outside support") << u"support"_s << outside << false;
    }
    void refused()
    {
        QFETCH(QString, role);
        QFETCH(QStringList, command);
        QFETCH(bool, refused);
        for (QString& a : command)
            a = a == u"%A" ? answers() : a.replace(u"%1"_s, role);
        const Run r = cli(command);
        if (refused) {
            QVERIFY2(r.exitCode == kExitRoleNotAllowed, show(r).constData());
            QCOMPARE(jsonCode(r), u"RoleNotAllowed"_s);
            QVERIFY2(r.err.contains(role.toUtf8()), show(r).constData()); // the detail names the role
            QVERIFY(r.out.isEmpty());
        } else {
            // Past the role check: the connection to port 1 is what fails.
            QVERIFY2(r.exitCode != kExitRoleNotAllowed && r.exitCode != 0, show(r).constData());
            QVERIFY2(!r.err.contains("RoleNotAllowed"), show(r).constData());
        }
    }

    void plainTextError()
    {
        const Run r = cli({u"exec"_s, u"support-server"_s, u"--"_s, u"uptime"_s});
        QCOMPARE(r.exitCode, kExitRoleNotAllowed);
        QVERIFY2(r.err.startsWith("capataz-cli: This server profile's role may not run commands"), show(r));
        QVERIFY2(r.err.contains("  RoleNotAllowed: profile \"support-server\" has role support"), show(r));
        QVERIFY2(r.err.contains("administrator"), show(r));
    }
};

QTEST_GUILESS_MAIN(TestCliRoles)
#include "tst_cli_roles.moc"
