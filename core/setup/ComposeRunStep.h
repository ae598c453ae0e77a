#pragma once

#include "plan/Step.h"
#include "setup/SetupTarget.h"

namespace capataz::setup {

// A step that runs one compose subcommand (pull, build, up -d) in the project directory as
// root, streaming what it prints to the step output (secrets of the .env masked).
//  check:    the stack is up to date: every service of the active profiles has a running
//            container whose com.docker.compose.config-hash label equals what
//            `config --hash '*'` gives now (docker compose v2 and docker-compose 1.29 alike).
//  rollback: with `downOnRollback`, and only when no container of the project existed before
//            apply, `down` (never -v: volumes are kept); otherwise nothing.
class ComposeRunStep final : public plan::Step {
public:
    ComposeRunStep(QString id, plan::Text title, plan::Text explanation, SetupTarget target,
                   QStringList subcommand, bool downOnRollback);

    void check(const plan::StepContext& ctx, CheckDone done) override;
    void apply(const plan::StepContext& ctx, Done done) override;
    void rollback(const plan::StepContext& ctx, Done done) override;

    // Exit 0 when the stack is up to date (run with the compose invocation as "$@").
    [[nodiscard]] static QString upToDateScript();

protected:
    [[nodiscard]] plan::Preview buildPreview(remote::SudoMode sudo) const override;

private:
    [[nodiscard]] remote::Command checkCommand() const;
    void runStreaming(const plan::StepContext& ctx, const remote::Command& command, const QString& phase,
                      std::function<void(Result<int>)> done);
    void learnSecrets(const plan::StepContext& ctx, std::function<void()> next);

    SetupTarget m_target;
    QStringList m_subcommand;
    bool m_downOnRollback = false;
    bool m_applied = false;
    bool m_wasRunning = true;
};

} // namespace capataz::setup
