#pragma once

#include "ServerTab.h"
#include "backup/BackupManifest.h"
#include "stack/Recipe.h"

#include <QList>
#include <QPointer>

#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace capataz::plan {
class PlanRunner;
}

namespace capataz::ui {

// The Backups tab: the server's backups (kind, size, age, state, last restore drill) and the
// alarms nobody may miss (late, failed, empty, shrunk, a failed scheduled run). An admin makes a
// backup of the recipe's targets, drills the selected one (restored into a throwaway database or
// volume, compared with its manifest) and restores it (a plan with a safety backup, after the
// database's name is typed). Support and owner profiles see the list only. Every operation runs
// over the session's connection without blocking the window.
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

    void refresh();
    void createBackups();
    void drillSelected();
    void restoreSelected();

signals:
    void finished(); // an operation (list, create, drill, restore) ended and the list is current

protected:
    void sessionChanged() override;
    void retranslateUi() override;

private:
    void setBusy(bool busy, const QString& what = {});
    void showEntries();
    void updateButtons();
    void fail(const Error& error);
    [[nodiscard]] QString dir() const;
    [[nodiscard]] QString selectedName() const;
    void runRestore(const backup::Manifest& manifest);

    QTreeWidget* m_list = nullptr;
    QLabel* m_notConnected = nullptr;
    QLabel* m_alarms = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_drill = nullptr;
    QPushButton* m_restore = nullptr;
    QList<backup::BackupEntry> m_entries;
    QList<stack::RecipeBackupTarget> m_targets;
    bool m_targetsSet = false;
    bool m_haveRecipeTargets = false;
    QString m_image;
    QString m_alarmText;
    QString m_doneText; // what the status says once the list after an operation is read
    bool m_busy = false;
    // Owns the operations in flight: replaced on a new session, which cancels them.
    QPointer<QObject> m_work;
    std::unique_ptr<plan::PlanRunner> m_runner;
};

} // namespace capataz::ui
