#pragma once

#include "SetupContext.h"
#include "common/Error.h"
#include "plan/Plan.h"
#include "plan/PlanReport.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTabWidget;
class QVBoxLayout;

namespace capataz::ui {

class PlanPreviewView;
class PlanQueue;
class PlanRunView;

// One step of the setup wizard. Every page shows the same frame: a title and a plain-language
// explanation, the page's own fields, then Preview (a dry run: every step checked on the server,
// with its exact commands and file diffs, secrets masked) and Apply (a confirmation, then the
// run with a status per step, live output and Cancel; on failure a translated error that says
// what to do). Subclasses put their widgets in formLayout() and build their plans from them.
class WizardPage : public QWidget {
    Q_OBJECT
public:
    WizardPage(SetupContext* context, const QString& objectName, QWidget* parent = nullptr);
    ~WizardPage() override;

    [[nodiscard]] virtual QString pageTitle() const = 0; // translated
    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] bool wasApplied() const { return m_applied; }

    // Called by the wizard when the page becomes the current one.
    virtual void pageShown() {}

    void preview();
    void apply(); // asks first
    void cancel();

signals:
    void busyChanged(bool busy);
    void appliedChanged(bool applied);

protected:
    [[nodiscard]] virtual QString explanation() const = 0; // translated, plain text
    // The page's plans from its widgets; problems of the answers go to `problems` (then the
    // plans are not used). An error for anything else that stops the build.
    [[nodiscard]] virtual Result<std::vector<plan::Plan>> buildPlans(const setup::SetupTarget& target,
                                                                     QStringList* problems) = 0;
    virtual void retranslatePage() = 0;
    // After a run (dry or real) finished; `ok` false on failure or cancel.
    virtual void runFinished(bool dryRun, bool ok);
    // A step's live output (already masked), for pages that show it elsewhere too.
    virtual void stepOutput(const QString& stepId, const QString& text);
    // For pages whose steps only check (Verify): the state to show for a step instead of
    // "already done" once a run reached it, e.g. "checked" or "problem found" (translated;
    // empty: the usual states).
    [[nodiscard]] virtual QString checkedStepState(const QString& stepId) const;
    // Adds a paragraph to the Preview tab (after a run's plans).
    void addPreviewMessage(const QString& text);
    // Confirmation text (translated) shown before Apply.
    [[nodiscard]] virtual QString confirmation() const;
    // Pages whose plans only check (Verify): one "Run checks" button runs them without changing
    // anything, and there is no Apply, since there is nothing to apply.
    [[nodiscard]] virtual bool checksOnly() const { return false; }
    // How much of the page's height its fields may take when it is first shown (percent).
    [[nodiscard]] virtual int formSharePercent() const { return 40; }

    [[nodiscard]] SetupContext* context() const { return m_context; }
    // The reports of the last run's plans (dry or real), in order.
    [[nodiscard]] const QList<plan::PlanReport>& lastReports() const { return m_lastReports; }
    [[nodiscard]] QVBoxLayout* formLayout() const { return m_formLayout; }
    [[nodiscard]] QWidget* formWidget() const { return m_form; }
    // An extra tab next to Preview and Progress (e.g. the certificate, the services' states).
    int addResultTab(QWidget* widget, const QString& title);
    void setResultTabTitle(int index, const QString& title);
    void showResultTab(int index);
    // The page's one-line outcome; `text` is called again on a language change (nullptr: none).
    void showMessage(std::function<QString()> text, bool error);
    void refreshButtons();
    // Subclasses call it at the end of their constructor (texts, enabled states).
    void initPage();
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void startRun(bool dryRun);
    [[nodiscard]] Result<std::vector<plan::Plan>> makePlans();
    void onFinished(bool dryRun, bool ok);

    SetupContext* m_context;
    QLabel* m_title;
    QLabel* m_explanation;
    QScrollArea* m_formScroll;
    QSplitter* m_split = nullptr;
    QWidget* m_top = nullptr;
    bool m_sized = false;
    QWidget* m_form;
    QVBoxLayout* m_formLayout;
    QLabel* m_problems;
    QPushButton* m_preview;
    QPushButton* m_apply;
    QPushButton* m_cancel;
    QLabel* m_message;
    std::function<QString()> m_messageText;
    bool m_messageError = false;
    void renderMessage();
    QTabWidget* m_views;
    PlanPreviewView* m_previewView;
    PlanRunView* m_runView;
    QPointer<PlanQueue> m_queue;
    QHash<QString, plan::Preview> m_previews;
    QHash<QString, bool> m_done;
    QList<plan::PlanReport> m_lastReports;
    bool m_applied = false;
    bool m_confirming = false;
};

} // namespace capataz::ui
