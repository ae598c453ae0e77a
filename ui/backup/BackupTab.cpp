#include "BackupTab.h"

#include "BackupTabProject.h"
#include "ErrorText.h"
#include "FlowLayout.h"
#include "ScheduleDialog.h"
#include "backup/BackupHealth.h"
#include "backup/BackupNaming.h"
#include "backup/BackupOps.h"
#include "backup/BackupSchedule.h"
#include "client/BackupService.h"
#include "client/ServerSession.h"
#include "plan/PlanRunner.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using namespace capataz::backup;

namespace capataz::ui {

BackupTab::BackupTab(QWidget* parent)
    : ServerTab(parent)
    , m_list(new QTreeWidget(this))
    , m_notConnected(new QLabel(this))
    , m_alarms(new QLabel(this))
    , m_status(new QLabel(this))
    , m_refresh(new QPushButton(this))
    , m_create(new QPushButton(this))
    , m_verify(new QPushButton(this))
    , m_drill(new QPushButton(this))
    , m_restore(new QPushButton(this))
    , m_download(new QPushButton(this))
    , m_upload(new QPushButton(this))
    , m_schedule(new QPushButton(this))
    , m_progressRow(new QWidget(this))
    , m_progressLabel(new QLabel(m_progressRow))
    , m_progress(new QProgressBar(m_progressRow))
    , m_cancel(new QPushButton(m_progressRow))
{
    setObjectName(u"backupTab"_s);
    m_list->setObjectName(u"backupList"_s);
    m_notConnected->setObjectName(u"backupNotConnected"_s);
    m_alarms->setObjectName(u"backupAlarms"_s);
    m_status->setObjectName(u"backupStatus"_s);
    m_refresh->setObjectName(u"backupRefresh"_s);
    m_create->setObjectName(u"backupCreate"_s);
    m_verify->setObjectName(u"backupVerify"_s);
    m_drill->setObjectName(u"backupDrill"_s);
    m_restore->setObjectName(u"backupRestore"_s);
    m_download->setObjectName(u"backupDownload"_s);
    m_upload->setObjectName(u"backupUpload"_s);
    m_schedule->setObjectName(u"backupSchedule"_s);
    m_progressRow->setObjectName(u"backupProgressRow"_s);
    m_progressLabel->setObjectName(u"backupProgressLabel"_s);
    m_progress->setObjectName(u"backupProgress"_s);
    m_cancel->setObjectName(u"backupCancel"_s);
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(5);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_alarms->setWordWrap(true);
    m_alarms->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notConnected->setWordWrap(true);
    m_progressLabel->setWordWrap(true);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);

    // The buttons wrap onto a second line instead of clipping (longer labels in Spanish).
    auto* bar = new QWidget(this);
    bar->setObjectName(u"backupButtons"_s);
    auto* buttons = new FlowLayout(bar);
    for (QPushButton* b :
         {m_refresh, m_create, m_verify, m_drill, m_restore, m_download, m_upload, m_schedule})
        buttons->addWidget(b);
    auto* progressBox = new QHBoxLayout(m_progressRow);
    progressBox->setContentsMargins(0, 0, 0, 0);
    progressBox->addWidget(m_progressLabel, 2);
    progressBox->addWidget(m_progress, 3);
    progressBox->addWidget(m_cancel);
    m_progressRow->hide();
    auto* box = new QVBoxLayout(this);
    box->addWidget(m_notConnected);
    box->addWidget(m_alarms);
    box->addWidget(bar);
    box->addWidget(m_list, 1);
    box->addWidget(m_progressRow);
    box->addWidget(m_status);

    connect(m_refresh, &QPushButton::clicked, this, &BackupTab::refresh);
    connect(m_create, &QPushButton::clicked, this, &BackupTab::createBackups);
    connect(m_verify, &QPushButton::clicked, this, &BackupTab::verifySelected);
    connect(m_drill, &QPushButton::clicked, this, &BackupTab::drillSelected);
    connect(m_restore, &QPushButton::clicked, this, &BackupTab::restoreSelected);
    connect(m_download, &QPushButton::clicked, this, &BackupTab::downloadSelected);
    connect(m_upload, &QPushButton::clicked, this, &BackupTab::uploadAsk);
    connect(m_schedule, &QPushButton::clicked, this, &BackupTab::openSchedule);
    connect(m_cancel, &QPushButton::clicked, this, &BackupTab::cancelTransfer);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &BackupTab::updateButtons);
    retranslateUi();
}

BackupTab::~BackupTab() = default;

QString BackupTab::title() const
{
    return tr("Backups");
}

