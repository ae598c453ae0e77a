#include "VerifyPage.h"

#include "BrowseButton.h"
#include "setup/VerifyPlan.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

VerifyPage::VerifyPage(SetupContext* context, QWidget* parent)
    : WizardPage(context, u"verifyPage"_s, parent)
{
    m_domain = new QLineEdit(formWidget());
    m_domain->setObjectName(u"verifyDomain"_s);
    m_address = new QLineEdit(formWidget());
    m_address->setObjectName(u"verifyAddress"_s);
    m_caFile = new QLineEdit(formWidget());
    m_caFile->setObjectName(u"verifyCaFile"_s);
    m_timeout = new QSpinBox(formWidget());
    m_timeout->setObjectName(u"verifyTimeout"_s);
    m_timeout->setRange(1, 300);
    m_timeout->setValue(10);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    QWidget* fields[4] = {m_domain, m_address, m_caFile, m_timeout};
    for (int i = 0; i < 4; ++i) {
        m_labels[i] = new QLabel(formWidget());
        m_labels[i]->setBuddy(fields[i]);
        if (fields[i] == m_caFile)
            form->addRow(m_labels[i],
                         BrowseButton::row(m_caFile, new BrowseButton(m_caFile, BrowseButton::Kind::PemFile),
                                           formWidget()));
        else
            form->addRow(m_labels[i], fields[i]);
    }
    formLayout()->addLayout(form);
    formLayout()->addStretch(1);

    m_results = new QTreeWidget(this);
    m_results->setObjectName(u"verifyResults"_s);
    m_results->setColumnCount(2);
    m_results->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_resultsTab = addResultTab(m_results, {});

    m_summaryBox = new QWidget(this);
    m_summary = new QPlainTextEdit(m_summaryBox);
    m_summary->setObjectName(u"verifySummary"_s);
    m_summary->setReadOnly(true);
    m_summary->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copy = new QPushButton(m_summaryBox);
    m_copy->setObjectName(u"verifyCopy"_s);
    m_copy->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton, nullptr, this));
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_copy);
    auto* sl = new QVBoxLayout(m_summaryBox);
    sl->setContentsMargins(0, 0, 0, 0);
    sl->addWidget(m_summary, 1);
    sl->addLayout(row);
    m_summaryTab = addResultTab(m_summaryBox, {});
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(summaryText()); });
    initPage();
}

QString VerifyPage::pageTitle() const
{
    return tr("Verify");
}

QString VerifyPage::explanation() const
{
    return tr(
        "Checks that everything works, without changing anything: the health endpoints on the server itself "
        "(through the SSH connection) and through the public HTTPS name, and which ports can be reached "
        "from this computer compared with the intended ones (SSH, 80 and 443). The summary can be copied "
        "into a ticket.");
}

void VerifyPage::pageShown()
{
    if (m_domain->text().isEmpty())
        m_domain->setText(context()->domain());
    if (m_caFile->text().isEmpty())
        m_caFile->setText(context()->extraCaFile());
}

void VerifyPage::retranslatePage()
{
    m_labels[0]->setText(tr("Public &domain:"));
    m_labels[1]->setText(tr("Connect to &address:"));
    m_labels[2]->setText(tr("Extra &CA file:"));
    m_labels[3]->setText(tr("&Timeout per check:"));
    m_domain->setPlaceholderText(tr("Empty: only the checks through SSH"));
    m_address->setPlaceholderText(tr("Empty: resolve the domain (DNS)"));
    m_caFile->setPlaceholderText(tr("A private or test CA to trust (PEM), besides the system's"));
    m_timeout->setSuffix(tr(" s"));
    m_copy->setText(tr("Copy summary"));
    m_results->setHeaderLabels({tr("Check"), tr("Result")});
    setResultTabTitle(m_resultsTab, tr("Results"));
    setResultTabTitle(m_summaryTab, tr("Summary"));
    showReport(); // the results tree in the new language (the ticket summary stays as written)
}

QString VerifyPage::summaryText() const
{
    return m_summary->toPlainText();
}

