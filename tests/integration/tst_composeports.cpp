// compose.ports end to end: capataz-cli against the test host, whose `docker compose` is Debian's
// docker-compose 1.29 behind a plugin shim, so an override file cannot replace ports there: the
// step names the ports, says which line to change, and (in production) stops the plan before
// anything starts unless the database port is allowed on purpose.
#include "CliRunner.h"
#include "TestHost.h"
#include "setup/ComposePortsStep.h"
#include "setup/SetupTarget.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#ifndef CAPATAZ_CLI_PATH
#error "CAPATAZ_CLI_PATH must name the capataz-cli binary (tests/integration/CMakeLists.txt)"
#endif

using namespace capataz;
using namespace Qt::Literals::StringLiterals;

class TestComposePorts : public QObject {
    Q_OBJECT
    const test::TestHost* th = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_tag;

    using Run = capataz::test::CliRun;

    Run cli(const QStringList& args) const
    {
        return capataz::test::runCli(capataz::test::cliEnvironment(m_dir->filePath(u"home"_s)),
                                     m_dir->filePath(u"data"_s), args, {}, 240000);
    }

    QString dir() const { return u"/opt/cpz-ports-"_s + m_tag; }

    QString compose() const
    {
        return u"services:\n"
               u"  db:\n"
               u"    image: IMAGE\n"
               u"    command: [\"sleep\", \"3600\"]\n"
               u"    stop_grace_period: 1s\n"
               u"    ports:\n"
               u"      - \"5432:5432\"\n"
               u"  api:\n"
               u"    image: IMAGE\n"
               u"    command: [\"httpd\", \"-f\", \"-p\", \"8000\", \"-h\", \"/etc\"]\n"
               u"    stop_grace_period: 1s\n"
               u"    ports:\n"
               u"      - \"8000:8000\"\n"_s.replace(u"IMAGE"_s, th->value(u"TH_IMAGE"_s));
    }

    QString answers(const QString& compose) const
    {
        const QString path = m_dir->filePath(u"answers.yaml"_s);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write answers file");
        f.write(u"recipe: generic-compose\nproject_dir: %1\ncompose:\n  pull: false\n  wait_seconds: 60\n%2"_s
                    .arg(dir(), compose)
                    .toUtf8());
        return path;
    }

    // The test host's `docker compose` says it is 2.27.0 when asked its version (and is still
    // 1.29 for everything else): the override path, without ever starting the stack with it.
    void pretendCompose227() const
    {
        int rc = -1;
        th->inside(u"p=/usr/local/lib/docker/cli-plugins/docker-compose; [ -e $p.orig ] || cp $p $p.orig\n"
                   u"cat > $p.new <<'EOF'\n#!/bin/sh\n"
                   u"if [ \"$2 $3\" = \"version --short\" ]; then echo 2.27.0; exit 0; fi\n"
                   u"exec /usr/local/lib/docker/cli-plugins/docker-compose.orig \"$@\"\nEOF\n"
                   u"chmod 755 $p.new && mv $p.new $p"_s,
                   &rc);
        QCOMPARE(rc, 0);
    }
    void restoreCompose() const
    {
        th->inside(u"p=/usr/local/lib/docker/cli-plugins/docker-compose; [ -e $p.orig ] && mv $p.orig $p"_s);
    }

    plan::PlanReport runPortsStep(const setup::SetupTarget& target, const setup::ComposePortsOptions& o)
    {
        ssh::Connection deploy(th->keySettings(u"deploy"_s));
        if (!test::connectAndWait(deploy))
            return {};
        plan::Plan p(plan::Text("ports"));
        p.add(std::make_shared<setup::ComposePortsStep>(target, o));
        plan::PlanRunner::Options options;
        options.server = u"testhost"_s;
        options.sudo = remote::SudoMode::Password;
        return test::runPlan(std::move(p), &deploy, nullptr, options, 120000).report;
    }

