#include "ServerView.h"

#include "ServerListDelegate.h"
#include "ServerListModel.h"
#include "ServerTab.h"
#include "ServerTabs.h"
#include "client/ServerSession.h"
#include "client/StatusService.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace capataz::ui {

using client::ServerSession;

ServerView::ServerView(QWidget* parent)
    : QWidget(parent)
    , m_name(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_status(new QLabel(this))
    , m_connect(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("serverView"));
    m_name->setObjectName(QStringLiteral("serverViewName"));
    m_status->setObjectName(QStringLiteral("serverViewStatus"));
    m_connect->setObjectName(QStringLiteral("serverConnect"));
    m_tabs->setObjectName(QStringLiteral("serverTabs"));
    m_tabs->setDocumentMode(true);
    QFont f = m_name->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_name->setFont(f);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_name);
    titles->addWidget(m_detail);
    header->addLayout(titles, 1);
    header->addWidget(m_status);
    header->addWidget(m_connect);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);

    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (!m_session)
            return;
        if (m_session->status() == ServerSession::Status::Connected ||
            m_session->status() == ServerSession::Status::Connecting)
            emit disconnectRequested(m_session);
        else
            emit connectRequested(m_session);
    });
    retranslateUi();
}

void ServerView::setSession(ServerSession* session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->statusService(), nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session && m_allTabs.isEmpty())
        createTabs();
    if (m_session) {
        connect(m_session, &ServerSession::statusChanged, this, &ServerView::refreshHeader);
        connect(m_session->statusService(), &client::StatusService::changed, this,
                &ServerView::refreshHeader);
        connect(m_session, &ServerSession::profileChanged, this, [this] {
            refreshHeader();
            rebuildTabs();
        });
    }
    for (ServerTab* t : m_allTabs)
        t->setSession(session);
    refreshHeader();
    rebuildTabs();
}

void ServerView::createTabs()
{
    // Made when the first server is selected, not at start-up: the window paints sooner.
    m_allTabs = createServerTabs(this);
    for (ServerTab* t : m_allTabs) {
        t->hide();
        connect(t, &ServerTab::titleChanged, this, [this, t] {
            if (const int i = m_tabs->indexOf(t); i >= 0)
                m_tabs->setTabText(i, t->title());
        });
        connect(t, &ServerTab::showRequested, this, [this, t] {
            if (m_tabs->indexOf(t) >= 0)
                m_tabs->setCurrentWidget(t);
        });
    }
}

void ServerView::rebuildTabs()
{
    QWidget* current = m_tabs->currentWidget();
    while (m_tabs->count() > 0)
        m_tabs->removeTab(0);
    if (!m_session)
        return;
    for (ServerTab* t : m_allTabs) {
        if (t->isForProfile(m_session->profile()))
            m_tabs->addTab(t, t->title());
        else
            t->hide();
    }
    if (const int i = m_tabs->indexOf(current); i >= 0)
        m_tabs->setCurrentIndex(i);
}

void ServerView::refreshHeader()
{
    if (!m_session) {
        m_name->clear();
        m_detail->clear();
        m_status->clear();
        m_connect->setEnabled(false);
        return;
    }
    const store::ServerProfile& p = m_session->profile();
    m_name->setText(p.name);
    // An owner sees no host name or address unless the admin allows it (the status page's settings).
    if (p.role == store::Role::Owner && !m_session->statusService()->settings().showAddresses)
        m_detail->setText(ServerListModel::roleText(int(p.role)));
    else
        m_detail->setText(
            tr("%1@%2, port %3 · %4")
                .arg(p.user, p.host, QLocale().toString(p.port), ServerListModel::roleText(int(p.role))));
    const int status = int(m_session->status());
    const QColor c = ServerListDelegate::statusColor(status);
    m_status->setText(QStringLiteral("<span style=\"color:%1\">●</span> %2")
                          .arg(c.name(), ServerListModel::statusText(status).toHtmlEscaped()));
    m_status->setToolTip(m_session->status() == ServerSession::Status::Error && p.role != store::Role::Owner
                             ? m_session->lastError().detail
                             : QString());
    const bool busy = m_session->status() == ServerSession::Status::Connected ||
                      m_session->status() == ServerSession::Status::Connecting;
    m_connect->setEnabled(true);
    m_connect->setText(busy ? tr("Disconnect") : tr("Connect"));
}

void ServerView::retranslateUi()
{
    refreshHeader();
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto* t = qobject_cast<ServerTab*>(m_tabs->widget(i)))
            m_tabs->setTabText(i, t->title());
}

void ServerView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace capataz::ui
