#include "LogLaneMenu.h"

#include "LogSourceMenu.h"

#include <QTimer>

namespace capataz::ui {

LogLaneMenu::LogLaneMenu(QWidget* parent)
    : QMenu(parent)
{}

void LogLaneMenu::setService(client::LogService* service)
{
    m_service = service;
    m_hidden.clear();
    rebuild();
}

QStringList LogLaneMenu::laneNames() const
{
    QStringList names;
    if (m_service)
        for (const auto& l : m_service->lanes())
            names << LogSourceMenu::shortName(l.name);
    return names;
}

QList<quint16> LogLaneMenu::shownLanes() const
{
    QList<quint16> shown;
    if (m_hidden.isEmpty())
        return shown;
    const qsizetype count = m_service ? m_service->lanes().size() : 0;
    for (qsizetype i = 0; i < count; ++i)
        if (!m_hidden.contains(quint16(i)))
            shown << quint16(i);
    if (shown.isEmpty())
        shown << quint16(0xffff); // every lane hidden: nothing passes
    return shown;
}

QList<quint16> LogLaneMenu::visibleNamedLanes() const
{
    QList<quint16> out;
    const QList<client::LogService::Lane> lanes =
        m_service ? m_service->lanes() : QList<client::LogService::Lane>{};
    for (qsizetype i = 0; i < lanes.size(); ++i)
        if (!m_hidden.contains(quint16(i)) && !lanes[i].name.isEmpty())
            out << quint16(i);
    return out;
}

QString LogLaneMenu::buttonText() const
{
    const qsizetype lanes = m_service ? m_service->lanes().size() : 0;
    return m_hidden.isEmpty() ? tr("From: all")
                              : tr("From: %1 of %2").arg(lanes - m_hidden.size()).arg(lanes);
}

void LogLaneMenu::rebuild()
{
    clear();
    const QList<client::LogService::Lane> lanes =
        m_service ? m_service->lanes() : QList<client::LogService::Lane>{};
    QAction* all = addAction(tr("Show all"));
    connect(all, &QAction::triggered, this, [this] {
        m_hidden.clear();
        // Not from inside the action's own signal: rebuilding the menu deletes it.
        QTimer::singleShot(0, this, &LogLaneMenu::rebuild);
        emit hiddenChanged();
    });
    addSeparator();
    for (qsizetype i = 0; i < lanes.size(); ++i) {
        QAction* a = addAction(lanes[i].name.isEmpty() ? tr("(notes)") : lanes[i].name);
        a->setCheckable(true);
        a->setChecked(!m_hidden.contains(quint16(i)));
        connect(a, &QAction::toggled, this, [this, i](bool on) {
            if (on)
                m_hidden.remove(quint16(i));
            else
                m_hidden.insert(quint16(i));
            emit hiddenChanged();
        });
    }
}

} // namespace capataz::ui
