#include "CliLanguage.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace capataz::cli {

QString cliLanguage(const QByteArray& lcAll, const QByteArray& lcMessages, const QByteArray& lang)
{
    QByteArray value = lcAll;
    if (value.isEmpty())
        value = lcMessages;
    if (value.isEmpty())
        value = lang;
    if (value == "es" || value.startsWith("es_") || value.startsWith("es.") || value.startsWith("es@"))
        return u"es"_s;
    return u"en"_s;
}

QString installCliTranslator()
{
    const QString language = cliLanguage(qgetenv("LC_ALL"), qgetenv("LC_MESSAGES"), qgetenv("LANG"));
    // Lives until exit: the application keeps a pointer to it.
    static QTranslator translator;
    if (translator.load(u":/i18n/capataz_%1.qm"_s.arg(language)))
        QCoreApplication::installTranslator(&translator);
    return language;
}

} // namespace capataz::cli
