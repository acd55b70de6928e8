#include "graphnodeitem.h"

#include "graphpalette.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QStaticText>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

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
              const QStaticText &label, double labelWidth, double lineHeight, Qt::BrushStyle pattern = Qt::SolidPattern)
{
    painter->setPen(QPen(border, 1));
    painter->setBrush(QBrush(fill, pattern));
    painter->drawRoundedRect(rect, rect.height() / 2, rect.height() / 2);
    painter->setPen(text);
    painter->drawStaticText(QPointF(rect.left() + (rect.width() - labelWidth) / 2, rect.top() + (rect.height() - lineHeight) / 2),
                            label);
}

QString roleTag(GraphNodeItem::Role role)
{
    using Role = GraphNodeItem::Role;
    switch (role) {
    case Role::Selected:
        return GraphNodeItem::tr("selected");
    case Role::Upstream:
        return GraphNodeItem::tr("\u25C0 upstream");
    case Role::Downstream:
        return GraphNodeItem::tr("downstream \u25B6");
    case Role::Changed:
        return GraphNodeItem::tr("\u25CF changed");
    case Role::Fails:
        return GraphNodeItem::tr("\u2716 fails");
    case Role::Degrades:
        return GraphNodeItem::tr("\u26A0 degrades");
    case Role::Plain:
    case Role::Dimmed:
        break;
    }
    return {};
}

// The criticality strip: the left edge of the rounded box. Every node of a graph has the
// same height, so the (costly) intersection is computed once per height.
QPainterPath stripPath(double height)
{
    static QHash<qint64, QPainterPath> cache;
    const qint64 key = std::llround(height * 16);
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    QPainterPath box;
    box.addRoundedRect(QRectF(0, -height / 2, StripWidth * 4, height), 6, 6);
    QPainterPath strip;
    strip.addRect(QRectF(0, -height / 2, StripWidth, height));
    const QPainterPath path = box.intersected(strip);
    cache.insert(key, path);
    return path;
}

QStaticText staticText(const QString &text, const QFont &font)
{
    QStaticText result(text);
    result.setTextFormat(Qt::PlainText);
    result.prepare(QTransform(), font);
    return result;
}

} // namespace

/// Texts laid out for one font; rebuilt when the font, the size or a text changes.
struct GraphNodeItem::Texts
{
    QFont font; ///< the widget font they were laid out for
    QFont bold;
    QFont small;
    double boldHeight = 0;
    double smallHeight = 0;
    QStaticText name;
    QStaticText criticality;
    double criticalityWidth = 0;
    QStaticText owner;
    QStaticText health;
    double healthWidth = 0;
    QStaticText contract;
    double contractWidth = 0;
    QStaticText tag;
    double tagWidth = 0;
};

GraphNodeItem::GraphNodeItem(int node, Content content, QPixmap icon, QSizeF size, QGraphicsItem *parent)
    : QGraphicsItem(parent), m_node(node), m_content(std::move(content)), m_icon(std::move(icon))
{
    setFlag(ItemIsSelectable, false);
    setFlag(ItemIsFocusable, false);
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    setZValue(1);
    m_size = size.isEmpty() ? preferredSize(QApplication::font(), m_content) : size;
    updateOutline();
    updateToolTip();
}

GraphNodeItem::~GraphNodeItem() = default;

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
    if (size == m_size)
        return;
    prepareGeometryChange();
    m_size = size;
    updateOutline();
    m_texts.reset();
}

void GraphNodeItem::updateOutline()
{
    m_outline = QPainterPath();
    m_outline.addRoundedRect(QRectF(-m_size.width() / 2, -m_size.height() / 2, m_size.width(), m_size.height()), 6, 6);
    m_strip = stripPath(m_size.height()).translated(-m_size.width() / 2, 0);
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
    m_texts.reset();
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
    m_texts.reset();
    updateToolTip();
    update();
}

void GraphNodeItem::setContract(std::optional<Outcome> outcome, const QString &summary)
{
    if (outcome == m_contract && summary == m_contractSummary)
        return;
    m_contract = outcome;
    m_contractSummary = summary;
    m_texts.reset();
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
    m_toolTipDirty = true;
    if (isUnderMouse()) {
        setToolTip(toolTipText());
        m_toolTipDirty = false;
    }
}

void GraphNodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    if (m_toolTipDirty) {
        setToolTip(toolTipText());
        m_toolTipDirty = false;
    }
    QGraphicsItem::hoverEnterEvent(event);
}

QString GraphNodeItem::toolTipText() const
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
    return lines.join(QStringLiteral("<br>"));
}

QRectF GraphNodeItem::boundingRect() const
{
    // Room above the box for the role tag, and for the widest border.
    return QRectF(-m_size.width() / 2 - 5, -m_size.height() / 2 - TagHeight / 2 - 5, m_size.width() + 10,
                  m_size.height() + TagHeight / 2 + 10);
}

const GraphNodeItem::Texts &GraphNodeItem::texts(const QFont &font) const
{
    if (m_texts && m_texts->font == font)
        return *m_texts;
    auto t = std::make_unique<Texts>();
    t->font = font;
    t->bold = nameFont(font);
    t->small = smallFont(font);
    const QFontMetricsF boldMetrics(t->bold);
    const QFontMetricsF smallMetrics(t->small);
    t->boldHeight = boldMetrics.height();
    t->smallHeight = smallMetrics.height();
    const double inner = m_size.width() - StripWidth - 2 * Padding;
    t->name = staticText(boldMetrics.elidedText(m_content.displayName, Qt::ElideRight, inner - IconSize - 6), t->bold);
    const QString crit = criticalityText(m_content.criticality);
    t->criticalityWidth = smallMetrics.horizontalAdvance(crit);
    t->criticality = staticText(crit, t->small);
    t->owner = staticText(smallMetrics.elidedText(m_content.owner, Qt::ElideRight, inner - t->criticalityWidth - 14 - 6),
                          t->small);
    if (m_health) {
        const QString label = healthText(*m_health);
        t->healthWidth = smallMetrics.horizontalAdvance(label);
        t->health = staticText(label, t->small);
    }
    if (m_contract) {
        const QString label = contractText(*m_contract);
        t->contractWidth = smallMetrics.horizontalAdvance(label);
        t->contract = staticText(label, t->small);
    }
    if (const QString tag = roleTag(m_role); !tag.isEmpty()) {
        t->tagWidth = smallMetrics.horizontalAdvance(tag);
        t->tag = staticText(tag, t->small);
    }
    m_texts = std::move(t);
    return *m_texts;
}

void GraphNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(option)
    const QPalette palette = widget ? widget->palette() : QApplication::palette();
    const GraphPalette colors(palette);
    // The view does not save the painter's state around each item: set all we use.
    const bool lowDetail =
        QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform()) < LowDetailZoom;
    painter->setRenderHint(QPainter::Antialiasing, !lowDetail);
    painter->setRenderHint(QPainter::TextAntialiasing);

    const QRectF box(-m_size.width() / 2, -m_size.height() / 2, m_size.width(), m_size.height());
    QColor fill = palette.color(QPalette::Base);
    QPen border(colors.nodeBorder, 1);
    Qt::BrushStyle overlay = Qt::NoBrush;
    QColor overlayColor;
    QColor tagColor;
    switch (m_role) {
    case Role::Selected:
        border = QPen(colors.selection, 3);
        tagColor = colors.selection;
        break;
    case Role::Upstream:
        border = QPen(colors.upstream, 2);
        tagColor = colors.upstream;
        break;
    case Role::Downstream:
        border = QPen(colors.downstream, 2);
        tagColor = colors.downstream;
        break;
    case Role::Changed:
        border = QPen(colors.changed, 3);
        tagColor = colors.changed;
        break;
    case Role::Fails:
        // Solid heavy border and a solid tint: the strongest of the two blast marks.
        border = QPen(colors.fails, 3);
        fill = GraphPalette::mix(fill, colors.fails, 0.16);
        tagColor = colors.fails;
        break;
    case Role::Degrades:
        // Dashed border and diagonal hatching: readable without colour.
        border = QPen(colors.degrades, 2.5, Qt::DashLine);
        overlay = Qt::BDiagPattern;
        overlayColor = GraphPalette::mix(fill, colors.degrades, 0.45);
        tagColor = colors.degrades;
        break;
    case Role::Plain:
    case Role::Dimmed:
        break;
    }

    if (lowDetail) {
        // Zoomed out so far that the text would be a few pixels high (a large graph fitted
        // into the window): the box, its strip and its role's border say enough. Square
        // corners, a hairline border and no antialiasing make hundreds of nodes cheap.
        painter->fillRect(box, fill);
        if (overlay != Qt::NoBrush)
            painter->fillRect(box, QBrush(overlayColor, overlay));
        painter->fillRect(QRectF(box.left(), box.top(), StripWidth, box.height()),
                          colors.criticality(m_content.criticality));
        QPen hairline(border.color(), border.widthF() > 1.5 ? 2 : 1, border.style());
        hairline.setCosmetic(true);
        painter->setPen(hairline);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(box);
        if (m_current && m_role != Role::Selected) {
            QPen ring(colors.selection, 2, Qt::DotLine);
            ring.setCosmetic(true);
            painter->setPen(ring);
            painter->drawRect(box.adjusted(-3, -3, 3, 3));
        }
        return;
    }

    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawPath(m_outline);
    if (overlay != Qt::NoBrush) {
        painter->setBrush(QBrush(overlayColor, overlay));
        painter->drawPath(m_outline);
    }
    // Criticality strip on the left; its word is written in the box too.
    painter->fillPath(m_strip, colors.criticality(m_content.criticality));
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_outline);

    const Texts &t = texts(widget ? widget->font() : QApplication::font());
    const QColor text = palette.color(QPalette::Text);
    const QColor muted = GraphPalette::mix(palette.color(QPalette::Base), text, 0.62);
    const double left = box.left() + StripWidth + Padding;
    const double right = box.right() - Padding;

    double y = box.top() + Padding;
    const double row1 = std::max(IconSize, t.boldHeight);
    if (!m_icon.isNull())
        painter->drawPixmap(QRectF(left, y + (row1 - IconSize) / 2, IconSize, IconSize), m_icon, m_icon.rect());
    painter->setFont(t.bold);
    painter->setPen(text);
    painter->drawStaticText(QPointF(left + IconSize + 6, y + (row1 - t.boldHeight) / 2), t.name);
    y += row1 + RowGap;

    // Criticality as a word in a pill of its colour, then the owner.
    painter->setFont(t.small);
    const double pillHeight = t.smallHeight + 4;
    const QRectF critRect(left, y, t.criticalityWidth + 14, pillHeight);
    const QColor critColor = colors.criticality(m_content.criticality);
    drawPill(painter, critRect, GraphPalette::mix(palette.color(QPalette::Base), critColor, 0.22), critColor, text,
             t.criticality, t.criticalityWidth, t.smallHeight);
    if (critRect.right() + 6 < right) {
        painter->setPen(muted);
        painter->drawStaticText(QPointF(critRect.right() + 6, y + 2), t.owner);
    }
    y += pillHeight + RowGap;

    double x = left;
    if (m_health) {
        const QRectF r(x, y, t.healthWidth + 14, pillHeight);
        const QColor c = m_healthStale ? muted : colors.health(*m_health);
        // Stale data is hollow and hatched: still visible, clearly not current.
        drawPill(painter, r, m_healthStale ? palette.color(QPalette::Base) : GraphPalette::mix(fill, c, 0.22), c, text,
                 t.health, t.healthWidth, t.smallHeight, m_healthStale ? Qt::Dense6Pattern : Qt::SolidPattern);
        x = r.right() + 6;
    }
    if (m_contract) {
        const QRectF r(x, y, t.contractWidth + 14, pillHeight);
        const QColor c = colors.contract(*m_contract);
        drawPill(painter, r, GraphPalette::mix(fill, c, 0.22), c, text, t.contract, t.contractWidth, t.smallHeight);
    }

    if (m_current && m_role != Role::Selected) {
        painter->setPen(QPen(colors.selection, 2, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(box.adjusted(-3, -3, 3, 3), 8, 8);
    }

    if (t.tagWidth > 0) {
        const double w = t.tagWidth + 12;
        const QRectF r(box.right() - w - 8, box.top() - TagHeight / 2, w, TagHeight);
        drawPill(painter, r, tagColor, tagColor, GraphPalette::readableOn(tagColor), t.tag, t.tagWidth, t.smallHeight);
    }
}

} // namespace Gatehouse::Ui
