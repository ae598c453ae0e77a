#include "ServerTabs.h"

#include "backup/BackupTab.h"
#include "console/ConsoleTab.h"
#include "logs/LogsTab.h"
#include "metrics/MetricsTab.h"
#include "overview/OverviewTab.h"
#include "setup/SetupTab.h"

namespace capataz::ui {

QList<ServerTab*> createServerTabs(QWidget* parent)
{
    // A later issue adds Status here.
    return {new OverviewTab(parent), new SetupTab(parent),  new LogsTab(parent),
            new MetricsTab(parent),  new BackupTab(parent), new ConsoleTab(parent)};
}

} // namespace capataz::ui
