// The firewall plan against the real test host (its own network namespace, real ufw): enabling
// keeps SSH reachable, and a rule set that locks SSH out is undone by the dead-man switch.
#include "TestHost.h"
#include "plan/PlanRunner.h"
#include "setup/DeadManSwitchStep.h"
#include "setup/FirewallPlan.h"

#include <QElapsedTimer>
#include <QTest>

using namespace capataz;
using namespace capataz::plan;
using namespace Qt::Literals::StringLiterals;

class TestFirewall : public QObject {
    Q_OBJECT
    const test::TestHost* th = nullptr;
    std::unique_ptr<ssh::Connection> deploy; // sudo with a password

    // ufw as the test host starts: installed, inactive, no rules; no dead-man state left.
    void resetUfw() const
    {
        th->inside(
            u"ufw --force reset >/dev/null 2>&1; ufw default deny incoming >/dev/null; "
            "ufw default allow outgoing >/dev/null; rm -f /etc/ufw/*.rules.20* ; rm -rf /var/lib/capataz"_s);
    }
    QByteArray ufwStatus() const { return th->inside(u"LC_ALL=C ufw status"_s); }
    // What ufw does, as a user would compare it: on or off, its rules, its policies.
    QByteArray ufwState() const
    {
        return th->inside(u"LC_ALL=C ufw status; LC_ALL=C ufw show added; grep -h -e ^DEFAULT_ -e ^ENABLED "
                          "/etc/default/ufw /etc/ufw/ufw.conf"_s);
    }
    // ufw's files byte for byte (ufw rewrites user.rules in its own layout when a rule changes,
    // so only a restore of the very files gives the same bytes).
    QByteArray ufwFiles() const
    {
        return th->inside(u"cd /etc && md5sum ufw/user.rules ufw/user6.rules ufw/ufw.conf default/ufw"_s);
    }

    PlanReport runPlan(Plan plan, ssh::Connection& connection, int timeoutMs = 120000)
    {
        PlanRunner::Options o;
        o.server = u"testhost"_s;
        test::PlanRun r = test::runPlan(std::move(plan), &connection, nullptr, o, timeoutMs);
        qInfo("%s", qPrintable(r.output.left(4000))); // what happened, for the log when a run fails
        return r.report;
    }

    static setup::SetupTarget target()
    {
        setup::SetupTarget t;
        t.projectDir = u"/srv/app"_s;
        return t;
    }

    // A brand-new SSH login as `user` that runs a command: what a user locked out could not do.
    bool freshLoginWorks(const QString& user) const
    {
        ssh::ConnectionSettings s = th->keySettings(user);
        s.connectTimeoutMs = 5000;
        ssh::Connection c(s);
        if (!test::connectAndWait(c, 15000))
            return false;
        return test::run(c, remote::Command({u"true"_s}), {}, 15000).result.ok();
    }

    // Starts `clock` when the dead-man switch step `id` of `plan` enters `phase`.
    static void startClockAt(Plan& plan, const QString& id, setup::DeadManSwitchStep::Phase phase,
                             QElapsedTimer& clock)
    {
        clock.invalidate();
        for (const auto& step : plan.steps()) {
            if (auto* dm = dynamic_cast<setup::DeadManSwitchStep*>(step.get()); dm && step->id() == id)
                dm->setPhaseListener([phase, &clock](setup::DeadManSwitchStep::Phase now) {
                    if (now == phase)
                        clock.start();
                });
        }
    }

private slots:
    void initTestCase()
    {
        QString why;
        th = test::TestHost::instance(&why);
        if (!th)
            QSKIP(qPrintable(why));
        int rc = -1;
        th->inside(u"command -v ufw"_s, &rc);
        QVERIFY2(rc == 0, "ufw is not installed on the test host");
        resetUfw();
        deploy = std::make_unique<ssh::Connection>(th->keySettings(u"deploy"_s));
        QVERIFY2(test::connectAndWait(*deploy), qPrintable(deploy->lastError().toString()));
    }

    void cleanupTestCase()
    {
        deploy.reset();
        if (th)
            resetUfw(); // later tests (certbot needs port 80) must find ufw off
    }

