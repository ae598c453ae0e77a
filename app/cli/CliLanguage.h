#pragma once

#include <QByteArray>
#include <QString>

namespace capataz::cli {

// The language of capataz-cli's messages, "es" or "en", from the POSIX locale variables as
// gettext reads them: LC_ALL, else LC_MESSAGES, else LANG (the first one set and not empty).
// "es", "es_ES.UTF-8", "es_MX" ... give "es"; anything else (C, POSIX, unset) gives "en".
[[nodiscard]] QString cliLanguage(const QByteArray& lcAll, const QByteArray& lcMessages,
                                  const QByteArray& lang);

// Installs the translator for the environment's language (the .qm files embedded in
// capataz_core under :/i18n). Needs the QCoreApplication; returns the language used.
QString installCliTranslator();

} // namespace capataz::cli
