// The Backups tab's copies between the server and this computer (download, upload, with a
// progress bar and Cancel) and the schedule dialog.
#include "AppSettings.h"
#include "BackupTab.h"
#include "BackupTabProject.h"
#include "ScheduleDialog.h"
#include "backup/BackupDownload.h"
#include "backup/BackupNaming.h"
#include "backup/BackupUpload.h"
#include "client/ServerSession.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;
using namespace capataz::backup;

namespace capataz::ui {

namespace {
const QString kDownloadDirKey = u"backup/downloadDir"_s;
const QString kUploadDirKey = u"backup/uploadDir"_s;
} // namespace

void BackupTab::showProgress(Message what)
{
    m_progressText = std::move(what);
    m_progressLabel->setText(m_progressText ? m_progressText() : QString());
    m_progress->setValue(0);
    m_progress->setFormat(u"%p%"_s);
    m_cancel->setEnabled(true);
    m_progressRow->show();
}

void BackupTab::hideProgress()
{
    m_progressText = nullptr;
    m_progressRow->hide();
}

void BackupTab::setProgress(qint64 done, qint64 total)
{
    const QLocale locale;
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    // %p etc. are QProgressBar's placeholders; sizes never hold a '%'.
    m_progress->setFormat(
        tr("%1 of %2").arg(locale.formattedDataSize(done), locale.formattedDataSize(total)));
}

void BackupTab::cancelTransfer()
{
    m_transferCancel.cancel();
    m_cancel->setEnabled(false);
}

void BackupTab::downloadSelected()
{
    if (selectedName().isEmpty() || !session() || !session()->isConnected() || m_busy ||
        !may(BackupAction::Download))
        return;
    auto* dialog = new QFileDialog(this, tr("Choose the folder to save the backup in"),
                                   AppSettings::value(kDownloadDirKey, QDir::homePath()));
    dialog->setObjectName(u"backupDownloadFolder"_s);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& folder) {
        AppSettings::setValue(kDownloadDirKey, folder);
        downloadTo(folder);
    });
    dialog->open();
}

void BackupTab::downloadTo(const QString& localDir)
{
    const QString name = selectedName();
    if (name.isEmpty() || !session() || !session()->isConnected() || m_busy || !may(BackupAction::Download))
        return;
    m_transferCancel = CancelToken::create();
    const plan::StepContext ctx{session()->connection(), work(), m_transferCancel};
    const QString folder = backuptab::displayPath(localDir);
    Message what = [name, folder]() -> QString {
        return tr("Downloading %1 to %2...").arg(name, folder);
    };
    showProgress(what);
    setBusy(true, []() -> QString { return {}; }); // the progress row says what runs
    downloadBackup(
        ctx, dir(), name, localDir, [this](qint64 done, qint64 total) { setProgress(done, total); },
        [this, name](Result<DownloadResult> r) {
            hideProgress();
            if (!r) {
                if (r.error().code == ErrorCode::Cancelled) {
                    setBusy(false, [name]() -> QString {
                        return tr("The download of %1 was cancelled. What arrived is kept: downloading it "
                                  "again to the same folder goes on from there.")
                            .arg(name);
                    });
                    emit finished();
                    return;
                }
                fail(r.error(), [name]() -> QString { return tr("The download of %1 failed.").arg(name); });
                return;
            }
            m_lastDownload = r->localPath;
            const QString path = backuptab::displayPath(r->localPath);
            const qint64 bytes = r->bytes;
            const qint64 resumedAt = r->resumedAt;
            setBusy(false, [path, bytes, resumedAt]() -> QString {
                QString text = tr("Saved %1 (%2) on this computer, with its manifest beside it; its SHA-256 "
                                  "checksum matches the manifest.")
                                   .arg(path, QLocale().formattedDataSize(bytes));
                if (resumedAt > 0) {
                    text += u' ';
                    text += tr("(Continued an earlier download at %1.)")
                                .arg(QLocale().formattedDataSize(resumedAt));
                }
                return text;
            });
            emit finished();
        });
}

void BackupTab::uploadAsk()
{
    if (!session() || !session()->isConnected() || m_busy || !may(BackupAction::Upload))
        return;
    auto* dialog = new QFileDialog(
        this, tr("Choose a backup to upload"),
        AppSettings::value(kUploadDirKey, AppSettings::value(kDownloadDirKey, QDir::homePath())));
    dialog->setObjectName(u"backupUploadFile"_s);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Backups (*.zst *.gz)"), tr("All files (*)")});
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& file) {
        AppSettings::setValue(kUploadDirKey, QFileInfo(file).absolutePath());
        uploadFile(file);
    });
    dialog->open();
}

void BackupTab::uploadFile(const QString& localPath)
{
    if (!session() || !session()->isConnected() || m_busy || !may(BackupAction::Upload))
        return;
    const QString file = QFileInfo(localPath).fileName();
    if (!QFileInfo::exists(localPath + u".manifest.json"_s)) {
        setStatus([file]() -> QString {
            return tr("%1 has no manifest beside it (%1.manifest.json), so Capataz cannot check it. Upload a "
                      "backup downloaded with Capataz: its manifest comes with it.")
                .arg(file);
        });
        return;
    }
    m_transferCancel = CancelToken::create();
    const plan::StepContext ctx{session()->connection(), work(), m_transferCancel};
    Message what = [file]() -> QString {
        return tr("Uploading %1 to the server...").arg(file);
    };
    showProgress(what);
    setBusy(true, []() -> QString { return {}; }); // the progress row says what runs
    uploadBackup(
        ctx, localPath, dir(), [this](qint64 done, qint64 total) { setProgress(done, total); },
        [this, file](Result<UploadResult> r) {
            hideProgress();
            if (!r) {
                if (r.error().code == ErrorCode::Cancelled) {
                    setBusy(false, [file]() -> QString {
                        return tr("The upload of %1 was cancelled. What arrived is kept on the server: "
                                  "uploading it again goes on from there.")
                            .arg(file);
                    });
                    emit finished();
                    return;
                }
                if (r.error().code == ErrorCode::AlreadyExists) {
                    setBusy(false, [file]() -> QString {
                        return tr("%1 is already on the server; nothing was uploaded.").arg(file);
                    });
                    emit finished();
                    return;
                }
                fail(r.error(), [file]() -> QString { return tr("The upload of %1 failed.").arg(file); });
                return;
            }
            const QString name = r->name;
            m_doneText = [name]() -> QString {
                return tr("Uploaded %1; the server's SHA-256 checksum matches its manifest.").arg(name);
            };
            refresh();
        },
        m_chunkBytes);
}

void BackupTab::openSchedule()
{
    if (!session() || !session()->isConnected() || !may(BackupAction::Schedule))
        return;
    if (m_scheduleDialog) {
        m_scheduleDialog->raise();
        m_scheduleDialog->activateWindow();
        return;
    }
    const backuptab::Project p = backuptab::projectOf(session()->profile());
    ScheduleSpec spec;
    spec.project = projectLabel(p.projectDir);
    spec.dir = dir();
    spec.projectDir = p.projectDir;
    spec.envFile = p.envFile;
    spec.composeArgs = p.composeArgs;
    if (!m_image.isEmpty())
        spec.image = m_image;
    spec.targets = targets();
    m_scheduleDialog = new ScheduleDialog(spec, session(), this);
    m_scheduleDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_scheduleDialog, &ScheduleDialog::applied, this, [this] {
        if (!m_busy)
            refresh();
    });
    m_scheduleDialog->open();
}

} // namespace capataz::ui