    void enableKeepsSshReachable()
    {
        resetUfw();
        QVERIFY(ufwStatus().contains("Status: inactive"));
        setup::FirewallAnswers answers; // SSH ports read from sshd
        answers.deadmanSeconds = 10;
        auto plan = setup::buildFirewallPlan(answers, target());
        QVERIFY2(plan.has_value(), test::why(plan).constData());
        const PlanReport r = runPlan(std::move(*plan), *deploy);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.outcome(u"firewall.allow-ssh"_s)->status, StepStatus::Applied);
        QCOMPARE(r.outcome(u"firewall.allow-ports"_s)->status, StepStatus::Applied);
        QCOMPARE(r.outcome(u"firewall.enable"_s)->status, StepStatus::Applied);

        const QByteArray status = ufwStatus();
        QVERIFY2(status.contains("Status: active"), status.constData());
        for (const char* rule : {"22/tcp ", "80/tcp ", "443/tcp "})
            QVERIFY2(status.contains(rule), status.constData());
        // The existing connection still runs commands, and a brand-new login works.
        const auto still = test::run(*deploy, remote::Command({u"echo"_s, u"still here"_s}));
        QVERIFY(still.result.ok());
        QCOMPARE(still.out, QByteArray("still here\n"));
        QVERIFY(freshLoginWorks(u"ops"_s));

        // The login cancelled the switch: past its 10 s, ufw stays on.
        QTest::qWait(13000);
        QVERIFY2(ufwStatus().contains("Status: active"), "the dead-man switch reverted after a good login");
        QVERIFY(th->inside(u"ls /var/lib/capataz/firewall-*/"_s).contains("confirmed"));

