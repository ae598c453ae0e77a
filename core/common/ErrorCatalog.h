#pragma once

#include "common/Error.h"

#include <QString>

namespace capataz {

// The one catalogue of "what happened" sentences, one per ErrorCode, in plain words (no code
// names, no library numbers). Front ends add their own "what to do next" hint (ui/ErrorText,
// app/cli/ErrorHints). Translation context: "capataz::Error".

// The sentence in the language of the installed translator.
[[nodiscard]] QString errorSentence(ErrorCode code);
[[nodiscard]] inline QString errorSentence(const Error& error)
{
    return errorSentence(error.code);
}

// The English source sentence, whatever translator is installed (logs, tests).
[[nodiscard]] QString errorSentenceUntranslated(ErrorCode code);

} // namespace capataz
