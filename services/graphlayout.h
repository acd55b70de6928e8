#pragma once

#include "models/result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <utility>

namespace Gatehouse::Services {

/// What to lay out: boxes of a known size (the caller measures its labels with its
/// own font metrics) and directed edges between them. Units are scene units, read
/// by Graphviz as points.
struct GraphLayoutRequest
{
    enum class Direction { LeftToRight, TopToBottom };
    /// How hard Graphviz works on crossings and on straight edges. Full is Graphviz's
    /// own defaults; Bounded caps crossing minimisation and network simplex so a
    /// graph of hundreds of nodes lays out in a fraction of the time, with somewhat
    /// more crossings; Automatic is Full up to BoundedAbove nodes and Bounded beyond.
    enum class Effort { Automatic, Full, Bounded };
    static constexpr int BoundedAbove = 150;

    struct Node
    {
        QString id;
        QSizeF size;
    };
    struct Edge
    {
        QString from; ///< id of the tail node
        QString to;   ///< id of the head node (where the arrow points)
    };

    QList<Node> nodes;
    QList<Edge> edges;
    Direction direction = Direction::LeftToRight;
    double nodeSeparation = 18; ///< between boxes of one rank
    double rankSeparation = 60; ///< between ranks
    Effort effort = Effort::Automatic;
};

/// Where Graphviz put everything, in scene coordinates with y pointing down and the
/// drawing's top-left corner at (0, 0).
struct GraphLayout
{
    struct Node
    {
        QString id;
        QRectF rect;
    };
    struct Edge
    {
        QString from;
        QString to;
        /// A cubic B-spline as Graphviz gives it: start point, then control points
        /// in groups of three (so 1 + 3k points); runs from `from` to `to`.
        QList<QPointF> spline;
        /// Where the arrowhead's tip touches the head node; the spline ends short of it.
        QPointF arrowTip;
        bool hasArrowTip = false;
    };

    QSizeF size;
    QList<Node> nodes; ///< in request order
    QList<Edge> edges; ///< in request order
};

/// Graph layout with Graphviz's dot engine through libgvc. Graphviz keeps global
/// state and is not thread-safe, so every layout of the process runs on one
/// dedicated worker thread, one after the other.
class GraphLayoutEngine
{
    Q_DECLARE_TR_FUNCTIONS(GraphLayoutEngine)

public:
    /// Lays out on the layout worker thread; the future finishes there. Callable
    /// from any thread; never blocks the caller.
    static QFuture<Models::Result<GraphLayout>> layout(GraphLayoutRequest request);

    /// Lays out on the calling thread, waiting for any layout in progress first.
    /// For benchmarks and tools; UI code uses layout().
    static Models::Result<GraphLayout> layoutNow(const GraphLayoutRequest &request);

    /// The request in Graphviz's dot language with the same attributes layout() sets,
    /// so `dot` can lay out the very same graph.
    static QByteArray toDot(const GraphLayoutRequest &request);

    /// The graph attributes layout() and toDot() set for this request (name, value),
    /// the effort bounds included.
    static QList<std::pair<QByteArray, QByteArray>> graphAttributes(const GraphLayoutRequest &request);
};

} // namespace Gatehouse::Services
