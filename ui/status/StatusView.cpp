#include "StatusView.h"

#include "LanguageManager.h"
#include "status/StatusText.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

namespace {

const QString kGreen = u"#2e7d32"_s;
const QString kAmber = u"#b26a00"_s;
const QString kRed = u"#c62828"_s;
const QString kBlue = u"#1565c0"_s;
const QString kGrey = u"#757575"_s;

QFont scaled(QFont f, double factor, bool bold)
{
    f.setPointSizeF(f.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

QString colorFor(status::ServerStatus::Verdict v, bool checked)
{
    if (!checked)
        return kGrey;
    switch (v) {
    case status::ServerStatus::Verdict::AllWell:
        return kGreen;
    case status::ServerStatus::Verdict::NeedsAttention:
        return kAmber;
    case status::ServerStatus::Verdict::Unreachable:
        return kRed;
    case status::ServerStatus::Verdict::Maintenance:
        return kBlue;
    }
    return kGrey;
}

} // namespace

StatusView::StatusView(QWidget* parent)
    : QWidget(parent)
    , m_description(new QLabel(this))
    , m_light(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_checkedAt(new QLabel(this))
    , m_address(new QLabel(this))
    , m_diskBar(new QProgressBar(this))
{
    setObjectName(u"statusView"_s);
    m_description->setObjectName(u"statusDescription"_s);
    m_headline->setObjectName(u"statusHeadline"_s);
    m_checkedAt->setObjectName(u"statusCheckedAt"_s);
    m_address->setObjectName(u"statusAddress"_s);
    m_diskBar->setObjectName(u"statusDiskBar"_s);
    m_description->setFont(scaled(font(), 1.3, false));
    m_description->setWordWrap(true);
    m_headline->setFont(scaled(font(), 1.9, true));
    m_headline->setWordWrap(true);
    m_light->setFont(scaled(font(), 2.4, false));
    m_checkedAt->setWordWrap(true);
    m_diskBar->setRange(0, 100);
    m_diskBar->setTextVisible(false);
    m_diskBar->setMaximumHeight(10);

    auto* top = new QHBoxLayout;
    top->addWidget(m_light, 0, Qt::AlignTop);
    auto* words = new QVBoxLayout;
    words->addWidget(m_headline);
    words->addWidget(m_checkedAt);
    top->addLayout(words, 1);

    m_service = makeCard(u"statusCardService"_s);
    m_backup = makeCard(u"statusCardBackup"_s);
    m_certificate = makeCard(u"statusCardCertificate"_s);
    m_disk = makeCard(u"statusCardDisk"_s);
    m_problems = makeCard(u"statusCardProblems"_s);
    qobject_cast<QVBoxLayout*>(m_disk.frame->layout())->addWidget(m_diskBar);
    m_problems.value->setFont(scaled(font(), 1.15, false));

    auto* grid = new QGridLayout;
    grid->setSpacing(14);
    grid->addWidget(m_service.frame, 0, 0);
    grid->addWidget(m_backup.frame, 0, 1);
    grid->addWidget(m_certificate.frame, 1, 0);
    grid->addWidget(m_disk.frame, 1, 1);
    grid->addWidget(m_problems.frame, 2, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(12);
    layout->addWidget(m_description);
    layout->addLayout(top);
    layout->addLayout(grid);
    layout->addWidget(m_address);
    layout->addStretch(1);
    render();
}

StatusView::Card StatusView::makeCard(const QString& objectName)
{
    Card c;
    auto* frame = new QFrame(this);
    frame->setObjectName(objectName);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setStyleSheet(
        u"QFrame#%1 { border: 1px solid palette(mid); border-radius: 8px; }"_s.arg(objectName));
    c.frame = frame;
    c.title = new QLabel(frame);
    c.value = new QLabel(frame);
    c.detail = new QLabel(frame);
    c.title->setObjectName(objectName + u"Title"_s);
    c.value->setObjectName(objectName + u"Value"_s);
    c.detail->setObjectName(objectName + u"Detail"_s);
    c.title->setFont(scaled(font(), 1.0, true));
    c.value->setFont(scaled(font(), 1.5, false));
    for (QLabel* l : {c.title, c.value, c.detail}) {
        l->setWordWrap(true);
        l->setStyleSheet(u"border: none;"_s);
        l->setTextFormat(Qt::PlainText);
    }
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(c.title);
    layout->addWidget(c.value);
    layout->addWidget(c.detail);
    return c;
}

QLocale StatusView::locale() const
{
    const QString lang = LanguageManager::instance().effectiveLanguage();
    return QLocale(lang.isEmpty() ? u"en"_s : lang);
}

void StatusView::setStatus(const status::ServerStatus& status, const QDateTime& now, bool checked)
{
    m_status = status;
    m_now = now;
    m_checked = checked;
    render();
}

void StatusView::render()
{
    const QLocale loc = locale();
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    const QString description = m_status.settings.description.trimmed();
    m_description->setText(description);
    m_description->setVisible(!description.isEmpty());
    const auto verdict = m_status.verdict(now);
    m_light->setText(u"<span style=\"color:%1\">●</span>"_s.arg(colorFor(verdict, m_checked)));
    if (!m_checked) {
        m_headline->setText(tr("Not checked yet."));
        m_checkedAt->setText(tr("Connect to the server to see how the system is doing."));
    } else {
        m_headline->setText(status::headline(m_status, now, loc));
        m_checkedAt->setText(m_status.checkedAt.isValid()
                                 ? tr("Checked at %1. The page checks again by itself.")
                                       .arg(status::whenText(m_status.checkedAt, now, loc))
                                 : QString());
    }
    const bool showAddress = m_status.settings.showAddresses && !m_status.address.isEmpty();
    m_address->setText(showAddress ? tr("Server: %1").arg(m_status.address) : QString());
    m_address->setVisible(showAddress);
    renderService();
    renderBackup();
    renderCertificate();
    renderDisk();
    renderProblems();
}

void StatusView::renderService()
{
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    m_service.title->setText(tr("The service"));
    QString value;
    QString detail;
    if (!m_checked) {
        value = tr("Not checked yet");
    } else if (!m_status.reachable) {
        value = tr("No answer");
        detail = m_status.lastAnswerAt.isValid()
                     ? tr("Last answer at %1.").arg(status::whenText(m_status.lastAnswerAt, now, locale()))
                     : QString();
    } else {
        const auto answers = m_status.serviceAnswers();
        if (answers == false)
            value = tr("Does not answer");
        else if (!m_status.servicesDown.isEmpty())
            value = tr("Partly stopped");
        else if (answers == true)
            value = tr("Answers");
        else if (m_status.composeKnown)
            value = tr("Running");
        else
            value = tr("Unknown");
        if (m_status.runningSince.isValid() && m_status.servicesDown.isEmpty() && answers != false)
            detail = tr("Working without a break since %1 (%2).")
                         .arg(status::whenText(m_status.runningSince, now, locale()),
                              status::durationText(m_status.runningSince.secsTo(now)));
    }
    m_service.value->setText(value);
    m_service.detail->setText(detail);
    m_service.detail->setVisible(!detail.isEmpty());
}

void StatusView::renderBackup()
{
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    const status::BackupStatus& b = m_status.backup;
    m_backup.title->setText(tr("Backups"));
    if (!m_checked && !b.configured) { // not "not set up" before the server was even asked
        m_backup.value->setText(tr("Not checked yet"));
        m_backup.detail->clear();
        return;
    }
    if (!b.configured) {
        m_backup.value->setText(tr("Not set up yet"));
        m_backup.detail->setText(tr("Ask your administrator to set up backups."));
        return;
    }
    m_backup.value->setText(b.lastBackup.isValid()
                                ? tr("Last backup: %1").arg(status::whenText(b.lastBackup, now, locale()))
                                : tr("No backup yet"));
    m_backup.detail->setText(b.lastVerifiedRestore.isValid()
                                 ? tr("Last restore test that worked: %1.")
                                       .arg(status::whenText(b.lastVerifiedRestore, now, locale()))
                                 : tr("No restore has been tested yet."));
}

void StatusView::renderCertificate()
{
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    m_certificate.title->setText(tr("Security certificate of the web address"));
    const auto days = m_status.certificateDaysLeft(now);
    if (m_checked && !m_status.reachable) {
        m_certificate.value->setText(tr("Unknown while the server does not answer"));
        m_certificate.detail->clear();
    } else if (!m_checked) {
        m_certificate.value->setText(tr("Not checked yet"));
        m_certificate.detail->clear();
    } else if (!days) {
        m_certificate.value->setText(tr("Not in use"));
        m_certificate.detail->setText(tr("This server has no certificate of its own."));
    } else {
        const QString date =
            locale().toString(m_status.certificateUntil->toLocalTime().date(), QLocale::LongFormat);
        if (*days < 0) {
            m_certificate.value->setText(tr("Expired on %1").arg(date));
            m_certificate.detail->setText(tr("Browsers warn visitors."));
        } else {
            m_certificate.value->setText(tr("Valid until %1").arg(date));
            m_certificate.detail->setText(tr("%n day(s) left. It renews by itself.", nullptr, *days));
        }
    }
}

void StatusView::renderDisk()
{
    m_disk.title->setText(tr("Disk space"));
    const auto used = m_status.diskUsedPercent();
    m_diskBar->setVisible(used.has_value() && m_status.reachable);
    if (m_checked && !m_status.reachable) {
        m_disk.value->setText(tr("Unknown while the server does not answer"));
        m_disk.detail->clear();
        return;
    }
    if (!m_checked || !used) {
        m_disk.value->setText(tr("Not checked yet"));
        m_disk.detail->clear();
        return;
    }
    m_diskBar->setValue(*used);
    m_diskBar->setStyleSheet(u"QProgressBar::chunk { background: %1; }"_s.arg(
        *used >= status::ServerStatus::kDiskWarnPercent ? kAmber : kGreen));
    m_disk.value->setText(tr("%1 free").arg(status::sizeText(m_status.diskFreeBytes, locale())));
    m_disk.detail->setText(
        tr("%1% used of %2.").arg(*used).arg(status::sizeText(m_status.diskTotalBytes, locale())));
}

void StatusView::renderProblems()
{
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    const QString contact = status::contactText(m_status.settings);
    if (m_checked && m_status.settings.inMaintenance(now)) {
        m_problems.title->setText(tr("Maintenance"));
        m_problems.value->setText(m_status.settings.maintenanceNote.trimmed());
        m_problems.detail->setText(
            tr("Alarms are paused until %1.")
                .arg(status::whenText(m_status.settings.maintenanceUntil, now, locale())) +
            (contact.isEmpty() ? QString() : u"\n"_s + contact));
        return;
    }
    m_problems.title->setText(tr("Recent problems"));
    const QList<status::Finding> findings = m_checked ? m_status.findings(now) : QList<status::Finding>{};
    if (findings.isEmpty()) {
        m_problems.value->setText(m_checked ? tr("None.") : QString());
        m_problems.detail->setText(contact.isEmpty() ? QString() : tr("Questions? %1").arg(contact));
        return;
    }
    QStringList lines;
    for (const status::Finding& f : findings)
        lines << u"• "_s + status::findingText(f, now, locale());
    m_problems.value->setText(lines.join(u'\n'));
    m_problems.detail->setText(contact.isEmpty() ? tr("If this goes on, call your administrator.") : contact);
}

QStringList StatusView::texts() const
{
    QStringList out;
    for (const QLabel* l : findChildren<QLabel*>())
        if (l->isVisibleTo(this) && !l->text().isEmpty() && l != m_light)
            out << l->text();
    return out;
}

QString StatusView::toHtml() const
{
    auto esc = [](const QString& s) {
        return s.toHtmlEscaped().replace(u'\n', u"<br>"_s);
    };
    QString html = u"<html><body style=\"font-family: sans-serif;\">"_s;
    if (m_description->isVisibleTo(this))
        html += u"<p style=\"font-size: 14pt;\">%1</p>"_s.arg(esc(m_description->text()));
    html += u"<h1 style=\"color:%1;\">%2</h1>"_s.arg(colorFor(m_status.verdict(m_now), m_checked),
                                                     esc(m_headline->text()));
    html += u"<p>%1</p>"_s.arg(esc(m_checkedAt->text()));
    html +=
        u"<table width=\"100%\" cellspacing=\"8\" cellpadding=\"10\" border=\"1\" style=\"border-collapse: collapse;\">"_s;
    for (const Card* c : {&m_service, &m_backup, &m_certificate, &m_disk, &m_problems})
        html += u"<tr><td><b>%1</b><br><span style=\"font-size: 14pt;\">%2</span><br>%3</td></tr>"_s.arg(
            esc(c->title->text()), esc(c->value->text()), esc(c->detail->text()));
    html += u"</table>"_s;
    if (m_address->isVisibleTo(this))
        html += u"<p>%1</p>"_s.arg(esc(m_address->text()));
    html += u"</body></html>"_s;
    return html;
}

void StatusView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace capataz::ui
