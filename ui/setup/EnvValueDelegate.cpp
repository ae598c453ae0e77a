#include "EnvValueDelegate.h"

#include "EnvTableModel.h"

#include <QLineEdit>

namespace capataz::ui {

QWidget* EnvValueDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                        const QModelIndex& index) const
{
    QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
    const auto* model = qobject_cast<const EnvTableModel*>(index.model());
    if (auto* line = qobject_cast<QLineEdit*>(editor);
        line && model && model->isSecret(index.row()) && !model->isRevealed(index.row())) {
        line->setEchoMode(QLineEdit::Password);
        line->setPlaceholderText(tr("Type a new value (leave empty to keep the current one)"));
    }
    return editor;
}

} // namespace capataz::ui
