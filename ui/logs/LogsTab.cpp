#include "LogsTab.h"

#include "AppSettings.h"
#include "ErrorText.h"
#include "LogLaneMenu.h"
#include "LogPanes.h"
#include "LogSourceMenu.h"
#include "LogText.h"
#include "LogView.h"
#include "client/ServerSession.h"
#include "logs/LogSearch.h"
#include "store/RolePolicy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

namespace {

const QString kKeepSetting = u"logs/maxLines"_s;
const QString kSideBySideSetting = u"logs/sideBySide"_s;
constexpr qint64 kKeepChoices[] = {100'000, 1'000'000, 2'000'000, 5'000'000, 10'000'000, 20'000'000};

} // namespace

LogsTab::LogsTab(QWidget* parent)
    : ServerTab(parent)
    , m_sourcesLabel(new QLabel(this))
    , m_pick(new QToolButton(this))
    , m_pickMenu(new LogSourceMenu(this))
    , m_tailLabel(new QLabel(this))
    , m_tail(new QSpinBox(this))
    , m_startStop(new QPushButton(this))
    , m_state(new QLabel(this))
    , m_levelLabel(new QLabel(this))
    , m_level(new QComboBox(this))
    , m_lanesButton(new QToolButton(this))
    , m_lanesMenu(new LogLaneMenu(this))
    , m_sideBySide(new QToolButton(this))
    , m_text(new QLineEdit(this))
    , m_regex(new QCheckBox(this))
    , m_case(new QCheckBox(this))
    , m_invert(new QCheckBox(this))
    , m_onlyMatching(new QCheckBox(this))
    , m_prev(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_count(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancelFilter(new QPushButton(this))
    , m_view(new LogView(this))
    , m_panes(new LogPanes(this))
    , m_details(new QPlainTextEdit(this))
    , m_stats(new QLabel(this))
    , m_follow(new QPushButton(this))
    , m_keepLabel(new QLabel(this))
    , m_keep(new QComboBox(this))
    , m_clear(new QPushButton(this))
    , m_copy(new QPushButton(this))
    , m_save(new QToolButton(this))
    , m_saveMenu(new QMenu(this))
    , m_filterDelay(new QTimer(this))
{
    setObjectName(u"logsTab"_s);
    m_pick->setObjectName(u"logsSources"_s);
    m_tail->setObjectName(u"logsTail"_s);
    m_startStop->setObjectName(u"logsStartStop"_s);
    m_state->setObjectName(u"logsState"_s);
    m_level->setObjectName(u"logsLevel"_s);
    m_lanesButton->setObjectName(u"logsLanes"_s);
    m_sideBySide->setObjectName(u"logsSideBySide"_s);
    m_text->setObjectName(u"logsFilterText"_s);
    m_regex->setObjectName(u"logsRegex"_s);
    m_case->setObjectName(u"logsCase"_s);
    m_invert->setObjectName(u"logsInvert"_s);
    m_onlyMatching->setObjectName(u"logsOnlyMatching"_s);
    m_prev->setObjectName(u"logsPrevious"_s);
    m_next->setObjectName(u"logsNext"_s);
    m_count->setObjectName(u"logsCount"_s);
    m_banner->setObjectName(u"logsBanner"_s);
    m_progress->setObjectName(u"logsProgress"_s);
    m_cancelFilter->setObjectName(u"logsCancelFilter"_s);
    m_details->setObjectName(u"logsDetails"_s);
    m_stats->setObjectName(u"logsStats"_s);
    m_follow->setObjectName(u"logsFollow"_s);
    m_keep->setObjectName(u"logsKeep"_s);
    m_clear->setObjectName(u"logsClear"_s);
    m_copy->setObjectName(u"logsCopy"_s);
    m_save->setObjectName(u"logsSave"_s);

    m_pick->setMenu(m_pickMenu);
    m_pick->setPopupMode(QToolButton::InstantPopup);
    m_pick->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_sourcesLabel->setBuddy(m_pick);
    m_tail->setRange(0, 100000);
    m_tail->setSingleStep(100);
    m_tail->setValue(200);
    m_tailLabel->setBuddy(m_tail);
    m_state->setWordWrap(false);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_levelLabel->setBuddy(m_level);
    m_lanesButton->setMenu(m_lanesMenu);
    m_lanesButton->setPopupMode(QToolButton::InstantPopup);
    m_sideBySide->setCheckable(true);
    m_sideBySide->setChecked(AppSettings::value(kSideBySideSetting, u"0"_s) == u"1"_s);
    m_panes->setVisible(false);
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(160);
    m_onlyMatching->setChecked(true);
    m_prev->setArrowType(Qt::UpArrow);
    m_next->setArrowType(Qt::DownArrow);
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setMargin(6);
    m_progress->setVisible(false);
    m_progress->setMaximumHeight(m_progress->sizeHint().height());
    m_cancelFilter->setVisible(false);
    m_details->setReadOnly(true);
    m_details->setFont(m_view->font());
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_details->setVisible(false);
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_keepLabel->setBuddy(m_keep);
    for (qint64 n : kKeepChoices)
        m_keep->addItem(QString(), n);
    const qint64 keep = AppSettings::value(kKeepSetting, u"1000000"_s).toLongLong();
    m_keep->setCurrentIndex(qMax(0, m_keep->findData(keep)));
    m_save->setMenu(m_saveMenu);
    m_save->setPopupMode(QToolButton::InstantPopup);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(250);

    // Two rows that fit a 1366-pixel screen in both languages: what is read and its levels and
    // origins, then the text filter; the state of the sources goes in the status line below.
    auto* sourcesRow = new QHBoxLayout;
    sourcesRow->addWidget(m_sourcesLabel);
    sourcesRow->addWidget(m_pick);
    sourcesRow->addSpacing(8);
    sourcesRow->addWidget(m_tailLabel);
    sourcesRow->addWidget(m_tail);
    sourcesRow->addWidget(m_startStop);
    sourcesRow->addSpacing(16);
    sourcesRow->addWidget(m_levelLabel);
    sourcesRow->addWidget(m_level);
    sourcesRow->addWidget(m_lanesButton);
    sourcesRow->addWidget(m_sideBySide);
    sourcesRow->addStretch(1);

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_text, 1);
    filterRow->addWidget(m_regex);
    filterRow->addWidget(m_case);
    filterRow->addWidget(m_invert);
    filterRow->addWidget(m_onlyMatching);
    filterRow->addWidget(m_prev);
    filterRow->addWidget(m_next);
    filterRow->addWidget(m_count);

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelFilter);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_panes);
    split->addWidget(m_details);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 5);
    split->setStretchFactor(2, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({600, 600, 150});

    auto* bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_state, 1);
    bottomRow->addWidget(m_stats);
    bottomRow->addWidget(m_follow);
    bottomRow->addSpacing(8);
    bottomRow->addWidget(m_keepLabel);
    bottomRow->addWidget(m_keep);
    bottomRow->addWidget(m_clear);
    bottomRow->addWidget(m_copy);
    bottomRow->addWidget(m_save);

    auto* box = new QVBoxLayout(this);
    box->addLayout(sourcesRow);
    box->addLayout(filterRow);
    box->addWidget(m_banner);
    box->addLayout(progressRow);
    box->addWidget(split, 1);
    box->addLayout(bottomRow);

    connect(m_pickMenu, &LogSourceMenu::selectionChosen, this, &LogsTab::applySelection);
    connect(m_pickMenu, &LogSourceMenu::problem, this,
            [this](const QString& sentence) { setBanner(sentence, true); });
    connect(m_lanesMenu, &LogLaneMenu::hiddenChanged, this, &LogsTab::applyFilter);
    connect(m_startStop, &QPushButton::clicked, this, &LogsTab::startStop);
    connect(m_sideBySide, &QToolButton::toggled, this, [this](bool on) {
        AppSettings::setValue(kSideBySideSetting, on ? u"1"_s : u"0"_s);
        refreshPanes();
    });
    connect(m_level, &QComboBox::currentIndexChanged, this, &LogsTab::applyFilter);
    connect(m_text, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::returnPressed, this, [this] {
        if (m_filterDelay->isActive()) {
            m_filterDelay->stop();
            applyFilter();
        } else {
            jumpToMatch(+1);
        }
    });
    connect(m_filterDelay, &QTimer::timeout, this, &LogsTab::applyFilter);
    for (QCheckBox* c : {m_regex, m_case, m_invert, m_onlyMatching})
        connect(c, &QCheckBox::toggled, this, &LogsTab::applyFilter);
    connect(m_prev, &QToolButton::clicked, this, [this] { jumpToMatch(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { jumpToMatch(+1); });
    connect(m_cancelFilter, &QPushButton::clicked, this, &LogsTab::cancelFilter);
    connect(m_view, &LogView::followingChanged, this, [this](bool following) {
        m_newWhilePaused = 0;
        m_pausedAtEnd = following ? -1 : m_view->snapshot().end().get();
        refreshStatus();
    });
    connect(m_view, &LogView::currentChanged, this, &LogsTab::refreshDetails);
    connect(m_panes, &LogPanes::currentChanged, this, [this](LogView* pane) {
        m_detailsFrom = pane;
        refreshDetails();
    });
    connect(m_view, &LogView::busyChanged, this, [this](bool busy) { m_copy->setEnabled(!busy); });
    connect(m_follow, &QPushButton::clicked, this, [this] {
        m_window.reset();
        m_view->setFollowing(true);
        refreshStatus();
    });
    connect(m_keep, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 n = m_keep->currentData().toLongLong();
        AppSettings::setValue(kKeepSetting, QString::number(n));
        if (service())
            service()->setMaxLines(n);
        refreshStatus();
    });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        if (service())
            service()->clear();
    });
    connect(m_copy, &QPushButton::clicked, m_view, &LogView::copy);

    retranslateUi();
    applyFilter();
}

