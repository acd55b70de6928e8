#include "cachedtextdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace Gatehouse::Ui {

namespace {

// Enough for every cell of a few views on a large screen, with their elided variants.
constexpr int CacheEntries = 6000;

} // namespace

CachedTextDelegate::CachedTextDelegate(QObject *parent) : QStyledItemDelegate(parent), m_texts(CacheEntries) {}

void CachedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if ((opt.features & (QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator))
        || opt.text.contains(QLatin1Char('\n')) || opt.direction == Qt::RightToLeft) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    const QString text = opt.text;
    // The style draws the background, the selection and the focus frame; the text is ours.
    opt.text.clear();
    opt.features &= ~QStyleOptionViewItem::HasDisplay;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;

    // The same margins the style leaves around an item's text.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(margin, 0, -margin, 0);
    if (area.width() <= 0)
        return;

    const QString key = opt.font.key() + QLatin1Char('\x1f') + QString::number(area.width()) + QLatin1Char('\x1f')
        + QString::number(int(opt.textElideMode)) + QLatin1Char('\x1f') + text;
    QStaticText *laidOut = m_texts.object(key);
    if (!laidOut) {
        laidOut = new QStaticText(opt.fontMetrics.elidedText(text, opt.textElideMode, area.width()));
        laidOut->setTextFormat(Qt::PlainText);
        laidOut->prepare(QTransform(), opt.font);
        m_texts.insert(key, laidOut);
    }

    const QSizeF size = laidOut->size();
    double x = area.left();
    if (opt.displayAlignment & Qt::AlignRight)
        x = area.right() + 1 - size.width();
    else if (opt.displayAlignment & Qt::AlignHCenter)
        x = area.left() + (area.width() - size.width()) / 2;
    double y = area.top() + (area.height() - size.height()) / 2;
    if (opt.displayAlignment & Qt::AlignTop)
        y = area.top();
    else if (opt.displayAlignment & Qt::AlignBottom)
        y = area.bottom() + 1 - size.height();

    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (opt.state & QStyle::State_Active)                                 ? QPalette::Normal
                                                                             : QPalette::Inactive;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText
                                                                                   : QPalette::Text));
    painter->setClipRect(area, Qt::IntersectClip);
    painter->drawStaticText(QPointF(x, y), *laidOut);
    painter->restore();
}

} // namespace Gatehouse::Ui
