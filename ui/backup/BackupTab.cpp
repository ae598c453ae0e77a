#include "BackupTab.h"

#include "ErrorText.h"
#include "RestoreConfirmDialog.h"
#include "backup/BackupHealth.h"
#include "backup/BackupNaming.h"
#include "backup/BackupOps.h"
#include "backup/BackupRoles.h"
#include "backup/BackupSchedule.h"
#include "backup/RestorePlan.h"
#include "client/ServerSession.h"
#include "logs/ComposeLogSource.h"
#include "plan/PlanRunner.h"
#include "stack/RecipeLoader.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace capataz::backup;

namespace capataz::ui {

namespace {
struct Project {
    QString projectDir;
    QString envFile;
    QStringList composeArgs;
    QList<stack::RecipeBackupTarget> targets;
};

Project projectOf(const store::ServerProfile& profile)
{
    const setup::SetupTarget t = logs::defaultComposeTarget(profile.projectDir, stack::builtinRecipes());
    Project p;
    p.projectDir = profile.projectDir;
    p.envFile = t.envFile.isEmpty() ? u".env"_s : t.envFile;
    p.composeArgs = t.composeArgv().mid(2);
    for (const auto& target : t.recipe.backups)
        if (isSupportedKind(stack::backupKindName(target.kind)))
            p.targets << target;
    return p;
}
} // namespace

BackupTab::BackupTab(QWidget* parent)
    : ServerTab(parent)
    , m_list(new QTreeWidget(this))
    , m_notConnected(new QLabel(this))
    , m_alarms(new QLabel(this))
    , m_status(new QLabel(this))
    , m_refresh(new QPushButton(this))
    , m_create(new QPushButton(this))
    , m_drill(new QPushButton(this))
    , m_restore(new QPushButton(this))
{
    setObjectName(u"backupTab"_s);
    m_list->setObjectName(u"backupList"_s);
    m_notConnected->setObjectName(u"backupNotConnected"_s);
    m_alarms->setObjectName(u"backupAlarms"_s);
    m_status->setObjectName(u"backupStatus"_s);
    m_refresh->setObjectName(u"backupRefresh"_s);
    m_create->setObjectName(u"backupCreate"_s);
    m_drill->setObjectName(u"backupDrill"_s);
    m_restore->setObjectName(u"backupRestore"_s);
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(5);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_alarms->setWordWrap(true);
    m_alarms->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
    m_status->setWordWrap(true);
    m_notConnected->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_create);
    buttons->addWidget(m_drill);
    buttons->addWidget(m_restore);
    buttons->addStretch(1);
    auto* box = new QVBoxLayout(this);
    box->addWidget(m_notConnected);
    box->addWidget(m_alarms);
    box->addLayout(buttons);
    box->addWidget(m_list, 1);
    box->addWidget(m_status);

