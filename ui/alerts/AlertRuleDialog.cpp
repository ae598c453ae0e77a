#include "AlertRuleDialog.h"

#include "metrics/QueryParser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

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

AlertRuleDialog::AlertRuleDialog(const metrics::AlertRule& rule, QStringList taken, QWidget* parent)
    : QDialog(parent)
    , m_rule(rule)
    , m_taken(std::move(taken))
    , m_isNew(rule.name.isEmpty())
    , m_fixed(rule.builtin)
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(rule.name, this))
    , m_conditionLabel(new QLabel(this))
    , m_expr(new QLineEdit(rule.expr, this))
    , m_exprProblem(new QLabel(this))
    , m_thresholdLabel(new QLabel(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_forLabel(new QLabel(this))
    , m_for(new QSpinBox(this))
    , m_severityLabel(new QLabel(this))
    , m_severity(new QComboBox(this))
    , m_summaryEnLabel(new QLabel(this))
    , m_summaryEn(new QLineEdit(rule.summaryEn, this))
    , m_summaryEsLabel(new QLabel(this))
    , m_summaryEs(new QLineEdit(rule.summaryEs, this))
    , m_enabled(new QCheckBox(this))
    , m_note(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"alertRuleDialog"_s);
    m_name->setObjectName(u"alertRuleName"_s);
    m_name->setReadOnly(!m_isNew); // states and notifications are kept by the name
    m_name->setMaxLength(64);
    m_expr->setObjectName(u"alertRuleCondition"_s);
    m_expr->setReadOnly(m_fixed);
    m_exprProblem->setObjectName(u"alertRuleExprProblem"_s);
    m_exprProblem->setWordWrap(true);
    m_exprProblem->setStyleSheet(u"color: #c62828"_s);
    m_threshold->setObjectName(u"alertRuleThreshold"_s);
    m_threshold->setRange(-1e12, 1e12);
    m_threshold->setDecimals(decimalsFor(rule.threshold));
    m_threshold->setValue(rule.threshold);
    m_threshold->setEnabled(rule.comparison.has_value());
    if (rule.comparison)
        m_threshold->setPrefix(metrics::alertComparisonText(*rule.comparison) + u' ');
    m_for->setObjectName(u"alertRuleFor"_s);
    m_for->setRange(0, kMaxForSeconds);
    m_for->setValue(int(rule.forMs / 1000));
    m_severity->setObjectName(u"alertRuleSeverity"_s);
    for (metrics::AlertSeverity s :
         {metrics::AlertSeverity::Info, metrics::AlertSeverity::Warning, metrics::AlertSeverity::Critical})
        m_severity->addItem(QString(), int(s));
    m_severity->setCurrentIndex(m_severity->findData(int(rule.severity)));
    m_severity->setEnabled(!m_fixed);
    m_summaryEn->setObjectName(u"alertRuleSummaryEn"_s);
    m_summaryEs->setObjectName(u"alertRuleSummaryEs"_s);
    m_summaryEn->setReadOnly(m_fixed);
    m_summaryEs->setReadOnly(m_fixed);
    m_enabled->setObjectName(u"alertRuleEnabled"_s);
    m_enabled->setChecked(rule.enabled);
    m_note->setObjectName(u"alertRuleNote"_s);
    m_note->setWordWrap(true);
    m_buttons->setObjectName(u"alertRuleButtons"_s);
    m_nameLabel->setBuddy(m_name);
    m_conditionLabel->setBuddy(m_expr);
    m_thresholdLabel->setBuddy(m_threshold);
    m_forLabel->setBuddy(m_for);
    m_severityLabel->setBuddy(m_severity);
    m_summaryEnLabel->setBuddy(m_summaryEn);
    m_summaryEsLabel->setBuddy(m_summaryEs);

    auto* form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_conditionLabel, m_expr);
    form->addRow(QString(), m_exprProblem);
    form->addRow(m_thresholdLabel, m_threshold);
    form->addRow(m_forLabel, m_for);
    form->addRow(m_severityLabel, m_severity);
    form->addRow(m_summaryEnLabel, m_summaryEn);
    form->addRow(m_summaryEsLabel, m_summaryEs);
    form->addRow(QString(), m_enabled);
    // A new rule writes its condition in its expression: no separate threshold to show.
    form->setRowVisible(m_threshold, rule.comparison.has_value() || !m_isNew);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* e : {m_name, m_expr, m_summaryEn, m_summaryEs})
        connect(e, &QLineEdit::textChanged, this, &AlertRuleDialog::check);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    retranslateUi();
    resize(620, sizeHint().height());
}

