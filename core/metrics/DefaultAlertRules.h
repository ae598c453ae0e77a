#pragma once

#include "metrics/AlertRule.h"

#include <QList>
#include <QString>

namespace capataz::stack {
struct Recipe;
struct RecipeAlert;
} // namespace capataz::stack

// The rules a server starts with: its recipe's (the seeds' own alerts, resources/recipes/*.yaml)
// and node-exporter's (memory over 80 %, a disk over 90 %, a scrape target down).
namespace capataz::metrics {

// A recipe's alert as a rule; InvalidArgument when its `for` or severity cannot be read (the
// recipe loader checks both, so a shipped recipe never gives one).
[[nodiscard]] Result<AlertRule> recipeAlertRule(const stack::RecipeAlert& alert);
// The rules Capataz ships for node-exporter's metrics: NodeMemoryHigh, NodeDiskFull, TargetDown.
[[nodiscard]] QList<AlertRule> nodeExporterAlertRules();
// The recipe's rules of the project in `projectDir` (as recipeTarget() finds it), then
// nodeExporterAlertRules(); a recipe rule of the same name as a node-exporter one wins.
[[nodiscard]] QList<AlertRule> defaultAlertRules(const QString& projectDir,
                                                 const QList<stack::Recipe>& recipes);

} // namespace capataz::metrics
