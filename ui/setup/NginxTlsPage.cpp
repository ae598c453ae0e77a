#include "NginxTlsPage.h"

#include "BrowseButton.h"
#include "ErrorText.h"
#include "setup/NginxPlan.h"
#include "setup/TlsPlan.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

NginxTlsPage::NginxTlsPage(SetupContext* context, QWidget* parent)
    : WizardPage(context, u"nginxTlsPage"_s, parent)
    , m_probe(new net::TlsProbe(this))
{
    m_domain = new QLineEdit(formWidget());
    m_domain->setObjectName(u"nginxDomain"_s);
    m_extraDomains = new QLineEdit(formWidget());
    m_extraDomains->setObjectName(u"nginxExtraDomains"_s);
    m_email = new QLineEdit(formWidget());
    m_email->setObjectName(u"tlsEmail"_s);
    m_upstreamPort = new QSpinBox(formWidget());
    m_upstreamPort->setObjectName(u"nginxUpstreamPort"_s);
    m_upstreamPort->setRange(0, 65535);
    m_bodySize = new QLineEdit(formWidget());
    m_bodySize->setObjectName(u"nginxBodySize"_s);
    m_address = new QLineEdit(formWidget());
    m_address->setObjectName(u"tlsCheckAddress"_s);
    m_caFile = new QLineEdit(formWidget());
    m_caFile->setObjectName(u"tlsExtraCaFile"_s);
    m_websocket = new QCheckBox(formWidget());
    m_websocket->setObjectName(u"nginxWebsocket"_s);
    m_redirect = new QCheckBox(formWidget());
    m_redirect->setObjectName(u"tlsRedirect"_s);
    m_redirect->setChecked(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    QWidget* fields[7] = {m_domain, m_extraDomains, m_email, m_upstreamPort, m_bodySize, m_address, m_caFile};
    for (int i = 0; i < 7; ++i) {
        m_labels[i] = new QLabel(formWidget());
        m_labels[i]->setBuddy(fields[i]);
        if (fields[i] == m_caFile)
            form->addRow(m_labels[i],
                         BrowseButton::row(m_caFile, new BrowseButton(m_caFile, BrowseButton::Kind::PemFile),
                                           formWidget()));
        else
            form->addRow(m_labels[i], fields[i]);
        if (i == 4) {
            form->addRow(QString(), m_websocket);
            form->addRow(QString(), m_redirect);
        }
    }
    formLayout()->addLayout(form);
    formLayout()->addStretch(1);

    m_certBox = new QWidget(this);
    m_cert = new QTreeWidget(m_certBox);
    m_cert->setObjectName(u"tlsCertificate"_s);
    m_cert->setColumnCount(2);
    m_cert->setRootIsDecorated(false);
    m_cert->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_checkCert = new QPushButton(m_certBox);
    m_checkCert->setObjectName(u"tlsCheckCertificate"_s);
    m_checkCert->setIcon(style()->standardIcon(QStyle::SP_BrowserReload, nullptr, this));
    m_renewal = new QLabel(m_certBox);
    m_renewal->setObjectName(u"tlsRenewal"_s);
    m_renewal->setWordWrap(true);
    m_renewal->setTextFormat(Qt::PlainText);
    auto* row = new QHBoxLayout;
    row->addWidget(m_renewal, 1);
    row->addWidget(m_checkCert);
    auto* cl = new QVBoxLayout(m_certBox);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->addWidget(m_cert, 1);
    cl->addLayout(row);
    m_certTab = addResultTab(m_certBox, {});

    connect(m_checkCert, &QPushButton::clicked, this, &NginxTlsPage::checkCertificate);
    connect(m_probe, &net::TlsProbe::finished, this, &NginxTlsPage::showCertificate);
    connect(m_domain, &QLineEdit::textChanged, this,
            [this](const QString& d) { this->context()->setDomain(d.trimmed()); });
    connect(context, &SetupContext::targetChanged, this, &NginxTlsPage::fillDefaults);
    fillDefaults();
    initPage();
}

QString NginxTlsPage::pageTitle() const
{
    return tr("Nginx and SSL");
}

QString NginxTlsPage::explanation() const
{
    return tr(
        "Puts nginx in front of the application: a site generated from the recipe that redirects HTTP to "
        "HTTPS and passes requests to the application with the right headers, body size and timeouts. "
        "The site is checked with “nginx -t” before nginx reloads; if the check fails the previous files "
        "come back and nginx keeps serving. Then certbot gets a free Let's Encrypt certificate for the "
        "domain, which must already point to this server with port 80 open, and renewal is scheduled and "
        "tested. Finally the console connects to the site itself to show the certificate visitors receive.");
}

void NginxTlsPage::retranslatePage()
{
    m_labels[0]->setText(tr("&Domain:"));
    m_labels[1]->setText(tr("&Other names:"));
    m_labels[2]->setText(tr("&E-mail for Let's Encrypt:"));
    m_labels[3]->setText(tr("Application &port:"));
    m_labels[4]->setText(tr("Largest &upload:"));
    m_labels[5]->setText(tr("Check the certificate &at:"));
    m_labels[6]->setText(tr("Extra &CA file:"));
    m_domain->setPlaceholderText(tr("api.example.com (it must point to this server)"));
    m_extraDomains->setPlaceholderText(tr("Optional, separated by spaces: www.example.com"));
    m_email->setPlaceholderText(tr("Expiry notices are sent here"));
    m_upstreamPort->setSpecialValueText(tr("From the recipe"));
    m_bodySize->setPlaceholderText(tr("nginx size, e.g. 10M"));
    m_address->setPlaceholderText(tr("Empty: the domain itself (DNS)"));
    m_caFile->setPlaceholderText(tr("A private or test CA to trust (PEM), besides the system's"));
    m_websocket->setText(tr("Pass &WebSocket connections through"));
    m_redirect->setText(tr("&Redirect HTTP to HTTPS"));
    m_checkCert->setText(tr("Check certificate"));
    m_cert->setHeaderLabels({tr("Certificate"), tr("Value")});
    setResultTabTitle(m_certTab, tr("Certificate"));
    if (m_renewalState.isEmpty())
        m_renewal->setText(tr("Renewal: not checked yet (Preview or Apply check it)."));
    else if (m_renewalState == u"ok")
        m_renewal->setText(tr("Renewal: scheduled, and a test renewal (certbot renew --dry-run) succeeded."));
    else
        m_renewal->setText(tr("Renewal: not working; see the tls.renewal step in Progress."));
    renderCertificate();
}

void NginxTlsPage::fillDefaults()
{
    QStringList problems;
    const setup::SetupTarget target = context()->target(&problems);
    if (target.recipe.id == m_defaultsFor)
        return;
    m_defaultsFor = target.recipe.id;
    const setup::NginxAnswers d = setup::NginxAnswers::defaults(target);
    m_upstreamPort->setValue(d.upstreamPort);
    m_bodySize->setText(d.clientMaxBodySize);
    m_websocket->setChecked(d.websocket);
    if (m_domain->text().isEmpty())
        m_domain->setPlaceholderText(target.recipe.nginx.domain);
}

void NginxTlsPage::pageShown()
{
    if (m_caFile->text().isEmpty())
        m_caFile->setText(context()->extraCaFile());
}

Result<std::vector<plan::Plan>> NginxTlsPage::buildPlans(const setup::SetupTarget& target,
                                                         QStringList* problems)
{
    const QRegularExpression sep(u"[\\s,]+"_s);
    QVariantMap n;
    n[u"domain"_s] = m_domain->text().trimmed();
    const QStringList extra = m_extraDomains->text().split(sep, Qt::SkipEmptyParts);
    if (!extra.isEmpty())
        n[u"extra_domains"_s] = answerList(extra);
    if (m_upstreamPort->value() > 0)
        n[u"upstream_port"_s] = QString::number(m_upstreamPort->value());
    if (!m_bodySize->text().trimmed().isEmpty())
        n[u"client_max_body_size"_s] = m_bodySize->text().trimmed();
    n[u"websocket"_s] = m_websocket->isChecked() ? u"true"_s : u"false"_s;
    QVariantMap t;
    t[u"email"_s] = m_email->text().trimmed();
    t[u"redirect"_s] = m_redirect->isChecked() ? u"true"_s : u"false"_s;

    const setup::AnswerMap nginxSection(n, u"nginx"_s);
    const setup::NginxAnswers nginx = setup::NginxAnswers::fromAnswers(nginxSection, target);
    const setup::AnswerMap tlsSection(t, u"tls"_s);
    const setup::TlsAnswers tls = setup::TlsAnswers::fromAnswers(tlsSection, target, nginx);
    *problems = nginxSection.problems() + tlsSection.problems();
    if (!problems->isEmpty())
        return fail(ErrorCode::InvalidArgument, problems->join(u'\n'));
    auto nginxPlan = setup::buildNginxPlan(nginx, target);
    if (!nginxPlan)
        return std::unexpected(nginxPlan.error());
    auto tlsPlan = setup::buildTlsPlan(tls, nginx, target);
    if (!tlsPlan)
        return std::unexpected(tlsPlan.error());
    std::vector<plan::Plan> plans;
    plans.push_back(std::move(*nginxPlan));
    plans.push_back(std::move(*tlsPlan));
    return plans;
}

void NginxTlsPage::runFinished(bool dryRun, bool ok)
{
    m_renewalState.clear();
    for (const plan::PlanReport& r : lastReports()) {
        if (const plan::PlanReport::Outcome* o = r.outcome(u"tls.renewal"_s)) {
            if (o->status == plan::StepStatus::Applied || o->status == plan::StepStatus::Skipped)
                m_renewalState = u"ok"_s;
            else if (o->status != plan::StepStatus::Planned)
                m_renewalState = u"failed"_s;
        }
    }
    retranslatePage();
    if (!dryRun && ok) {
        showResultTab(m_certTab);
        checkCertificate();
    }
}

void NginxTlsPage::checkCertificate()
{
    const QString domain = m_domain->text().trimmed();
    if (domain.isEmpty() || m_probe->isRunning())
        return;
    net::TlsProbe::Options o;
    o.address = m_address->text().trimmed().isEmpty() ? domain : m_address->text().trimmed();
    o.port = 443;
    o.peerName = domain;
    const QString caFile = m_caFile->text().trimmed();
    context()->setExtraCaFile(caFile);
    if (!caFile.isEmpty()) {
        auto ca = net::TlsProbe::loadCaCertificates(caFile);
        if (!ca) {
            showCertificate(std::unexpected(ca.error()));
            return;
        }
        o.extraCaCertificates = *ca;
    }
    m_cert->clear();
    m_verified = false;
    m_lastCert.reset();
    new QTreeWidgetItem(m_cert, {tr("Connecting to %1…").arg(o.address)});
    m_checkCert->setEnabled(false);
    m_probe->start(o);
}

void NginxTlsPage::showCertificate(const Result<net::TlsProbeResult>& result)
{
    m_checkCert->setEnabled(true);
    m_lastCert = result;
    renderCertificate();
}

void NginxTlsPage::renderCertificate()
{
    if (!m_lastCert)
        return;
    const Result<net::TlsProbeResult>& r = *m_lastCert;
    m_cert->clear();
    const QIcon good = style()->standardIcon(QStyle::SP_DialogApplyButton, nullptr, this);
    const QIcon bad = style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this);
    if (!r) {
        auto* item = new QTreeWidgetItem(
            m_cert, {tr("Connection"), ErrorText::sentence(r.error()) + u' ' + r.error().detail});
        item->setIcon(0, bad);
        return;
    }
    auto* verdict = new QTreeWidgetItem(
        m_cert, {tr("Trusted"), r->verified ? tr("Yes: the chain and the name check out")
                                            : tr("No: %1").arg(r->verificationErrors.join(u"; "_s))});
    verdict->setIcon(0, r->verified ? good : bad);
    const QString issuer = r->leaf.issuerOrganization.isEmpty()
                               ? r->leaf.issuerCommonName
                               : u"%1 (%2)"_s.arg(r->leaf.issuerCommonName, r->leaf.issuerOrganization);
    new QTreeWidgetItem(m_cert, {tr("Issuer"), issuer});
    new QTreeWidgetItem(m_cert, {tr("Names"), r->leaf.subjectAltNames.join(u", "_s)});
    new QTreeWidgetItem(
        m_cert, {tr("Valid until"), QLocale().toString(r->leaf.notAfter.toLocalTime(), QLocale::LongFormat)});
    auto* days = new QTreeWidgetItem(m_cert, {tr("Days left"), QString::number(r->daysLeft)});
    days->setIcon(0, r->daysLeft > 14 ? good : bad);
    new QTreeWidgetItem(m_cert, {tr("Protocol"), r->protocol});
    m_verified = r->verified;
}

QString NginxTlsPage::certificateText() const
{
    QStringList lines;
    for (int i = 0; i < m_cert->topLevelItemCount(); ++i)
        lines.append(m_cert->topLevelItem(i)->text(0) + u": "_s + m_cert->topLevelItem(i)->text(1));
    return lines.join(u'\n');
}

} // namespace capataz::ui