LogsTab::~LogsTab() = default;

QString LogsTab::title() const
{
    return tr("Logs");
}

bool LogsTab::isForRole(store::Role role) const
{
    return role == store::Role::Admin || role == store::Role::Support;
}

bool LogsTab::isForProfile(const store::ServerProfile& profile) const
{
    return store::mayReadLogs(profile).has_value();
}

client::LogService* LogsTab::service() const
{
    return m_service;
}

void LogsTab::retranslateUi()
{
    m_sourcesLabel->setText(tr("&Sources:"));
    m_tailLabel->setText(tr("&History:"));
    m_tail->setSuffix(tr(" lines"));
    m_tail->setToolTip(
        tr("Lines of history read first from each source, then new lines as they are written."));
    m_levelLabel->setText(tr("&Level:"));
    const int level = qMax(0, m_level->currentIndex());
    const QSignalBlocker block(m_level);
    m_level->clear();
    m_level->addItem(tr("All levels"), -1);
    m_level->addItem(tr("Debug and above"), int(logs::Level::Debug));
    m_level->addItem(tr("Info and above"), int(logs::Level::Info));
    m_level->addItem(tr("Warnings and above"), int(logs::Level::Warning));
    m_level->addItem(tr("Errors and above"), int(logs::Level::Error));
    m_level->setCurrentIndex(level);
    m_text->setPlaceholderText(tr("Filter: text to find"));
    m_regex->setText(tr("Re&gex"));
    m_regex->setToolTip(tr("Read the filter as a regular expression (PCRE), e.g. timeout|refused"));
    m_case->setText(tr("Match &case"));
    m_invert->setText(tr("In&vert"));
    m_invert->setToolTip(tr("Show the lines that do NOT contain the text"));
    m_onlyMatching->setText(tr("&Only matches"));
    m_onlyMatching->setToolTip(
        tr("Show only the lines that match; off: every line, with the matches highlighted"));
    m_prev->setToolTip(tr("Previous match"));
    m_next->setToolTip(tr("Next match (Enter)"));
    m_cancelFilter->setText(tr("Stop filtering"));
    m_keepLabel->setText(tr("&Keep:"));
    for (int i = 0; i < m_keep->count(); ++i) {
        const qint64 n = m_keep->itemData(i).toLongLong();
        m_keep->setItemText(i, n % 1'000'000 == 0 ? tr("%n million lines", "", int(n / 1'000'000))
                                                  : tr("%1 lines").arg(LogText::number(n)));
    }
    m_keep->setToolTip(tr("The newest lines kept in memory; older ones are dropped. A new value applies "
                          "when following starts again."));
    m_clear->setText(tr("Clea&r"));
    m_clear->setToolTip(tr("Remove the lines shown so far; following goes on"));
    m_copy->setText(tr("Cop&y"));
    m_copy->setToolTip(tr("Copy the selected lines (Ctrl+C)"));
    m_save->setText(tr("Sav&e"));
    m_saveMenu->clear();
    m_saveMenu->addAction(tr("Save the lines shown…"), this, [this] { saveLines(true); });
    m_saveMenu->addAction(tr("Save every line kept…"), this, [this] { saveLines(false); });
    m_details->setPlaceholderText(tr("The selected line in full"));
    m_sideBySide->setText(tr("Side &by side"));
    m_sideBySide->setToolTip(tr("One column per source; off: every source in one list, merged by time"));
    m_panes->retranslateUi();
    m_pickMenu->rebuild();
    rebuildLaneMenu();
    refreshStatus();
    refreshCounts();
}

