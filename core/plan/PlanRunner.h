#pragma once

#include "plan/Plan.h"
#include "plan/PlanReport.h"
#include "plan/Preview.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

namespace capataz::ssh {
class Connection;
}
namespace capataz::store {
class AuditLog;
}

namespace capataz::plan {

// Runs a Plan step by step without blocking the thread it lives in (the GUI thread): every
// action is a job on the connection, and results come back as signals.
//
// For each step: check; already done -> Skipped. Otherwise apply, then verify -> Applied. At
// the first failure the step is reported Failed, and every step this run applied is rolled back
// in reverse order (the failed step too if only its verify failed) -> RolledBack or
// RollbackFailed; finished() carries the failure. cancel() lets the current step finish, then
// rolls back the same way and finishes with Cancelled.
//
// Dry run: nothing is applied. Each step is checked (check never changes anything) so its
// preview shows the real diff, unless Options::dryRunChecks is off, then nothing runs at all;
// steps end Skipped (already done) or Planned, and stepPreview() carries each preview.
//
// Every event goes to the audit log (if one is given), with the plan's secrets masked; so do
// all signals' texts. Exactly one finished() per start().
class PlanRunner final : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString server;                                       // for the audit log: the profile name
        remote::SudoMode sudo = remote::SudoMode::NoPassword; // for previews without a connection
        bool dryRun = false;
        bool dryRunChecks = true;
    };

    // `connection` may be null for a plan whose steps need no server. `connection` and `audit`
    // must outlive the runner and belong to its thread.
    PlanRunner(Plan plan, ssh::Connection* connection, store::AuditLog* audit, Options options,
               QObject* parent = nullptr);
    ~PlanRunner() override;

    void start();
    void cancel(); // stops the current step and rolls back what was applied (to the end)
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const Plan& plan() const { return m_plan; }

signals:
    void stepStarted(int index, const QString& stepId);
    void stepPreview(int index, const QString& stepId, const capataz::plan::Preview& preview);
    void stepFinished(int index, const QString& stepId, capataz::plan::StepStatus status,
                      const capataz::Error& error);
    // Step results so far out of those expected: the plan's steps, and after a failure or a
    // cancel, the ones reached plus the rollbacks to come.
    void progress(int done, int total);
    // What the current step's commands print, as it comes, secrets masked.
    // `note` is set when the text is a sentence of the step (a view may render it again in
    // another language); its arguments are masked too.
    void stepOutput(int index, const QString& stepId, const QString& text,
                    const capataz::plan::OutputNote& note);
    void finished(const capataz::plan::PlanReport& report);

private:
    void runStep();
    void onChecked(Result<bool> r);
    void onApplied(VoidResult r);
    void onVerified(VoidResult r);
    void stepFailed(const Error& error, bool rollBackThisStep);
    void rollbackNext();
    void finish();

    void setOutcome(int index, StepStatus status, const Error& error);
    // `durationMs`: how long the action took (-1 unknown); the local user is added here.
    void audit(const QString& step, const QString& action, const QString& status, const QString& detail = {},
               qint64 durationMs = -1);
    // Milliseconds since the current action (check, apply, verify, rollback) began.
    [[nodiscard]] qint64 actionMs() const { return m_actionClock.isValid() ? m_actionClock.elapsed() : -1; }
    [[nodiscard]] Error masked(const Error& e) const;
    // The profile's secrets and every step's, read again each time: a step may learn secrets
    // in its check (values read from the server's .env).
    [[nodiscard]] QString mask(const QString& text) const;
    [[nodiscard]] OutputNote mask(OutputNote note) const;
    [[nodiscard]] Step& current() const { return *m_plan.steps()[static_cast<std::size_t>(m_index)]; }
    // Calls `f` from the event loop: steps may call back synchronously, the runner never recurses.
    template <typename F> void later(F f);

    Plan m_plan;
    ssh::Connection* m_connection = nullptr;
    store::AuditLog* m_audit = nullptr;
    Options m_options;
    SecretMask m_secrets;
    StepContext m_ctx;
    // Rollbacks run with a token of their own: a cancel stops the plan, never the undoing of
    // what it applied (with m_ctx's cancelled token every rollback command would stop at once).
    StepContext m_rollbackCtx;
    PlanReport m_report;
    bool m_running = false;
    int m_index = 0;
    int m_done = 0;
    int m_total = 0;
    QElapsedTimer m_runClock;
    QElapsedTimer m_actionClock;
    QString m_user;               // the local account, for the audit log
    QHash<int, int> m_outcomeRow; // step index -> row in m_report.steps
    std::vector<int> m_applied;   // indexes of steps this run changed, in order
    std::vector<int> m_toRollBack;
};

} // namespace capataz::plan
