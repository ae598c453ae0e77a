#include "ServerTabs.h"

#include "backup/BackupTab.h"
#include "console/ConsoleTab.h"
#include "logs/LogsTab.h"
#include "metrics/MetricsTab.h"
#include "overview/OverviewTab.h"
#include "setup/SetupTab.h"
#include "status/StatusTab.h"

namespace capataz::ui {

QList<ServerTab*> createServerTabs(QWidget* parent)
{
    // An owner's profile shows only Status (and Logs when allowed).
    return {new OverviewTab(parent), new StatusTab(parent), new SetupTab(parent),  new LogsTab(parent),
            new MetricsTab(parent),  new BackupTab(parent), new ConsoleTab(parent)};
}

} // namespace capataz::ui
