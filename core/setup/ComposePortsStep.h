#pragma once

#include "plan/FileWriteStep.h"
#include "plan/Step.h"
#include "setup/ComposePorts.h"
#include "setup/SetupTarget.h"

#include <memory>

namespace capataz::setup {

// Step "compose.ports": names every port the target's compose files publish to other machines
// (service, port, what it probably is) and why it matters: Docker publishes ports with its own
// iptables rules, ahead of ufw's, so "ufw deny" does not close them.
//  check:    asks the compose version (`version --short`), reads the compose files (as root)
//            and the override Capataz wrote before. Where compose can replace a service's
//            ports from a second file (docker compose >= 2.24.4) and bind_ports_locally is on,
//            the fix is an override file next to the first compose file,
//            docker-compose.capataz-ports.yml (`ports: !override` with the ports bound to
//            127.0.0.1); done when it already holds that content. Otherwise the output says
//            which line of which file to change, and how. In production, a data service port
//            (guessPort) left public and not in allow_public_ports fails the check, naming the
//            port and the two ways out: nothing has been started then.
//  apply:    writes the override atomically (plan::FileWriteStep: the previous version kept).
//  rollback: puts the previous override back, or removes a new one.
// Once the override is on the server (found by check, or written), it is added to the
// target's addedComposeFiles: the later steps of the plan pass it with -f.
class ComposePortsStep final : public plan::Step {
public:
    ComposePortsStep(SetupTarget target, ComposePortsOptions options);
    ~ComposePortsStep() override;

    void check(const plan::StepContext& ctx, CheckDone done) override;
    void apply(const plan::StepContext& ctx, Done done) override;
    void verify(const plan::StepContext& ctx, Done done) override;
    void rollback(const plan::StepContext& ctx, Done done) override;

    // The override's path relative to the project directory ("docker-compose.capataz-ports.yml",
    // or "deploy/docker-compose.capataz-ports.yml" when the first file is deploy/compose.yml).
    [[nodiscard]] QString overrideFile() const;
    // What the last check found (empty before a check).
    [[nodiscard]] const QList<PublicPort>& ports() const { return m_ports; }
    [[nodiscard]] const QString& composeVersion() const { return m_version; }
    [[nodiscard]] const ComposePortsOptions& options() const { return m_options; }
    // The sentences the last check wrote to the output, translatable (for a page's summary).
    [[nodiscard]] const QList<Text>& findings() const { return m_findings; }

    // The command that asks the compose version (nullopt for podman-compose, which cannot
    // override ports whatever its version).
    [[nodiscard]] std::optional<remote::Command> versionCommand() const;

protected:
    [[nodiscard]] plan::Preview buildPreview(remote::SudoMode sudo) const override;

private:
    void review(const plan::StepContext& ctx, const QList<QByteArray>& files, CheckDone done);
    void note(const Text& text);
    void useOverride(bool on);

    SetupTarget m_target;
    ComposePortsOptions m_options;
    QString m_version;
    QList<PublicPort> m_ports;
    QList<Text> m_findings;
    std::unique_ptr<plan::FileWriteStep> m_write; // set by check when an override is needed
};

} // namespace capataz::setup
