#pragma once

#include "client/ServerSession.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace capataz::ui {

class ServerTab;

// The right-hand side for the selected server: a header (name, status, connect button) and
// the tabs its role may see. Support never sees a tab that changes the server; owners see
// the overview and status only.
class ServerView final : public QWidget {
    Q_OBJECT
public:
    explicit ServerView(QWidget* parent = nullptr);
    void setSession(client::ServerSession* session);
    [[nodiscard]] client::ServerSession* session() const { return m_session; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }

signals:
    void connectRequested(capataz::client::ServerSession* session);
    void disconnectRequested(capataz::client::ServerSession* session);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refreshHeader();
    void createTabs();
    void rebuildTabs();
    void retranslateUi();

    QPointer<client::ServerSession> m_session;
    QLabel* m_name;
    QLabel* m_detail;
    QLabel* m_status;
    QPushButton* m_connect;
    QTabWidget* m_tabs;
    QList<ServerTab*> m_allTabs;
};

} // namespace capataz::ui
