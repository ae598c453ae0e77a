#pragma once

#include "ServerTab.h"
#include "backup/BackupManifest.h"
#include "backup/BackupRoles.h"
#include "common/CancelToken.h"
#include "common/Error.h"
#include "stack/Recipe.h"

#include <QList>
#include <QPointer>

#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace capataz::plan {
class PlanRunner;
}

namespace capataz::ui {

class ScheduleDialog;

// The Backups tab: the server's backups (kind, size, age, state, last restore drill) and the
// alarms nobody may miss (late, failed, empty, shrunk, a failed scheduled run). An admin makes a
// backup of the recipe's targets, verifies, drills, restores (a plan with a safety backup, after
// the database's name is typed), downloads a backup to this computer, uploads one back and
// schedules them (ScheduleDialog). Support may list, verify and download; the other buttons are
// disabled with a tooltip that says why. Owners do not see the tab. Every operation runs over
// the session's connection without blocking the window; the status line is kept as data and
// written again in the new language when the language changes.
class BackupTab final : public ServerTab {
    Q_OBJECT
public:
    explicit BackupTab(QWidget* parent = nullptr);
    ~BackupTab() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] bool isForRole(store::Role role) const override;

    // What "Create" backs up: the recipe of the profile's project by default.
    void setTargets(const QList<stack::RecipeBackupTarget>& targets);
    // The image that runs tar for volume backups and drills (default busybox:latest).
    void setImage(const QString& image) { m_image = image; }
    [[nodiscard]] const QList<backup::BackupEntry>& entries() const { return m_entries; }
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] QString dir() const;

    void refresh();
    void createBackups();
    void verifySelected();
    void drillSelected();
    void restoreSelected();
    // Asks for a folder (remembered), then downloadTo().
    void downloadSelected();
    void downloadTo(const QString& localDir);
    // Asks for a backup file on this computer (its .manifest.json beside it), then uploadFile().
    void uploadAsk();
    void uploadFile(const QString& localPath);
    void openSchedule();
    void cancelTransfer();
    [[nodiscard]] QString localPathOfLastDownload() const { return m_lastDownload; }
    // The size of the pieces uploads move at once (downloads are one stream).
    void setTransferChunkBytes(qint64 bytes) { m_chunkBytes = bytes; }

signals:
    void finished(); // an operation ended and the list is current

protected:
    void sessionChanged() override;
    void retranslateUi() override;

private:
    using Message = std::function<QString()>; // a sentence, rendered in the current language

    void setBusy(bool busy, Message what = {});
    void setStatus(Message message);
    void showEntries();
    void updateButtons();
    void gate(QPushButton* button, backup::BackupAction action, bool usable, const QString& why = {});
    void fail(const Error& error, Message before = {});
    void showProgress(Message what);
    void hideProgress();
    void setProgress(qint64 done, qint64 total);
    [[nodiscard]] bool may(backup::BackupAction action) const;
    [[nodiscard]] bool haveTargets() const;
    [[nodiscard]] QString selectedName() const;
    [[nodiscard]] QList<stack::RecipeBackupTarget> targets() const;
    void runRestore(const backup::Manifest& manifest);
    QObject* work();

    QTreeWidget* m_list = nullptr;
    QLabel* m_notConnected = nullptr;
    QLabel* m_alarms = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_drill = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_download = nullptr;
    QPushButton* m_upload = nullptr;
    QPushButton* m_schedule = nullptr;
    QWidget* m_progressRow = nullptr;
    QLabel* m_progressLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QList<backup::BackupEntry> m_entries;
    QList<stack::RecipeBackupTarget> m_targets;
    bool m_targetsSet = false;
    bool m_haveRecipeTargets = false;
    QString m_image;
    Message m_alarmText;
    Message m_statusText;
    Message m_progressText;
    Message m_doneText; // what the status says once the list after an operation is read
    QString m_lastDownload;
    bool m_busy = false;
    qint64 m_chunkBytes = 8 * 1024 * 1024;
    CancelToken m_transferCancel;
    // Owns the operations in flight: replaced on a new session, which cancels them.
    QPointer<QObject> m_work;
    QPointer<ScheduleDialog> m_scheduleDialog;
    std::unique_ptr<plan::PlanRunner> m_runner;
};

} // namespace capataz::ui
