#include "LogsTab.h"

#include "AppSettings.h"
#include "ErrorText.h"
#include "LogView.h"
#include "client/ServerSession.h"
#include "logs/LogJson.h"
#include "logs/LogSearch.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

namespace {

const QString kKeepSetting = u"logs/maxLines"_s;
constexpr qint64 kKeepChoices[] = {100'000, 1'000'000, 2'000'000, 5'000'000, 10'000'000, 20'000'000};

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// Where a record's source name comes from: the file name of a path.
QString shortName(const QString& path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash >= 0 ? path.mid(slash + 1) : path;
}

} // namespace

LogsTab::LogsTab(QWidget* parent)
    : ServerTab(parent)
    , m_sourcesLabel(new QLabel(this))
    , m_pick(new QToolButton(this))
    , m_pickMenu(new QMenu(this))
    , m_tailLabel(new QLabel(this))
    , m_tail(new QSpinBox(this))
    , m_startStop(new QPushButton(this))
    , m_state(new QLabel(this))
    , m_levelLabel(new QLabel(this))
    , m_level(new QComboBox(this))
    , m_lanesButton(new QToolButton(this))
    , m_lanesMenu(new QMenu(this))
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
    split->addWidget(m_details);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({600, 150});

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

    connect(m_pickMenu, &QMenu::aboutToShow, this, [this] {
        if (service() && !service()->offer() && !service()->isDiscovering())
            service()->discover();
        rebuildSourceMenu();
    });
    connect(m_startStop, &QPushButton::clicked, this, &LogsTab::startStop);
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
                                                  : tr("%1 lines").arg(number(n)));
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
    m_hiddenLanes.clear();
    if (m_service) {
        m_service->setMaxLines(m_keep->currentData().toLongLong());
        connect(m_service, &client::LogService::linesAdded, this, &LogsTab::onLinesAdded);
        connect(m_service, &client::LogService::storeReset, this, &LogsTab::onStoreReset);
        connect(m_service, &client::LogService::lanesChanged, this, [this] {
            rebuildLaneMenu();
            m_view->update();
        });
        connect(m_service, &client::LogService::sourcesChanged, this, &LogsTab::refreshStatus);
        connect(m_service, &client::LogService::offerChanged, this, &LogsTab::rebuildSourceMenu);
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

QString LogsTab::selectionSummary(const client::LogService::Selection& s) const
{
    QStringList parts;
    if (s.compose)
        parts << (s.services.isEmpty() ? tr("all services") : s.services.join(u", "_s));
    for (const QString& f : s.files)
        parts << shortName(f);
    parts << s.units;
    if (parts.isEmpty())
        return tr("Choose what to follow");
    if (parts.size() > 3)
        return tr("%n sources", "", int(parts.size()));
    return parts.join(u", "_s);
}

void LogsTab::rebuildSourceMenu()
{
    m_pickMenu->clear();
    client::LogService* s = service();
    if (!s) {
        m_pickMenu->addAction(tr("Select a server first"))->setEnabled(false);
        return;
    }
    const client::LogService::Selection current = s->selection();
    auto toggle = [this](auto change) {
        return [this, change] {
            client::LogService::Selection sel = service()->selection();
            change(sel);
            applySelection(sel);
        };
    };
    m_pickMenu->addSection(tr("Compose services"));
    QAction* all = m_pickMenu->addAction(tr("All services"));
    all->setCheckable(true);
    all->setChecked(current.compose && current.services.isEmpty());
    connect(all, &QAction::triggered, this, toggle([](client::LogService::Selection& sel) {
                const bool on = !(sel.compose && sel.services.isEmpty());
                sel.compose = on;
                sel.services.clear();
            }));
    const auto& offer = s->offer();
    if (s->isDiscovering())
        m_pickMenu->addAction(tr("Looking at what the server has…"))->setEnabled(false);
    else if (offer && !offer->has_value())
        m_pickMenu
            ->addAction(tr("Could not list the server's logs: %1").arg(ErrorText::sentence(offer->error())))
            ->setEnabled(false);
    const QStringList services = offer && offer->has_value() ? offer->value().services : QStringList{};
    for (const QString& name : services) {
        QAction* a = m_pickMenu->addAction(name);
        a->setCheckable(true);
        a->setChecked(current.compose && current.services.contains(name));
        connect(a, &QAction::triggered, this, toggle([name](client::LogService::Selection& sel) {
                    if (sel.compose && sel.services.contains(name)) {
                        sel.services.removeAll(name);
                        sel.compose = !sel.services.isEmpty();
                    } else {
                        if (!sel.compose)
                            sel.services.clear();
                        sel.compose = true;
                        sel.services << name;
                    }
                }));
    }
    m_pickMenu->addSection(tr("Files on the server"));
    QStringList files = offer && offer->has_value() ? offer->value().files : QStringList{};
    for (const QString& f : m_otherFiles + current.files)
        if (!files.contains(f))
            files << f;
    for (const QString& f : files) {
        QAction* a = m_pickMenu->addAction(f);
        a->setCheckable(true);
        a->setChecked(current.files.contains(f));
        connect(a, &QAction::triggered, this, toggle([f](client::LogService::Selection& sel) {
                    if (!sel.files.removeAll(f))
                        sel.files << f;
                }));
    }
    m_pickMenu->addAction(tr("Another file…"), this, &LogsTab::addOtherFile);
    const QStringList units = offer && offer->has_value() ? offer->value().units : QStringList{};
    if (!units.isEmpty()) {
        m_pickMenu->addSection(tr("System journal (journald)"));
        for (const QString& u : units) {
            QAction* a = m_pickMenu->addAction(u);
            a->setCheckable(true);
            a->setChecked(current.units.contains(u));
            connect(a, &QAction::triggered, this, toggle([u](client::LogService::Selection& sel) {
                        if (!sel.units.removeAll(u))
                            sel.units << u;
                    }));
        }
    }
}

void LogsTab::addOtherFile()
{
    bool ok = false;
    const QString path =
        QInputDialog::getText(this, tr("Follow a file"),
                              tr("Full path of a log file on the server (for example /var/log/syslog):"),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok || path.isEmpty())
        return;
    if (!path.startsWith(u'/') || path.contains(u'\n') || path.contains(QChar(0))) {
        setBanner(tr("“%1” is not a full path on the server. Type one that starts with /, such as "
                     "/var/log/nginx/error.log.")
                      .arg(path),
                  true);
        return;
    }
    if (!m_otherFiles.contains(path))
        m_otherFiles << path;
    client::LogService::Selection sel = service() ? service()->selection() : client::LogService::Selection{};
    if (!sel.files.contains(path))
        sel.files << path;
    applySelection(sel);
}

void LogsTab::rebuildLaneMenu()
{
    m_lanesMenu->clear();
    const QList<client::LogService::Lane> lanes =
        service() ? service()->lanes() : QList<client::LogService::Lane>{};
    QStringList names;
    for (const auto& l : lanes)
        names << shortName(l.name);
    m_view->setLaneNames(names);
    QAction* all = m_lanesMenu->addAction(tr("Show all"));
    connect(all, &QAction::triggered, this, [this] {
        m_hiddenLanes.clear();
        // Not from inside the action's own signal: rebuilding the menu deletes it.
        QTimer::singleShot(0, this, &LogsTab::rebuildLaneMenu);
        applyFilter();
    });
    m_lanesMenu->addSeparator();
    for (qsizetype i = 0; i < lanes.size(); ++i) {
        QAction* a = m_lanesMenu->addAction(lanes[i].name.isEmpty() ? tr("(notes)") : lanes[i].name);
        a->setCheckable(true);
        a->setChecked(!m_hiddenLanes.contains(quint16(i)));
        connect(a, &QAction::toggled, this, [this, i](bool on) {
            if (on)
                m_hiddenLanes.remove(quint16(i));
            else
                m_hiddenLanes.insert(quint16(i));
            applyFilter();
        });
    }
    updateLanesButton();
}

void LogsTab::updateLanesButton()
{
    const qsizetype lanes = service() ? service()->lanes().size() : 0;
    m_lanesButton->setText(m_hiddenLanes.isEmpty()
                               ? tr("From: all")
                               : tr("From: %1 of %2").arg(lanes - m_hiddenLanes.size()).arg(lanes));
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
    if (cleared)
        rebuildLaneMenu();
    refreshStatus();
    refreshCounts();
}

void LogsTab::applyFilter()
{
    m_filterDelay->stop();
    logs::LogQuery q;
    const int min = m_level->currentData().toInt();
    q.levels = min < 0 ? quint8(0xff) : logs::LogQuery::levelsFrom(logs::Level(min), false);
    const int laneCount = service() ? int(service()->lanes().size()) : 0;
    if (!m_hiddenLanes.isEmpty()) {
        for (int i = 0; i < laneCount; ++i)
            if (!m_hiddenLanes.contains(quint16(i)))
                q.sources << quint16(i);
        if (q.sources.isEmpty())
            q.sources << quint16(0xffff); // every lane hidden: nothing passes
    }
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
                m_progress->setFormat(tr("Filtering %1 of %2 lines").arg(number(done), number(total)));
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
    if (m_rows)
        m_rows->update(snap);
    if (m_matches && m_matches != m_rows)
        m_matches->update(snap);
    updateLanesButton();
    refreshStatus();
    refreshDetails();
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
        QString text = tr("%1 matching").arg(number(m_matches->matchCount()));
        if (m_view->hasCurrent()) {
            const qint64 i = m_matches->indexOf(m_view->currentSeq());
            if (i < m_matches->matchCount() && m_matches->match(i) == m_view->currentSeq())
                text = tr("%1 of %2 matching").arg(number(i + 1), number(m_matches->matchCount()));
        }
        m_count->setText(text);
    } else if (m_rows) {
        m_count->setText(tr("%1 of %2 lines").arg(number(m_rows->matchCount()), number(total)));
    } else {
        m_count->setText(QString());
    }
}

