#pragma once

#include "plan/Step.h"
#include "setup/SetupTarget.h"

#include <functional>

namespace capataz::setup {

// The effective compose configuration (`config`: files merged, variables interpolated) with
// every secret of the .env masked, fetched without blocking; for the wizard's page 5.
void fetchEffectiveConfig(const plan::StepContext& ctx, const SetupTarget& target,
                          std::function<void(Result<QString>)> done);

// `secrets` plus the forms compose's `config` prints them in: a literal $ doubled
// (docker/compose#12315) and YAML's quoting ('' and \" \\), so that masking catches them.
[[nodiscard]] plan::SecretMask composeConfigMask(const plan::SecretMask& secrets);

// Step "compose.config": read-only. Its check runs `config`, fails when compose refuses the
// files (a missing variable, a syntax error) and puts the effective configuration, secrets
// masked, in the step's output; it changes nothing, so it is always "done".
class ComposeConfigStep final : public plan::Step {
public:
    explicit ComposeConfigStep(SetupTarget target);

    void check(const plan::StepContext& ctx, CheckDone done) override;
    void apply(const plan::StepContext& ctx, Done done) override;
    void rollback(const plan::StepContext& ctx, Done done) override;

    [[nodiscard]] const QString& effectiveConfig() const { return m_config; } // masked

protected:
    [[nodiscard]] plan::Preview buildPreview(remote::SudoMode sudo) const override;

private:
    SetupTarget m_target;
    QString m_config;
};

} // namespace capataz::setup
