#pragma once

#include "plan/Plan.h"
#include "plan/PlanReport.h"
#include "plan/PlanRunner.h"
#include "ssh/Connection.h"

#include <QObject>
#include <QPointer>

namespace capataz::ui {

// Runs a page's plans one after the other (the Nginx and SSL page has two), each with its own
// PlanRunner, never blocking: stops at the first plan that fails or is cancelled.
class PlanQueue final : public QObject {
    Q_OBJECT
public:
    PlanQueue(std::vector<plan::Plan> plans, ssh::Connection* connection, store::AuditLog* audit,
              plan::PlanRunner::Options options, QObject* parent = nullptr);

    void start();
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    // The connection was destroyed during the run (server removed or edited, session
    // disconnected): the run was stopped at once and nothing could be rolled back.
    [[nodiscard]] bool connectionLost() const { return m_connectionLost; }
    [[nodiscard]] const std::vector<plan::Plan>& plans() const { return m_plans; }
    [[nodiscard]] const QList<plan::PlanReport>& reports() const { return m_reports; }

signals:
    void stepStarted(const QString& stepId);
    void stepPreview(const QString& stepId, const capataz::plan::Preview& preview);
    void stepFinished(const QString& stepId, capataz::plan::StepStatus status, const capataz::Error& error);
    void stepOutput(const QString& stepId, const QString& text, const capataz::plan::OutputNote& note);
    void progress(int done, int total);
    // Once, after the last plan or the first that did not succeed; `ok` false on failure or cancel.
    void finished(bool ok);

private:
    void runNext();
    void onConnectionDestroyed();

    std::vector<plan::Plan> m_plans;
    QPointer<ssh::Connection> m_connection;
    store::AuditLog* m_audit;
    plan::PlanRunner::Options m_options;
    QPointer<plan::PlanRunner> m_runner;
    QList<plan::PlanReport> m_reports;
    int m_next = 0;
    int m_doneBefore = 0;
    int m_total = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_connectionLost = false;
};

} // namespace capataz::ui
