#pragma once

#include "metrics/AlertRule.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace capataz::ui {

// Changes what an administrator may change of one alert rule: its threshold (when the rule has
// one apart from its expression), how long its condition must hold before it fires, and whether
// it is evaluated at all. The expression, severity and summary stay as the recipe wrote them.
class AlertRuleDialog final : public QDialog {
    Q_OBJECT
public:
    explicit AlertRuleDialog(const metrics::AlertRule& rule, QWidget* parent = nullptr);

    // The rule with the changes made.
    [[nodiscard]] metrics::AlertRule rule() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    metrics::AlertRule m_rule;
    QLabel* m_nameLabel;
    QLabel* m_name;
    QLabel* m_conditionLabel;
    QLabel* m_condition;
    QLabel* m_thresholdLabel;
    QDoubleSpinBox* m_threshold;
    QLabel* m_forLabel;
    QSpinBox* m_for;
    QCheckBox* m_enabled;
    QLabel* m_note;
};

} // namespace capataz::ui