void LogsTab::refreshStatus()
{
    client::LogService* s = service();
    // Sources row.
    m_pick->setText(s ? selectionSummary(s->selection()) : tr("Choose what to follow"));
    m_pick->setEnabled(s && session()->isConnected());
    const bool running = s && s->isRunning();
    m_startStop->setText(running ? tr("S&top") : tr("&Follow"));
    m_startStop->setEnabled(s && (running || session()->isConnected()));
    QString state;
    if (!s)
        state = tr("No server selected.");
    else if (!session()->isConnected() && !running)
        state = tr("Not connected: connect to the server to read its logs.");
    else if (s->isPreparing())
        state = tr("Reading the project's secrets so that they are masked…");
    else {
        int following = 0, waiting = 0, failed = 0;
        QString firstError;
        for (const auto& src : s->sources()) {
            switch (src.state) {
            case logs::LogSource::State::Running:
                ++following;
                break;
            case logs::LogSource::State::Waiting:
                ++waiting;
                break;
            case logs::LogSource::State::Failed:
                ++failed;
                if (firstError.isEmpty())
                    firstError = shortName(src.name) + u": "_s + ErrorText::sentence(src.error);
                break;
            default:
                break;
            }
        }
        QStringList parts;
        if (following)
            parts << tr("Following %n source(s).", "", following);
        if (waiting)
            parts << tr("%n waiting for the connection to come back.", "", waiting);
        if (failed)
            parts << tr("%n stopped with an error: %1", "", failed).arg(firstError);
        if (parts.isEmpty())
            parts << (s->selection().isEmpty() ? tr("Choose what to follow in Sources.") : tr("Stopped."));
        state = parts.join(u' ');
    }
    m_state->setText(state);
    m_state->setToolTip(state);

    // Banner: what needs attention, most important first.
    if (!m_filterError.isEmpty())
        setBanner(m_filterError, true);
    else if (s && s->secretsWarning())
        setBanner(s->secretsWarning()->translated(), true);
    else if (m_window)
        setBanner(
            tr("Showing the lines around %1 (from %2 to %3). Press “Resume following” to go back to the "
               "newest lines.")
                .arg(QDateTime::fromMSecsSinceEpoch((m_window->first + m_window->second) / 2)
                         .toLocalTime()
                         .toString(u"HH:mm"_s),
                     QDateTime::fromMSecsSinceEpoch(m_window->first).toLocalTime().toString(u"HH:mm:ss"_s),
                     QDateTime::fromMSecsSinceEpoch(m_window->second).toLocalTime().toString(u"HH:mm:ss"_s)),
            false);
    else if (!m_lastNotice.isEmpty())
        setBanner(m_lastNotice, false);
    else
        setBanner(QString(), false);

    // Bottom row.
    const logs::LogSnapshot& snap = m_view->snapshot();
    QString stats =
        tr("%1 lines kept, %2 MB").arg(number(snap.size().get()), megabytes(s ? s->memoryBytes() : 0));
    if (snap.dropped().get() > 0)
        stats += tr("; %1 older lines dropped (Keep: %2)")
                     .arg(number(snap.dropped().get()), m_keep->currentText());
    m_stats->setText(stats);
    const bool following = m_view->isFollowing();
    m_follow->setChecked(following);
    m_follow->setText(following ? tr("Following the end")
                      : m_newWhilePaused > 0
                          ? tr("Paused: %1 new lines, resume following").arg(number(m_newWhilePaused))
                          : tr("Paused: resume following"));
    m_view->setPlaceholderText(
        !s                                                    ? tr("Select a server.")
        : !session()->isConnected() && snap.size().get() == 0 ? tr("Connect to the server to read its logs.")
        : s->selection().isEmpty()
            ? tr("Choose what to follow in Sources: the compose services, a file on the server or a "
                 "systemd unit.")
        : isFiltering()       ? tr("Filtering…")
        : m_rows || m_matches ? tr("No line matches the filter.")
                              : tr("Waiting for lines…"));
}

