#include "AlertListDialog.h"

#include "AlertRuleDialog.h"
#include "AlertText.h"
#include "ErrorText.h"
#include "LanguageManager.h"
#include "client/AlertService.h"
#include "client/MetricsService.h"
#include "client/ServerSession.h"
#include "store/RolePolicy.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace capataz::ui {

using metrics::AlertState;

namespace {

QString uiLanguage()
{
    const QString l = LanguageManager::instance().effectiveLanguage();
    return l.isEmpty() ? QStringLiteral("en") : l;
}

QLabel* sentence(QWidget* parent, const char* name)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(name));
    l->setWordWrap(true);
    return l;
}

} // namespace

AlertListDialog::AlertListDialog(client::ServerSession* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_intro(sentence(this, "alertListIntro"))
    , m_status(sentence(this, "alertListStatus"))
    , m_role(sentence(this, "alertListRole"))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_new(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_reset(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("alertListDialog"));
    m_table->setObjectName(QStringLiteral("alertTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_new->setObjectName(QStringLiteral("alertNew"));
    m_edit->setObjectName(QStringLiteral("alertEdit"));
    m_remove->setObjectName(QStringLiteral("alertRemove"));
    m_reset->setObjectName(QStringLiteral("alertReset"));
    m_close->setObjectName(QStringLiteral("alertClose"));
    QFont bold = m_intro->font();
    bold.setBold(true);
    m_intro->setFont(bold);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_new, QDialogButtonBox::ActionRole);
    buttons->addButton(m_edit, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    buttons->addButton(m_reset, QDialogButtonBox::ResetRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_new, &QPushButton::clicked, this, &AlertListDialog::newRule);
    connect(m_edit, &QPushButton::clicked, this, [this] { editRule(selectedRule()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeRule(selectedRule()); });
    connect(m_reset, &QPushButton::clicked, this, &AlertListDialog::resetRules);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (mayEdit())
            editRule(selectedRule());
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AlertListDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_role);
    layout->addWidget(buttons);

    if (m_session) {
        client::AlertService* alerts = m_session->alerts();
        connect(alerts, &client::AlertService::evaluated, this, &AlertListDialog::refresh);
        connect(alerts, &client::AlertService::rulesChanged, this, &AlertListDialog::refresh);
        connect(m_session, &client::ServerSession::statusChanged, this, &AlertListDialog::refreshStatus);
        connect(m_session, &client::ServerSession::profileChanged, this, &AlertListDialog::retranslateUi);
    }
    for (QPushButton* b : {m_new, m_edit, m_remove, m_reset})
        b->setVisible(mayEdit());
    retranslateUi();
    resize(1040, 540);
}

bool AlertListDialog::mayEdit() const
{
    return m_session && store::mayChangeServer(m_session->profile()).has_value();
}

QString AlertListDialog::selectedRule() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    return items.isEmpty() ? QString() : m_table->item(items.first()->row(), RuleColumn)->text();
}

void AlertListDialog::retranslateUi()
{
    const QString server = m_session ? m_session->profile().name : QString();
    setWindowTitle(tr("Alerts of %1").arg(server));
    m_intro->setText(tr("Alerts are evaluated only while this console is open and %1 is connected: "
                        "when Capataz is closed, nothing watches the server and no alert is sent.")
                         .arg(server));
    m_table->setHorizontalHeaderLabels(
        {tr("Rule"), tr("Labels"), tr("State"), tr("Since"), tr("Value"), tr("Summary")});
    m_new->setText(tr("&New rule…"));
    m_new->setToolTip(tr("A rule of your own: a PromQL expression with its condition, how long it must hold, "
                         "its severity and what it says"));
    m_edit->setText(tr("&Edit rule…"));
    m_edit->setToolTip(tr("Change the selected rule's threshold, duration, or turn it off"));
    m_remove->setText(tr("Re&move rule…"));
    m_remove->setToolTip(tr("Remove the selected rule (only one made on this computer: the recipe's rules "
                            "can be turned off instead)"));
    m_reset->setText(tr("&Reset to defaults…"));
    m_reset->setToolTip(tr("Go back to the recipe's and node-exporter's rules, dropping every change"));
    m_close->setText(tr("&Close"));
    if (!m_session)
        m_role->clear();
    else
        switch (m_session->profile().role) {
        case store::Role::Admin:
            m_role->setText(tr("As an administrator you may change a rule's threshold, how long it must "
                               "hold and whether it is on, and reset the rules to the defaults. Support "
                               "sees this list without changing it."));
            break;
        case store::Role::Support:
            m_role->setText(tr("Support sees the alerts and their rules but does not change them: an "
                               "administrator of this server changes thresholds and durations."));
            break;
        case store::Role::Owner:
            m_role->setText(tr("An owner sees this list only; an administrator of this server changes "
                               "the rules."));
            break;
        }
    refresh();
}

void AlertListDialog::refreshStatus()
{
    if (!m_session)
        return;
    const client::AlertService* alerts = m_session->alerts();
    const client::MetricsService* scraper = m_session->metrics();
    QString text;
    if (!store::mayReadMetrics(m_session->profile()))
        text = tr("Not evaluated: an owner profile does not read this server's metrics.");
    else if (!m_session->isConnected())
        text = tr("Not evaluated now: %1 is not connected. The states below are from the last "
                  "evaluation, if any.")
                   .arg(m_session->profile().name);
    else if (scraper && !scraper->isEnabled())
        text = tr("Not evaluated now: reading metrics is turned off for this server.");
    else
        text = tr("Evaluated every %1 while connected.")
                   .arg(metrics::alertDurationText(scraper ? scraper->intervalMs() : 15000));
    if (const Error& e = alerts->rulesError(); e.isError())
        text += u' ' + tr("The rules file %1 could not be used, so the rules before it stay in use: %2")
                           .arg(alerts->rulesFile(), e.detail.isEmpty() ? ErrorText::sentence(e) : e.detail);
    m_status->setText(text);
}

void AlertListDialog::refresh()
{
    refreshStatus();
    const QString keep = selectedRule();
    m_table->setRowCount(0);
    if (!m_session) {
        m_edit->setEnabled(false);
        return;
    }
    const client::AlertService* alerts = m_session->alerts();
    const QString lang = uiLanguage();
    auto addRow = [this](const QStringList& cells, AlertState state, bool known) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells.value(c));
            if (c == SummaryColumn || c == LabelsColumn)
                item->setToolTip(cells.value(c));
            if (c == ValueColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, c, item);
        }
        if (known && (state == AlertState::Firing || state == AlertState::Error)) {
            QFont bold = m_table->font();
            bold.setBold(true);
            m_table->item(row, StateColumn)->setFont(bold);
        }
    };
    const QString none = QStringLiteral("—");
    const auto& statuses = alerts->statuses();
    for (const metrics::AlertRule& rule : alerts->rules()) {
        const auto it = std::ranges::find_if(
            statuses, [&](const metrics::AlertRuleStatus& s) { return s.rule.name == rule.name; });
        if (!rule.enabled) {
            addRow({rule.name, none, tr("Off"), {}, {}, tr("Turned off: not evaluated.")},
                   AlertState::Inactive, false);
            continue;
        }
        if (it == statuses.end() || it->evaluatedAtMs == 0) {
            addRow({rule.name, none, tr("Not evaluated yet"), {}, {}, rule.condition()}, AlertState::Inactive,
                   false);
            continue;
        }
        const metrics::AlertRuleStatus& s = *it;
        // A rule's label sets that are pending, firing or resolved each get a row; a rule with
        // none (inactive, no data, error) gets one row that says why.
        bool any = false;
        for (const metrics::AlertInstance& inst : s.instances) {
            if (inst.state != AlertState::Pending && inst.state != AlertState::Firing &&
                inst.state != AlertState::Resolved)
                continue;
            any = true;
            const qint64 since = inst.state == AlertState::Firing     ? inst.firingSinceMs
                                 : inst.state == AlertState::Resolved ? inst.resolvedAtMs
                                                                      : inst.activeSinceMs;
            const QString labels = AlertText::labels(inst.labels);
            addRow({rule.name, labels.isEmpty() ? none : labels, AlertText::state(inst.state),
                    AlertText::time(since), QString::number(inst.value, 'g', 4),
                    metrics::expandAlertTemplate(rule.summary(lang), inst.value, inst.labels)},
                   inst.state, true);
        }
        if (!any)
            addRow({rule.name, none, AlertText::state(s.state), {}, {}, s.describe(lang)}, s.state, true);
    }
    m_table->resizeColumnsToContents();
    for (int c : {RuleColumn, LabelsColumn})
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 260));
    int selected = m_table->rowCount() > 0 ? 0 : -1; // the first rule, or the one selected before
    for (int row = 0; row < m_table->rowCount() && !keep.isEmpty(); ++row)
        if (m_table->item(row, RuleColumn)->text() == keep) {
            selected = row;
            break;
        }
    if (selected >= 0)
        m_table->selectRow(selected);
    updateButtons();
}

