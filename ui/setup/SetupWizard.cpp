#include "SetupWizard.h"

#include "ComposePage.h"
#include "EnvPage.h"
#include "FirewallPage.h"
#include "NginxTlsPage.h"
#include "ServerCheckPage.h"
#include "TargetPage.h"
#include "VerifyPage.h"
#include "WizardPage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

SetupWizard::SetupWizard(QWidget* parent)
    : QWidget(parent)
    , m_context(new SetupContext(this))
    , m_steps(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_back(new QPushButton(this))
    , m_next(new QPushButton(this))
    , m_busyNote(new QLabel(this))
{
    setObjectName(u"setupWizard"_s);
    m_steps->setObjectName(u"setupSteps"_s);
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_steps->setSpacing(2);
    m_pages->setObjectName(u"setupPages"_s);
    m_back->setObjectName(u"setupBack"_s);
    m_next->setObjectName(u"setupNext"_s);
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack, nullptr, this));
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowForward, nullptr, this));

    m_target = new TargetPage(m_context, m_pages);
    addPage(m_target);
    for (WizardPage* p : std::initializer_list<WizardPage*>{
             new ServerCheckPage(m_context, m_pages), new FirewallPage(m_context, m_pages),
             new NginxTlsPage(m_context, m_pages), new EnvPage(m_context, m_pages),
             new ComposePage(m_context, m_pages), new VerifyPage(m_context, m_pages)}) {
        m_wizardPages.append(p);
        addPage(p);
        connect(p, &WizardPage::appliedChanged, this, &SetupWizard::retranslateUi);
        connect(p, &WizardPage::busyChanged, this, &SetupWizard::refresh);
    }

    m_busyNote->setObjectName(u"setupBusyNote"_s);
    m_busyNote->setStyleSheet(u"color:#8a6d00"_s);
    m_busyNote->hide();
    auto* nav = new QHBoxLayout;
    nav->addWidget(m_busyNote);
    nav->addStretch(1);
    nav->addWidget(m_back);
    nav->addWidget(m_next);
    auto* right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_pages, 1);
    right->addLayout(nav);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addLayout(right, 1);

    connect(m_steps, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            setCurrentPage(row);
    });
    connect(m_back, &QPushButton::clicked, this, [this] { setCurrentPage(currentPage() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { setCurrentPage(currentPage() + 1); });
    retranslateUi();
    setCurrentPage(0);
}

void SetupWizard::addPage(QWidget* page)
{
    m_pages->addWidget(page);
    m_steps->addItem(QString());
}

void SetupWizard::setSession(client::ServerSession* session)
{
    m_context->setSession(session);
}

int SetupWizard::pageCount() const
{
    return m_pages->count();
}

int SetupWizard::currentPage() const
{
    return m_pages->currentIndex();
}

QWidget* SetupWizard::page(int index) const
{
    return m_pages->widget(index);
}

bool SetupWizard::isBusy() const
{
    for (const WizardPage* p : m_wizardPages) {
        if (p->isBusy())
            return true;
    }
    return false;
}

QString SetupWizard::pageNameForStep(const QString& stepName)
{
    if (stepName == u"server-check")
        return u"serverCheckPage"_s;
    if (stepName == u"firewall")
        return u"firewallPage"_s;
    if (stepName == u"nginx" || stepName == u"tls")
        return u"nginxTlsPage"_s;
    if (stepName == u"env")
        return u"envPage"_s;
    if (stepName == u"compose")
        return u"composePage"_s;
    if (stepName == u"verify")
        return u"verifyPage"_s;
    return {};
}

bool SetupWizard::openStep(const QString& stepName)
{
    const QString name = pageNameForStep(stepName);
    for (int i = 0; i < m_pages->count() && !name.isEmpty(); ++i) {
        if (m_pages->widget(i)->objectName() != name)
            continue;
        setCurrentPage(i);
        return currentPage() == i;
    }
    return false;
}

void SetupWizard::setCurrentPage(int index)
{
    if (index < 0 || index >= m_pages->count())
        return;
    if (index != currentPage() && isBusy()) {
        // One run at a time, and its page stays in view until it ends.
        if (m_steps->currentRow() != currentPage())
            m_steps->setCurrentRow(currentPage());
        return;
    }
    m_pages->setCurrentIndex(index);
    if (m_steps->currentRow() != index)
        m_steps->setCurrentRow(index);
    if (auto* p = qobject_cast<WizardPage*>(m_pages->widget(index)))
        p->pageShown();
    refresh();
}

void SetupWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SetupWizard::retranslateUi()
{
    m_back->setText(tr("Back"));
    m_busyNote->setText(tr("A run is in progress: wait for it to finish or cancel it before changing page."));
    m_next->setText(tr("Next"));
    for (int i = 0; i < m_pages->count(); ++i) {
        QListWidgetItem* item = m_steps->item(i);
        QString title;
        bool applied = false;
        if (auto* p = qobject_cast<WizardPage*>(m_pages->widget(i))) {
            title = p->pageTitle();
            applied = p->wasApplied();
        } else {
            title = m_target->pageTitle();
        }
        item->setText(tr("%1. %2").arg(i).arg(title));
        if (i == 0)
            item->setText(title);
        item->setIcon(applied ? style()->standardIcon(QStyle::SP_DialogApplyButton, nullptr, this) : QIcon());
    }
    // As wide as the longest step name in this language (Spanish ones are longer), icon included.
    int widest = 0;
    for (int i = 0; i < m_steps->count(); ++i)
        widest = std::max(widest, m_steps->fontMetrics().horizontalAdvance(m_steps->item(i)->text()));
    const int icon = m_steps->style()->pixelMetric(QStyle::PM_ListViewIconSize, nullptr, m_steps);
    m_steps->setFixedWidth(widest + icon + 4 * m_steps->spacing() + 2 * m_steps->frameWidth() + 24);
}

void SetupWizard::refresh()
{
    const bool busy = isBusy();
    m_back->setEnabled(!busy && currentPage() > 0);
    m_next->setEnabled(!busy && currentPage() + 1 < pageCount());
    m_steps->setEnabled(!busy);
    m_busyNote->setVisible(busy);
}

} // namespace capataz::ui
