#pragma once

#include "plan/Step.h"
#include "setup/ComposeStatus.h"
#include "setup/SetupTarget.h"

#include <QElapsedTimer>

namespace capataz::setup {

// Step "compose.wait": waits until every service of the active profiles has its containers
// running, and healthy where they have a healthcheck. Polls `docker inspect` every
// `intervalMs` without blocking (a timer with ctx.owner as context) and writes each change of
// a service's state to the step output as it happens.
//  check: one look; done when everything is already ready.
//  apply: succeeds when all are ready; fails at once when a container exited, is unhealthy
//         or keeps restarting, or when `timeoutSeconds` pass; the error holds the states and
//         the last 40 log lines of the failed (or still waiting) services, secrets masked.
//  rollback: nothing (compose.up's rollback stops what this run started).
class ComposeWaitStep final : public plan::Step {
public:
    ComposeWaitStep(SetupTarget target, int timeoutSeconds, int intervalMs = 2000);

    void check(const plan::StepContext& ctx, CheckDone done) override;
    void apply(const plan::StepContext& ctx, Done done) override;
    void rollback(const plan::StepContext& ctx, Done done) override;

    [[nodiscard]] const ComposeStatus& lastStatus() const { return m_last; }

protected:
    [[nodiscard]] plan::Preview buildPreview(remote::SudoMode sudo) const override;

private:
    [[nodiscard]] remote::Command statusCommand() const;
    void poll(const plan::StepContext& ctx, std::function<void(Result<ComposeStatus>)> done);
    void tick(const plan::StepContext& ctx, Done done);
    void failWithLogs(const plan::StepContext& ctx, const QStringList& services, ErrorCode code,
                      const QString& why, Done done);

    SetupTarget m_target;
    int m_timeoutSeconds = 300;
    int m_intervalMs = 2000;
    QElapsedTimer m_clock;
    ComposeStatus m_last;
    QString m_lastText;
};

} // namespace capataz::setup
