#pragma once

#include "status/ServerStatus.h"

#include <QLocale>
#include <QString>

namespace capataz::status {

// The owner's words for a status (translated, context "capataz::status"): the owner's page,
// its PDF and `capataz-cli status` say the same. Never an error code, a path, a command, an
// address or a service's technical name.

// "Everything is working", "Something needs checking: the disk is almost full",
// "The server does not answer (no answer since 14:05)", "Maintenance until 18:00: ...".
[[nodiscard]] QString headline(const ServerStatus& status, const QDateTime& now, const QLocale& locale);
// One finding as a whole sentence ("The disk is almost full (93% used).").
[[nodiscard]] QString findingText(const Finding& finding, const QDateTime& now, const QLocale& locale);
// Who to call, as a sentence ("If this goes on, call Ana Pérez: +54 11 5555 1234, ana@example.com.");
// empty when the admin named nobody.
[[nodiscard]] QString contactText(const StatusSettings& settings);
// "14:05" today, "Mon 3 Dec, 14:05" another day, in `locale`'s language and this computer's time zone.
[[nodiscard]] QString whenText(const QDateTime& when, const QDateTime& now, const QLocale& locale);
// "3 days", "5 hours", "12 minutes": how long ago / since, rounded down.
[[nodiscard]] QString durationText(qint64 seconds);
// "12.5 GB" in `locale`.
[[nodiscard]] QString sizeText(qint64 bytes, const QLocale& locale);

} // namespace capataz::status
