#pragma once

#include "common/Error.h"

#include <QString>

namespace capataz::ui {

class StatusView;

// Writes the owner's page as a one-page A4 PDF at `path` (to send by e-mail), in the language the
// view shows now, with `title` on top ("Status of rancho, 6 Dec 2026 14:05"). LocalFileError when
// the file cannot be written.
[[nodiscard]] VoidResult exportStatusPdf(const StatusView& view, const QString& title, const QString& path);

} // namespace capataz::ui
