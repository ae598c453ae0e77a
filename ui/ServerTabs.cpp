#include "ServerTabs.h"

namespace capataz::ui {

QList<ServerTab*> createServerTabs(QWidget* parent)
{
    Q_UNUSED(parent);
    return {};
}

} // namespace capataz::ui