    connect(m_refresh, &QPushButton::clicked, this, &BackupTab::refresh);
    connect(m_create, &QPushButton::clicked, this, &BackupTab::createBackups);
    connect(m_drill, &QPushButton::clicked, this, &BackupTab::drillSelected);
    connect(m_restore, &QPushButton::clicked, this, &BackupTab::restoreSelected);
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

void BackupTab::sessionChanged()
{
    if (m_work)
        m_work->deleteLater(); // cancels what runs for the previous server
    m_work = nullptr;
    m_runner.reset();
    m_busy = false;
    m_entries.clear();
    m_alarmText.clear();
    // The recipes are read once per server here, not on every selection change.
    m_haveRecipeTargets = session() && !projectOf(session()->profile()).targets.isEmpty();
    showEntries();
    updateButtons();
    if (session() && session()->isConnected())
        refresh();
}

void BackupTab::retranslateUi()
{
    m_list->setHeaderLabels({tr("Backup"), tr("Size"), tr("Age"), tr("State"), tr("Last restore drill")});
    m_refresh->setText(tr("Re&fresh"));
    m_create->setText(tr("&Back up now"));
    m_drill->setText(tr("&Drill selected"));
    m_restore->setText(tr("&Restore selected..."));
    m_notConnected->setText(tr("Connect to the server to see its backups."));
    showEntries();
    updateButtons();
}

void BackupTab::updateButtons()
{
    const bool connected = session() && session()->isConnected();
    m_notConnected->setVisible(!connected);
    const auto may = [&](BackupAction a) {
        return session() && mayDoBackup(session()->profile(), a).has_value();
    };
    const bool haveTargets = m_targetsSet ? !m_targets.isEmpty() : (session() && m_haveRecipeTargets);
    m_refresh->setEnabled(connected && !m_busy);
    m_create->setVisible(may(BackupAction::Create));
    m_drill->setVisible(may(BackupAction::Drill));
    m_restore->setVisible(may(BackupAction::Restore));
    m_create->setEnabled(connected && !m_busy && haveTargets);
    m_create->setToolTip(haveTargets ? QString() : tr("The project's recipe names nothing to back up."));
    const bool selected = !selectedName().isEmpty();
    m_drill->setEnabled(connected && !m_busy && selected);
    m_restore->setEnabled(connected && !m_busy && selected);
}

void BackupTab::setBusy(bool busy, const QString& what)
{
    m_busy = busy;
    if (!what.isEmpty())
        m_status->setText(what);
    updateButtons();
}

void BackupTab::fail(const Error& error)
{
    setBusy(false);
    m_status->setText(ErrorText::sentence(error) + u"\n"_s + tr("Details: %1").arg(error.toString()));
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
        if (e.drill)
            drill =
                e.drill->ok
                    ? tr("passed %1").arg(QLocale().toString(e.drill->at.toLocalTime(), QLocale::ShortFormat))
                    : tr("FAILED %1")
                          .arg(QLocale().toString(e.drill->at.toLocalTime(), QLocale::ShortFormat));
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
    m_alarms->setText(m_alarmText);
    m_alarms->setVisible(!m_alarmText.isEmpty());
}

void BackupTab::refresh()
{
    if (!session() || !session()->isConnected())
        return;
    if (!m_work)
        m_work = new QObject(this);
    const plan::StepContext ctx{session()->connection(), m_work, CancelToken::create()};
    const QString d = dir();
    setBusy(true, tr("Reading the backups in %1...").arg(d));
    listBackups(ctx, d, [this, ctx, d](Result<QList<BackupEntry>> list) {
        if (!list) {
            fail(list.error());
            return;
        }
        m_entries = *list;
        readLastRun(ctx, d, [this](Result<std::optional<LastRun>> run) {
            QStringList lines;
            if (run)
                if (auto a = lastRunAlarm(*run))
                    lines << a->sentence.translated();
            for (const BackupAlarm& a : assessBackups(m_entries, {}, QDateTime::currentDateTimeUtc()))
                lines << a.sentence.translated();
            const bool haveTargets = m_targetsSet ? !m_targets.isEmpty() : (session() && m_haveRecipeTargets);
            if (m_entries.isEmpty() && haveTargets)
                lines << tr("No backup of this project exists on the server yet.");
            m_alarmText = lines.join(u'\n');
            showEntries();
            const QString listed = tr("%n backup(s) in %1.", nullptr, int(m_entries.size())).arg(dir());
            setBusy(false, m_doneText.isEmpty() ? listed : m_doneText + u' ' + listed);
            m_doneText.clear();
            emit finished();
        });
    });
}

void BackupTab::createBackups()
{
    if (!session() || !session()->isConnected() || m_busy ||
        !mayDoBackup(session()->profile(), BackupAction::Create))
        return;
    if (!m_work)
        m_work = new QObject(this);
    const Project p = projectOf(session()->profile());
    const QList<stack::RecipeBackupTarget> targets = m_targetsSet ? m_targets : p.targets;
    const plan::StepContext ctx{session()->connection(), m_work, CancelToken::create()};
    setBusy(true, tr("Backing up..."));
    resolveSources(ctx, targets, p.projectDir, p.envFile, p.composeArgs,
                   [this, ctx](Result<QList<BackupSource>> sources) {
                       if (!sources) {
                           fail(sources.error());
                           return;
                       }
                       auto left = std::make_shared<QList<BackupSource>>(*sources);
                       auto next = std::make_shared<std::function<void()>>();
                       *next = [this, ctx, left, next] {
                           if (left->isEmpty()) {
                               refresh();
                               return;
                           }
                           BackupSource s = left->takeFirst();
                           if (!m_image.isEmpty())
                               s.image = m_image;
                           m_status->setText(tr("Backing up %1...").arg(s.describe()));
                           createBackup(ctx, s, dir(), QDateTime::currentDateTimeUtc(),
                                        [this, next](Result<Manifest> m) {
                                            if (!m) {
                                                fail(m.error());
                                                return;
                                            }
                                            (*next)();
                                        });
                       };
                       (*next)();
                   });
}

void BackupTab::drillSelected()
{
    const QString name = selectedName();
    if (name.isEmpty() || !session() || !session()->isConnected() || m_busy ||
        !mayDoBackup(session()->profile(), BackupAction::Drill))
        return;
    if (!m_work)
        m_work = new QObject(this);
    const Project p = projectOf(session()->profile());
    const plan::StepContext ctx{session()->connection(), m_work, CancelToken::create()};
    setBusy(true, tr("Restoring %1 into a throwaway copy to prove it restores...").arg(name));
    drillBackup(
        ctx, dir(), name, p.projectDir, p.composeArgs, m_image, QDateTime::currentDateTimeUtc(),
        [this](Result<DrillRecord> d) {
            if (!d) {
                fail(d.error());
                return;
            }
            m_doneText =
                d->ok ? tr("The restore drill of %1 passed: it restores as its manifest says.").arg(d->name)
                      : tr("The restore drill of %1 FAILED: %2").arg(d->name, d->detail);
            refresh();
        });
}

void BackupTab::restoreSelected()
{
    const QString name = selectedName();
    if (name.isEmpty() || !session() || !session()->isConnected() || m_busy ||
        !mayDoBackup(session()->profile(), BackupAction::Restore))
        return;
    const auto it = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                 [&](const BackupEntry& e) { return e.name == name; });
    if (it == m_entries.cend() || !it->manifest) {
        m_status->setText(tr("%1 has no manifest: Capataz cannot check a restore of it.").arg(name));
        return;
    }
    const Manifest manifest = *it->manifest;
    auto* dialog = new RestoreConfirmDialog(name, confirmationWord(manifest), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, manifest] { runRestore(manifest); });
    dialog->open();
}

