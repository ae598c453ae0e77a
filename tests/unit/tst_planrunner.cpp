// PlanRunner's ordering, rollback, cancel, dry run, idempotence and audit records, with steps
// written here: RecordingStep changes an in-memory "server" (a QStringList) and logs each call.
#include "plan/PlanRunner.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace capataz;
using namespace capataz::plan;
using namespace Qt::Literals::StringLiterals;

namespace {

// The state a plan changes (like a server's config) and the log of what was called.
struct World {
    QStringList state;
    QStringList calls;
};

// Adds `m_item` to the world's state. check: already there. rollback: removes it. Can be told
// to fail in one phase, to answer synchronously or from the event loop, and carries a secret
// that it puts in its output and error texts (which the runner must mask).
class RecordingStep final : public Step {
public:
    enum class FailIn { Nothing, Check, Apply, Verify, Rollback };
    RecordingStep(World& world, QString item, FailIn failIn = FailIn::Nothing, QString secret = {})
        : Step(u"rec."_s + item, {QT_TRANSLATE_NOOP("capataz::plan", "Add %1"), {item}}, {})
        , m_world(world)
        , m_item(std::move(item))
        , m_failIn(failIn)
        , m_secret(std::move(secret))
    {
        if (!m_secret.isEmpty())
            addSecret(m_secret);
    }
    bool async = true;
    std::function<void()> onApply; // e.g. cancel the runner while applying

    void check(const StepContext& ctx, CheckDone done) override
    {
        m_world.calls << u"check "_s + m_item;
        answer(ctx, [this, done] {
            if (m_failIn == FailIn::Check)
                done(fail(ErrorCode::RemoteCommandFailed, u"check broke with "_s + m_secret));
            else
                done(m_world.state.contains(m_item));
        });
    }
    void apply(const StepContext& ctx, Done done) override
    {
        m_world.calls << u"apply "_s + m_item;
        if (onApply)
            onApply();
        answer(ctx, [this, done] {
            appendOutput(u"adding "_s + m_item + u" with password "_s + m_secret + u'\n');
            if (m_failIn == FailIn::Apply) {
                done(fail(ErrorCode::RemoteCommandFailed, u"apply broke, password "_s + m_secret));
                return;
            }
            m_world.state << m_item;
            done({});
        });
    }
    void verify(const StepContext& ctx, Done done) override
    {
        m_world.calls << u"verify "_s + m_item;
        answer(ctx, [this, done] {
            if (m_failIn == FailIn::Verify)
                done(fail(ErrorCode::RemoteCommandFailed, u"verify broke"_s));
            else
                done({});
        });
    }
    void rollback(const StepContext& ctx, Done done) override
    {
        m_world.calls << u"rollback "_s + m_item;
        answer(ctx, [this, done] {
            if (m_failIn == FailIn::Rollback) {
                done(fail(ErrorCode::RemoteCommandFailed, u"rollback broke"_s));
                return;
            }
            m_world.state.removeAll(m_item);
            done({});
        });
    }

protected:
    Preview buildPreview(remote::SudoMode) const override
    {
        Preview p;
        p.commands.append({Preview::Phase::Apply, u"add "_s + m_item + u" --password "_s + m_secret});
        return p;
    }

private:
    template <typename F> void answer(const StepContext& ctx, F f)
    {
        if (async)
            QMetaObject::invokeMethod(ctx.owner, f, Qt::QueuedConnection);
        else
            f();
    }
    World& m_world;
    QString m_item;
    FailIn m_failIn;
    QString m_secret;
};

using FailIn = RecordingStep::FailIn;

template <typename T> const char* test_why(const Result<T>& r)
{
    static QByteArray text;
    text = r ? QByteArray() : r.error().toString().toUtf8();
    return text.constData();
}

} // namespace