void LogsTab::sessionChanged()
{
    client::LogService* next = session() ? session()->logs() : nullptr;
    if (next != m_service)
        bindService();
    maybeAutoStart();
    refreshStatus();
}

void LogsTab::showEvent(QShowEvent* event)
{
    ServerTab::showEvent(event);
    maybeAutoStart();
}

void LogsTab::bindService()
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = session() ? session()->logs() : nullptr;
    m_window.reset();
    m_lastNotice.clear();
    m_pickMenu->setService(m_service);
    m_lanesMenu->setService(m_service);
    if (m_service) {
        m_service->setMaxLines(m_keep->currentData().toLongLong());
        connect(m_service, &client::LogService::linesAdded, this, &LogsTab::onLinesAdded);
        connect(m_service, &client::LogService::storeReset, this, &LogsTab::onStoreReset);
        connect(m_service, &client::LogService::lanesChanged, this, [this] {
            rebuildLaneMenu();
            m_view->update();
        });
        connect(m_service, &client::LogService::sourcesChanged, this, &LogsTab::refreshStatus);
        connect(m_service, &client::LogService::windowRequested, this, &LogsTab::showWindow);
        m_tail->setValue(m_service->selection().tailLines >= 0 ? m_service->selection().tailLines : 200);
    }
    rebuildLaneMenu();
    onStoreReset();
}

