#pragma once

#include <QList>

class QWidget;

namespace capataz::ui {

class ServerTab;

// Every tab a server can show, in order. Each decides which roles see it.
[[nodiscard]] QList<ServerTab*> createServerTabs(QWidget* parent);

} // namespace capataz::ui
