#pragma once

namespace capataz::ui {
// The GUI's start-up: command-line options (--version, --help, --data-dir, --lang), the
// data directory, the database, translations, the main window.
int runApplication(int argc, char* argv[]);
} // namespace capataz::ui
