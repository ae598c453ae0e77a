#include "PlanQueue.h"

namespace capataz::ui {

PlanQueue::PlanQueue(std::vector<plan::Plan> plans, ssh::Connection* connection, store::AuditLog* audit,
                     plan::PlanRunner::Options options, QObject* parent)
    : QObject(parent)
    , m_plans(std::move(plans))
    , m_connection(connection)
    , m_audit(audit)
    , m_options(std::move(options))
{
    for (const plan::Plan& p : m_plans)
        m_total += p.size();
    // The session owns the connection and drops it when the server is removed, edited or
    // disconnected. A runner must never touch it afterwards: it is destroyed right away, in
    // the destroyed() signal, before any queued step callback can run.
    if (connection)
        connect(connection, &QObject::destroyed, this, &PlanQueue::onConnectionDestroyed);
}

void PlanQueue::onConnectionDestroyed()
{
    if (!m_running)
        return;
    m_connectionLost = true;
    m_running = false;
    if (m_runner)
        delete m_runner.data(); // synchronously: a deleteLater would let queued steps run first
    emit finished(false);
}

void PlanQueue::start()
{
    m_connectionLost = false;
    m_running = true;
    m_cancelled = false;
    m_next = 0;
    m_doneBefore = 0;
    m_reports.clear();
    runNext();
}

void PlanQueue::cancel()
{
    m_cancelled = true;
    if (m_runner)
        m_runner->cancel();
}

void PlanQueue::runNext()
{
    if (m_next >= int(m_plans.size()) || m_cancelled || m_connectionLost) {
        m_running = false;
        emit finished(!m_cancelled);
        return;
    }
    auto* runner =
        new plan::PlanRunner(m_plans[std::size_t(m_next)], m_connection.data(), m_audit, m_options, this);
    ++m_next;
    m_runner = runner;
    connect(runner, &plan::PlanRunner::stepStarted, this,
            [this](int, const QString& id) { emit stepStarted(id); });
    connect(runner, &plan::PlanRunner::stepPreview, this,
            [this](int, const QString& id, const plan::Preview& p) { emit stepPreview(id, p); });
    connect(
        runner, &plan::PlanRunner::stepFinished, this,
        [this](int, const QString& id, plan::StepStatus s, const Error& e) { emit stepFinished(id, s, e); });
    connect(runner, &plan::PlanRunner::stepOutput, this,
            [this](int, const QString& id, const QString& text, const plan::OutputNote& note) {
                emit stepOutput(id, text, note);
            });
    connect(runner, &plan::PlanRunner::progress, this, [this](int done, int total) {
        const int planSize = m_plans[std::size_t(m_next - 1)].size();
        emit progress(m_doneBefore + done, m_total - planSize + total);
    });
    connect(runner, &plan::PlanRunner::finished, this, [this, runner](const plan::PlanReport& report) {
        m_reports.append(report);
        m_doneBefore += m_plans[std::size_t(m_next - 1)].size();
        runner->deleteLater();
        if (!report.ok()) {
            m_running = false;
            emit finished(false);
            return;
        }
        runNext();
    });
    runner->start();
}

} // namespace capataz::ui
