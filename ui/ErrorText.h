#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace capataz::ui {

// What the GUI says about an error: the catalogue's "what happened" sentence
// (common/ErrorCatalog) followed by what to do next in this window. The technical detail
// (untranslated, never a secret) is shown separately, as "Details".
class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    // "<what happened> <what to do>", translated.
    [[nodiscard]] static QString sentence(const Error& error);
    [[nodiscard]] static QString sentence(ErrorCode code);
    // Only the "what to do next" part; empty when there is nothing to suggest.
    [[nodiscard]] static QString hint(ErrorCode code);
};

} // namespace capataz::ui
