#include "ServerTab.h"

#include "client/ServerSession.h"

#include <QEvent>

namespace capataz::ui {

ServerTab::ServerTab(QWidget* parent)
    : QWidget(parent)
{}

void ServerTab::setSession(client::ServerSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &client::ServerSession::statusChanged, this, [this] { sessionChanged(); });
        connect(m_session, &client::ServerSession::profileChanged, this, [this] { sessionChanged(); });
    }
    sessionChanged();
}

void ServerTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        emit titleChanged();
    }
    QWidget::changeEvent(event);
}

} // namespace capataz::ui
