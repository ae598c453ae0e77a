// PlanRunner with FileWriteStep and CommandStep against the real test host: rollback restores
// or removes the file, a second run changes nothing, and a secret never leaks.
#include "TestHost.h"
#include "plan/CommandStep.h"
#include "plan/FileWriteStep.h"
#include "plan/PlanRunner.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace capataz;
using namespace capataz::plan;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kDir = u"/etc/capataz-plan-test"_s;
const QString kFile = u"/etc/capataz-plan-test/a.conf"_s;
const QString kSecret = u"Pl4n-S3cr3t'$(x)"_s;
const QByteArray kNewContent = "# written by capataz\nlisten=8080\npassword=" + kSecret.toUtf8() + "\n";
} // namespace

class TestPlanRunnerIntegration : public QObject {
    Q_OBJECT
    const test::TestHost* th = nullptr;
    std::unique_ptr<ssh::Connection> deploy; // sudo with a password
    QTemporaryDir m_dir;
    std::optional<store::Database> m_db;
    std::optional<store::AuditLog> m_audit;

    std::shared_ptr<FileWriteStep> fileStep()
    {
        FileWriteStep::Options o;
        o.asRoot = true;
        o.newFileMode = 0600;
        auto s = std::make_shared<FileWriteStep>(
            u"test.write-a-conf"_s, Text(QT_TRANSLATE_NOOP("capataz::plan", "Write %1"), {kFile}),
            Text(QT_TRANSLATE_NOOP("capataz::plan", "A test file with a password in it.")), kFile,
            kNewContent, o);
        s->addSecret(kSecret);
        return s;
    }
    std::shared_ptr<CommandStep> dirStep()
    {
        auto s = std::make_shared<CommandStep>(
            u"test.make-dir"_s, Text(QT_TRANSLATE_NOOP("capataz::plan", "Create a directory")), Text(),
            remote::Command({u"mkdir"_s, u"-p"_s, kDir + u"/d"_s}).asRoot());
        s->setCheck(remote::Command({u"test"_s, u"-d"_s, kDir + u"/d"_s}));
        s->setVerify(remote::Command({u"test"_s, u"-d"_s, kDir + u"/d"_s}));
        s->setRollback(remote::Command({u"rmdir"_s, kDir + u"/d"_s}).asRoot());
        return s;
    }
    // Fails on purpose, after printing the secret it got on stdin (which must be masked).
    std::shared_ptr<CommandStep> failingStep()
    {
        auto s = std::make_shared<CommandStep>(
            u"test.fail-on-purpose"_s, Text(QT_TRANSLATE_NOOP("capataz::plan", "Fail on purpose")), Text(),
            remote::Command::script(u"echo \"got $(cat)\" >&2; exit 7"_s));
        s->setApplyInput(kSecret.toUtf8());
        s->addSecret(kSecret);
        return s;
    }

    PlanReport run(Plan plan, bool dryRun = false)
    {
        PlanRunner::Options o;
        o.server = u"testhost"_s;
        o.dryRun = dryRun;
        const test::PlanRun r = test::runPlan(std::move(plan), deploy.get(), &*m_audit, o, 60000);
        if (r.finishedCount != 1)
            qWarning("finished() emitted %d times", r.finishedCount);
        return r.report;
    }

    QByteArray stat() const { return th->inside(u"stat -c '%i %y %a %U' "_s + kFile + u" 2>&1"_s); }

private slots:
    void initTestCase()
    {
        QString why;
        th = test::TestHost::instance(&why);
        if (!th)
            QSKIP(qPrintable(why));
        deploy = std::make_unique<ssh::Connection>(th->keySettings(u"deploy"_s));
        QVERIFY2(test::connectAndWait(*deploy), qPrintable(deploy->lastError().toString()));
        auto db = store::Database::open(m_dir.path());
        QVERIFY2(db.has_value(), test::why(db).constData());
        m_db.emplace(std::move(*db));
        m_audit.emplace(*m_db);
    }
    void cleanupTestCase()
    {
        deploy.reset();
        if (th)
            th->inside(u"rm -rf "_s + kDir);
    }