void AlertListDialog::updateButtons()
{
    const QString rule = selectedRule();
    m_edit->setEnabled(mayEdit() && !rule.isEmpty());
    m_remove->setEnabled(mayEdit() && !rule.isEmpty() && !isBuiltin(rule));
}

bool AlertListDialog::isBuiltin(const QString& name) const
{
    if (!m_session)
        return true;
    const QList<metrics::AlertRule> rules = m_session->alerts()->rules();
    const auto it = std::ranges::find_if(rules, [&](const metrics::AlertRule& r) { return r.name == name; });
    return it == rules.end() || it->builtin;
}

void AlertListDialog::saveRules(const QList<metrics::AlertRule>& rules, const QString& what)
{
    if (auto ok = m_session->alerts()->setRules(rules); !ok)
        QMessageBox::warning(this, what, ErrorText::sentence(ok.error()) + u'\n' + ok.error().detail);
}

bool AlertListDialog::newRule()
{
    if (!mayEdit())
        return false;
    QStringList taken;
    for (const metrics::AlertRule& r : m_session->alerts()->rules())
        taken << r.name;
    metrics::AlertRule blank;
    blank.forMs = 5 * 60'000; // as the seeds' rules: a condition that holds five minutes
    auto* d = new AlertRuleDialog(blank, taken, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QDialog::accepted, this, [this, d] {
        if (!m_session)
            return;
        QList<metrics::AlertRule> all = m_session->alerts()->rules();
        all.append(d->rule());
        saveRules(all, tr("New alert rule"));
    });
    d->open();
    return true;
}

