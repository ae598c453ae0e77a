#include "LogPanes.h"

#include "LogText.h"
#include "LogView.h"
#include "logs/LogSearch.h"

#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

LogPanes::LogPanes(QWidget* parent)
    : QWidget(parent)
    , m_split(new QSplitter(Qt::Horizontal, this))
    , m_note(new QLabel(this))
{
    setObjectName(u"logsPanes"_s);
    m_note->setObjectName(u"logsPanesNote"_s);
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    m_split->setChildrenCollapsible(false);
    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(m_note);
    box->addWidget(m_split, 1);
}

LogPanes::~LogPanes()
{
    clearPanes();
}

void LogPanes::clearPanes()
{
    for (Pane& p : m_panes) {
        delete p.search;
        delete p.box;
    }
    m_panes.clear();
}

void LogPanes::configure(const QList<quint16>& lanes, const QStringList& laneNames,
                         const logs::LogQuery& rows, const logs::LogFilter& highlight)
{
    m_laneNames = laneNames;
    QList<quint16> shown = lanes.mid(0, kMaxPanes);
    m_leftOut = int(lanes.size() - shown.size());
    // The same lanes as before: only the filter changes (each column keeps its place).
    bool same = int(shown.size()) == paneCount();
    for (int i = 0; same && i < paneCount(); ++i)
        same = m_panes[std::size_t(i)].lane == shown[i];
    if (!same) {
        clearPanes();
        for (quint16 lane : shown) {
            Pane p;
            p.lane = lane;
            p.box = new QWidget(m_split);
            p.title = new QLabel(p.box);
            p.title->setObjectName(u"logsPaneTitle"_s);
            QFont bold = p.title->font();
            bold.setBold(true);
            p.title->setFont(bold);
            p.view = new LogView(p.box);
            p.view->setObjectName(u"logsPaneView"_s);
            p.view->setLaneColumnVisible(false); // the column's title names it
            connect(p.view, &LogView::currentChanged, this,
                    [this, view = p.view] { emit currentChanged(view); });
            auto* v = new QVBoxLayout(p.box);
            v->setContentsMargins(0, 0, 0, 0);
            v->addWidget(p.title);
            v->addWidget(p.view, 1);
            m_split->addWidget(p.box);
            m_panes.push_back(p);
        }
    }
    for (Pane& p : m_panes) {
        logs::LogQuery q = rows;
        q.sources = {p.lane};
        delete p.search;
        p.search = nullptr;
        if (auto filter = logs::LogFilter::create(q)) {
            p.search = new logs::LogSearch(*filter, this);
            connect(p.search, &logs::LogSearch::matchesAdded, this, &LogPanes::refreshTitles);
        }
        p.view->setLaneNames(laneNames);
        p.view->setSnapshot(m_snapshot);
        p.view->setSearch(p.search);
        p.view->setHighlight(highlight);
        if (p.search)
            p.search->update(m_snapshot);
    }
    refreshTitles();
}

bool LogPanes::owns(const LogView* view) const
{
    return view && std::ranges::any_of(m_panes, [view](const Pane& p) { return p.view == view; });
}

void LogPanes::setSnapshot(const logs::LogSnapshot& snapshot)
{
    m_snapshot = snapshot;
    for (Pane& p : m_panes) {
        p.view->setSnapshot(snapshot);
        if (p.search)
            p.search->update(snapshot);
    }
}

void LogPanes::setPlaceholderText(const QString& text)
{
    for (Pane& p : m_panes)
        p.view->setPlaceholderText(text);
}

void LogPanes::retranslateUi()
{
    refreshTitles();
}

void LogPanes::refreshTitles()
{
    for (Pane& p : m_panes) {
        const QString name = m_laneNames.value(p.lane);
        p.title->setText(tr("%1 — %2 lines")
                             .arg(name.isEmpty() ? tr("(notes)") : name,
                                  LogText::number(p.search ? p.search->matchCount() : 0)));
    }
    m_note->setVisible(m_leftOut > 0 || m_panes.empty());
    m_note->setText(m_panes.empty()
                        ? tr("Nothing to show side by side yet: the columns appear with the first "
                             "lines of each source.")
                        : tr("%n more source(s) not shown: side by side shows %1 at most. Choose "
                             "which in From.",
                             "", m_leftOut)
                              .arg(kMaxPanes));
}

} // namespace capataz::ui
