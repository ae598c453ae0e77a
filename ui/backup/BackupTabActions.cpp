// The Backups tab's operations on the server: back up now, verify, drill and restore.
#include "BackupTab.h"
#include "BackupTabProject.h"
#include "ErrorText.h"
#include "RestoreConfirmDialog.h"
#include "backup/BackupOps.h"
#include "backup/RestorePlan.h"
#include "client/ServerSession.h"
#include "plan/PlanRunner.h"

#include <QLabel>
#include <QLocale>
#include <QTreeWidget>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace capataz::backup;

namespace capataz::ui {

void BackupTab::createBackups()
{
    if (!session() || !session()->isConnected() || m_busy || !may(BackupAction::Create))
        return;
    const backuptab::Project p = backuptab::projectOf(session()->profile());
    const plan::StepContext ctx{session()->connection(), work(), CancelToken::create()};
    setBusy(true, []() -> QString { return tr("Backing up..."); });
    resolveSources(ctx, targets(), p.projectDir, p.envFile, p.composeArgs,
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
                           const QString what = s.describe();
                           setStatus([what]() -> QString { return tr("Backing up %1...").arg(what); });
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

void BackupTab::verifySelected()
{
    const QString name = selectedName();
    if (name.isEmpty() || !session() || !session()->isConnected() || m_busy || !may(BackupAction::Verify))
        return;
    const plan::StepContext ctx{session()->connection(), work(), CancelToken::create()};
    setBusy(true, [name]() -> QString {
        return tr("Reading %1 on the server and comparing its checksum with its manifest...").arg(name);
    });
    verifyBackup(ctx, dir(), name, [this, name](Result<VerifyResult> v) {
        if (!v) {
            fail(v.error());
            return;
        }
        const qint64 bytes = v->size;
        if (v->ok()) {
            setBusy(false, [name, bytes]() -> QString {
                return tr("%1 is intact: its size (%2) and its SHA-256 checksum on the server match its "
                          "manifest.")
                    .arg(name, QLocale().formattedDataSize(bytes));
            });
        } else {
            const QString problems = v->problems.join(u"; "_s);
            setBusy(false, [name, problems]() -> QString {
                QString text = tr("Do not rely on %1: it does NOT match its manifest. Make a new backup, or "
                                  "use an older one that verifies.")
                                   .arg(name);
                text += u'\n';
                text += tr("Details: %1").arg(problems);
                return text;
            });
        }
        emit finished();
    });
}

void BackupTab::drillSelected()
{
    const QString name = selectedName();
    if (name.isEmpty() || !session() || !session()->isConnected() || m_busy || !may(BackupAction::Drill))
        return;
    const backuptab::Project p = backuptab::projectOf(session()->profile());
    const plan::StepContext ctx{session()->connection(), work(), CancelToken::create()};
    setBusy(true, [name]() -> QString {
        return tr("Restoring %1 into a throwaway copy to prove it restores...").arg(name);
    });
    drillBackup(ctx, dir(), name, p.projectDir, p.composeArgs, m_image, QDateTime::currentDateTimeUtc(),
                [this](Result<DrillRecord> d) {
                    if (!d) {
                        fail(d.error());
                        return;
                    }
                    const DrillRecord r = *d;
                    m_doneText = [r]() -> QString {
                        if (r.ok)
                            return tr("The restore drill of %1 passed: it restores as its manifest says.")
                                .arg(r.name);
                        return tr("The restore drill of %1 FAILED: %2").arg(r.name, r.detail);
                    };
                    refresh();
                });
}

void BackupTab::restoreSelected()
{
    const QString name = selectedName();
    if (name.isEmpty() || !session() || !session()->isConnected() || m_busy || !may(BackupAction::Restore))
        return;
    const auto it = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                 [&](const BackupEntry& e) { return e.name == name; });
    if (it == m_entries.cend() || !it->manifest) {
        setStatus([name]() -> QString {
            return tr("%1 has no manifest: Capataz cannot check a restore of it.").arg(name);
        });
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
    const backuptab::Project p = backuptab::projectOf(session()->profile());
    const plan::StepContext ctx{session()->connection(), work(), CancelToken::create()};
    const QString name = manifest.name;
    setBusy(true, [name]() -> QString { return tr("Checking %1 before restoring it...").arg(name); });
    QList<stack::RecipeBackupTarget> same;
    for (const auto& t : targets())
        if (stack::backupKindName(t.kind) == manifest.kind)
            same << t;
    resolveSources(
        ctx, same, p.projectDir, p.envFile, p.composeArgs,
        [this, manifest, p, name](Result<QList<BackupSource>> s) {
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
            setStatus(
                [name]() -> QString { return tr("Restoring %1 (a safety backup first)...").arg(name); });
            m_runner = std::make_unique<plan::PlanRunner>(
                *plan, session()->connection(), session()->auditLog(),
                plan::PlanRunner::Options{session()->profile().name, session()->profile().sudo, false, true});
            connect(
                m_runner.get(), &plan::PlanRunner::finished, this, [this, name](const plan::PlanReport& r) {
                    if (!r.ok()) {
                        const auto* safety = r.outcome(u"backup.restore.safety"_s);
                        const bool putBack = safety && safety->status == plan::StepStatus::RolledBack;
                        const Error error = r.error;
                        setBusy(false, [putBack, name, error]() -> QString {
                            QString text =
                                putBack
                                    ? tr("The restore of %1 failed; the safety backup was put back, "
                                         "so the data is as it was.")
                                          .arg(name)
                                    : tr("The restore of %1 failed before anything was changed.").arg(name);
                            text += u'\n';
                            text += ErrorText::sentence(error);
                            text += u'\n';
                            text += tr("Details: %1").arg(error.toString());
                            return text;
                        });
                        emit finished();
                        return;
                    }
                    m_doneText = [name]() -> QString {
                        return tr("Restored %1; the data matches its manifest.").arg(name);
                    };
                    refresh();
                });
            m_runner->start();
        });
}

} // namespace capataz::ui
