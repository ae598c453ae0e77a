#pragma once

#include "client/LogService.h"

#include <QMenu>
#include <QPointer>
#include <QSet>

namespace capataz::ui {

// The "From" menu of the Logs tab: one checkable entry per lane (a compose service, a file, a
// unit: where lines come from) and "Show all". Unchecking a lane hides its lines.
class LogLaneMenu final : public QMenu {
    Q_OBJECT
public:
    explicit LogLaneMenu(QWidget* parent = nullptr);

    void setService(client::LogService* service); // shows every lane again
    void rebuild();

    [[nodiscard]] QStringList laneNames() const; // short names, lane by lane
    // The lanes to show for LogQuery::sources: empty when none is hidden (every line passes).
    [[nodiscard]] QList<quint16> shownLanes() const;
    // Every lane not hidden, with a name (the notes' lane of marks left out): the side-by-side
    // columns.
    [[nodiscard]] QList<quint16> visibleNamedLanes() const;
    [[nodiscard]] QString buttonText() const; // "From: all", "From: 2 of 3"

signals:
    void hiddenChanged();

private:
    QPointer<client::LogService> m_service;
    QSet<quint16> m_hidden;
};

} // namespace capataz::ui
