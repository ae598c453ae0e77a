#pragma once

#include "plan/Step.h"
#include "setup/EnvPlan.h"

#include <QHash>

#include <optional>

namespace capataz::setup {

// Step "env.file": the project's .env, written from the current file (or its example, or a
// document edited in the wizard) with the recipe's defaults, generated secrets and the values
// of `env.set`.
//  check:    reads the .env, its example and the compose files (as root), learns the secret
//            values already there (addSecret), computes the new content and checks it; fails
//            listing the findings that are errors (and which key to give in env.set); done
//            when the file holds exactly the new content with mode 0600.
//  apply:    tightens the old file to 0600, writes atomically (ssh::AtomicWrite: temporary file,
//            fsync, rename, previous version kept as FILE.capataz-DATE.bak), and gives a new
//            file the project directory's owner.
//  verify:   reads it back: same bytes, mode 0600.
//  rollback: puts the previous version back with its old mode, or removes the new file.
// Generated values are drawn once per step object: check and apply agree, and a second run
// finds the file done.
class EnvFileStep final : public plan::Step {
public:
    EnvFileStep(EnvAnswers answers, SetupTarget target, std::optional<stack::DotenvDocument> edited = {});

    void check(const plan::StepContext& ctx, CheckDone done) override;
    void apply(const plan::StepContext& ctx, Done done) override;
    void verify(const plan::StepContext& ctx, Done done) override;
    void rollback(const plan::StepContext& ctx, Done done) override;

    // After a check: what was computed (nullopt before).
    [[nodiscard]] const std::optional<EnvComputation>& computation() const { return m_computation; }
    [[nodiscard]] const QByteArray& newContent() const { return m_newContent; }

protected:
    [[nodiscard]] plan::Preview buildPreview(remote::SudoMode sudo) const override;

private:
    void runScript(const plan::StepContext& ctx, const QString& script, const QStringList& args,
                   const QString& what, Done done);
    void write(const plan::StepContext& ctx, Done done);

    EnvAnswers m_answers;
    SetupTarget m_target;
    QString m_path;
    std::optional<stack::DotenvDocument> m_edited;
    QHash<QString, QString> m_generated;
    std::optional<EnvComputation> m_computation;
    bool m_loaded = false;
    bool m_fromExample = false;
    RemoteFile m_current;
    QByteArray m_newContent;
    // What apply did, for rollback.
    int m_oldMode = -1;
    bool m_modeChanged = false;
    bool m_written = false;
    QString m_writtenPath;
    QString m_previousVersion;
};

} // namespace capataz::setup
