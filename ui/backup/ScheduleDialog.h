#pragma once

#include "backup/BackupSchedule.h"
#include "backup/ScheduleRead.h"
#include "common/Error.h"

#include <QDialog>
#include <QList>
#include <QPointer>

#include <functional>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace capataz::client {
class ServerSession;
}

namespace capataz::ui {

// Backups > Schedule...: what the server runs by itself now (time of day, what it backs up,
// what it keeps, read back from the cron block and the script), how the last scheduled run went
// (last-run.json; failed or late in red, so a schedule that stopped cannot go unnoticed), a form
// for the new schedule and, before anything is written, the exact text Apply writes as root: the
// cron block and the script (with whether each is new, changed or unchanged). Apply installs it
// as `capataz-cli backup SERVER schedule` does (backup::installSchedule); Remove takes it off.
// Everything runs over the session's connection without blocking; without a session (a form
// test) the dialog only shows the form and the preview.
class ScheduleDialog final : public QDialog {
    Q_OBJECT
public:
    ScheduleDialog(const backup::ScheduleSpec& base, client::ServerSession* session,
                   QWidget* parent = nullptr);
    ~ScheduleDialog() override;

    // The schedule the form describes (the base with the form's time, sources and retention).
    [[nodiscard]] backup::ScheduleSpec spec() const;
    [[nodiscard]] QString previewText() const;
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] const std::optional<backup::InstalledSchedule>& installed() const { return m_installed; }

    void reload(); // reads the installed schedule and the last run from the server
    void apply();
    void removeSchedule();

signals:
    void loaded();  // reload() ended (well or not)
    void applied(); // Apply or Remove changed the server (or found it already so)

protected:
    void changeEvent(QEvent* event) override;

private:
    using Message = std::function<QString()>;
    void retranslateUi();
    void updatePreview();
    void showState();
    void setBusy(bool busy);
    void setResult(Message message);
    void fillForm(const backup::InstalledSchedule& s);
    [[nodiscard]] QString currentText() const;
    [[nodiscard]] QString lastRunText(bool* loud) const;
    // For people: "PostgreSQL database named by DB in the .env (service db)".
    [[nodiscard]] static QString targetText(const stack::RecipeBackupTarget& target);

    backup::ScheduleSpec m_base;
    QPointer<client::ServerSession> m_session;
    QPointer<QObject> m_work;
    std::optional<backup::InstalledSchedule> m_installed;
    std::optional<backup::LastRun> m_lastRun;
    bool m_loaded = false;
    std::optional<Error> m_loadError;
    bool m_busy = false;
    Message m_resultText;

    QGroupBox* m_nowBox = nullptr;
    QLabel* m_current = nullptr;
    QLabel* m_lastRunLabel = nullptr;
    QGroupBox* m_formBox = nullptr;
    QLabel* m_timeLabel = nullptr;
    QTimeEdit* m_time = nullptr;
    QLabel* m_sourcesLabel = nullptr;
    QList<QCheckBox*> m_sources;
    QLabel* m_keepDaysLabel = nullptr;
    QSpinBox* m_keepDays = nullptr;
    QLabel* m_keepCountLabel = nullptr;
    QSpinBox* m_keepCount = nullptr;
    QLabel* m_previewLabel = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QLabel* m_result = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace capataz::ui