class TestPlanRunner : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::optional<store::Database> m_db;
    std::optional<store::AuditLog> m_audit;

    struct Run {
        PlanReport report;
        QList<std::pair<QString, StepStatus>> events; // stepFinished in order
        QList<int> progress;
        int finishedCount = 0;
    };

    Run run(Plan plan, PlanRunner::Options options = {}, std::function<void(PlanRunner&)> whileRunning = {})
    {
        if (options.server.isEmpty())
            options.server = u"unit"_s;
        PlanRunner runner(std::move(plan), nullptr, &*m_audit, options);
        Run r;
        connect(&runner, &PlanRunner::stepFinished, this,
                [&](int, const QString& id, StepStatus s, const Error&) {
                    r.events.append({id, s});
                });
        connect(&runner, &PlanRunner::progress, this, [&](int done, int) { r.progress.append(done); });
        connect(&runner, &PlanRunner::finished, this, [&](const PlanReport& rep) {
            r.report = rep;
            ++r.finishedCount;
        });
        runner.start();
        if (whileRunning)
            whileRunning(runner);
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning(), 5000);
        }();
        QCoreApplication::processEvents(); // a second finished() would show up here
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = store::Database::open(m_dir.path());
        QVERIFY(db.has_value());
        m_db.emplace(std::move(*db));
        m_audit.emplace(*m_db);
    }

    void appliesInOrderThenSkipsTheSecondTime_data()
    {
        QTest::addColumn<bool>("async");
        QTest::newRow("async steps") << true;
        QTest::newRow("synchronous steps") << false;
    }
    void appliesInOrderThenSkipsTheSecondTime()
    {
        QFETCH(bool, async);
        World w;
        auto makePlan = [&] {
            Plan p(Text(QT_TRANSLATE_NOOP("capataz::plan", "Three things")));
            for (const QString& item : {u"a"_s, u"b"_s, u"c"_s}) {
                auto s = std::make_shared<RecordingStep>(w, item);
                s->async = async;
                p.add(s);
            }
            return p;
        };
        Run first = run(makePlan());
        QVERIFY2(first.report.ok(), qPrintable(first.report.error.toString()));
        QCOMPARE(first.finishedCount, 1);
        QCOMPARE(w.state, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(w.calls, (QStringList{u"check a"_s, u"apply a"_s, u"verify a"_s, u"check b"_s, u"apply b"_s,
                                       u"verify b"_s, u"check c"_s, u"apply c"_s, u"verify c"_s}));
        QCOMPARE(first.report.steps.size(), 3);
        for (const auto& o : first.report.steps)
            QCOMPARE(o.status, StepStatus::Applied);
        QCOMPARE(first.progress, (QList<int>{0, 1, 2, 3}));

        w.calls.clear();
        Run second = run(makePlan());
        QVERIFY(second.report.ok());
        QCOMPARE(w.state, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(w.calls, (QStringList{u"check a"_s, u"check b"_s, u"check c"_s})); // nothing applied
        for (const auto& o : second.report.steps)
            QCOMPARE(o.status, StepStatus::Skipped);
    }

    void failureRollsBackInReverse_data()
    {
        QTest::addColumn<int>("failIn");
        QTest::addColumn<QStringList>("callsAfterB");
        QTest::addColumn<StepStatus>("cStatus");
        QTest::newRow("check fails") << int(FailIn::Check) << QStringList{u"check c"_s} << StepStatus::Failed;
        QTest::newRow("apply fails") << int(FailIn::Apply) << QStringList{u"check c"_s, u"apply c"_s}
                                     << StepStatus::Failed;
        // Verify failed after apply changed things: that step is undone too, first.
        QTest::newRow("verify fails")
            << int(FailIn::Verify) << QStringList{u"check c"_s, u"apply c"_s, u"verify c"_s, u"rollback c"_s}
            << StepStatus::RolledBack;
    }
    void failureRollsBackInReverse()
    {
        QFETCH(int, failIn);
        QFETCH(QStringList, callsAfterB);
        QFETCH(StepStatus, cStatus);
        World w;
        w.state << u"a"_s; // already done: skipped, so never rolled back
        Plan p;
        p.add(std::make_shared<RecordingStep>(w, u"a"_s))
            .add(std::make_shared<RecordingStep>(w, u"b"_s))
            .add(std::make_shared<RecordingStep>(w, u"c"_s, FailIn(failIn)))
            .add(std::make_shared<RecordingStep>(w, u"d"_s));
        Run r = run(std::move(p));
        QVERIFY(!r.report.ok());
        QCOMPARE(r.report.error.code, ErrorCode::RemoteCommandFailed);
        QCOMPARE(r.report.failedStepId, u"rec.c"_s);
        QCOMPARE(w.state, QStringList{u"a"_s});
        QStringList expected{u"check a"_s, u"check b"_s, u"apply b"_s, u"verify b"_s};
        expected << callsAfterB << u"rollback b"_s;
        QCOMPARE(w.calls, expected);
        QCOMPARE(r.report.steps.size(), 3); // d never reached
        QCOMPARE(r.report.outcome(u"rec.a"_s)->status, StepStatus::Skipped);
        QCOMPARE(r.report.outcome(u"rec.b"_s)->status, StepStatus::RolledBack);
        QCOMPARE(r.report.outcome(u"rec.c"_s)->status, cStatus);
        QCOMPARE(r.report.outcome(u"rec.c"_s)->error.code, ErrorCode::RemoteCommandFailed);
        QCOMPARE(r.events.first(), (std::pair{u"rec.a"_s, StepStatus::Skipped}));
        QCOMPARE(r.events.last(), (std::pair{u"rec.b"_s, StepStatus::RolledBack}));
        QCOMPARE(r.finishedCount, 1);
    }

    void rollbackFailureIsReported()
    {
        World w;
        Plan p;
        p.add(std::make_shared<RecordingStep>(w, u"a"_s))
            .add(std::make_shared<RecordingStep>(w, u"b"_s, FailIn::Rollback))
            .add(std::make_shared<RecordingStep>(w, u"c"_s, FailIn::Apply));
        Run r = run(std::move(p));
        QCOMPARE(r.report.outcome(u"rec.b"_s)->status, StepStatus::RollbackFailed);
        QCOMPARE(r.report.outcome(u"rec.a"_s)->status, StepStatus::RolledBack); // goes on after one fails
        QCOMPARE(r.report.failedStepId, u"rec.c"_s);
        QCOMPARE(w.state, QStringList{u"b"_s});
    }

    void cancelStopsAfterCurrentStepAndRollsBack()
    {
        World w;
        Plan p;
        auto b = std::make_shared<RecordingStep>(w, u"b"_s);
        p.add(std::make_shared<RecordingStep>(w, u"a"_s))
            .add(b)
            .add(std::make_shared<RecordingStep>(w, u"c"_s));
        PlanRunner* current = nullptr;
        b->onApply = [&] {
            current->cancel();
        };
        Run r = run(std::move(p), {}, [&](PlanRunner& runner) { current = &runner; });
        QVERIFY(r.report.cancelled);
        QCOMPARE(r.report.error.code, ErrorCode::Cancelled);
        QCOMPARE(w.calls, (QStringList{u"check a"_s, u"apply a"_s, u"verify a"_s, u"check b"_s, u"apply b"_s,
                                       u"verify b"_s, u"rollback b"_s, u"rollback a"_s}));
        QVERIFY(w.state.isEmpty());
        QCOMPARE(r.report.outcome(u"rec.b"_s)->status, StepStatus::RolledBack);
        QVERIFY(!r.report.outcome(u"rec.c"_s));
    }

    void dryRunChangesNothing_data()
    {
        QTest::addColumn<bool>("checks");
        QTest::newRow("with checks") << true;
        QTest::newRow("preview only") << false;
    }
    void dryRunChangesNothing()
    {
        QFETCH(bool, checks);
        World w;
        w.state << u"a"_s;
        Plan p;
        p.add(std::make_shared<RecordingStep>(w, u"a"_s)).add(std::make_shared<RecordingStep>(w, u"b"_s));
        PlanRunner::Options o;
        o.dryRun = true;
        o.dryRunChecks = checks;
        Run r = run(std::move(p), o);
        QVERIFY(r.report.ok());
        QVERIFY(r.report.dryRun);
        QCOMPARE(w.state, QStringList{u"a"_s});
        if (checks) {
            QCOMPARE(w.calls, (QStringList{u"check a"_s, u"check b"_s}));
            QCOMPARE(r.report.outcome(u"rec.a"_s)->status, StepStatus::Skipped);
        } else {
            QVERIFY(w.calls.isEmpty());
            QCOMPARE(r.report.outcome(u"rec.a"_s)->status, StepStatus::Planned);
        }
        QCOMPARE(r.report.outcome(u"rec.b"_s)->status, StepStatus::Planned);
    }

    void auditHasEveryEventAndNoSecret()
    {
        const QString secret = u"Tr0ub4dor&3"_s;
        World w;
        Plan p;
        p.add(std::make_shared<RecordingStep>(w, u"a"_s, FailIn::Nothing, secret))
            .add(std::make_shared<RecordingStep>(w, u"b"_s, FailIn::Apply, secret));
        PlanRunner::Options o;
        o.server = u"audit-server"_s;
        Run r = run(std::move(p), o);
        QVERIFY2(!r.report.auditError.isError(), qPrintable(r.report.auditError.toString()));
        QVERIFY(!r.report.ok());
        QVERIFY(!r.report.error.detail.contains(secret));
        QVERIFY(r.report.error.detail.contains(SecretMask::mask()));
        for (const auto& s : r.report.steps)
            QVERIFY(!s.error.detail.contains(secret));

        // Also a dry run, whose previews print the secret in the step's own preview.
        PlanRunner::Options dry = o;
        dry.dryRun = true;
        Plan p2;
        p2.add(std::make_shared<RecordingStep>(w, u"c"_s, FailIn::Nothing, secret));
        run(std::move(p2), dry);

        auto rows = m_audit->list(u"audit-server"_s, 1000);
        QVERIFY2(rows.has_value(), test_why(rows));
        QStringList actions;
        for (const store::AuditEntry& e : *rows) {
            for (const QString& field : {e.server, e.plan, e.step, e.action, e.status, e.detail})
                QVERIFY2(!field.contains(secret), qPrintable(e.detail));
            actions << e.step + u' ' + e.action + u' ' + e.status;
        }
        std::reverse(actions.begin(), actions.end());
        QCOMPARE(actions,
                 (QStringList{u" run started"_s, u"rec.a check needed"_s, u"rec.a apply ok"_s,
                              u"rec.a verify ok"_s, u"rec.a step applied"_s, u"rec.b check needed"_s,
                              u"rec.b apply failed"_s, u"rec.b step failed"_s, u"rec.a rollback ok"_s,
                              u"rec.a step rolled-back"_s, u"rec.b run failed"_s, u" dry-run started"_s,
                              u"rec.c check needed"_s, u"rec.c preview planned"_s, u"rec.c step planned"_s,
                              u" run planned"_s}));
        bool sawMaskedOutput = false;
        for (const store::AuditEntry& e : *rows)
            sawMaskedOutput |= e.detail.contains(u"with password "_s + SecretMask::mask());
        QVERIFY(sawMaskedOutput);
    }
};

QTEST_GUILESS_MAIN(TestPlanRunner)
#include "tst_planrunner.moc"
