#include "environmentscarddelegate.h"

#include <QAbstractItemView>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace Gatehouse::Ui {

using Level = EnvironmentsOverviewModel::Level;
using Model = EnvironmentsOverviewModel;
using Status = Models::SourceState::Status;

namespace {

constexpr int cardWidth = 470;
constexpr int padding = 12;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

EnvironmentsCardDelegate::EnvironmentsCardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QColor EnvironmentsCardDelegate::levelColor(Level level, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (level) {
    case Level::Ok:
        return dark ? QColor(0x4c, 0xc3, 0x8a) : QColor(0x1e, 0x7f, 0x4f);
    case Level::Warning:
        return dark ? QColor(0xf2, 0xb5, 0x3c) : QColor(0xb2, 0x6a, 0x00);
    case Level::Critical:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc0, 0x1c, 0x28);
    case Level::Unknown:
    case Level::NotConfigured:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

void EnvironmentsCardDelegate::paintGlyph(QPainter *painter, const QRectF &rect, Level level, const QPalette &palette)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor color = levelColor(level, palette);
    const QRectF r = rect.adjusted(1, 1, -1, -1);
    const QColor inner = palette.color(QPalette::Base);
    QPen mark(inner, std::max(1.5, r.width() / 7), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (level) {
    case Level::Ok: {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawEllipse(r);
        painter->setPen(mark);
        QPainterPath check;
        check.moveTo(r.left() + r.width() * 0.27, r.top() + r.height() * 0.52);
        check.lineTo(r.left() + r.width() * 0.44, r.top() + r.height() * 0.70);
        check.lineTo(r.left() + r.width() * 0.74, r.top() + r.height() * 0.33);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(check);
        break;
    }
    case Level::Warning: {
        QPainterPath triangle;
        triangle.moveTo(r.center().x(), r.top());
        triangle.lineTo(r.right(), r.bottom());
        triangle.lineTo(r.left(), r.bottom());
        triangle.closeSubpath();
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPath(triangle);
        painter->setPen(mark);
        painter->drawLine(QPointF(r.center().x(), r.top() + r.height() * 0.38),
                          QPointF(r.center().x(), r.top() + r.height() * 0.68));
        painter->drawPoint(QPointF(r.center().x(), r.top() + r.height() * 0.84));
        break;
    }
    case Level::Critical: {
        QPainterPath diamond;
        diamond.moveTo(r.center().x(), r.top());
        diamond.lineTo(r.right(), r.center().y());
        diamond.lineTo(r.center().x(), r.bottom());
        diamond.lineTo(r.left(), r.center().y());
        diamond.closeSubpath();
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPath(diamond);
        painter->setPen(mark);
        const double k = r.width() * 0.2;
        painter->drawLine(r.center() + QPointF(-k, -k), r.center() + QPointF(k, k));
        painter->drawLine(r.center() + QPointF(-k, k), r.center() + QPointF(k, -k));
        break;
    }
    case Level::Unknown:
    case Level::NotConfigured: {
        painter->setPen(QPen(color, 1.5, level == Level::NotConfigured ? Qt::DotLine : Qt::SolidLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(r.adjusted(1, 1, -1, -1));
        QFont font = painter->font();
        font.setBold(true);
        font.setPixelSize(std::max(6, int(r.height() * 0.7)));
        painter->setFont(font);
        painter->drawText(r, Qt::AlignCenter, level == Level::Unknown ? QStringLiteral("?") : QStringLiteral("–"));
        break;
    }
    }
    painter->restore();
}

const QStaticText &EnvironmentsCardDelegate::staticText(const QString &text, const QFont &font, int width) const
{
    const QString key = font.key() + QLatin1Char('\x1f') + QString::number(width) + QLatin1Char('\x1f') + text;
    if (const auto it = m_texts.constFind(key); it != m_texts.cend())
        return *it;
    // Values change with every poll; forget them all now and then rather than grow.
    if (m_texts.size() > 4000)
        m_texts.clear();
    QStaticText laidOut(width < 0 ? text : QFontMetrics(font).elidedText(text, Qt::ElideRight, width));
    laidOut.setTextFormat(Qt::PlainText);
    laidOut.prepare(QTransform(), font);
    return *m_texts.insert(key, laidOut);
}

void EnvironmentsCardDelegate::drawGlyph(QPainter *painter, const QRectF &rect, Level level, const QPalette &palette) const
{
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QSize pixels = (rect.size() * ratio).toSize();
    const QString key = QString::number(int(level)) + QLatin1Char(':') + QString::number(pixels.width())
        + QLatin1Char(':') + QString::number(palette.cacheKey());
    auto it = m_glyphs.constFind(key);
    if (it == m_glyphs.cend()) {
        if (m_glyphs.size() > 200)
            m_glyphs.clear();
        QPixmap pixmap(pixels);
        pixmap.fill(Qt::transparent);
        {
            QPainter glyphPainter(&pixmap);
            paintGlyph(&glyphPainter, QRectF(QPointF(0, 0), QSizeF(pixels)), level, palette);
        }
        pixmap.setDevicePixelRatio(ratio);
        it = m_glyphs.insert(key, pixmap);
    }
    painter->drawPixmap(rect.topLeft(), *it);
}

int EnvironmentsCardDelegate::lineHeight(const QFont &font) const
{
    return QFontMetrics(font).height() + 6;
}

QSize EnvironmentsCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * m_scale);
    QFont title = font;
    title.setPointSizeF(font.pointSizeF() * 1.25);
    const int height = padding * 2 + QFontMetrics(title).height() + 10 + (Model::ColumnCount - 1) * lineHeight(font);
    return QSize(int(cardWidth * m_scale), height);
}

void EnvironmentsCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = option.palette;
    const QRectF card = QRectF(option.rect).adjusted(6, 6, -6, -6);
    const auto worst = Level(index.siblingAtColumn(Model::EnvironmentColumn).data(Model::WorstLevelRole).toInt());
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;

    QColor background = palette.color(QPalette::Base);
    painter->setPen(QPen(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid),
                         selected ? 2 : 1));
    painter->setBrush(background);
    painter->drawRoundedRect(card, 8, 8);
    // The worst level as a strip on the left; the glyph and the words carry it too.
    QPainterPath strip;
    strip.addRoundedRect(QRectF(card.left(), card.top(), 10, card.height()), 8, 8);
    QPainterPath clip;
    clip.addRect(QRectF(card.left(), card.top(), 5, card.height()));
    painter->fillPath(strip.intersected(clip), levelColor(worst, palette));
    if (focused && !selected) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 1, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(2, 2, -2, -2), 7, 7);
    }

    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * m_scale);
    QFont title = font;
    title.setPointSizeF(font.pointSizeF() * 1.25);
    title.setBold(true);
    const QFontMetrics titleMetrics(title);
    const QFontMetrics metrics(font);

    const double left = card.left() + padding + 4;
    const double right = card.right() - padding;
    double y = card.top() + padding;

    // Header: glyph, name, worst status in words.
    const double glyph = titleMetrics.height() * 0.9;
    drawGlyph(painter, QRectF(left, y + (titleMetrics.height() - glyph) / 2, glyph, glyph), worst, palette);
    const QString worstText = Model::levelText(worst);
    QFont statusFont = font;
    statusFont.setBold(true);
    const QStaticText &worstStatic = staticText(worstText, statusFont, -1);
    const double worstWidth = worstStatic.size().width();
    const QRectF nameRect(left + glyph + 8, y, right - left - glyph - 16 - worstWidth, titleMetrics.height());
    painter->setFont(title);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawStaticText(nameRect.topLeft(),
                            staticText(index.siblingAtColumn(Model::EnvironmentColumn).data().toString(), title,
                                       int(nameRect.width())));
    painter->setFont(statusFont);
    painter->setPen(worst == Level::Unknown ? palette.color(QPalette::PlaceholderText) : levelColor(worst, palette));
    painter->drawStaticText(QPointF(right - worstWidth, y + (titleMetrics.height() - QFontMetricsF(statusFont).height()) / 2),
                            worstStatic);
    y += titleMetrics.height() + 6;
    painter->setPen(QPen(palette.color(QPalette::Midlight), 1));
    painter->drawLine(QPointF(left, y), QPointF(right, y));
    y += 4;

    // One line per aspect.
    const int line = lineHeight(font);
    const double labelWidth = metrics.horizontalAdvance(Model::columnTitle(Model::PodsColumn)) + 12;
    const double small = metrics.height() * 0.8;
    const double textTop = (line - metrics.height()) / 2.0;
    QFont italic = font;
    italic.setItalic(true);
    for (int column = Model::PodsColumn; column < Model::ColumnCount; ++column) {
        const QModelIndex cell = index.siblingAtColumn(column);
        const auto level = Level(cell.data(Model::LevelRole).toInt());
        const auto status = Status(cell.data(Model::SourceStatusRole).toInt());
        const bool degraded = status == Status::Stale || status == Status::Unreachable;
        drawGlyph(painter, QRectF(left, y + (line - small) / 2, small, small), level, palette);
        painter->setFont(font);
        painter->setPen(palette.color(QPalette::Text));
        const double textLeft = left + small + 8;
        painter->drawStaticText(QPointF(textLeft, y + textTop), staticText(Model::columnTitle(column), font, int(labelWidth)));
        QString text = cell.data(Model::StatusTextRole).toString();
        const QString summary = cell.data(Model::SummaryRole).toString();
        if (!summary.isEmpty())
            text += QStringLiteral(" — ") + summary;
        painter->setPen(degraded || level == Level::NotConfigured || level == Level::Unknown
                            ? palette.color(QPalette::PlaceholderText)
                            : palette.color(QPalette::Text));
        const QFont &valueFont = degraded ? italic : font;
        painter->setFont(valueFont);
        const double valueLeft = textLeft + labelWidth;
        painter->drawStaticText(QPointF(valueLeft, y + textTop), staticText(text, valueFont, int(right - valueLeft)));
        y += line;
    }
    painter->restore();
}

bool EnvironmentsCardDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                         const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!event || !view || !index.isValid())
        return false;
    // The tooltip names every aspect in full, with its source's state and reason.
    QStringList lines;
    lines << index.siblingAtColumn(Model::EnvironmentColumn).data().toString();
    for (int column = Model::PodsColumn; column < Model::ColumnCount; ++column)
        lines << index.siblingAtColumn(column).data(Qt::ToolTipRole).toString();
    QToolTip::showText(event->globalPos(), lines.join(QLatin1Char('\n')), view, option.rect);
    return true;
}

} // namespace Gatehouse::Ui
