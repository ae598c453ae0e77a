#include "AlertRuleDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace capataz::ui {

namespace {

constexpr int kMaxForSeconds = 7 * 24 * 3600;

// As many decimals as the threshold needs (0.95 and 0.999 as written), at least 2, at most 6.
int decimalsFor(double threshold)
{
    for (int d = 2; d < 6; ++d) {
        const double scaled = threshold * std::pow(10.0, d);
        if (std::abs(scaled - std::round(scaled)) < 1e-6)
            return d;
    }
    return 6;
}

} // namespace

AlertRuleDialog::AlertRuleDialog(const metrics::AlertRule& rule, QWidget* parent)
    : QDialog(parent)
    , m_rule(rule)
    , m_nameLabel(new QLabel(this))
    , m_name(new QLabel(rule.name, this))
    , m_conditionLabel(new QLabel(this))
    , m_condition(new QLabel(rule.expr, this))
    , m_thresholdLabel(new QLabel(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_forLabel(new QLabel(this))
    , m_for(new QSpinBox(this))
    , m_enabled(new QCheckBox(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("alertRuleDialog"));
    m_name->setObjectName(QStringLiteral("alertRuleName"));
    m_condition->setObjectName(QStringLiteral("alertRuleCondition"));
    m_condition->setWordWrap(true);
    m_condition->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_threshold->setObjectName(QStringLiteral("alertRuleThreshold"));
    m_threshold->setRange(-1e12, 1e12);
    m_threshold->setDecimals(decimalsFor(rule.threshold));
    m_threshold->setValue(rule.threshold);
    m_threshold->setEnabled(rule.comparison.has_value());
    if (rule.comparison)
        m_threshold->setPrefix(metrics::alertComparisonText(*rule.comparison) + u' ');
    m_for->setObjectName(QStringLiteral("alertRuleFor"));
    m_for->setRange(0, kMaxForSeconds);
    m_for->setValue(int(rule.forMs / 1000));
    m_enabled->setObjectName(QStringLiteral("alertRuleEnabled"));
    m_enabled->setChecked(rule.enabled);
    m_note->setObjectName(QStringLiteral("alertRuleNote"));
    m_note->setWordWrap(true);
    m_nameLabel->setBuddy(m_name);
    m_thresholdLabel->setBuddy(m_threshold);
    m_forLabel->setBuddy(m_for);

    auto* form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_conditionLabel, m_condition);
    form->addRow(m_thresholdLabel, m_threshold);
    form->addRow(m_forLabel, m_for);
    form->addRow(QString(), m_enabled);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("alertRuleButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch(1);
    layout->addWidget(buttons);
    retranslateUi();
    resize(560, sizeHint().height());
}

metrics::AlertRule AlertRuleDialog::rule() const
{
    metrics::AlertRule r = m_rule;
    if (r.comparison)
        r.threshold = m_threshold->value();
    r.forMs = qint64(m_for->value()) * 1000;
    r.enabled = m_enabled->isChecked();
    return r;
}

void AlertRuleDialog::retranslateUi()
{
    setWindowTitle(tr("Alert rule %1").arg(m_rule.name));
    m_nameLabel->setText(tr("Rule:"));
    m_conditionLabel->setText(tr("Expression:"));
    m_thresholdLabel->setText(tr("&Threshold:"));
    m_forLabel->setText(tr("&For:"));
    m_for->setSuffix(tr(" s"));
    m_for->setToolTip(tr("How long the condition must hold before the alert fires; 0 fires at once."));
    m_enabled->setText(tr("&Enabled: evaluate this rule and notify when it fires"));
    m_threshold->setToolTip(m_rule.comparison
                                ? tr("The alert's condition holds when the expression's value is %1 this.")
                                      .arg(metrics::alertComparisonText(*m_rule.comparison))
                                : tr("This rule's condition is part of its expression."));
    m_note->setText(m_rule.comparison
                        ? tr("The changes are saved for this server on this computer; Reset to defaults in "
                             "the alert list brings back the recipe's rules.")
                        : tr("This rule's condition is written in its expression (%1), so it has no "
                             "separate threshold. The changes are saved for this server on this computer.")
                              .arg(m_rule.expr));
}

void AlertRuleDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace capataz::ui
