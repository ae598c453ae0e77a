#include "ServerTabs.h"

#include "ConsoleTab.h"
#include "OverviewTab.h"

namespace capataz::ui {

QList<ServerTab*> createServerTabs(QWidget* parent)
{
    // Later issues add Setup, Logs, Metrics, Backups and Status here.
    return {new OverviewTab(parent), new ConsoleTab(parent)};
}

} // namespace capataz::ui
