#include "AppSettings.h"

#include "store/DataDir.h"

#include <QDir>
#include <QSettings>

namespace capataz::ui {

QString AppSettings::filePath()
{
    return QDir(store::dataDirectory()).filePath(QStringLiteral("settings.ini"));
}

QString AppSettings::value(const QString& key, const QString& fallback)
{
    QSettings s(filePath(), QSettings::IniFormat);
    return s.value(key, fallback).toString();
}

void AppSettings::setValue(const QString& key, const QString& value)
{
    QSettings s(filePath(), QSettings::IniFormat);
    s.setValue(key, value);
}

QString AppSettings::language()
{
    const QString l = value(QStringLiteral("ui/language"), QStringLiteral("system"));
    return (l == u"es" || l == u"en") ? l : QStringLiteral("system");
}

void AppSettings::setLanguage(const QString& language)
{
    setValue(QStringLiteral("ui/language"), language);
}

} // namespace capataz::ui
