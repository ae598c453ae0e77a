#pragma once

#include "SetupContext.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace capataz::ui {

class TargetPage;
class WizardPage;

// The setup of one server, step by step: a list of the steps on the left (with a mark on those
// applied), the current page on the right, Back and Next below. Pages may be visited in any
// order; each one previews and applies its own plans.
class SetupWizard final : public QWidget {
    Q_OBJECT
public:
    explicit SetupWizard(QWidget* parent = nullptr);

    [[nodiscard]] SetupContext* context() const { return m_context; }
    void setSession(client::ServerSession* session);
    [[nodiscard]] int pageCount() const;
    [[nodiscard]] int currentPage() const;
    void setCurrentPage(int index);
    // Shows the page of a setup step as `capataz-cli plan` names it ("server-check", "firewall",
    // "nginx", "tls", "env", "compose", "verify"; nginx and tls share a page): what a finding's
    // health::OutsideFinding::wizardStep() names. False for an unknown name or while busy.
    bool openStep(const QString& stepName);
    // The page's objectName for a step name, empty when unknown.
    [[nodiscard]] static QString pageNameForStep(const QString& stepName);
    [[nodiscard]] QWidget* page(int index) const;
    [[nodiscard]] TargetPage* targetPage() const { return m_target; }
    // A page is running a plan (or asking to): the wizard stays on it until the run ends.
    [[nodiscard]] bool isBusy() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void addPage(QWidget* page);
    void retranslateUi();
    void refresh();

    SetupContext* m_context;
    QListWidget* m_steps;
    QStackedWidget* m_pages;
    QPushButton* m_back;
    QPushButton* m_next;
    TargetPage* m_target;
    QList<WizardPage*> m_wizardPages;
    QLabel* m_busyNote;
};

} // namespace capataz::ui