    QByteArray containers() const
    {
        return th->inside(u"cd %1 && docker compose ps -q 2>/dev/null"_s.arg(dir()));
    }
    bool overrideWritten() const
    {
        int rc = -1;
        th->inside(u"ls %1/docker-compose.capataz-ports.yml* >/dev/null 2>&1"_s.arg(dir()), &rc);
        return rc == 0;
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
        // The premise of this test: the test host's compose cannot replace ports by an override.
        QVERIFY(th->inside(u"docker compose version --short"_s).startsWith("1."));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(QDir().mkpath(m_dir->filePath(u"home"_s)));
        m_tag = QString::number(QRandomGenerator::global()->generate(), 16);
        int rc = -1;
        th->inside(u"mkdir -p %1 && cat > %1/docker-compose.yml <<'EOF'\n%2EOF\n"_s.arg(dir(), compose()),
                   &rc);
        QCOMPARE(rc, 0);
        const Run r =
            cli({u"servers"_s, u"add"_s, u"th"_s, u"--host"_s, th->host(), u"--port"_s,
                 QString::number(th->port()), u"--user"_s, u"ops"_s, u"--key"_s, th->value(u"TH_KEY_OPS"_s),
                 u"--known-hosts"_s, th->value(u"TH_KNOWN_HOSTS"_s), u"--sudo"_s, u"sudo"_s});
        QVERIFY2(r.exitCode == 0, show(r));
    }

    void cleanup()
    {
        if (th)
            restoreCompose();
        if (th)
            th->inside(
                u"cd %1 2>/dev/null && docker compose down -v >/dev/null 2>&1; rm -rf %1"_s.arg(dir()));
        m_dir.reset();
    }

    void dryRunNamesBothPorts()
    {
        const Run r = cli({u"plan"_s, u"th"_s, u"compose"_s, u"--answers"_s,
                           answers(u"  production: false\n"_s), u"--dry-run"_s});
        QVERIFY2(r.exitCode == 0, show(r));
        QVERIFY2(r.out.contains("[check] compose version: 1.29.2"), show(r));
        QVERIFY2(
            r.out.contains("Port 5432/tcp of service db (docker-compose.yml:7) is probably PostgreSQL and is "
                           "published on every interface. Docker's firewall rules come before ufw's"),
            show(r));
        QVERIFY2(
            r.out.contains("Port 8000/tcp of service api (docker-compose.yml:13) is an application port"),
            show(r));
        // v1 cannot replace ports by an override: what to change instead, exactly.
        QVERIFY2(r.out.contains("This compose version (1.29.2) cannot replace ports with an override file"),
                 show(r));
        QVERIFY2(r.out.contains("change line 7 of docker-compose.yml from `- \"5432:5432\"` to "
                                "`- \"127.0.0.1:5432:5432\"`"),
                 show(r));
        QVERIFY2(r.out.contains("[skipped] compose.ports"), show(r));
        QVERIFY(!overrideWritten());
        QCOMPARE(containers(), QByteArray());
    }

