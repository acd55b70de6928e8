#include "graphnodeitem.h"

#include "graphpalette.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace Gatehouse::Ui {

using Models::Criticality;
using Outcome = Models::GateResult::Outcome;

namespace {

constexpr double Padding = 8;
constexpr double IconSize = 20;
constexpr double StripWidth = 5;
constexpr double RowGap = 3;
constexpr double TagHeight = 15;

QFont nameFont(QFont font)
{
    font.setBold(true);
    return font;
}

QFont smallFont(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

QString healthText(double ratio)
{
    return QStringLiteral("\u2665 ") + QString::number(ratio * 100.0, 'f', ratio >= 0.999 || ratio < 0.1 ? 0 : 1)
         + QLatin1Char('%');
}

QString contractText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pass:
        return GraphNodeItem::tr("\u2713 contract");
    case Outcome::Fail:
        return GraphNodeItem::tr("\u2717 contract");
    case Outcome::Unknown:
        break;
    }
    return GraphNodeItem::tr("? contract");
}

// Widest badge texts, so the box never has to grow when live values arrive.
QString widestBadges()
{
    return healthText(0.985) + QStringLiteral("    ") + contractText(Outcome::Unknown);
}

void drawPill(QPainter *painter, const QRectF &rect, const QColor &fill, const QColor &border, const QColor &text,
              const QString &label, Qt::BrushStyle pattern = Qt::SolidPattern)
{
    painter->setPen(QPen(border, 1));
    painter->setBrush(QBrush(fill, pattern));
    painter->drawRoundedRect(rect, rect.height() / 2, rect.height() / 2);
    painter->setPen(text);
    painter->drawText(rect, Qt::AlignCenter, label);
}

} // namespace

GraphNodeItem::GraphNodeItem(int node, Content content, QPixmap icon, QGraphicsItem *parent)
    : QGraphicsItem(parent), m_node(node), m_content(std::move(content)), m_icon(std::move(icon))
{
    setFlag(ItemIsSelectable, false);
    setFlag(ItemIsFocusable, false);
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    setZValue(1);
    m_size = preferredSize(QApplication::font(), m_content);
    updateToolTip();
}

QSizeF GraphNodeItem::preferredSize(const QFont &font, const Content &content)
{
    const QFontMetricsF name(nameFont(font));
    const QFontMetricsF small(smallFont(font));
    const double row1 = IconSize + 6 + name.horizontalAdvance(content.displayName);
    const double row2 = small.horizontalAdvance(criticalityText(content.criticality)) + 14 + 6
                      + small.horizontalAdvance(content.owner);
    const double row3 = small.horizontalAdvance(widestBadges()) + 20;
    const double width = StripWidth + 2 * Padding + std::max({row1, row2, row3, 110.0});
    const double height = Padding * 2 + std::max(IconSize, name.height()) + 2 * (small.height() + 4 + RowGap);
    return QSizeF(std::ceil(std::min(width, 360.0)), std::ceil(height));
}

void GraphNodeItem::setSize(QSizeF size)
{
    prepareGeometryChange();
    m_size = size;
}

void GraphNodeItem::setIcon(const QPixmap &icon)
{
    m_icon = icon;
    update();
}

void GraphNodeItem::setRole(Role role)
{
    if (m_role == role)
        return;
    m_role = role;
    setOpacity(role == Role::Dimmed ? 0.32 : 1.0);
    setZValue(role == Role::Plain || role == Role::Dimmed ? 1 : 2);
    updateToolTip();
    update();
}

void GraphNodeItem::setCurrent(bool current)
{
    if (m_current == current)
        return;
    m_current = current;
    update();
}

void GraphNodeItem::setHealth(std::optional<double> ratio, bool stale, const QString &asOf)
{
    if (ratio == m_health && stale == m_healthStale && asOf == m_healthAsOf)
        return; // the view re-applies every badge after each layout
    m_health = ratio;
    m_healthStale = stale;
    m_healthAsOf = asOf;
    updateToolTip();
    update();
}

void GraphNodeItem::setContract(std::optional<Outcome> outcome, const QString &summary)
{
    if (outcome == m_contract && summary == m_contractSummary)
        return;
    m_contract = outcome;
    m_contractSummary = summary;
    updateToolTip();
    update();
}