    void failureRestoresExistingFile()
    {
        th->inside(
            u"rm -rf /etc/capataz-plan-test && mkdir -p /etc/capataz-plan-test && printf 'old=1\\n' > "_s +
            kFile + u" && chmod 0640 "_s + kFile);
        const QByteArray before = stat();
        Plan plan(Text(QT_TRANSLATE_NOOP("capataz::plan", "Failing plan")));
        plan.add(fileStep()).add(dirStep()).add(failingStep());
        const PlanReport r = run(std::move(plan));
        QVERIFY(!r.ok());
        QCOMPARE(r.failedStepId, u"test.fail-on-purpose"_s);
        QCOMPARE(r.error.code, ErrorCode::RemoteCommandFailed);
        QCOMPARE(r.steps.size(), 3);
        QCOMPARE(r.outcome(u"test.write-a-conf"_s)->status, StepStatus::RolledBack);
        QCOMPARE(r.outcome(u"test.make-dir"_s)->status, StepStatus::RolledBack);
        QCOMPARE(r.outcome(u"test.fail-on-purpose"_s)->status, StepStatus::Failed);
        QCOMPARE(th->inside(u"cat "_s + kFile), QByteArray("old=1\n"));
        QCOMPARE(stat(), before); // the very same file back: inode, mtime, mode, owner
        QCOMPARE(th->inside(u"ls -A "_s + kDir), QByteArray("a.conf\n")); // no backup, no temp, no d/
    }

    void failureRemovesNewFile()
    {
        th->inside(u"rm -rf /etc/capataz-plan-test && mkdir -p /etc/capataz-plan-test"_s);
        Plan plan;
        plan.add(fileStep()).add(failingStep());
        const PlanReport r = run(std::move(plan));
        QVERIFY(!r.ok());
        QCOMPARE(r.outcome(u"test.write-a-conf"_s)->status, StepStatus::RolledBack);
        QCOMPARE(th->inside(u"ls -A "_s + kDir), QByteArray());
    }

    // Cancel while a step runs on the server: that step stops, and what the plan applied before
    // is still undone over the network (the rollback does not inherit the cancelled token).
    void cancelMidStepStillRollsBackOnTheServer()
    {
        th->inside(
            u"rm -rf /etc/capataz-plan-test && mkdir -p /etc/capataz-plan-test && printf 'old=1\\n' > "_s +
            kFile);
        const QByteArray before = stat();
        auto slow = std::make_shared<CommandStep>(u"test.slow"_s,
                                                  Text(QT_TRANSLATE_NOOP("capataz::plan", "A slow step")),
                                                  Text(), remote::Command({u"sleep"_s, u"20"_s}));
        Plan plan(Text(QT_TRANSLATE_NOOP("capataz::plan", "Cancelled plan")));
        plan.add(fileStep()).add(dirStep()).add(slow);
        PlanRunner::Options o;
        o.server = u"testhost"_s;
        PlanRunner runner(std::move(plan), deploy.get(), &*m_audit, o);
        std::optional<PlanReport> report;
        connect(&runner, &PlanRunner::finished, this, [&](const PlanReport& r) { report = r; });
        connect(&runner, &PlanRunner::stepStarted, this, [&](int, const QString& id) {
            if (id == u"test.slow"_s)
                QTimer::singleShot(500, &runner, [&] { runner.cancel(); });
        });
        QElapsedTimer clock;
        clock.start();
        runner.start();
        QVERIFY(QTest::qWaitFor([&] { return report.has_value(); }, 30000));
        QVERIFY2(clock.elapsed() < 15000, "the cancelled step ran on");
        QVERIFY(!report->ok());
        QCOMPARE(report->outcome(u"test.write-a-conf"_s)->status, StepStatus::RolledBack);
        QCOMPARE(report->outcome(u"test.make-dir"_s)->status, StepStatus::RolledBack);
        QCOMPARE(th->inside(u"cat "_s + kFile), QByteArray("old=1\n"));
        QCOMPARE(stat(), before);
        QCOMPARE(th->inside(u"ls -A "_s + kDir), QByteArray("a.conf\n"));
    }

