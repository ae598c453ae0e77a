#pragma once

#include "metrics/AlertRule.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace capataz::ui {

// One alert rule, made or changed by an administrator. A new rule (an AlertRule without a name)
// gets its name, PromQL expression (the condition in it, as Prometheus's rules write it:
// `avg(weighing_estimation_confidence) < 0.95`), severity and summary in English and Spanish;
// so can a rule made here before. A rule Capataz ships (`builtin`, from the recipe) keeps its
// expression, severity and summary: its threshold (when it has one apart from its expression),
// how long its condition must hold before it fires, and whether it is evaluated can change.
// The expression is read as it is typed: an error says where and what, and OK waits for a rule
// that can be evaluated.
class AlertRuleDialog final : public QDialog {
    Q_OBJECT
public:
    // `taken`: the names of the server's other rules (a new name must differ from them).
    explicit AlertRuleDialog(const metrics::AlertRule& rule, QStringList taken = {},
                             QWidget* parent = nullptr);

    // The rule with the changes made.
    [[nodiscard]] metrics::AlertRule rule() const;
    [[nodiscard]] bool isNew() const { return m_isNew; }
    // What keeps OK disabled, as the dialog says it; empty when the rule can be saved.
    [[nodiscard]] QString problem() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void check();
    [[nodiscard]] QString exprProblem() const; // the expression's error, empty when it reads

    metrics::AlertRule m_rule;
    QStringList m_taken;
    bool m_isNew;
    bool m_fixed; // builtin: expression, severity and summary as the recipe wrote them
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_conditionLabel;
    QLineEdit* m_expr;
    QLabel* m_exprProblem;
    QLabel* m_thresholdLabel;
    QDoubleSpinBox* m_threshold;
    QLabel* m_forLabel;
    QSpinBox* m_for;
    QLabel* m_severityLabel;
    QComboBox* m_severity;
    QLabel* m_summaryEnLabel;
    QLineEdit* m_summaryEn;
    QLabel* m_summaryEsLabel;
    QLineEdit* m_summaryEs;
    QCheckBox* m_enabled;
    QLabel* m_note;
    QDialogButtonBox* m_buttons;
};

} // namespace capataz::ui
