#include "SetupTab.h"

#include "SetupWizard.h"
#include "client/ServerSession.h"

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

SetupTab::SetupTab(QWidget* parent)
    : ServerTab(parent)
    , m_stack(new QStackedWidget(this))
    , m_noServer(new QLabel(this))
    , m_notConnected(new QLabel(this))
{
    setObjectName(u"setupTab"_s);
    m_noServer->setAlignment(Qt::AlignCenter);
    m_noServer->setWordWrap(true);
    m_notConnected->setObjectName(u"setupNotConnected"_s);
    m_notConnected->setWordWrap(true);
    m_notConnected->setStyleSheet(u"color:#8a6d00"_s);
    m_stack->addWidget(m_noServer);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_notConnected);
    layout->addWidget(m_stack, 1);
    retranslateUi();
    sessionChanged();
}

QString SetupTab::title() const
{
    return tr("Setup");
}

bool SetupTab::isForRole(store::Role role) const
{
    return role == store::Role::Admin;
}

SetupWizard* SetupTab::wizard() const
{
    return qobject_cast<SetupWizard*>(m_stack->currentWidget());
}

void SetupTab::sessionChanged()
{
    client::ServerSession* s = session();
    if (!s) {
        m_stack->setCurrentWidget(m_noServer);
        m_notConnected->hide();
        return;
    }
    SetupWizard*& w = m_wizards[s];
    if (!w) {
        w = new SetupWizard(m_stack);
        m_stack->addWidget(w);
        // Removed: its connection is gone already (the runs stopped with it), now the wizard.
        connect(s, &QObject::destroyed, this, [this](QObject* gone) {
            SetupWizard* dead = m_wizards.take(gone);
            if (!dead)
                return;
            if (m_stack->currentWidget() == dead)
                m_stack->setCurrentWidget(m_noServer);
            m_stack->removeWidget(dead);
            dead->deleteLater();
        });
    }
    w->setSession(s);
    m_stack->setCurrentWidget(w);
    m_notConnected->setVisible(!s->isConnected());
}

void SetupTab::retranslateUi()
{
    m_noServer->setText(tr("Select a server on the left to set it up."));
    m_notConnected->setText(tr("Not connected: Preview shows the steps without checking the server. "
                               "Connect to check the server and apply."));
}

} // namespace capataz::ui
