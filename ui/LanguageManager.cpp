#include "LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace capataz::ui {

LanguageManager& LanguageManager::instance()
{
    static LanguageManager m;
    return m;
}

QString LanguageManager::resolve(const QString& choice)
{
    if (choice == u"es" || choice == u"en")
        return choice;
    const QStringList ui = QLocale::system().uiLanguages();
    for (const QString& l : ui) {
        if (l.startsWith(u"es"))
            return QStringLiteral("es");
        if (l.startsWith(u"en"))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

void LanguageManager::setLanguage(const QString& choice)
{
    m_choice = choice;
    const QString lang = resolve(choice);
    if (lang == m_effective)
        return;
    m_effective = lang;
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    const QLocale locale(lang == u"es" ? QLocale::Spanish : QLocale::English,
                         lang == u"es" ? QLocale::Spain : QLocale::UnitedStates);
    QLocale::setDefault(locale);
    if (m_app.load(QStringLiteral(":/i18n/capataz_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(&m_app);
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    emit languageChanged(lang);
}

} // namespace capataz::ui
