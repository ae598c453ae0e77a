#pragma once

#include "metrics/AlertRule.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableWidget;

namespace capataz::client {
class ServerSession;
}

namespace capataz::ui {

// Alerts › Alert list: a server's alert rules, one row per rule and label set, with its state,
// since when, its value and its summary, as the AlertService last evaluated them. Says plainly
// that alerts are evaluated only while the console is open and the server connected, and what
// the profile's role may do: an administrator makes new rules, edits a rule (AlertRuleDialog),
// removes the ones made here and resets the rules to the defaults; support and owner see the
// list only.
class AlertListDialog final : public QDialog {
    Q_OBJECT
public:
    enum Column {
        RuleColumn,
        LabelsColumn,
        StateColumn,
        SinceColumn,
        ValueColumn,
        SummaryColumn,
        ColumnCount
    };

    explicit AlertListDialog(client::ServerSession* session, QWidget* parent = nullptr);

    [[nodiscard]] client::ServerSession* session() const { return m_session; }
    // Opens the rule's editor (admin only; false otherwise or when there is no such rule).
    bool editRule(const QString& name);
    // Opens the editor for a new rule (admin only; false otherwise). Returns the dialog's
    // answer later: the rule is added when it is accepted.
    bool newRule();
    // Removes a rule made on this computer (not one the recipe ships), after a question.
    bool removeRule(const QString& name);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refresh();
    void refreshStatus();
    void resetRules();
    [[nodiscard]] bool mayEdit() const;
    [[nodiscard]] QString selectedRule() const;
    [[nodiscard]] bool isBuiltin(const QString& name) const;
    void saveRules(const QList<metrics::AlertRule>& rules, const QString& what);
    void updateButtons();

    QPointer<client::ServerSession> m_session;
    QLabel* m_intro;
    QLabel* m_status;
    QLabel* m_role;
    QTableWidget* m_table;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_reset;
    QPushButton* m_close;
};

} // namespace capataz::ui
