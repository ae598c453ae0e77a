#pragma once

#include "StepStatusModel.h"

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
    void appendOutput(const QString& text);
    void setProgress(int done, int total);
    void retranslateUi();
    [[nodiscard]] QString outputText() const;

private:
    StepStatusModel* m_model;
    QListView* m_steps;
    QProgressBar* m_progress;
    QLabel* m_outputLabel;
    QPlainTextEdit* m_output;
};

} // namespace capataz::ui
