#pragma once

#include "stack/Recipe.h"
#include "store/ServerProfile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace capataz::ui::backuptab {

// The project of a profile as the backup operations need it: its directory, its .env, the
// compose arguments of its recipe and the targets the recipe backs up.
struct Project {
    QString projectDir;
    QString envFile;
    QStringList composeArgs;
    QList<stack::RecipeBackupTarget> targets;
};

[[nodiscard]] Project projectOf(const store::ServerProfile& profile);

// A path for people: the home directory shown as "~", native separators.
[[nodiscard]] QString displayPath(const QString& path);

} // namespace capataz::ui::backuptab
