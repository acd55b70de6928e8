#include "cachedtextdelegate.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStyle>

namespace Gatehouse::Ui {

namespace {

// Enough for every cell of a few views on a large screen, with their elided variants.
constexpr int CacheEntries = 6000;

// What a cell's state must lack for the style to have nothing to draw under its text.
constexpr QStyle::State DecoratedStates = QStyle::State_Selected | QStyle::State_HasFocus | QStyle::State_MouseOver;

// Whether `style` leaves a plain cell like `option` (not selected, no focus, no background
// brush, no text) untouched, asked once by drawing one into a filled image.
bool drawsNothing(const QStyle *style, QStyleOptionViewItem option, const QWidget *widget)
{
    constexpr QRgb Fill = qRgba(1, 2, 3, 4);
    QImage image(48, 24, QImage::Format_ARGB32_Premultiplied);
    image.fill(Fill);
    option.rect = image.rect();
    {
        QPainter painter(&image);
        style->drawControl(QStyle::CE_ItemViewItem, &option, &painter, widget);
    }
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (line[x] != Fill)
                return false;
        }
    }
    return true;
}

} // namespace

CachedTextDelegate::CachedTextDelegate(QObject *parent) : QStyledItemDelegate(parent), m_texts(CacheEntries) {}

int CachedTextDelegate::fontId(const QFont &font) const
{
    // A view paints with one or two fonts; QFont::key() would build a string per cell.
    if (m_lastFont >= 0 && m_fonts.at(m_lastFont) == font)
        return m_lastFont;
    m_lastFont = int(m_fonts.indexOf(font));
    if (m_lastFont < 0) {
        m_fonts.append(font);
        m_lastFont = int(m_fonts.size()) - 1;
    }
    return m_lastFont;
}

bool CachedTextDelegate::styleDrawsPlainCellsBlank(const QStyle *style) const
{
    return style == m_checkedStyle && m_plainCellsBlank;
}

void CachedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if ((opt.features & (QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator))
        || opt.text.contains(QLatin1Char('\n')) || opt.direction == Qt::RightToLeft) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    paintText(painter, opt);
}

void CachedTextDelegate::paintText(QPainter *painter, QStyleOptionViewItem &opt) const
{
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    const QString text = opt.text;
    // The style draws the background, the selection and the focus frame; the text is ours.
    opt.text.clear();
    opt.features &= ~QStyleOptionViewItem::HasDisplay;
    const bool plain = !(opt.state & DecoratedStates) && opt.backgroundBrush.style() == Qt::NoBrush;
    if (plain && style != m_checkedStyle) {
        m_checkedStyle = style;
        QStyleOptionViewItem probe = opt;
        probe.features &= ~QStyleOptionViewItem::Alternate;
        QStyleOptionViewItem alternate = probe;
        alternate.features |= QStyleOptionViewItem::Alternate;
        m_plainCellsBlank = drawsNothing(style, probe, widget) && drawsNothing(style, alternate, widget);
    }
    // Most cells of a busy list are plain, and the style would only save, clip and restore
    // the painter for them: drawing nothing is what it would draw.
    if (!plain || !styleDrawsPlainCellsBlank(style))
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;

    // The same margins the style leaves around an item's text.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(margin, 0, -margin, 0);
    if (area.width() <= 0)
        return;

    Key key{fontId(opt.font), area.width(), int(opt.textElideMode), text};
    QStaticText *laidOut = m_texts.object(key);
    if (!laidOut) {
        laidOut = new QStaticText(opt.fontMetrics.elidedText(text, opt.textElideMode, area.width()));
        laidOut->setTextFormat(Qt::PlainText);
        laidOut->prepare(QTransform(), opt.font);
        m_texts.insert(std::move(key), laidOut);
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
