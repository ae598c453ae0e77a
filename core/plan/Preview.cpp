#include "plan/Preview.h"

namespace capataz::plan {

QString Preview::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Check:
        return QStringLiteral("check");
    case Phase::Apply:
        return QStringLiteral("apply");
    case Phase::Verify:
        return QStringLiteral("verify");
    case Phase::Rollback:
        return QStringLiteral("rollback");
    }
    return {};
}

void Preview::maskWith(const SecretMask& mask)
{
    for (Command& c : commands)
        c.shell = mask.apply(c.shell);
    for (FileChange& f : files) {
        f.path = mask.apply(f.path);
        f.diff = mask.apply(f.diff);
    }
}

QString Preview::toText() const
{
    QString out;
    for (const Command& c : commands)
        out += phaseName(c.phase) + QStringLiteral(": ") + c.shell + u'\n';
    for (const FileChange& f : files) {
        if (f.diff.isEmpty())
            out += QStringLiteral("file %1: unchanged\n").arg(f.path);
        else
            out += f.diff;
    }
    return out;
}

} // namespace capataz::plan
