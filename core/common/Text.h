#pragma once

#include <QString>
#include <QStringList>

namespace capataz {

// A user-visible sentence of core (a plan, a step, a finding): an English source string marked with
// QT_TRANSLATE_NOOP("capataz::plan", "...") plus the values for its %1, %2 ... The UI shows
// translated(); the audit log and the CLI's logs keep untranslated().
struct Text {
    Text() = default;
    Text(const char* sourceText, QStringList arguments = {}) // NOLINT: implicit on purpose
        : source(sourceText)
        , args(std::move(arguments))
    {}

    const char* source = nullptr; // a string literal (static storage)
    QStringList args;

    [[nodiscard]] QString translated() const;
    [[nodiscard]] QString untranslated() const;
};

} // namespace capataz

namespace capataz::plan {
using Text = capataz::Text; // the plans' name for it
} // namespace capataz::plan