QString AlertRuleDialog::problem() const
{
    static const QRegularExpression kName(u"^[A-Za-z][A-Za-z0-9_]*$"_s);
    const QString name = m_name->text().trimmed();
    if (m_isNew) {
        if (name.isEmpty())
            return tr("Give the rule a name.");
        if (!kName.match(name).hasMatch())
            return tr("A rule's name is letters, digits and '_', starting with a letter (HighErrorRate).");
        if (m_taken.contains(name, Qt::CaseInsensitive))
            return tr("This server already has a rule called %1.").arg(name);
    }
    if (m_expr->text().trimmed().isEmpty())
        return tr(
            "Write the rule's expression, with its condition: avg(weighing_estimation_confidence) < 0.95");
    if (const QString wrong = exprProblem(); !wrong.isEmpty())
        return wrong;
    if (!m_fixed && m_summaryEn->text().trimmed().isEmpty() && m_summaryEs->text().trimmed().isEmpty())
        return tr("Write what the alert says when it fires, in English or Spanish (or both).");
    return {};
}

QString AlertRuleDialog::exprProblem() const
{
    const QString expr = m_expr->text().trimmed();
    if (expr.isEmpty())
        return {};
    if (auto q = metrics::parseQuery(expr); !q)
        return tr("The expression cannot be read: %1").arg(q.error().describe());
    return {};
}

void AlertRuleDialog::check()
{
    const QString why = problem();
    // The expression's own error right under it, as it is typed; the rest in OK's tooltip.
    const QString wrong = exprProblem();
    const bool wasShown = !m_exprProblem->isHidden();
    m_exprProblem->setText(wrong);
    m_exprProblem->setVisible(!wrong.isEmpty());
    // Room for the sentence (two or three lines at this width) when it appears.
    if (!wasShown && !wrong.isEmpty() && layout()) {
        const int h = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                    : layout()->totalSizeHint().height();
        if (h > height())
            resize(width(), h);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(why);
}

metrics::AlertRule AlertRuleDialog::rule() const
{
    metrics::AlertRule r = m_rule;
    if (m_isNew)
        r.name = m_name->text().trimmed();
    if (!m_fixed) {
        r.expr = m_expr->text().trimmed();
        r.severity = metrics::AlertSeverity(m_severity->currentData().toInt());
        r.summaryEn = m_summaryEn->text().trimmed();
        r.summaryEs = m_summaryEs->text().trimmed();
        // One language written: the other shows it as it is rather than nothing.
        if (r.summaryEn.isEmpty())
            r.summaryEn = r.summaryEs;
        if (r.summaryEs.isEmpty())
            r.summaryEs = r.summaryEn;
    }
    if (r.comparison)
        r.threshold = m_threshold->value();
    r.forMs = qint64(m_for->value()) * 1000;
    r.enabled = m_enabled->isChecked();
    return r;
}

void AlertRuleDialog::retranslateUi()
{
    setWindowTitle(m_isNew ? tr("New alert rule") : tr("Alert rule %1").arg(m_rule.name));
    m_nameLabel->setText(m_isNew ? tr("&Name:") : tr("Rule:"));
    m_conditionLabel->setText(tr("E&xpression:"));
    m_expr->setPlaceholderText(u"avg(weighing_estimation_confidence) < 0.95"_s);
    m_expr->setToolTip(m_fixed ? tr("The recipe's expression: it stays as the recipe wrote it.")
                               : tr("PromQL with its condition, as Prometheus's alerting rules write it: the "
                                    "alert holds for every series the expression returns."));
    m_thresholdLabel->setText(tr("&Threshold:"));
    m_forLabel->setText(tr("&For:"));
    m_for->setSuffix(tr(" s"));
    m_for->setToolTip(tr("How long the condition must hold before the alert fires; 0 fires at once."));
    m_severityLabel->setText(tr("&Severity:"));
    m_severity->setItemText(0, tr("Info"));
    m_severity->setItemText(1, tr("Warning"));
    m_severity->setItemText(2, tr("Critical"));
    m_summaryEnLabel->setText(tr("Summary (&English):"));
    m_summaryEsLabel->setText(tr("Summary (S&panish):"));
    for (QLineEdit* e : {m_summaryEn, m_summaryEs})
        e->setToolTip(tr("What the alert says when it fires; {{ $value }} is the value, {{ $labels.NAME }} a "
                         "label's value."));
    m_enabled->setText(tr("&Enabled: evaluate this rule and notify when it fires"));
    m_threshold->setToolTip(m_rule.comparison
                                ? tr("The alert's condition holds when the expression's value is %1 this.")
                                      .arg(metrics::alertComparisonText(*m_rule.comparison))
                                : tr("This rule's condition is part of its expression."));
    if (m_isNew)
        m_note->setText(tr("The rule is saved for this server on this computer and evaluated while the "
                           "console runs and the server is connected."));
    else if (m_fixed)
        m_note->setText(
            m_rule.comparison
                ? tr("The changes are saved for this server on this computer; Reset to defaults "
                     "in the alert list brings back the recipe's rules.")
                : tr("This rule's condition is written in its expression (%1), so it has no "
                     "separate threshold. The changes are saved for this server on this computer.")
                      .arg(m_rule.expr));
    else
        m_note->setText(tr("A rule made on this computer: everything in it can change. The changes are saved "
                           "for this server on this computer."));
    check();
}

void AlertRuleDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace capataz::ui
