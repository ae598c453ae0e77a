// The Logs tab's filter: level, lanes and text (substring or regular expression) turned into the
// searches behind the rows and the matches, run over the whole store off the GUI thread; the
// count and next/previous match.
#include "LogLaneMenu.h"
#include "LogPanes.h"
#include "LogText.h"
#include "LogView.h"
#include "LogsTab.h"
#include "logs/LogSearch.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

void LogsTab::applyFilter()
{
    m_filterDelay->stop();
    logs::LogQuery q;
    const int min = m_level->currentData().toInt();
    q.levels = min < 0 ? quint8(0xff) : logs::LogQuery::levelsFrom(logs::Level(min), false);
    q.sources = m_lanesMenu->shownLanes();
    q.text = m_text->text();
    q.mode = m_regex->isChecked() ? logs::TextMatcher::Mode::Regex : logs::TextMatcher::Mode::Substring;
    q.caseSensitive = m_case->isChecked();
    q.invert = m_invert->isChecked();
    const bool hasText = !q.text.isEmpty();
    m_prev->setEnabled(hasText);
    m_next->setEnabled(hasText);
    m_onlyMatching->setEnabled(hasText && !q.invert);

    auto full = logs::LogFilter::create(q);
    if (!full) {
        // Only a regular expression can fail: say where, in the user's words.
        static const QRegularExpression offset(u"offset (\\d+)"_s);
        const auto m = offset.match(full.error().detail);
        m_filterError = m.hasMatch()
                            ? tr("The regular expression is not valid near character %1. Check its "
                                 "brackets and special characters, or turn off Regex to find the "
                                 "text as it is.")
                                  .arg(m.captured(1).toInt() + 1)
                            : tr("The regular expression is not valid. Check its brackets and special "
                                 "characters, or turn off Regex to find the text as it is.");
        refreshStatus();
        return;
    }
    m_filterError.clear();
    logs::LogQuery rowsQuery = q;
    const bool onlyMatching = m_onlyMatching->isChecked() || q.invert;
    if (!onlyMatching) {
        rowsQuery.text.clear();
        rowsQuery.invert = false;
    }
    auto rowsFilter = logs::LogFilter::create(rowsQuery);

    delete m_rows;
    if (m_matches != m_rows)
        delete m_matches;
    m_rows = nullptr;
    m_matches = nullptr;
    const logs::LogSnapshot snap = m_view->snapshot();
    if (rowsFilter && !rowsFilter->passesAll()) {
        m_rows = new logs::LogSearch(*rowsFilter, this);
    }
    if (hasText)
        m_matches = onlyMatching && m_rows ? m_rows : new logs::LogSearch(*full, this);
    for (logs::LogSearch* s : {m_rows, m_matches}) {
        if (!s)
            continue;
        connect(s, &logs::LogSearch::progressChanged, this, [this](qint64 done, qint64 total) {
            const bool big = total > 200000 && done < total;
            m_progress->setVisible(big);
            m_cancelFilter->setVisible(big);
            if (big) {
                m_progress->setRange(0, 1000);
                m_progress->setValue(int(done * 1000 / qMax<qint64>(1, total)));
                m_progress->setFormat(
                    tr("Filtering %1 of %2 lines").arg(LogText::number(done), LogText::number(total)));
            }
        });
        connect(s, &logs::LogSearch::matchesAdded, this, &LogsTab::refreshCounts);
        connect(s, &logs::LogSearch::finished, this, [this] {
            m_progress->setVisible(isFiltering());
            m_cancelFilter->setVisible(isFiltering());
            refreshDetails(); // the selected line may be filtered out now: its details go too
        });
    }
    m_view->setSearch(m_rows);
    m_view->setHighlight(hasText && !q.invert ? *full : logs::LogFilter{});
    m_paneQuery = rowsQuery;
    m_paneQuery.sources.clear();
    m_paneHighlight = hasText && !q.invert ? *full : logs::LogFilter{};
    refreshPanes();
    if (m_rows)
        m_rows->update(snap);
    if (m_matches && m_matches != m_rows)
        m_matches->update(snap);
    updateLanesButton();
    refreshStatus();
    refreshDetails();
}

void LogsTab::refreshPanes()
{
    const bool on = m_sideBySide->isChecked();
    m_panes->setVisible(on);
    m_view->setVisible(!on);
    if (on)
        m_panes->configure(m_lanesMenu->visibleNamedLanes(), m_lanesMenu->laneNames(), m_paneQuery,
                           m_paneHighlight);
    refreshDetails(); // of the list's current line, or a column's
}

void LogsTab::cancelFilter()
{
    for (logs::LogSearch* s : {m_rows, m_matches})
        if (s)
            s->cancel();
    m_progress->setVisible(false);
    m_cancelFilter->setVisible(false);
}

bool LogsTab::isFiltering() const
{
    return (m_rows && m_rows->isRunning()) || (m_matches && m_matches->isRunning());
}

qint64 LogsTab::shownCount() const
{
    return m_view->rowCount();
}

qint64 LogsTab::matchCount() const
{
    return m_matches ? m_matches->matchCount() : 0;
}

void LogsTab::jumpToMatch(int direction)
{
    if (!m_matches || m_matches->matchCount() == 0)
        return;
    const qint64 n = m_matches->matchCount();
    qint64 i = 0;
    if (m_view->hasCurrent()) {
        const logs::LogSeq cur = m_view->currentSeq();
        if (direction > 0) {
            i = m_matches->indexOf(logs::LogSeq(cur.get() + 1));
            if (i >= n)
                i = 0; // wraps around
        } else {
            i = m_matches->indexOf(cur) - 1;
            if (i < 0)
                i = n - 1;
        }
    } else {
        i = direction > 0 ? m_matches->indexOf(m_view->rowSeq(m_view->topRow())) : n - 1;
        if (i >= n)
            i = 0;
    }
    m_view->setCurrentSeq(m_matches->match(i));
    refreshCounts();
}

void LogsTab::refreshCounts()
{
    const qint64 total = m_view->snapshot().size().get();
    if (m_matches) {
        QString text = tr("%1 matching").arg(LogText::number(m_matches->matchCount()));
        if (m_view->hasCurrent()) {
            const qint64 i = m_matches->indexOf(m_view->currentSeq());
            if (i < m_matches->matchCount() && m_matches->match(i) == m_view->currentSeq())
                text = tr("%1 of %2 matching")
                           .arg(LogText::number(i + 1), LogText::number(m_matches->matchCount()));
        }
        m_count->setText(text);
    } else if (m_rows) {
        m_count->setText(
            tr("%1 of %2 lines").arg(LogText::number(m_rows->matchCount()), LogText::number(total)));
    } else {
        m_count->setText(QString());
    }
}

} // namespace capataz::ui
