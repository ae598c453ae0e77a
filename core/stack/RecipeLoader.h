#pragma once

#include "common/Error.h"
#include "stack/Recipe.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace capataz::stack {

// Reads and validates one recipe (format: resources/recipes/README.md). Never throws.
// Errors: ParseError for text that is not YAML ("line L, column C: ..."); InvalidArgument for
// YAML that is not a valid recipe, listing every problem found, one per line, each as
// "line L: field.path: message" (e.g. "line 12: env.variables[3].generate: unknown generator
// \"random\"").
[[nodiscard]] Result<Recipe> loadRecipe(QByteArrayView yaml);

// Every *.yaml file of a directory (a file-system path or a Qt resource path such as
// ":/recipes"), sorted by file name. The first failure is returned with the file name in
// front of its detail ("invoice-bot.yaml: line 3: ..."); NotFound when the directory does not
// exist or holds no recipe; AlreadyExists when two files declare the same id.
[[nodiscard]] Result<QList<Recipe>> loadRecipesFrom(const QString& dir);

// The recipes shipped in the resources (":/recipes", see resources/recipes.qrc); empty when
// that resource is not linked into the program.
[[nodiscard]] QList<Recipe> builtinRecipes();

} // namespace capataz::stack