void BackupTab::runRestore(const Manifest& manifest)
{
    if (!session() || !session()->isConnected())
        return;
    if (!m_work)
        m_work = new QObject(this);
    const Project p = projectOf(session()->profile());
    const plan::StepContext ctx{session()->connection(), m_work, CancelToken::create()};
    setBusy(true, tr("Checking %1 before restoring it...").arg(manifest.name));
    QList<stack::RecipeBackupTarget> same;
    for (const auto& t : m_targetsSet ? m_targets : p.targets)
        if (stack::backupKindName(t.kind) == manifest.kind)
            same << t;
    resolveSources(
        ctx, same, p.projectDir, p.envFile, p.composeArgs,
        [this, manifest, p](Result<QList<BackupSource>> s) {
            if (!s) {
                fail(s.error());
                return;
            }
            BackupSource live = placeOf(manifest, p.projectDir, p.composeArgs, m_image);
            for (const BackupSource& c : *s)
                if ((manifest.kind == u"postgres"_s && c.database == manifest.database &&
                     c.service == manifest.service) ||
                    (manifest.kind == u"volume"_s && c.volume == manifest.volume)) {
                    live = c;
                    if (!m_image.isEmpty())
                        live.image = m_image;
                }
            auto plan = restorePlan(manifest, live, dir(), QDateTime::currentDateTimeUtc());
            if (!plan) {
                fail(plan.error());
                return;
            }
            m_status->setText(tr("Restoring %1 (a safety backup first)...").arg(manifest.name));
            m_runner = std::make_unique<plan::PlanRunner>(
                *plan, session()->connection(), session()->auditLog(),
                plan::PlanRunner::Options{session()->profile().name, session()->profile().sudo, false, true});
            connect(m_runner.get(), &plan::PlanRunner::finished, this,
                    [this, manifest](const plan::PlanReport& r) {
                        if (!r.ok()) {
                            const auto* safety = r.outcome(u"backup.restore.safety"_s);
                            const bool putBack = safety && safety->status == plan::StepStatus::RolledBack;
                            setBusy(false);
                            m_status->setText(
                                (putBack
                                     ? tr("The restore of %1 failed; the safety backup was put back, so the "
                                          "data is as it was.")
                                     : tr("The restore of %1 failed before anything was changed."))
                                    .arg(manifest.name) +
                                u'\n' + ErrorText::sentence(r.error) + u'\n' +
                                tr("Details: %1").arg(r.error.toString()));
                            emit finished();
                            return;
                        }
                        m_doneText = tr("Restored %1; the data matches its manifest.").arg(manifest.name);
                        refresh();
                    });
            m_runner->start();
        });
}

} // namespace capataz::ui
