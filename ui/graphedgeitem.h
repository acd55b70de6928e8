#pragma once

#include "models/estateenums.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QPolygonF>

namespace Gatehouse::Ui {

/// One dependency on the graph, drawn from the integration depended on to the one that
/// depends on it (the way a failure travels), with an arrowhead at the dependent. The
/// line style says the mode — solid sync, dashed async, dotted batch — so it reads
/// without colour. Below GraphNodeItem::LowDetailZoom the curve is drawn as a hairline
/// polyline (flattened once), without antialiasing. Above it, an edge that runs far
/// outside the exposed area is stroked only where it is visible (its flattened curve cut
/// to the exposed rectangle, the dash pattern kept continuous), so a zoomed-in view does
/// not pay for thousands of off-screen dashes; a line that would be about a pixel wide is
/// drawn with a one-pixel cosmetic pen. UI thread only.
class GraphEdgeItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(GraphEdgeItem)

public:
    enum class Role { Plain, Upstream, Downstream, Dimmed, Fails, Degrades };

    /// `spline` is Graphviz's cubic B-spline (start, then three points per segment).
    GraphEdgeItem(int edge, Models::DependencyMode mode, const QList<QPointF> &spline, QPointF arrowTip,
                  bool hasArrowTip, QGraphicsItem *parent = nullptr);

    int edge() const { return m_edge; }
    Models::DependencyMode mode() const { return m_mode; }
    void setRole(Role role);
    Role role() const { return m_role; }

    /// Solid, dash or dot: the pen style of a mode, shared with the legend.
    static Qt::PenStyle penStyle(Models::DependencyMode mode);
    static QString modeText(Models::DependencyMode mode);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    int m_edge;
    Models::DependencyMode m_mode;
    Role m_role = Role::Plain;
    QPainterPath m_path;
    /// Makes m_fine and m_runLength on the first paint that needs them.
    void flatten() const;
    void strokeVisible(QPainter *painter, const QPen &pen, const QRectF &exposed, double zoom) const;

    mutable QPolygonF m_flat;          ///< m_path flattened coarsely, for low-detail paints
    mutable QPolygonF m_fine;          ///< m_path flattened finely, for stroking a visible part
    mutable QList<double> m_runLength; ///< length of m_fine up to each of its points
    mutable QPainterPath m_shape;     ///< made on first hit test
    QPolygonF m_arrow;
    QRectF m_bounds;
};

} // namespace Gatehouse::Ui
