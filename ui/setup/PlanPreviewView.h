#pragma once

#include "plan/Plan.h"
#include "plan/Preview.h"

#include <QTextBrowser>

namespace capataz::ui {

// The dry run of a page's plans, read-only: for every step its title, its plain-language
// explanation, whether it is already done, the exact commands it would send and the diffs of
// the files it would write. Secrets are masked (•••••• ) before anything reaches the view.
class PlanPreviewView final : public QTextBrowser {
    Q_OBJECT
public:
    explicit PlanPreviewView(QWidget* parent = nullptr);

    void clearPreview();
    // Adds a plan's heading and its steps, each with the preview `previews` has for it (from
    // PlanRunner::stepPreview) or else the step's own preview for `sudo`. `stateTexts` (by step
    // id, translated) replaces "already done" for steps that only check ("checked").
    void addPlan(const plan::Plan& plan, const QHash<QString, plan::Preview>& previews,
                 const QHash<QString, bool>& alreadyDone, remote::SudoMode sudo,
                 const QHash<QString, QString>& stateTexts = {});
    void addMessage(const QString& text);
    // The text shown (tests check that no secret is in it).
    [[nodiscard]] QString shownText() const { return toPlainText(); }

private:
    QString m_html;
};

} // namespace capataz::ui
