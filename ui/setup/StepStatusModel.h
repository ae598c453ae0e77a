#pragma once

#include "plan/Plan.h"
#include "plan/StepStatus.h"

#include <QAbstractListModel>
#include <QIcon>

namespace capataz::ui {

// One row per step of the plans a wizard page runs: its translated title, its id, and where it
// stands (waiting, running, or how it ended) with an icon. Fed by PlanRunner's signals.
class StepStatusModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum class State { Waiting, Running, Skipped, Planned, Applied, Failed, RolledBack, RollbackFailed };
    enum Roles { StepIdRole = Qt::UserRole + 1, StateRole, ErrorRole };

    explicit StepStatusModel(QObject* parent = nullptr);

    // Replaces the rows with the steps of `plans`, all waiting.
    void reset(const QList<const plan::Plan*>& plans);
    void setRunning(const QString& stepId);
    void setFinished(const QString& stepId, plan::StepStatus status, const QString& error);
    // Shown instead of the state's name (translated), e.g. "checked" for a verification step
    // that ended Skipped; cleared by reset().
    void setNote(const QString& stepId, const QString& note);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] State state(const QString& stepId) const;
    [[nodiscard]] static QString stateName(State state); // translated
    [[nodiscard]] static State fromStatus(plan::StepStatus status);

    // Titles are kept as Text so a language change shows them again translated.
    void retranslate();

private:
    struct Row {
        QString id;
        plan::Text title;
        State state = State::Waiting;
        QString error;
        QString note;
    };
    [[nodiscard]] int rowOf(const QString& stepId) const;
    [[nodiscard]] QIcon iconFor(State state) const;

    QList<Row> m_rows;
};

} // namespace capataz::ui