        // A second run (as root this time) finds everything done.
        ssh::Connection root(th->keySettings(u"root"_s));
        QVERIFY(test::connectAndWait(root));
        auto again = setup::buildFirewallPlan(answers, target());
        QVERIFY(again.has_value());
        const PlanReport second = runPlan(std::move(*again), root);
        QVERIFY2(second.ok(), qPrintable(second.error.toString()));
        QCOMPARE(second.steps.size(), 4);
        for (const auto& o : second.steps)
            QVERIFY2(o.status == StepStatus::Skipped, qPrintable(o.stepId + u' ' + stepStatusName(o.status)));
    }

    void lockoutIsRevertedByTheDeadManSwitch()
    {
        resetUfw();
        th->inside(u"ufw default allow incoming >/dev/null"_s); // so the plan changes the policy too
        const QByteArray before = ufwState();
        QVERIFY(before.contains("DEFAULT_INPUT_POLICY=\"ACCEPT\""));
        QVERIFY(before.contains("Status: inactive"));
        setup::FirewallAnswers answers;
        answers.testOmitSshRule = true; // deny incoming without an SSH rule: locks SSH out
        answers.deadmanSeconds = 10;
        auto plan = setup::buildFirewallPlan(answers, target());
        QVERIFY(plan.has_value());
        // The clock runs from the lockout (the default policy before it has its own switch,
        // confirmed by a login: it adds time to the plan, not to the lockout).
        QElapsedTimer clock;
        startClockAt(*plan, u"firewall.enable"_s, setup::DeadManSwitchStep::Phase::Enabling, clock);
        const PlanReport r = runPlan(std::move(*plan), *deploy);
        QVERIFY(clock.isValid());
        QVERIFY(!r.ok());
        QCOMPARE(r.failedStepId, u"firewall.enable"_s);
        QVERIFY2(r.error.detail.contains(u"would have locked you out"_s), qPrintable(r.error.toString()));
        QCOMPARE(r.outcome(u"firewall.enable"_s)->status, StepStatus::RolledBack);
        QCOMPARE(r.outcome(u"firewall.allow-ports"_s)->status, StepStatus::RolledBack);
        QCOMPARE(r.outcome(u"firewall.default-policy"_s)->status, StepStatus::RolledBack);

        // Back as it was, well within the switch's time plus a margin; a new login works again.
        QTRY_VERIFY_WITH_TIMEOUT(ufwState() == before, 30000);
        QVERIFY2(clock.elapsed() < 40000, "the firewall came back too late");
        QVERIFY(freshLoginWorks(u"deploy"_s));
        QVERIFY(test::run(*deploy, remote::Command({u"true"_s})).result.ok());
    }

    void rollbackWaitsWhenTheConnectionIsLost()
    {
        // The plan's own connection dies while the new login is being tried (the lockout took
        // it too): rollback cannot revert through it, so it waits for the server's own revert
        // and checks over a new login.
        resetUfw();
        auto ops = std::make_unique<ssh::Connection>(th->keySettings(u"ops"_s));
        QVERIFY(test::connectAndWait(*ops));
        setup::FirewallAnswers answers;
        answers.testOmitSshRule = true;
        answers.deadmanSeconds = 10;
        auto plan = setup::buildFirewallPlan(answers, target());
        QVERIFY(plan.has_value());
        auto* dm = dynamic_cast<setup::DeadManSwitchStep*>(plan->steps().back().get());
        QVERIFY(dm);
        dm->setPhaseListener([this](setup::DeadManSwitchStep::Phase phase) {
            if (phase == setup::DeadManSwitchStep::Phase::CheckingFreshLogin) // cut ops's SSH sessions
                th->inside(u"for p in $(ps -o pid= -u ops); do kill $p; done"_s);
        });
        QElapsedTimer clock;
        clock.start();
        const PlanReport r = runPlan(std::move(*plan), *ops);
        QVERIFY(!r.ok());
        QCOMPARE(r.failedStepId, u"firewall.enable"_s);
        QCOMPARE(r.outcome(u"firewall.enable"_s)->status, StepStatus::RolledBack);
        QVERIFY2(clock.elapsed() >= 10000, "rollback did not wait for the server's own revert");
        // Closing 80/443 again needed the lost connection: reported, not hidden.
        QCOMPARE(r.outcome(u"firewall.allow-ports"_s)->status, StepStatus::RollbackFailed);
        QVERIFY(ufwStatus().contains("Status: inactive"));
        QVERIFY(freshLoginWorks(u"ops"_s));
    }

    void policyChangeOnActiveUfwIsRevertedByItsSwitch()
    {
        // ufw is on already and lets everything in, with no SSH rule: denying incoming now
        // locks SSH out at once, with no enabling step to carry a switch.
        resetUfw();
        th->inside(u"ufw default allow incoming >/dev/null && ufw --force enable >/dev/null"_s);
        const QByteArray before = ufwState();
        QVERIFY(before.contains("Status: active"));
        QVERIFY(before.contains("DEFAULT_INPUT_POLICY=\"ACCEPT\""));
        QVERIFY(freshLoginWorks(u"deploy"_s));
        setup::FirewallAnswers answers;
        answers.testOmitSshRule = true;
        answers.deadmanSeconds = 10;
        auto plan = setup::buildFirewallPlan(answers, target());
        QVERIFY(plan.has_value());
        // From the change that locks SSH out to the previous firewall back.
        QElapsedTimer clock;
        qint64 revertedAfterMs = -1;
        auto* policy = dynamic_cast<setup::DeadManSwitchStep*>(plan->steps().at(1).get());
        QVERIFY(policy && policy->id() == u"firewall.default-policy"_s);
        policy->setPhaseListener([&](setup::DeadManSwitchStep::Phase now) {
            if (now == setup::DeadManSwitchStep::Phase::ChangingPolicy)
                clock.start();
            else if (now == setup::DeadManSwitchStep::Phase::Reverted && clock.isValid())
                revertedAfterMs = clock.elapsed();
        });
        const PlanReport r = runPlan(std::move(*plan), *deploy);
        QVERIFY2(!r.ok(), "the policy change locked SSH out and the plan did not notice");
        QVERIFY(clock.isValid());
        QCOMPARE(r.failedStepId, u"firewall.default-policy"_s);
        QVERIFY2(r.error.detail.contains(u"would have locked you out"_s), qPrintable(r.error.toString()));
        QCOMPARE(r.outcome(u"firewall.default-policy"_s)->status, StepStatus::RolledBack);
        QCOMPARE(r.outcome(u"firewall.allow-ports"_s)->status, StepStatus::RolledBack);

        // The connection comes back: the previous policy within the switch's time plus a
        // margin (the failed login waits 5 s), ufw still on with its rules, a new login works.
        qInfo("policy changed -> previous firewall back: %lld ms", revertedAfterMs);
        QVERIFY2(revertedAfterMs >= 0 && revertedAfterMs < 30000, "the firewall came back too late");
        QTRY_VERIFY_WITH_TIMEOUT(ufwState() == before, 30000);
        QVERIFY(freshLoginWorks(u"deploy"_s));
        QVERIFY(test::run(*deploy, remote::Command({u"true"_s})).result.ok());
    }

    void policyChangeOnActiveUfwKeepsSsh()
    {
        // The normal case on a server where ufw is on: SSH allowed first, then the policy
        // changes under the switch, a new login confirms it, and it stays.
        resetUfw();
        th->inside(u"ufw default allow incoming >/dev/null && ufw --force enable >/dev/null"_s);
        setup::FirewallAnswers answers;
        answers.deadmanSeconds = 10;
        auto plan = setup::buildFirewallPlan(answers, target());
        QVERIFY(plan.has_value());
        const PlanReport r = runPlan(std::move(*plan), *deploy);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.outcome(u"firewall.allow-ssh"_s)->status, StepStatus::Applied);
        QCOMPARE(r.outcome(u"firewall.default-policy"_s)->status, StepStatus::Applied);
        QCOMPARE(r.outcome(u"firewall.enable"_s)->status, StepStatus::Skipped);
        // A new login confirmed the policy's switch; past its 10 s, the policy stays.
        QVERIFY(th->inside(u"ls /var/lib/capataz/firewall-*/"_s).contains("confirmed"));
        QTest::qWait(13000);
        const QByteArray state = ufwState();
        QVERIFY2(state.contains("Status: active") && state.contains("DEFAULT_INPUT_POLICY=\"DROP\""),
                 state.constData());
        QVERIFY(freshLoginWorks(u"ops"_s));
        QVERIFY(test::run(*deploy, remote::Command({u"true"_s})).result.ok());
    }

    void switchRevertsWithoutTheConsole()
    {
        // The real dead-man case: the console arms the switch, enables a lockout and vanishes
        // (never confirms, never rolls back). The server must come back by itself.
        resetUfw();
        const QByteArray before = ufwState();
        const QByteArray beforeFiles = ufwFiles();
        auto plan = setup::buildFirewallPlan(
            [] {
                setup::FirewallAnswers a;
                a.testOmitSshRule = true;
                a.deadmanSeconds = 10;
                return a;
            }(),
            target());
        QVERIFY(plan.has_value());
        auto* dm = dynamic_cast<setup::DeadManSwitchStep*>(plan->steps().back().get());
        QVERIFY(dm);
        QElapsedTimer clock;
        {
            auto ops = std::make_unique<ssh::Connection>(th->keySettings(u"ops"_s)); // sudo without password
            QVERIFY(test::connectAndWait(*ops));
            QObject owner;
            StepContext ctx{ops.get(), &owner, CancelToken::create()};
            std::optional<VoidResult> applied;
            clock.start();
            dm->apply(ctx, [&](VoidResult r) { applied = r; });
            QTRY_VERIFY_WITH_TIMEOUT(applied.has_value(), 30000);
            QVERIFY2(applied->has_value(),
                     applied->has_value() ? "" : qPrintable(applied->error().toString()));
        } // the console's connection is gone
        QVERIFY(ufwStatus().contains("Status: active"));
        QVERIFY2(!freshLoginWorks(u"ops"_s), "SSH should be locked out while the switch is pending");
        QTRY_VERIFY_WITH_TIMEOUT(ufwState() == before, 30000);
        QVERIFY2(clock.elapsed() >= 9000, "the switch fired before its time");
        QCOMPARE(ufwFiles(), beforeFiles); // the very files back
        QVERIFY(th->inside(u"ls /var/lib/capataz/firewall-*/"_s).contains("reverted"));
        QVERIFY(freshLoginWorks(u"ops"_s));
    }
};

QTEST_GUILESS_MAIN(TestFirewall)
#include "tst_firewall.moc"
