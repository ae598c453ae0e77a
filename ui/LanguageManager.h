#pragma once

#include <QObject>
#include <QTranslator>

namespace capataz::ui {

// Installs Capataz's and Qt's own translations and switches them at run time: every open
// window gets a LanguageChange event and retranslates itself at once.
class LanguageManager final : public QObject {
    Q_OBJECT
public:
    static LanguageManager& instance();

    // "es", "en" or "system" (the system's language if it is Spanish, else English).
    void setLanguage(const QString& choice);
    [[nodiscard]] QString choice() const { return m_choice; }
    [[nodiscard]] QString effectiveLanguage() const { return m_effective; } // "es" or "en"
    [[nodiscard]] static QString resolve(const QString& choice);

signals:
    void languageChanged(const QString& effectiveLanguage);

private:
    LanguageManager() = default;
    QTranslator m_app;
    QTranslator m_qt;
    QString m_choice;
    QString m_effective;
};

} // namespace capataz::ui
