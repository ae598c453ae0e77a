#include "plan/PlanRunner.h"

#include "ssh/Connection.h"
#include "store/AuditLog.h"

#include <QDateTime>

namespace capataz::plan {

PlanRunner::PlanRunner(Plan plan, ssh::Connection* connection, store::AuditLog* audit, Options options,
                       QObject* parent)
    : QObject(parent)
    , m_plan(std::move(plan))
    , m_connection(connection)
    , m_audit(audit)
    , m_options(std::move(options))
    , m_secrets(m_plan.secrets())
    , m_user(store::AuditLog::localUser())
{
    if (m_connection) {
        // The profile's own secrets are masked too, should a command ever echo one.
        const ssh::ConnectionSettings& s = m_connection->settings();
        m_options.sudo = s.sudo;
        m_secrets.add(s.password);
        m_secrets.add(s.keyPassphrase);
        m_secrets.add(s.sudoPassword);
    }
}

PlanRunner::~PlanRunner()
{
    // Steps are shared (a wizard page keeps them for its preview): they must not call back
    // into a runner that is gone.
    for (const auto& step : m_plan.steps())
        step->setOutputSink({});
}

template <typename F> void PlanRunner::later(F f)
{
    QMetaObject::invokeMethod(this, std::move(f), Qt::QueuedConnection);
}

Error PlanRunner::masked(const Error& e) const
{
    return Error{e.code, mask(e.detail)};
}

QString PlanRunner::mask(const QString& text) const
{
    SecretMask all = m_secrets;
    all.add(m_plan.secrets());
    return all.apply(text);
}

OutputNote PlanRunner::mask(OutputNote note) const
{
    for (QString& arg : note.text.args)
        arg = mask(arg);
    return note;
}

void PlanRunner::audit(const QString& step, const QString& action, const QString& status,
                       const QString& detail, qint64 durationMs)
{
    if (!m_audit)
        return;
    store::AuditEntry e;
    e.at = QDateTime::currentDateTimeUtc();
    e.server = mask(m_options.server);
    e.plan = mask(m_plan.title().untranslated());
    e.step = step;
    e.action = action;
    e.status = status;
    e.detail = mask(detail);
    e.user = m_user;
    e.durationMs = durationMs;
    if (auto r = m_audit->append(e); !r && !m_report.auditError.isError())
        m_report.auditError = r.error();
}

void PlanRunner::start()
{
    if (m_running)
        return;
    m_running = true;
    m_ctx = StepContext{m_connection, this, CancelToken::create()};
    m_rollbackCtx = StepContext{m_connection, this, CancelToken::create()};
    m_report = PlanReport{};
    m_report.plan = m_plan.title().untranslated();
    m_report.dryRun = m_options.dryRun;
    m_index = 0;
    m_done = 0;
    m_applied.clear();
    m_toRollBack.clear();
    m_outcomeRow.clear();
    m_total = m_plan.size();
    m_runClock.start();
    audit({}, m_options.dryRun ? QStringLiteral("dry-run") : QStringLiteral("run"), QStringLiteral("started"),
          QStringLiteral("%1 step(s)").arg(m_plan.size()));
    emit progress(0, m_plan.size());
    later([this] { runStep(); });
}

void PlanRunner::cancel()
{
    if (m_running)
        m_ctx.cancel.cancel();
}

void PlanRunner::runStep()
{
    if (m_index >= m_plan.size()) {
        finish();
        return;
    }
    if (m_ctx.cancelled()) {
        m_report.cancelled = true;
        m_report.error =
            Error{ErrorCode::Cancelled, QStringLiteral("cancelled before step %1").arg(current().id())};
        audit(current().id(), QStringLiteral("run"), QStringLiteral("cancelled"));
        m_toRollBack.assign(m_applied.rbegin(), m_applied.rend());
        m_total = m_done + static_cast<int>(m_toRollBack.size());
        emit progress(m_done, m_total);
        rollbackNext();
        return;
    }
    Step& step = current();
    emit stepStarted(m_index, step.id());
    step.setOutputSink([this, index = m_index, id = step.id()](const QString& text, const OutputNote& note) {
        emit stepOutput(index, id, mask(text), mask(note));
    });
    if (m_options.dryRun && !m_options.dryRunChecks) {
        const Preview p = step.preview(m_options.sudo);
        audit(step.id(), QStringLiteral("preview"), QStringLiteral("planned"), p.toText());
        emit stepPreview(m_index, step.id(), p);
        setOutcome(m_index, StepStatus::Planned, {});
        ++m_index;
        later([this] { runStep(); });
        return;
    }
    m_actionClock.start();
    step.check(m_ctx, [this](Result<bool> r) { later([this, r = std::move(r)] { onChecked(r); }); });
}

void PlanRunner::onChecked(Result<bool> r)
{
    Step& step = current();
    const QString out = step.takeOutput();
    if (!r) {
        audit(step.id(), QStringLiteral("check"), QStringLiteral("failed"),
              masked(r.error()).toString() + u'\n' + out, actionMs());
        stepFailed(r.error(), false);
        return;
    }
    audit(step.id(), QStringLiteral("check"), *r ? QStringLiteral("done") : QStringLiteral("needed"), out,
          actionMs());
    if (m_options.dryRun) {
        const Preview p = step.preview(m_options.sudo);
        audit(step.id(), QStringLiteral("preview"),
              *r ? QStringLiteral("skipped") : QStringLiteral("planned"), p.toText());
        emit stepPreview(m_index, step.id(), p);
    }
    if (*r || m_options.dryRun) {
        setOutcome(m_index, *r ? StepStatus::Skipped : StepStatus::Planned, {});
        ++m_index;
        runStep();
        return;
    }
    m_actionClock.start();
    step.apply(m_ctx, [this](VoidResult a) { later([this, a = std::move(a)] { onApplied(a); }); });
}

void PlanRunner::onApplied(VoidResult r)
{
    Step& step = current();
    const QString out = step.takeOutput();
    if (!r) {
        audit(step.id(), QStringLiteral("apply"), QStringLiteral("failed"),
              masked(r.error()).toString() + u'\n' + out, actionMs());
        stepFailed(r.error(), false);
        return;
    }
    audit(step.id(), QStringLiteral("apply"), QStringLiteral("ok"), out, actionMs());
    m_actionClock.start();
    step.verify(m_ctx, [this](VoidResult v) { later([this, v = std::move(v)] { onVerified(v); }); });
}

void PlanRunner::onVerified(VoidResult r)
{
    Step& step = current();
    const QString out = step.takeOutput();
    if (!r) {
        audit(step.id(), QStringLiteral("verify"), QStringLiteral("failed"),
              masked(r.error()).toString() + u'\n' + out, actionMs());
        stepFailed(r.error(), true);
        return;
    }
    audit(step.id(), QStringLiteral("verify"), QStringLiteral("ok"), out, actionMs());
    m_applied.push_back(m_index);
    setOutcome(m_index, StepStatus::Applied, {});
    ++m_index;
    runStep();
}

void PlanRunner::stepFailed(const Error& error, bool rollBackThisStep)
{
    const Error e = masked(error);
    m_report.error = e;
    m_report.failedStepId = current().id();
    setOutcome(m_index, StepStatus::Failed, e);
    m_toRollBack.clear();
    if (rollBackThisStep)
        m_toRollBack.push_back(m_index);
    m_toRollBack.insert(m_toRollBack.end(), m_applied.rbegin(), m_applied.rend());
    m_total = m_done + static_cast<int>(m_toRollBack.size());
    emit progress(m_done, m_total);
    rollbackNext();
}

void PlanRunner::rollbackNext()
{
    if (m_toRollBack.empty()) {
        finish();
        return;
    }
    m_index = m_toRollBack.front();
    m_toRollBack.erase(m_toRollBack.begin());
    Step& step = current();
    emit stepStarted(m_index, step.id());
    step.setOutputSink([this, index = m_index, id = step.id()](const QString& text, const OutputNote& note) {
        emit stepOutput(index, id, mask(text), mask(note));
    });
    m_actionClock.start();
    step.rollback(m_rollbackCtx, [this](VoidResult r) {
        later([this, r = std::move(r)] {
            Step& s = current();
            const QString out = s.takeOutput();
            if (r) {
                audit(s.id(), QStringLiteral("rollback"), QStringLiteral("ok"), out, actionMs());
                // A failed step that was undone keeps the failure's error.
                const auto row = m_outcomeRow.constFind(m_index);
                setOutcome(m_index, StepStatus::RolledBack,
                           row != m_outcomeRow.constEnd() ? m_report.steps[*row].error : Error{});
            } else {
                audit(s.id(), QStringLiteral("rollback"), QStringLiteral("failed"),
                      masked(r.error()).toString() + u'\n' + out, actionMs());
                setOutcome(m_index, StepStatus::RollbackFailed, masked(r.error()));
            }
            rollbackNext();
        });
    });
}

void PlanRunner::setOutcome(int index, StepStatus status, const Error& error)
{
    const QString id = m_plan.steps()[static_cast<std::size_t>(index)]->id();
    const auto row = m_outcomeRow.constFind(index);
    if (row != m_outcomeRow.constEnd()) {
        m_report.steps[*row].status = status;
        m_report.steps[*row].error = error;
    } else {
        m_outcomeRow.insert(index, static_cast<int>(m_report.steps.size()));
        m_report.steps.append({id, status, error});
    }
    audit(id, QStringLiteral("step"), stepStatusName(status), error.isError() ? error.toString() : QString());
    emit stepFinished(index, id, status, error);
    emit progress(++m_done, m_total);
}

void PlanRunner::finish()
{
    m_running = false;
    if (!m_report.error.isError())
        audit({}, QStringLiteral("run"), m_options.dryRun ? QStringLiteral("planned") : QStringLiteral("ok"),
              {}, m_runClock.elapsed());
    else
        audit(m_report.failedStepId, QStringLiteral("run"),
              m_report.cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed"),
              m_report.error.toString(), m_runClock.elapsed());
    emit finished(m_report);
}

} // namespace capataz::plan
