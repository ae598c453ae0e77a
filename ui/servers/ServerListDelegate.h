#pragma once

#include <QStyledItemDelegate>

namespace capataz::ui {

// Two lines per server: a status light and the name, then user@host and the role, in the
// palette's colours (readable in light and dark themes).
class ServerListDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    [[nodiscard]] static QColor statusColor(int status);
};

} // namespace capataz::ui
