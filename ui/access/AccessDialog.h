#pragma once

#include "access/AccessPlan.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;

namespace capataz::client {
class ServerRegistry;
class ServerSession;
} // namespace capataz::client

namespace capataz::ui {

class PlanPreviewView;
class PlanQueue;
class PlanRunView;

// Server › Give access…: the access accounts of one server, for an administrator's profile.
// "Accounts" lists them (core/access listCommand) and revokes one after a confirmation; "Give
// access" fills a grant (the person, the role, their public key pasted or a key pair made on this
// computer, the log files and units a support account may read), previews its plan (a dry run:
// checks only) and applies it with the plan's own progress and rollback. What each role may do
// is said on the page: the server enforces it.
class AccessDialog final : public QDialog {
    Q_OBJECT
public:
    AccessDialog(client::ServerSession* session, client::ServerRegistry* registry, QWidget* parent = nullptr);
    ~AccessDialog() override;

    [[nodiscard]] client::ServerSession* session() const { return m_session; }
    void refresh(); // reads the accounts again

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateForm();
    [[nodiscard]] Result<access::Grant> grantFromForm() const;
    void preview();
    void giveAccess();
    void startGrant(access::Grant grant);
    void revokeSelected();
    void runPlan(plan::Plan plan, bool dryRun, PlanRunView* view, const std::function<void(bool)>& done);
    void setBusy(bool busy);
    using Render = std::function<QString()>;
    void showMessage(QLabel* label, Render text, bool error);
    void showError(const Error& error);
    void showPreview();
    void showAccounts();

    QPointer<client::ServerSession> m_session;
    client::ServerRegistry* m_registry;
    QList<access::Account> m_accounts;
    std::optional<Error> m_listError;
    bool m_listing = false;
    QPointer<PlanQueue> m_queue;
    QString m_newKeyPath; // the private key made for the last grant, for its profile
    std::pair<Render, bool> m_listMessage;
    std::pair<Render, bool> m_grantMessage;
    struct ShownPreview {
        plan::Plan plan;
        QHash<QString, plan::Preview> previews;
        QHash<QString, bool> done;
    };
    std::optional<ShownPreview> m_shownPreview; // drawn again in the new language on a switch

    QLabel* m_intro;
    QTabWidget* m_tabs;
    // Accounts
    QTreeWidget* m_list;
    QPushButton* m_refresh;
    QPushButton* m_revoke;
    QLabel* m_listStatus;
    PlanRunView* m_revokeRun;
    // Give access
    QLabel* m_personLabel;
    QLineEdit* m_person;
    QLabel* m_accountName;
    QLabel* m_roleLabel;
    QComboBox* m_role;
    QLabel* m_roleText;
    QLabel* m_keyLabel;
    QComboBox* m_keySource;
    QLabel* m_pubLabel;
    QPlainTextEdit* m_publicKey;
    QLabel* m_saveLabel;
    QLineEdit* m_keyPath;
    QPushButton* m_browse;
    QLabel* m_logsLabel;
    QPlainTextEdit* m_logFiles;
    QLabel* m_unitsLabel;
    QLineEdit* m_units;
    QCheckBox* m_addProfile;
    QPushButton* m_preview;
    QPushButton* m_give;
    QLabel* m_grantStatus;
    QStackedWidget* m_right;
    PlanPreviewView* m_previewView;
    PlanRunView* m_grantRun;
    QPushButton* m_close;
};

} // namespace capataz::ui