    void productionStopsBeforeUp()
    {
        const QByteArray before = th->inside(u"cat %1/docker-compose.yml"_s.arg(dir()));
        const Run r = cli({u"plan"_s, u"th"_s, u"compose"_s, u"--answers"_s, answers({})});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("plan compose failed at step compose.ports"), show(r));
        const QByteArray sentence =
            "Port 5432/tcp of service db (PostgreSQL) would be reachable from the internet, and in "
            "production a "
            "data service must not be. This compose version (1.29.2) cannot replace ports with an override "
            "file "
            "(that needs docker compose 2.24.4 or later), so only the compose file can fix it. Either change "
            "line "
            "7 of docker-compose.yml from `- \"5432:5432\"` to `- \"127.0.0.1:5432:5432\"`, or add 5432 to "
            "compose.allow_public_ports to keep it public on purpose.";
        QVERIFY2(r.err.contains(sentence), show(r));
        QVERIFY2(!r.out.contains("[applied] compose.up"), show(r));
        QVERIFY2(!r.err.contains("8000"), show(r)); // the API port warns, it does not stop the plan
        // Nothing started, nothing written, the user's file untouched.
        QCOMPARE(containers(), QByteArray());
        QVERIFY(!overrideWritten());
        QCOMPARE(th->inside(u"cat %1/docker-compose.yml"_s.arg(dir())), before);
    }

    void allowedDatabasePasses()
    {
        const Run r = cli(
            {u"plan"_s, u"th"_s, u"compose"_s, u"--answers"_s, answers(u"  allow_public_ports: [5432]\n"_s)});
        QVERIFY2(r.exitCode == 0, show(r));
        QVERIFY2(r.out.contains(
                     "Port 5432/tcp of service db (docker-compose.yml:7) is reachable from the internet: "
                     "kept public because compose.allow_public_ports lists it."),
                 show(r));
        // The API is only a warning, with the line to change.
        QVERIFY2(r.out.contains("To bind it to 127.0.0.1: change line 13 of docker-compose.yml from "
                                "`- \"8000:8000\"` to `- \"127.0.0.1:8000:8000\"`."),
                 show(r));
        QVERIFY2(r.out.contains("[applied] compose.up"), show(r));
        QCOMPARE(th->inside(u"cd %1 && docker compose ps -q | wc -l"_s.arg(dir())).trimmed(), "2"_ba);
        QVERIFY(!overrideWritten());
        // docker publishes what the file says: 5432 on every interface (the admin's choice).
        QVERIFY2(th->inside(u"cd %1 && docker compose port db 5432"_s.arg(dir())).startsWith("0.0.0.0:5432"),
                 th->inside(u"cd %1 && docker compose port db 5432 2>&1"_s.arg(dir())).constData());
    }

    // Where compose could use it, the override is written next to the compose file (the user's
    // file untouched), binds both ports to 127.0.0.1, is what the later steps pass with -f,
    // keeps its previous version when it changes, and is left alone when it is current.
    void overrideWrittenWhereComposeCan()
    {
        pretendCompose227();
        QCOMPARE(th->inside(u"docker compose version --short"_s), "2.27.0\n"_ba);
        const QByteArray before = th->inside(u"cat %1/docker-compose.yml"_s.arg(dir()));
        setup::SetupTarget target;
        target.projectDir = dir();
        target.composeFiles = {u"docker-compose.yml"_s};
        plan::PlanReport r = runPortsStep(target, {});
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.outcome(u"compose.ports"_s)->status, plan::StepStatus::Applied);
        const QString file = dir() + u"/docker-compose.capataz-ports.yml"_s;
        QByteArray written = th->inside(u"cat "_s + file);
        QVERIFY2(written.startsWith("# Written by Capataz"), written.constData());
        QVERIFY2(written.endsWith("services:\n  db:\n    ports: !override\n      - \"127.0.0.1:5432:5432\"\n"
                                  "  api:\n    ports: !override\n      - \"127.0.0.1:8000:8000\"\n"),
                 written.constData());
        QCOMPARE(*target.addedComposeFiles, QStringList{u"docker-compose.capataz-ports.yml"_s});
        QCOMPARE(target.composeArgv().mid(2), (QStringList{u"-f"_s, u"docker-compose.yml"_s, u"-f"_s,
                                                           u"docker-compose.capataz-ports.yml"_s}));
        QCOMPARE(th->inside(u"cat %1/docker-compose.yml"_s.arg(dir())), before);
        // The admin keeps the API public: the file changes, its previous version is kept.
        setup::ComposePortsOptions allowApi;
        allowApi.allowPublic = {8000};
        r = runPortsStep(target, allowApi);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        written = th->inside(u"cat "_s + file);
        QVERIFY2(written.endsWith("  db:\n    ports: !override\n      - \"127.0.0.1:5432:5432\"\n"),
                 written.constData());
        QVERIFY(!written.contains("8000"));
        QVERIFY2(th->inside(u"cat %1.capataz-*.bak"_s.arg(file)).contains("127.0.0.1:8000:8000"),
                 th->inside(u"ls -la "_s + dir()).constData());
        // Nothing changed since: skipped, and still used by the steps after it.
        target.addedComposeFiles->clear();
        r = runPortsStep(target, allowApi);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.outcome(u"compose.ports"_s)->status, plan::StepStatus::Skipped);
        QCOMPARE(*target.addedComposeFiles, QStringList{u"docker-compose.capataz-ports.yml"_s});
        restoreCompose();
    }
};

QTEST_GUILESS_MAIN(TestComposePorts)
#include "tst_composeports.moc"