void LogsTab::maybeAutoStart()
{
    // The first time a server's logs are looked at: its compose project's services, all of them.
    client::LogService* s = service();
    if (!s || !isVisible() || !session()->isConnected() || s->everStarted() ||
        session()->profile().projectDir.isEmpty())
        return;
    client::LogService::Selection sel;
    sel.compose = true;
    sel.tailLines = m_tail->value();
    applySelection(sel);
}

void LogsTab::applySelection(const client::LogService::Selection& selection)
{
    if (!service())
        return;
    client::LogService::Selection sel = selection;
    sel.tailLines = m_tail->value();
    if (auto started = service()->start(sel); !started)
        setBanner(ErrorText::sentence(started.error()), true);
    else
        m_lastNotice.clear();
    refreshStatus();
}

void LogsTab::startStop()
{
    if (!service())
        return;
    if (service()->isRunning()) {
        service()->stop();
        refreshStatus();
        return;
    }
    client::LogService::Selection sel = service()->selection();
    if (sel.isEmpty())
        sel.compose = !session()->profile().projectDir.isEmpty();
    if (sel.isEmpty()) {
        m_pick->showMenu();
        return;
    }
    applySelection(sel);
}

void LogsTab::rebuildLaneMenu()
{
    m_lanesMenu->rebuild();
    m_view->setLaneNames(m_lanesMenu->laneNames());
    updateLanesButton();
    if (m_sideBySide->isChecked())
        refreshPanes(); // a new lane: a new column
}

void LogsTab::updateLanesButton()
{
    m_lanesButton->setText(m_lanesMenu->buttonText());
    m_lanesButton->setToolTip(tr("Which services, files and units to show"));
}

void LogsTab::onStoreReset()
{
    m_view->setSnapshot(service() ? service()->snapshot() : logs::LogSnapshot{});
    applyFilter();
    refreshStatus();
}