bool BackupTab::isForRole(store::Role role) const
{
    // Support sees the list (the buttons follow mayDoBackup); an owner sees the last backup and
    // the last verified restore on the status page, which is all an owner's profile shows.
    return role == store::Role::Admin || role == store::Role::Support;
}

void BackupTab::setTargets(const QList<stack::RecipeBackupTarget>& targets)
{
    m_targets = targets;
    m_targetsSet = true;
    updateButtons();
}

QString BackupTab::dir() const
{
    return session() ? defaultBackupDir(projectLabel(session()->profile().projectDir)) : QString();
}

QString BackupTab::selectedName() const
{
    const auto items = m_list->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(0, Qt::UserRole).toString();
}

QList<stack::RecipeBackupTarget> BackupTab::targets() const
{
    if (m_targetsSet)
        return m_targets;
    return session() ? backuptab::projectOf(session()->profile()).targets
                     : QList<stack::RecipeBackupTarget>();
}

bool BackupTab::haveTargets() const
{
    return m_targetsSet ? !m_targets.isEmpty() : (session() && m_haveRecipeTargets);
}

bool BackupTab::may(BackupAction action) const
{
    return session() && mayDoBackup(session()->profile(), action).has_value();
}

QObject* BackupTab::work()
{
    if (!m_work)
        m_work = new QObject(this);
    return m_work;
}

void BackupTab::sessionChanged()
{
    if (m_work)
        m_work->deleteLater(); // cancels what runs for the previous server
    m_work = nullptr;
    m_transferCancel.cancel();
    m_runner.reset();
    if (m_scheduleDialog)
        m_scheduleDialog->close();
    m_busy = false;
    hideProgress();
    m_entries.clear();
    m_alarmText = nullptr;
    // The recipes are read once per server here, not on every selection change.
    m_haveRecipeTargets = session() && !backuptab::projectOf(session()->profile()).targets.isEmpty();
    showEntries();
    updateButtons();
    if (session() && session()->isConnected())
        refresh();
    else
        setStatus(nullptr);
}

void BackupTab::retranslateUi()
{
    m_list->setHeaderLabels({tr("Backup"), tr("Size"), tr("Age"), tr("State"), tr("Last restore drill")});
    m_refresh->setText(tr("Re&fresh"));
    m_create->setText(tr("&Back up now"));
    m_verify->setText(tr("&Verify selected"));
    m_drill->setText(tr("&Drill selected"));
    m_restore->setText(tr("&Restore selected..."));
    m_download->setText(tr("Do&wnload selected..."));
    m_upload->setText(tr("&Upload..."));
    m_schedule->setText(tr("&Schedule..."));
    m_cancel->setText(tr("&Cancel"));
    m_notConnected->setText(tr("Connect to the server to see its backups."));
    showEntries();
    updateButtons();
    // Messages are data: written again in the new language.
    m_status->setText(m_statusText ? m_statusText() : QString());
    m_progressLabel->setText(m_progressText ? m_progressText() : QString());
}

void BackupTab::gate(QPushButton* button, BackupAction action, bool usable, const QString& why)
{
    QString tip;
    switch (action) {
    case BackupAction::List:
        tip = tr("Read the list of backups on the server again.");
        break;
    case BackupAction::Create:
        tip = tr("Back up the project's databases and volumes on the server now.");
        break;
    case BackupAction::Verify:
        tip = tr("Hash the selected backup on the server and compare it with its manifest.");
        break;
    case BackupAction::Drill:
        tip = tr("Restore the selected backup into a throwaway copy on the server and compare it with its "
                 "manifest; the live data is not touched.");
        break;
    case BackupAction::Restore:
        tip = tr("Replace the live data with the selected backup (a safety backup is made first).");
        break;
    case BackupAction::Download:
        tip = tr("Copy the selected backup and its manifest to a folder on this computer.");
        break;
    case BackupAction::Upload:
        tip = tr("Copy a backup from this computer (with its manifest) back to the server.");
        break;
    case BackupAction::Schedule:
        tip = tr("See and change when the server backs up by itself, and how the last run went.");
        break;
    }
    const bool connected = session() && session()->isConnected();
    if (!may(action)) {
        button->setEnabled(false);
        tip += u"\n"_s + tr("Your profile for this server has the support role: it may list, verify and "
                            "download backups; this needs an admin profile.");
    } else {
        const bool enabled = connected && !m_busy && usable;
        button->setEnabled(enabled);
        if (!enabled && !why.isEmpty() && connected && !m_busy)
            tip += u"\n"_s + why;
    }
    button->setToolTip(tip);
}

