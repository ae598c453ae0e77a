#pragma once

#include "plan/SecretMask.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace capataz::plan {

// What a step would do, exactly: the shell strings sent to the server (from
// remote::Command::toShell) by phase, and unified diffs of the files it writes. Built by
// Step::preview(), which masks the step's secrets.
struct Preview {
    enum class Phase { Check, Apply, Verify, Rollback };
    struct Command {
        Phase phase = Phase::Apply;
        QString shell;
    };
    struct FileChange {
        QString path;
        QString diff; // unified diff, empty when the content does not change
        bool created = false;
    };

    QList<Command> commands;
    QList<FileChange> files;

    [[nodiscard]] static QString phaseName(Phase phase); // "check", "apply", ...
    void maskWith(const SecretMask& mask);
    // Plain text for the CLI's --dry-run and for the audit log: one "apply: SHELL" line per
    // command, then each file's diff.
    [[nodiscard]] QString toText() const;
};

} // namespace capataz::plan

Q_DECLARE_METATYPE(capataz::plan::Preview)
