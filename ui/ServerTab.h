#pragma once

#include "client/ServerSession.h"
#include "store/ServerProfile.h"

#include <QPointer>
#include <QWidget>

namespace capataz::ui {

// A page of the right-hand tabs for the selected server (Overview, Console, later Setup,
// Logs, Metrics, Backups, Status). ServerView creates one of each, hands it the selected
// server's session and shows it only to the roles it is for.
class ServerTab : public QWidget {
    Q_OBJECT
public:
    explicit ServerTab(QWidget* parent = nullptr);

    // The tab's title, translated (called again on language change).
    [[nodiscard]] virtual QString title() const = 0;
    // Whether a server of this role shows this tab at all.
    [[nodiscard]] virtual bool isForRole(store::Role role) const = 0;
    // Whether this profile shows the tab: its role's answer, unless the profile says more (an
    // owner allowed to read the logs).
    [[nodiscard]] virtual bool isForProfile(const store::ServerProfile& profile) const
    {
        return isForRole(profile.role);
    }

    // The selected server (nullptr: none). Called when the selection changes and when the
    // session connects or disconnects.
    void setSession(client::ServerSession* session);
    [[nodiscard]] client::ServerSession* session() const { return m_session; }

signals:
    void titleChanged();
    // The tab wants to be the one shown (another view opened it on something: logs around a time).
    void showRequested();

protected:
    // React to a new session or a change of its connection state.
    virtual void sessionChanged() = 0;
    virtual void retranslateUi() = 0;
    void changeEvent(QEvent* event) override;

private:
    QPointer<client::ServerSession> m_session;
};

} // namespace capataz::ui
