#include "StepStatusModel.h"

#include <QApplication>
#include <QStyle>

namespace capataz::ui {

StepStatusModel::StepStatusModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void StepStatusModel::reset(const QList<const plan::Plan*>& plans)
{
    beginResetModel();
    m_rows.clear();
    for (const plan::Plan* p : plans) {
        for (const auto& step : p->steps())
            m_rows.append({step->id(), step->title(), State::Waiting, {}, {}});
    }
    endResetModel();
}

int StepStatusModel::rowOf(const QString& stepId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == stepId)
            return i;
    }
    return -1;
}

void StepStatusModel::setRunning(const QString& stepId)
{
    const int row = rowOf(stepId);
    if (row < 0)
        return;
    m_rows[row].state = State::Running;
    emit dataChanged(index(row), index(row));
}

void StepStatusModel::setFinished(const QString& stepId, plan::StepStatus status, const QString& error)
{
    const int row = rowOf(stepId);
    if (row < 0)
        return;
    m_rows[row].state = fromStatus(status);
    m_rows[row].error = error;
    emit dataChanged(index(row), index(row));
}

void StepStatusModel::setNote(const QString& stepId, const QString& note)
{
    const int row = rowOf(stepId);
    if (row < 0)
        return;
    m_rows[row].note = note;
    emit dataChanged(index(row), index(row));
}

StepStatusModel::State StepStatusModel::state(const QString& stepId) const
{
    const int row = rowOf(stepId);
    return row < 0 ? State::Waiting : m_rows[row].state;
}

StepStatusModel::State StepStatusModel::fromStatus(plan::StepStatus status)
{
    switch (status) {
    case plan::StepStatus::Skipped:
        return State::Skipped;
    case plan::StepStatus::Planned:
        return State::Planned;
    case plan::StepStatus::Applied:
        return State::Applied;
    case plan::StepStatus::Failed:
        return State::Failed;
    case plan::StepStatus::RolledBack:
        return State::RolledBack;
    case plan::StepStatus::RollbackFailed:
        return State::RollbackFailed;
    }
    return State::Failed;
}

QString StepStatusModel::stateName(State state)
{
    switch (state) {
    case State::Waiting:
        return tr("Waiting");
    case State::Running:
        return tr("Running…");
    case State::Skipped:
        return tr("Already done (skipped)");
    case State::Planned:
        return tr("Would be applied");
    case State::Applied:
        return tr("Applied");
    case State::Failed:
        return tr("Failed");
    case State::RolledBack:
        return tr("Rolled back");
    case State::RollbackFailed:
        return tr("Rollback failed: check the server");
    }
    return {};
}

QIcon StepStatusModel::iconFor(State state) const
{
    QStyle* s = QApplication::style();
    switch (state) {
    case State::Waiting:
        return {};
    case State::Running:
        return s->standardIcon(QStyle::SP_MediaPlay);
    case State::Skipped:
        return s->standardIcon(QStyle::SP_MediaSkipForward);
    case State::Planned:
        return s->standardIcon(QStyle::SP_FileDialogDetailedView);
    case State::Applied:
        return s->standardIcon(QStyle::SP_DialogApplyButton);
    case State::Failed:
        return s->standardIcon(QStyle::SP_MessageBoxCritical);
    case State::RolledBack:
        return s->standardIcon(QStyle::SP_BrowserReload);
    case State::RollbackFailed:
        return s->standardIcon(QStyle::SP_MessageBoxWarning);
    }
    return {};
}

int StepStatusModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StepStatusModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 — %2").arg(r.title.translated(), r.note.isEmpty() ? stateName(r.state) : r.note);
    case Qt::ToolTipRole:
        return r.error.isEmpty() ? r.id : r.id + u'\n' + r.error;
    case Qt::DecorationRole:
        return iconFor(r.state);
    case StepIdRole:
        return r.id;
    case StateRole:
        return int(r.state);
    case ErrorRole:
        return r.error;
    default:
        return {};
    }
}

void StepStatusModel::retranslate()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
}

} // namespace capataz::ui
