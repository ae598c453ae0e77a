#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace capataz::ui {

// Turns an error code into a translated sentence that says what happened and what to do.
// The technical detail (untranslated, never a secret) is shown separately, as "Details".
class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    [[nodiscard]] static QString sentence(const Error& error);
    [[nodiscard]] static QString sentence(ErrorCode code);
};

} // namespace capataz::ui
