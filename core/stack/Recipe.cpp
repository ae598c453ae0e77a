#include "stack/Recipe.h"

#include <QRegularExpression>

namespace capataz::stack {

QString RecipeText::forLanguage(const QString& language) const
{
    const bool spanish = language.startsWith(u"es");
    const QString& preferred = spanish ? es : en;
    return preferred.isEmpty() ? (spanish ? en : es) : preferred;
}

QString backupKindName(RecipeBackupTarget::Kind kind)
{
    switch (kind) {
    case RecipeBackupTarget::Postgres:
        return QStringLiteral("postgres");
    case RecipeBackupTarget::MongoDb:
        return QStringLiteral("mongodb");
    case RecipeBackupTarget::Volume:
        return QStringLiteral("volume");
    case RecipeBackupTarget::Files:
        return QStringLiteral("files");
    case RecipeBackupTarget::Redis:
        return QStringLiteral("redis");
    case RecipeBackupTarget::Qdrant:
        return QStringLiteral("qdrant");
    case RecipeBackupTarget::MinIo:
        return QStringLiteral("minio");
    }
    return {};
}

const RecipeEnvVar* Recipe::envVar(const QString& name) const
{
    for (const auto& v : env) {
        if (v.name == name)
            return &v;
    }
    return nullptr;
}

const RecipeProfileSet* Recipe::profileSet(const QString& setId) const
{
    for (const auto& p : profileSets) {
        if (p.id == setId)
            return &p;
    }
    return nullptr;
}

bool Recipe::isForbiddenValue(const QString& value) const
{
    for (const auto& f : forbiddenValues) {
        if (value.compare(f, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isValidGenerator(const QString& generator)
{
    if (generator == u"urlsafe32" || generator == u"hex32" || generator == u"base64-24")
        return true;
    static const QRegularExpression password(QStringLiteral("^password:(\\d{1,3})$"));
    const auto m = password.match(generator);
    if (!m.hasMatch())
        return false;
    const int n = m.captured(1).toInt();
    return n >= 8 && n <= 256;
}

QString recipeIdForProjectDir(const QList<Recipe>& recipes, QString projectDir)
{
    projectDir = projectDir.trimmed();
    while (projectDir.size() > 1 && projectDir.endsWith(u'/'))
        projectDir.chop(1);
    if (!projectDir.isEmpty()) {
        for (const Recipe& r : recipes)
            if (r.projectDir == projectDir)
                return r.id;
    }
    return kGenericRecipeId.toString();
}

} // namespace capataz::stack