void LogsTab::setBanner(const QString& text, bool warning)
{
    // Called on every batch of lines: only a change restyles the label.
    if (text == m_banner->text() && warning == m_bannerWarning &&
        m_banner->isVisibleTo(this) == !text.isEmpty())
        return;
    m_bannerWarning = warning;
    m_banner->setVisible(!text.isEmpty());
    m_banner->setText(text);
    m_banner->setStyleSheet(warning
                                ? u"QLabel { background: #fff3cd; color: #5c4400; border: 1px solid #e0c060; "
                                  u"border-radius: 3px; }"_s
                                : u"QLabel { background: #e7f1fb; color: #123d66; border: 1px solid #9cc3e6; "
                                  u"border-radius: 3px; }"_s);
}

void LogsTab::refreshDetails()
{
    refreshCounts();
    const logs::LogSnapshot& snap = m_view->snapshot();
    const bool shown = m_view->hasCurrent() && snap.contains(m_view->currentSeq()) &&
                       m_view->rowOf(m_view->currentSeq()) < m_view->rowCount() &&
                       m_view->rowSeq(m_view->rowOf(m_view->currentSeq())) == m_view->currentSeq();
    if (!shown) {
        m_details->setVisible(false);
        return;
    }
    const logs::LogLine line = snap.line(m_view->currentSeq());
    const QString whole = LogView::formatLine(line, [this] {
        QStringList names;
        if (service())
            for (const auto& l : service()->lanes())
                names << l.name;
        return names;
    }());
    // A JSON line: its fields one per row first (what the columns could not show), then the line.
    QString text;
    if (auto json = logs::parseJsonLine(line.utf8)) {
        if (!json->time.isEmpty())
            text += tr("time") + u": "_s + json->time + u'\n';
        if (!json->logger.isEmpty())
            text += tr("logger") + u": "_s + json->logger + u'\n';
        text += tr("message") + u": "_s + json->message + u'\n';
        for (const auto& [key, value] : json->fields)
            text += key + u": "_s + value + u'\n';
        text += u'\n';
    }
    text += whole;
    m_details->setPlainText(text);
    m_details->setVisible(true);
}