void BackupTab::updateButtons()
{
    const bool connected = session() && session()->isConnected();
    m_notConnected->setVisible(!connected);
    const bool selected = !selectedName().isEmpty();
    const QString select = tr("Select a backup in the list first.");
    gate(m_refresh, BackupAction::List, true);
    gate(m_create, BackupAction::Create, haveTargets(), tr("The project's recipe names nothing to back up."));
    gate(m_verify, BackupAction::Verify, selected, select);
    gate(m_drill, BackupAction::Drill, selected, select);
    gate(m_restore, BackupAction::Restore, selected, select);
    gate(m_download, BackupAction::Download, selected, select);
    gate(m_upload, BackupAction::Upload, true);
    gate(m_schedule, BackupAction::Schedule, haveTargets(),
         tr("The project's recipe names nothing to back up."));
}

void BackupTab::setStatus(Message message)
{
    m_statusText = std::move(message);
    m_status->setText(m_statusText ? m_statusText() : QString());
}

void BackupTab::setBusy(bool busy, Message what)
{
    m_busy = busy;
    if (what)
        setStatus(std::move(what));
    updateButtons();
}

void BackupTab::fail(const Error& error, Message before)
{
    hideProgress();
    setBusy(false);
    setStatus([error, before]() -> QString {
        QString text;
        if (before)
            text = before() + u'\n';
        text += ErrorText::sentence(error);
        text += u'\n';
        text += tr("Details: %1").arg(error.toString());
        return text;
    });
    emit finished();
}

void BackupTab::showEntries()
{
    const QString keep = selectedName();
    m_list->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const BackupEntry& e : std::as_const(m_entries)) {
        QString state = tr("good");
        if (e.partial)
            state = tr("unfinished");
        else if (!e.manifest)
            state = tr("no manifest");
        else if (!e.isGood())
            state = tr("size differs from its manifest");
        QString drill = tr("never");
        if (e.drill) {
            const QString at = QLocale().toString(e.drill->at.toLocalTime(), QLocale::ShortFormat);
            drill = e.drill->ok ? tr("passed %1").arg(at) : tr("FAILED %1").arg(at);
        }
        const qint64 hours = e.time().secsTo(now) / 3600;
        auto* item = new QTreeWidgetItem(
            m_list,
            {e.partial ? e.name + u".partial"_s : e.name, QLocale().formattedDataSize(e.size),
             hours < 48 ? tr("%n hour(s)", nullptr, int(hours)) : tr("%n day(s)", nullptr, int(hours / 24)),
             state, drill});
        item->setData(0, Qt::UserRole, e.partial ? QString() : e.name);
        if (e.name == keep)
            item->setSelected(true);
    }
    const QString alarms = m_alarmText ? m_alarmText() : QString();
    m_alarms->setText(alarms);
    m_alarms->setVisible(!alarms.isEmpty());
}

void BackupTab::refresh()
{
    if (!session() || !session()->isConnected())
        return;
    const plan::StepContext ctx{session()->connection(), work(), CancelToken::create()};
    const QString d = dir();
    setBusy(true, [d]() -> QString { return tr("Reading the backups in %1...").arg(d); });
    listBackups(ctx, d, [this, ctx, d](Result<QList<BackupEntry>> list) {
        if (!list) {
            fail(list.error());
            return;
        }
        m_entries = *list;
        readLastRun(ctx, d, [this, d](Result<std::optional<LastRun>> run) {
            if (session())
                session()->backups()->setResult(m_entries, run ? *run : std::nullopt);
            QList<Text> sentences;
            if (run)
                if (auto a = lastRunAlarm(*run))
                    sentences << a->sentence;
            for (const BackupAlarm& a : assessBackups(m_entries, {}, QDateTime::currentDateTimeUtc()))
                sentences << a.sentence;
            const bool none = m_entries.isEmpty() && haveTargets();
            m_alarmText = [sentences, none]() -> QString {
                QStringList lines;
                for (const Text& t : sentences)
                    lines << t.translated();
                if (none)
                    lines << tr("No backup of this project exists on the server yet.");
                return lines.join(u'\n');
            };
            showEntries();
            const int n = int(m_entries.size());
            const Message done = m_doneText;
            m_doneText = nullptr;
            setBusy(false, [done, n, d]() -> QString {
                const QString listed = tr("%n backup(s) in %1.", nullptr, n).arg(d);
                if (!done)
                    return listed;
                QString text = done();
                text += u' ';
                text += listed;
                return text;
            });
            emit finished();
        });
    });
}

} // namespace capataz::ui
