#include "ServerListDelegate.h"

#include "ServerListModel.h"
#include "client/ServerSession.h"

#include <QApplication>
#include <QPainter>

namespace capataz::ui {

QColor ServerListDelegate::statusColor(int status)
{
    // Mid-tone colours that read on light and dark backgrounds alike.
    switch (client::ServerSession::Status(status)) {
    case client::ServerSession::Status::Connected:
        return QColor(0x2e, 0xa0, 0x43);
    case client::ServerSession::Status::Connecting:
        return QColor(0xd2, 0x99, 0x22);
    case client::ServerSession::Status::Error:
        return QColor(0xd1, 0x24, 0x2f);
    case client::ServerSession::Status::Unknown:
        break;
    }
    return QColor(0x8c, 0x95, 0x9f);
}

QSize ServerListDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const int lh = option.fontMetrics.height();
    return QSize(200, lh * 2 + 14);
}

void ServerListDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* w = option.widget;
    QStyle* style = w ? w->style() : QApplication::style();
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, w);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(10, 6, -8, -6);
    const int lh = option.fontMetrics.height();
    const int dot = qMax(8, lh / 2);
    const QColor c = statusColor(index.data(ServerListModel::StatusRole).toInt());
    painter->setPen(Qt::NoPen);
    painter->setBrush(c);
    painter->drawEllipse(QRect(r.left(), r.top() + (lh - dot) / 2, dot, dot));

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup cg =
        (option.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    const QColor text = option.palette.color(cg, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.7f);
    QFont bold = option.font;
    bold.setBold(true);
    QRect textRect(r.left() + dot + 8, r.top(), r.width() - dot - 8, lh);
    // A server with a firing alert or a backup alarm: a warning sign at the end of the name's line
    // (the tooltip and the accessible text say which).
    if (!index.data(ServerListModel::FiringAlertsRole).toStringList().isEmpty() ||
        !index.data(ServerListModel::BackupAlarmsRole).toStringList().isEmpty()) {
        const int size = lh;
        const QRect iconRect(r.right() - size + 1, r.top(), size, size);
        style->standardIcon(QStyle::SP_MessageBoxWarning, &opt, w).paint(painter, iconRect);
        textRect.setRight(iconRect.left() - 6);
    }
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                                    textRect.width()));
    painter->setFont(option.font);
    painter->setPen(dim);
    // An owner's profile may have no subtitle (no address shown, no description set): the role alone.
    const QString subtitle = index.data(ServerListModel::SubtitleRole).toString();
    const QString role = index.data(ServerListModel::RoleNameRole).toString();
    const QString sub = subtitle.isEmpty() ? role : subtitle + QStringLiteral("  ·  ") + role;
    const QRect subRect(textRect.left(), r.top() + lh + 2, r.width() - dot - 8, lh);
    painter->drawText(subRect, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(sub, Qt::ElideRight, subRect.width()));
    painter->restore();
}

} // namespace capataz::ui