void LogsTab::onLinesAdded()
{
    if (!service())
        return;
    const logs::LogSnapshot snap = service()->snapshot();
    const bool cleared = snap.end() < m_view->snapshot().end() || snap.first() > m_view->snapshot().end();
    m_view->setSnapshot(snap);
    if (m_rows)
        m_rows->update(snap);
    if (m_matches && m_matches != m_rows)
        m_matches->update(snap);
    if (!m_view->isFollowing() && m_pausedAtEnd >= 0)
        m_newWhilePaused = snap.end().get() - m_pausedAtEnd;
    if (m_panes->isVisible())
        m_panes->setSnapshot(snap);
    if (cleared)
        rebuildLaneMenu();
    refreshStatus();
    refreshCounts();
}

void LogsTab::refreshDetails()
{
    refreshCounts();
    // Side by side: the line chosen in a column; otherwise the list's.
    const LogView* v =
        m_sideBySide->isChecked() && m_panes->owns(m_detailsFrom) ? m_detailsFrom.data() : m_view;
    const logs::LogSnapshot& snap = v->snapshot();
    const bool shown = v->hasCurrent() && snap.contains(v->currentSeq()) &&
                       v->rowOf(v->currentSeq()) < v->rowCount() &&
                       v->rowSeq(v->rowOf(v->currentSeq())) == v->currentSeq();
    if (!shown) {
        m_details->setVisible(false);
        return;
    }
    const logs::LogLine line = snap.line(v->currentSeq());
    QStringList lanes;
    if (service())
        for (const auto& l : service()->lanes())
            lanes << l.name;
    const QString text = LogText::details(line, lanes);
    m_details->setPlainText(text);
    m_details->setVisible(true);
}

void LogsTab::showWindow(qint64 fromMs, qint64 toMs)
{
    m_window = std::make_pair(fromMs, toMs);
    m_sideBySide->setChecked(false); // the window is shown in the list of every source
    // The lines are mostly in time order: find the first at or after `fromMs` by halving over
    // the rows, stepping past lines without a time.
    const qint64 count = m_view->rowCount();
    qint64 lo = 0, hi = count;
    const logs::LogSnapshot& snap = m_view->snapshot();
    while (lo < hi) {
        const qint64 mid = (lo + hi) / 2;
        qint64 probe = mid;
        qint64 t = 0;
        while (probe < hi && t == 0) {
            const logs::LogSeq s = m_view->rowSeq(probe);
            t = snap.contains(s) ? snap.line(s).timeMs : 0;
            if (t == 0)
                ++probe;
        }
        if (t == 0 || t >= fromMs)
            hi = mid;
        else
            lo = probe + 1;
    }
    // Whether the lines kept reach back that far: the banner says so when they do not.
    m_windowHeldFrom = count == 0 ? -1 : 0;
    for (qint64 row = 0; row < std::min<qint64>(count, 1000) && m_windowHeldFrom == 0; ++row) {
        const logs::LogSeq s = m_view->rowSeq(row);
        m_windowHeldFrom = snap.contains(s) ? snap.line(s).timeMs : 0;
    }
    m_view->setFollowing(false);
    if (lo < count)
        m_view->setCurrentSeq(m_view->rowSeq(lo));
    emit showRequested();
    refreshStatus();
}

void LogsTab::saveLines(bool onlyShown)
{
    if (!service())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, onlyShown ? tr("Save the lines shown") : tr("Save every line kept"),
        session()->profile().name + u"-logs.txt"_s, tr("Text files (*.txt *.log);;All files (*)"));
    if (path.isEmpty())
        return;
    const logs::LogSnapshot snap = m_view->snapshot();
    std::vector<qint64> rows;
    if (onlyShown && m_rows) {
        rows.reserve(std::size_t(m_rows->matchCount()));
        for (qint64 i = 0; i < m_rows->matchCount(); ++i)
            rows.push_back(m_rows->match(i).get());
    } else {
        for (qint64 s = snap.first().get(); s < snap.end().get(); ++s)
            rows.push_back(s);
    }
    QStringList lanes;
    for (const auto& l : service()->lanes())
        lanes << l.name;
    m_save->setEnabled(false);
    LogText::writeFile(path, snap, std::move(rows), lanes, this, [this, path](const LogText::Written& w) {
        m_save->setEnabled(true);
        m_lastNotice =
            w.ok ? tr("Saved %1 lines to %2.").arg(LogText::number(w.lines), path)
                 : tr("Could not save to %1 (%2). Choose another folder; nothing was changed there.")
                       .arg(path, w.error);
        refreshStatus();
    });
}

} // namespace capataz::ui
