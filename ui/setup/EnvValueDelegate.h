#pragma once

#include <QStyledItemDelegate>

namespace capataz::ui {

// Edits the Value column of the .env table: a hidden secret is typed into a password field
// (shown as dots) and starts empty, so it never appears on screen unless its row is revealed.
class EnvValueDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
};

} // namespace capataz::ui
