#pragma once

#include "StepStatusModel.h"
#include "plan/Step.h"

#include <QWidget>

class QLabel;
class QListView;
class QPlainTextEdit;
class QProgressBar;

namespace capataz::ui {

// A run in progress or finished: every step with its status icon (waiting, running, skipped,
// applied, failed, rolled back), a progress bar and the live output of the commands (masked
// by PlanRunner before it gets here).
class PlanRunView final : public QWidget {
    Q_OBJECT
public:
    explicit PlanRunView(QWidget* parent = nullptr);

    [[nodiscard]] StepStatusModel* model() const { return m_model; }
    void start(const QList<const plan::Plan*>& plans);
    // `note`: the text is a step's own sentence, shown again in the new language on a switch.
    void appendOutput(const QString& text, const plan::OutputNote& note = {});
    void setProgress(int done, int total);
    void retranslateUi();
    [[nodiscard]] QString outputText() const;

private:
    StepStatusModel* m_model;
    QListView* m_steps;
    QProgressBar* m_progress;
    QLabel* m_outputLabel;
    QPlainTextEdit* m_output;
    // The output as it came, so that the notes in it can be rendered in another language.
    QList<std::pair<QString, plan::OutputNote>> m_segments;
    bool m_hasNotes = false;
};

} // namespace capataz::ui