bool AlertListDialog::removeRule(const QString& name)
{
    if (!mayEdit() || name.isEmpty() || isBuiltin(name))
        return false;
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Remove alert rule"),
                        tr("Remove the rule %1 from %2? It is no longer evaluated and its alerts end.")
                            .arg(name, m_session->profile().name),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("alertRemoveBox"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, name](int result) {
        if (result != QMessageBox::Yes || !m_session)
            return;
        QList<metrics::AlertRule> all = m_session->alerts()->rules();
        all.removeIf([&](const metrics::AlertRule& r) { return r.name == name; });
        saveRules(all, tr("Remove alert rule"));
    });
    box->open();
    return true;
}

bool AlertListDialog::editRule(const QString& name)
{
    if (!mayEdit() || name.isEmpty())
        return false;
    const QList<metrics::AlertRule> rules = m_session->alerts()->rules();
    const auto it = std::ranges::find_if(rules, [&](const metrics::AlertRule& r) { return r.name == name; });
    if (it == rules.end())
        return false;
    QStringList taken;
    for (const metrics::AlertRule& r : rules)
        if (r.name != name)
            taken << r.name;
    auto* d = new AlertRuleDialog(*it, taken, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QDialog::accepted, this, [this, d] {
        if (!m_session)
            return;
        const metrics::AlertRule changed = d->rule();
        QList<metrics::AlertRule> all = m_session->alerts()->rules();
        for (metrics::AlertRule& r : all)
            if (r.name == changed.name)
                r = changed;
        if (auto ok = m_session->alerts()->setRules(all); !ok)
            QMessageBox::warning(this, tr("Alert rule"),
                                 ErrorText::sentence(ok.error()) + u'\n' + ok.error().detail);
    });
    d->open();
    return true;
}

void AlertListDialog::resetRules()
{
    if (!mayEdit())
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Reset alert rules"),
                                tr("Go back to the default rules for %1? Every change made to its rules "
                                   "on this computer is dropped.")
                                    .arg(m_session->profile().name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("alertResetBox"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result != QMessageBox::Yes || !m_session)
            return;
        if (auto ok = m_session->alerts()->resetRules(); !ok)
            QMessageBox::warning(this, tr("Reset alert rules"),
                                 ErrorText::sentence(ok.error()) + u'\n' + ok.error().detail);
    });
    box->open();
}

void AlertListDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace capataz::ui
