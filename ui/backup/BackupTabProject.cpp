#include "BackupTabProject.h"

#include "backup/BackupSource.h"
#include "logs/ComposeLogSource.h"
#include "stack/RecipeLoader.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui::backuptab {

Project projectOf(const store::ServerProfile& profile)
{
    const setup::SetupTarget t = logs::defaultComposeTarget(profile.projectDir, stack::builtinRecipes());
    Project p;
    p.projectDir = profile.projectDir;
    p.envFile = t.envFile.isEmpty() ? u".env"_s : t.envFile;
    p.composeArgs = t.composeArgv().mid(2);
    for (const auto& target : t.recipe.backups)
        if (backup::isSupportedKind(stack::backupKindName(target.kind)))
            p.targets << target;
    return p;
}

QString displayPath(const QString& path)
{
    const QString home = QDir::homePath();
    QString shown = path;
    if (!home.isEmpty() && home != u"/"_s && (path == home || path.startsWith(home + u'/')))
        shown = u"~"_s + path.mid(home.size());
    return QDir::toNativeSeparators(shown);
}

} // namespace capataz::ui::backuptab