void GraphNodeItem::setExplanation(const QString &text)
{
    if (text == m_explanation)
        return;
    m_explanation = text;
    updateToolTip();
}

QString GraphNodeItem::criticalityText(Criticality criticality)
{
    switch (criticality) {
    case Criticality::Critical:
        return tr("critical");
    case Criticality::High:
        return tr("high");
    case Criticality::Medium:
        return tr("medium");
    case Criticality::Low:
        break;
    }
    return tr("low");
}

void GraphNodeItem::updateToolTip()
{
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> (%2)").arg(m_content.displayName.toHtmlEscaped(), m_content.name.toHtmlEscaped());
    lines << tr("Kind: %1 · Criticality: %2 · Owner: %3")
                 .arg(m_content.kind.toHtmlEscaped(), criticalityText(m_content.criticality),
                      m_content.owner.toHtmlEscaped());
    if (m_health) {
        QString health = tr("Success rate: %1").arg(healthText(*m_health).mid(2));
        if (m_healthStale)
            health += QLatin1Char(' ') + tr("(stale, last good data %1)").arg(m_healthAsOf.toHtmlEscaped());
        else if (!m_healthAsOf.isEmpty())
            health += QLatin1Char(' ') + tr("(as of %1)").arg(m_healthAsOf.toHtmlEscaped());
        lines << health;
    }
    if (m_contract)
        lines << tr("Data contract: %1").arg(m_contractSummary.toHtmlEscaped());
    switch (m_role) {
    case Role::Changed:
        lines << tr("Changed by the selected change.");
        break;
    case Role::Fails:
        lines << tr("Fails: %1").arg(m_explanation.toHtmlEscaped());
        break;
    case Role::Degrades:
        lines << tr("Degrades: %1").arg(m_explanation.toHtmlEscaped());
        break;
    case Role::Upstream:
        lines << tr("Upstream of the selection: the selection depends on it.");
        break;
    case Role::Downstream:
        lines << tr("Downstream of the selection: it depends on the selection.");
        break;
    default:
        break;
    }
    setToolTip(lines.join(QStringLiteral("<br>")));
}

QRectF GraphNodeItem::boundingRect() const
{
    // Room above the box for the role tag, and for the widest border.
    return QRectF(-m_size.width() / 2 - 5, -m_size.height() / 2 - TagHeight / 2 - 5, m_size.width() + 10,
                  m_size.height() + TagHeight / 2 + 10);
}

void GraphNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(option)
    const QPalette palette = widget ? widget->palette() : QApplication::palette();
    const GraphPalette colors(palette);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);

    const QRectF box(-m_size.width() / 2, -m_size.height() / 2, m_size.width(), m_size.height());
    QColor fill = palette.color(QPalette::Base);
    QPen border(colors.nodeBorder, 1);
    Qt::BrushStyle overlay = Qt::NoBrush;
    QColor overlayColor;
    QString tag;
    QColor tagColor;
    switch (m_role) {
    case Role::Selected:
        border = QPen(colors.selection, 3);
        tag = tr("selected");
        tagColor = colors.selection;
        break;
    case Role::Upstream:
        border = QPen(colors.upstream, 2);
        tag = tr("\u25C0 upstream");
        tagColor = colors.upstream;
        break;
    case Role::Downstream:
        border = QPen(colors.downstream, 2);
        tag = tr("downstream \u25B6");
        tagColor = colors.downstream;
        break;
    case Role::Changed:
        border = QPen(colors.changed, 3);
        tag = tr("\u25CF changed");
        tagColor = colors.changed;
        break;
    case Role::Fails:
        // Solid heavy border and a solid tint: the strongest of the two blast marks.
        border = QPen(colors.fails, 3);
        fill = GraphPalette::mix(fill, colors.fails, 0.16);
        tag = tr("\u2716 fails");
        tagColor = colors.fails;
        break;
    case Role::Degrades:
        // Dashed border and diagonal hatching: readable without colour.
        border = QPen(colors.degrades, 2.5, Qt::DashLine);
        overlay = Qt::BDiagPattern;
        overlayColor = GraphPalette::mix(fill, colors.degrades, 0.45);
        tag = tr("\u26A0 degrades");
        tagColor = colors.degrades;
        break;
    case Role::Plain:
    case Role::Dimmed:
        break;
    }

    QPainterPath shape;
    shape.addRoundedRect(box, 6, 6);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawPath(shape);
    if (overlay != Qt::NoBrush) {
        painter->setBrush(QBrush(overlayColor, overlay));
        painter->drawPath(shape);
    }
    // Criticality strip on the left; its word is written in the box too.
    painter->save();
    painter->setClipPath(shape);
    painter->fillRect(QRectF(box.left(), box.top(), StripWidth, box.height()), colors.criticality(m_content.criticality));
    painter->restore();
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(shape);

    // Zoomed out so far that the text would be a few pixels high (a large graph fitted
    // into the window): the box, its strip and its role's border say enough, and
    // leaving out text and pills makes painting hundreds of nodes several times cheaper.
    if (QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform()) < 0.4)
        return;

    const QColor text = palette.color(QPalette::Text);
    const QColor muted = GraphPalette::mix(palette.color(QPalette::Base), text, 0.62);
    const double left = box.left() + StripWidth + Padding;
    const double right = box.right() - Padding;
    const QFont base = widget ? widget->font() : QApplication::font();
    const QFont bold = nameFont(base);
    const QFont small = smallFont(base);
    const QFontMetricsF boldMetrics(bold);
    const QFontMetricsF smallMetrics(small);

    double y = box.top() + Padding;
    const double row1 = std::max(IconSize, boldMetrics.height());
    if (!m_icon.isNull())
        painter->drawPixmap(QRectF(left, y + (row1 - IconSize) / 2, IconSize, IconSize), m_icon, m_icon.rect());
    painter->setFont(bold);
    painter->setPen(text);
    const QRectF nameRect(left + IconSize + 6, y, right - left - IconSize - 6, row1);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(m_content.displayName, Qt::ElideRight, nameRect.width()));
    y += row1 + RowGap;

    // Criticality as a word in a pill of its colour, then the owner.
    painter->setFont(small);
    const double pillHeight = smallMetrics.height() + 4;
    const QString crit = criticalityText(m_content.criticality);
    const QRectF critRect(left, y, smallMetrics.horizontalAdvance(crit) + 14, pillHeight);
    const QColor critColor = colors.criticality(m_content.criticality);
    drawPill(painter, critRect, GraphPalette::mix(palette.color(QPalette::Base), critColor, 0.22), critColor, text, crit);
    painter->setPen(muted);
    const QRectF ownerRect(critRect.right() + 6, y, right - critRect.right() - 6, pillHeight);
    painter->drawText(ownerRect, Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(m_content.owner, Qt::ElideRight, ownerRect.width()));
    y += pillHeight + RowGap;

    double x = left;
    if (m_health) {
        const QString label = healthText(*m_health);
        const QRectF r(x, y, smallMetrics.horizontalAdvance(label) + 14, pillHeight);
        const QColor c = m_healthStale ? muted : colors.health(*m_health);
        // Stale data is hollow and hatched: still visible, clearly not current.
        drawPill(painter, r, m_healthStale ? palette.color(QPalette::Base) : GraphPalette::mix(fill, c, 0.22), c, text,
                 label, m_healthStale ? Qt::Dense6Pattern : Qt::SolidPattern);
        x = r.right() + 6;
    }
    if (m_contract) {
        const QString label = contractText(*m_contract);
        const QRectF r(x, y, smallMetrics.horizontalAdvance(label) + 14, pillHeight);
        const QColor c = colors.contract(*m_contract);
        drawPill(painter, r, GraphPalette::mix(fill, c, 0.22), c, text, label);
    }

    if (m_current && m_role != Role::Selected) {
        painter->setPen(QPen(colors.selection, 2, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(box.adjusted(-3, -3, 3, 3), 8, 8);
    }

    if (!tag.isEmpty()) {
        const double w = smallMetrics.horizontalAdvance(tag) + 12;
        const QRectF r(box.right() - w - 8, box.top() - TagHeight / 2, w, TagHeight);
        painter->setFont(small);
        drawPill(painter, r, tagColor, tagColor, GraphPalette::readableOn(tagColor), tag);
    }
}

} // namespace Gatehouse::Ui