void LogsTab::showWindow(qint64 fromMs, qint64 toMs)
{
    m_window = std::make_pair(fromMs, toMs);
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
    if (lo < count)
        m_view->setCurrentSeq(m_view->rowSeq(lo));
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
    QPointer<LogsTab> self(this);
    // Written on a worker (millions of lines take seconds); the lines are already masked.
    QThreadPool::globalInstance()->start([self, path, snap, rows = std::move(rows), lanes] {
        QSaveFile file(path);
        bool ok = file.open(QIODevice::WriteOnly);
        qint64 written = 0;
        QByteArray buffer;
        for (qint64 s : rows) {
            if (!ok)
                break;
            if (!snap.contains(logs::LogSeq(s)))
                continue;
            buffer += LogView::formatLine(snap.line(logs::LogSeq(s)), lanes).toUtf8();
            buffer += '\n';
            ++written;
            if (buffer.size() > (1 << 20)) {
                ok = file.write(buffer) == buffer.size();
                buffer.clear();
            }
        }
        if (ok && !buffer.isEmpty())
            ok = file.write(buffer) == buffer.size();
        ok = ok && file.commit();
        const QString error = ok ? QString() : file.errorString();
        QMetaObject::invokeMethod(qApp, [self, ok, written, path, error] {
            if (!self)
                return;
            self->m_save->setEnabled(true);
            self->m_lastNotice =
                ok ? tr("Saved %1 lines to %2.").arg(number(written), path)
                   : tr("Could not save to %1 (%2). Choose another folder; nothing was changed there.")
                         .arg(path, error);
            self->refreshStatus();
        });
    });
}

} // namespace capataz::ui
