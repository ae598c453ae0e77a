#pragma once

#include <QString>

namespace capataz::ui {

// User preferences (never secrets) in settings.ini inside the data directory, so that
// --data-dir keeps tests and scripts away from the user's real profile.
class AppSettings {
public:
    // "system", "es" or "en"
    [[nodiscard]] static QString language();
    static void setLanguage(const QString& language);
    [[nodiscard]] static QString filePath();
    [[nodiscard]] static QString value(const QString& key, const QString& fallback = {});
    static void setValue(const QString& key, const QString& value);
};

} // namespace capataz::ui
