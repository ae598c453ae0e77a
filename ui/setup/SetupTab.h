#pragma once

#include "ServerTab.h"

#include <QHash>

class QLabel;
class QStackedWidget;

namespace capataz::ui {

class SetupWizard;

// The Setup tab: takes a fresh server to a running, TLS-protected service with the setup
// wizard. Each server keeps its own wizard (and its runs), so switching servers neither stops
// nor mixes anything. Admins only: every page changes the server.
class SetupTab final : public ServerTab {
    Q_OBJECT
public:
    explicit SetupTab(QWidget* parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] bool isForRole(store::Role role) const override;
    // The wizard of the selected server (nullptr: none selected).
    [[nodiscard]] SetupWizard* wizard() const;

protected:
    void sessionChanged() override;
    void retranslateUi() override;

private:
    QStackedWidget* m_stack;
    QLabel* m_noServer;
    QLabel* m_notConnected;
    // Per session (not per name: renaming a server keeps its wizard). A wizard goes with its
    // session when the server is removed.
    QHash<const QObject*, SetupWizard*> m_wizards;
};

} // namespace capataz::ui