Result<std::vector<plan::Plan>> VerifyPage::buildPlans(const setup::SetupTarget& target,
                                                       QStringList* problems)
{
    QVariantMap v;
    if (!m_domain->text().trimmed().isEmpty())
        v[u"domain"_s] = m_domain->text().trimmed();
    if (!m_address->text().trimmed().isEmpty())
        v[u"public_address"_s] = m_address->text().trimmed();
    if (!m_caFile->text().trimmed().isEmpty())
        v[u"ca_file"_s] = m_caFile->text().trimmed();
    v[u"timeout_seconds"_s] = QString::number(m_timeout->value());
    const setup::AnswerMap section(v, u"verify"_s);
    const setup::VerifyAnswers answers = setup::VerifyAnswers::fromAnswers(section, target);
    *problems = section.problems();
    if (!problems->isEmpty())
        return fail(ErrorCode::InvalidArgument, problems->join(u'\n'));
    m_report = std::make_shared<setup::VerifyReport>();
    m_report->server = context()->serverName();
    auto plan = setup::buildVerifyPlan(answers, target, m_report);
    if (!plan)
        return std::unexpected(plan.error());
    std::vector<plan::Plan> plans;
    plans.push_back(std::move(*plan));
    return plans;
}

QString VerifyPage::checkedStepState(const QString& stepId) const
{
    if (!m_report)
        return {};
    bool ok = true;
    if (stepId == u"verify.ports"_s) {
        for (const setup::VerifyReport::Port& p : std::as_const(m_report->ports))
            ok = ok && p.ok();
    } else if (stepId == u"verify.health-tunnel"_s || stepId == u"verify.health-public"_s) {
        const bool tunnel = stepId == u"verify.health-tunnel"_s;
        for (const setup::VerifyReport::Endpoint& e : std::as_const(m_report->endpoints)) {
            if ((e.via == u"tunnel"_s) == tunnel)
                ok = ok && e.ok();
        }
    } else {
        ok = m_report->problems().isEmpty(); // the summary
    }
    return ok ? tr("checked") : tr("problem found");
}

void VerifyPage::runFinished(bool, bool)
{
    showReport();
    if (m_report) {
        const QStringList problems = m_report->problems();
        addPreviewMessage(problems.isEmpty()
                              ? tr("Verification: everything works.")
                              : tr("Verification found problems:") + u' ' + problems.join(u' '));
    }
    showResultTab(m_resultsTab); // the checks ran in the preview too: their results are what matters here
}

void VerifyPage::showReport()
{
    m_results->clear();
    if (!m_report)
        return;
    const QIcon good = style()->standardIcon(QStyle::SP_DialogApplyButton, nullptr, this);
    const QIcon bad = style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this);
    auto* health = new QTreeWidgetItem(m_results, {tr("Health endpoints")});
    for (const setup::VerifyReport::Endpoint& e : std::as_const(m_report->endpoints)) {
        const QString via = e.via == u"tunnel" ? tr("through SSH") : tr("public");
        const QString result = e.ok()         ? tr("OK (HTTP %1)").arg(e.status)
                               : e.status > 0 ? tr("HTTP %1: %2").arg(e.status).arg(e.error)
                                              : e.error;
        auto* item = new QTreeWidgetItem(health, {u"%1 (%2)"_s.arg(e.url, via), result});
        item->setIcon(0, e.ok() ? good : bad);
        for (const auto& [key, value] : std::as_const(e.fields))
            new QTreeWidgetItem(item, {key, value});
        if (e.fields.isEmpty() && !e.bodyExcerpt.isEmpty())
            new QTreeWidgetItem(item, {tr("Body"), e.bodyExcerpt});
    }
    auto* ports =
        new QTreeWidgetItem(m_results, {tr("Ports from this computer (%1)").arg(m_report->portsHost)});
    for (const setup::VerifyReport::Port& p : std::as_const(m_report->ports)) {
        const QString expected = p.intended ? tr("should be open") : tr("should be closed");
        const QString state = p.state == u"open"_s       ? tr("open", "port state")
                              : p.state == u"closed"_s   ? tr("closed", "port state")
                              : p.state == u"filtered"_s ? tr("filtered", "port state: no answer")
                                                         : p.state;
        auto* item = new QTreeWidgetItem(ports, {QString::number(p.port), u"%1 (%2)"_s.arg(state, expected)});
        item->setIcon(0, p.ok() ? good : bad);
    }
    if (!m_report->certificate.isEmpty())
        new QTreeWidgetItem(m_results, {tr("Certificate"), m_report->certificate});
    const QStringList problems = m_report->problems();
    auto* verdict = new QTreeWidgetItem(
        m_results, {tr("Verdict"), problems.isEmpty() ? tr("Everything works") : problems.join(u'\n')});
    verdict->setIcon(0, problems.isEmpty() ? good : bad);
    m_results->expandAll();
    m_summary->setPlainText(m_report->toText());
}

} // namespace capataz::ui
