#include "graphedgeitem.h"

#include "graphnodeitem.h"
#include "graphpalette.h"

#include <QApplication>
#include <QLineF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QTransform>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace Gatehouse::Ui {

using Models::DependencyMode;

GraphEdgeItem::GraphEdgeItem(int edge, DependencyMode mode, const QList<QPointF> &spline, QPointF arrowTip,
                             bool hasArrowTip, QGraphicsItem *parent)
    : QGraphicsItem(parent), m_edge(edge), m_mode(mode)
{
    setZValue(0);
    setAcceptHoverEvents(true);
    if (!spline.isEmpty()) {
        m_path.moveTo(spline.constFirst());
        for (qsizetype i = 1; i + 2 < spline.size(); i += 3)
            m_path.cubicTo(spline.at(i), spline.at(i + 1), spline.at(i + 2));
        const QPointF end = spline.constLast();
        const QPointF tip = hasArrowTip ? arrowTip : end;
        // Without a separate tip (Graphviz ran the spline to the box) point along the last segment.
        QLineF line = hasArrowTip ? QLineF(end, tip)
                                  : QLineF(spline.size() > 1 ? spline.at(spline.size() - 2) : end, end);
        if (line.length() < 0.01)
            line = QLineF(end - QPointF(1, 0), end);
        const double angle = std::atan2(line.dy(), line.dx());
        const double length = 10, half = 4.5;
        const QPointF back = tip - QPointF(std::cos(angle) * length, std::sin(angle) * length);
        const QPointF normal(-std::sin(angle) * half, std::cos(angle) * half);
        m_arrow << tip << back + normal << back - normal;
        if (hasArrowTip)
            m_path.lineTo(back);
    }
    m_bounds = m_path.boundingRect().united(m_arrow.boundingRect()).adjusted(-4, -4, 4, 4);
    setToolTip(tr("Mode: %1").arg(modeText(mode)));
    // The view then hands paint() the exposed part of the edge, in item coordinates.
    setFlag(ItemUsesExtendedStyleOption);
}

void GraphEdgeItem::flatten() const
{
    if (!m_fine.isEmpty() || m_path.isEmpty())
        return;
    // Flattened at twice the size: facets stay within a quarter pixel at 100 %.
    constexpr double Fine = 2.0;
    m_fine = QTransform::fromScale(1 / Fine, 1 / Fine).map(m_path.toSubpathPolygons(QTransform::fromScale(Fine, Fine)).value(0));
    m_runLength.resize(m_fine.size());
    double run = 0;
    for (qsizetype i = 0; i < m_fine.size(); ++i) {
        if (i > 0)
            run += QLineF(m_fine.at(i - 1), m_fine.at(i)).length();
        m_runLength[i] = run;
    }
}

void GraphEdgeItem::strokeVisible(QPainter *painter, const QPen &pen, const QRectF &exposed, double zoom) const
{
    flatten();
    const double margin = pen.isCosmetic() ? 2 / std::max(zoom, 0.01) : pen.widthF();
    const QRectF area = exposed.adjusted(-margin, -margin, margin, margin);
    // Dash offsets count pen widths: item units for a scaled pen, device pixels for a cosmetic one.
    const double dashUnit = pen.isCosmetic() ? pen.widthF() / std::max(zoom, 0.01) : pen.widthF();
    // A segment's box, widened so a horizontal or vertical segment still has an area.
    const auto touches = [&](qsizetype i) {
        return QRectF(m_fine.at(i - 1), m_fine.at(i)).normalized().adjusted(-0.5, -0.5, 0.5, 0.5).intersects(area);
    };
    qsizetype i = 1;
    while (i < m_fine.size()) {
        // Skip to the first segment that touches the area, then take every segment that does.
        while (i < m_fine.size() && !touches(i))
            ++i;
        if (i >= m_fine.size())
            break;
        const qsizetype first = i - 1;
        while (i < m_fine.size() && touches(i))
            ++i;
        QPen part = pen;
        // The dash offset is in pen widths: start the pattern where the whole curve would have it here.
        if (pen.style() != Qt::SolidLine && dashUnit > 0)
            part.setDashOffset(m_runLength.at(first) / dashUnit);
        painter->setPen(part);
        painter->drawPolyline(m_fine.constData() + first, int(i - first));
    }
}

Qt::PenStyle GraphEdgeItem::penStyle(DependencyMode mode)
{
    switch (mode) {
    case DependencyMode::Sync:
        return Qt::SolidLine;
    case DependencyMode::Async:
        return Qt::DashLine;
    case DependencyMode::Batch:
        break;
    }
    return Qt::DotLine;
}

QString GraphEdgeItem::modeText(DependencyMode mode)
{
    switch (mode) {
    case DependencyMode::Sync:
        return tr("sync");
    case DependencyMode::Async:
        return tr("async");
    case DependencyMode::Batch:
        break;
    }
    return tr("batch");
}

void GraphEdgeItem::setRole(Role role)
{
    if (m_role == role)
        return;
    m_role = role;
    setOpacity(role == Role::Dimmed ? 0.22 : 1.0);
    setZValue(role == Role::Plain || role == Role::Dimmed ? 0 : 0.5);
    update();
}

QRectF GraphEdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath GraphEdgeItem::shape() const
{
    if (m_shape.isEmpty()) {
        QPainterPathStroker stroker;
        stroker.setWidth(8);
        m_shape = stroker.createStroke(m_path);
        m_shape.addPolygon(m_arrow);
    }
    return m_shape;
}

void GraphEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const GraphPalette colors(widget ? widget->palette() : QApplication::palette());
    QColor color = colors.edge;
    double width = 1.4;
    switch (m_role) {
    case Role::Upstream:
        color = colors.upstream;
        width = 2.4;
        break;
    case Role::Downstream:
        color = colors.downstream;
        width = 2.4;
        break;
    case Role::Fails:
        color = colors.fails;
        width = 2.6;
        break;
    case Role::Degrades:
        color = colors.degrades;
        width = 2.6;
        break;
    case Role::Plain:
    case Role::Dimmed:
        break;
    }
    // The view does not save the painter's state around each item: set all we use.
    if (QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform()) < GraphNodeItem::LowDetailZoom) {
        if (m_flat.isEmpty() && !m_path.isEmpty())
            m_flat = m_path.toSubpathPolygons().value(0);
        painter->setRenderHint(QPainter::Antialiasing, false);
        // A cosmetic pen keeps the dash pattern in screen pixels, so the mode still shows.
        QPen hairline(color, width > 2 ? 2 : 1, penStyle(m_mode));
        hairline.setCosmetic(true);
        painter->setPen(hairline);
        painter->setBrush(Qt::NoBrush);
        painter->drawPolyline(m_flat);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPolygon(m_arrow);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(color, width, penStyle(m_mode), Qt::FlatCap, Qt::RoundJoin);
    // Where the line would be about a pixel wide anyway, a one-pixel cosmetic pen draws the
    // same antialiased line through the raster engine's fast path instead of a stroked outline.
    const double zoom = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    if (zoom * width <= 1.5) {
        pen.setWidth(1);
        pen.setCosmetic(true);
    }
    painter->setBrush(Qt::NoBrush);
    const QRectF exposed = option ? option->exposedRect : m_bounds;
    if (exposed.contains(m_bounds) || exposed.isEmpty()) {
        painter->setPen(pen);
        painter->drawPath(m_path);
    } else {
        strokeVisible(painter, pen, exposed, zoom);
    }
    painter->setPen(QPen(color, 1));
    painter->setBrush(color);
    painter->drawPolygon(m_arrow);
}

} // namespace Gatehouse::Ui