    void secondRunChangesNothing()
    {
        th->inside(
            u"rm -rf /etc/capataz-plan-test && mkdir -p /etc/capataz-plan-test && printf 'old=1\\n' > "_s +
            kFile);
        auto makePlan = [&] {
            Plan plan(Text(QT_TRANSLATE_NOOP("capataz::plan", "Idempotent plan")));
            plan.add(fileStep()).add(dirStep());
            return plan;
        };
        const PlanReport first = run(makePlan());
        QVERIFY2(first.ok(), qPrintable(first.error.toString()));
        QCOMPARE(first.outcome(u"test.write-a-conf"_s)->status, StepStatus::Applied);
        QCOMPARE(first.outcome(u"test.make-dir"_s)->status, StepStatus::Applied);
        QCOMPARE(th->inside(u"cat "_s + kFile), kNewContent);
        QCOMPARE(th->inside(u"stat -c '%a %U' "_s + kFile).trimmed(),
                 QByteArray("644 root")); // owner/mode kept
        const QByteArray afterFirst = stat();
        const QByteArray listing = th->inside(u"ls -A "_s + kDir);

        QTest::qWait(1100); // a rewrite would show in the mtime
        const PlanReport second = run(makePlan());
        QVERIFY2(second.ok(), qPrintable(second.error.toString()));
        for (const auto& o : second.steps)
            QCOMPARE(o.status, StepStatus::Skipped);
        QCOMPARE(stat(), afterFirst);
        QCOMPARE(th->inside(u"ls -A "_s + kDir), listing);

        // A dry run now shows no change for the file.
        Plan again = makePlan();
        const auto file = std::static_pointer_cast<FileWriteStep>(again.steps().front());
        const PlanReport dry = run(std::move(again), true);
        QVERIFY(dry.ok());
        QCOMPARE(file->preview(remote::SudoMode::Password).files.front().diff, QString());
    }

    void secretNeverLeaks()
    {
        th->inside(
            u"rm -rf /etc/capataz-plan-test && mkdir -p /etc/capataz-plan-test && printf 'old=1\\n' > "_s +
            kFile);
        Plan plan(Text(QT_TRANSLATE_NOOP("capataz::plan", "Secret plan")));
        auto file = fileStep();
        plan.add(file).add(failingStep());
        // A dry run (reads the current file for the diff) and a failing real run.
        const PlanReport dry = run(Plan(plan), true);
        QVERIFY(dry.ok());
        const QString diff = file->preview(remote::SudoMode::Password).files.front().diff;
        QVERIFY(diff.contains(u"-old=1\n"_s));
        QVERIFY(diff.contains(u"+password="_s + SecretMask::mask()));
        const QString text = plan.previewText(remote::SudoMode::Password);
        QVERIFY(!text.contains(kSecret));
        const PlanReport r = run(std::move(plan));
        QVERIFY(!r.ok());
        QVERIFY(!r.error.detail.contains(kSecret));
        for (const auto& o : r.steps)
            QVERIFY(!o.error.detail.contains(kSecret));

        const QString sudoPassword = th->value(u"TH_DEPLOY_PASSWORD"_s);
        auto rows = m_audit->list(u"testhost"_s, 100000);
        QVERIFY2(rows.has_value(), test::why(rows).constData());
        QVERIFY(rows->size() > 20);
        bool sawMaskedStderr = false;
        for (const store::AuditEntry& e : *rows) {
            for (const QString& field : {e.server, e.plan, e.step, e.action, e.status, e.detail}) {
                QVERIFY2(!field.contains(kSecret), qPrintable(e.detail));
                QVERIFY2(sudoPassword.isEmpty() || !field.contains(sudoPassword), qPrintable(e.detail));
            }
            sawMaskedStderr |= e.detail.contains(u"got "_s + SecretMask::mask());
        }
        QVERIFY(sawMaskedStderr); // the failing step's output was kept, masked
        // Not in any command line the server saw either.
        QVERIFY(!th->inside(u"cat /var/log/sshd.log /var/log/auth.log 2>/dev/null || true"_s)
                     .contains(kSecret.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestPlanRunnerIntegration)
#include "tst_planrunner.moc"
