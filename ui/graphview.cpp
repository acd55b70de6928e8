#include "graphview.h"

#include "graphedgeitem.h"
#include "graphnodeitem.h"
#include "graphpalette.h"

#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QResizeEvent>
#include <QLocale>
#include <QPainter>
#include <QScrollBar>
#include <QSet>
#include <QSvgRenderer>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

// The resource initializer lives in the global namespace.
static void initGraphResources()
{
    Q_INIT_RESOURCE(gatehouse_resources);
}

namespace Gatehouse::Ui {

using namespace Gatehouse::Models;

namespace {

constexpr double MinZoom = 0.05;
constexpr double MaxZoom = 4.0;

} // namespace

/// A drawing being built: its own scene, filled a slice at a time, swapped in when complete.
struct GraphView::Build
{
    Models::DependencyGraph graph;
    Services::GraphLayout layout;
    std::unique_ptr<QGraphicsScene> scene;
    QHash<int, GraphNodeItem *> nodes;
    QHash<int, GraphEdgeItem *> edges;
    /// Graph edges by (from, to), to match the layout's edges (which come in request order).
    QHash<QPair<int, int>, QList<int>> edgesBetween;
    qsizetype nextNode = 0;
    qsizetype nextEdge = 0;
    QColor iconColor;
    qreal devicePixelRatio = 1;

    int total() const { return int(layout.nodes.size() + layout.edges.size()); }
    int done() const { return int(nextNode + nextEdge); }
};

GraphView::GraphView(QWidget *parent) : QGraphicsView(parent), m_scene(new QGraphicsScene(this))
{
    initGraphResources();
    setObjectName(QStringLiteral("graphView"));
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    // Every item sets the painter state it needs, so the view need not save and restore
    // it around each of hundreds of items.
    setOptimizationFlag(QGraphicsView::DontSavePainterState);
    m_scene->setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    updateBackground();
    m_buildTimer.setSingleShot(true);
    m_buildTimer.setInterval(0);
    connect(&m_buildTimer, &QTimer::timeout, this, &GraphView::buildSlice);
}

GraphView::~GraphView() = default;

QPixmap GraphView::kindIcon(const QString &kind, const QColor &color, qreal devicePixelRatio)
{
    static QHash<QString, QPixmap> cache;
    const QString key = kind + QLatin1Char('|') + color.name() + QLatin1Char('|') + QString::number(devicePixelRatio);
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    QString file = QStringLiteral(":/icons/kinds/%1.svg").arg(kind);
    if (!QFile::exists(file))
        file = QStringLiteral(":/icons/kinds/other.svg");
    QSvgRenderer renderer(file);
    const int side = int(std::ceil(20 * devicePixelRatio));
    QPixmap pixmap(side, side);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        renderer.render(&painter);
        // The icons are monochrome: repaint their shape in the palette's text colour.
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), color);
    }
    pixmap.setDevicePixelRatio(devicePixelRatio);
    cache.insert(key, pixmap);
    return pixmap;
}

void GraphView::clear()
{
    cancelBuild();
    m_scene->clear();
    m_nodes.clear();
    m_edges.clear();
    m_graph = DependencyGraph();
    m_current = -1;
}

void GraphView::cancelBuild()
{
    m_buildTimer.stop();
    m_build.reset();
}

void GraphView::showGraph(const DependencyGraph &graph, const Services::GraphLayout &layout)
{
    cancelBuild();
    auto build = std::make_unique<Build>();
    build->graph = graph;
    build->layout = layout;
    build->scene = std::make_unique<QGraphicsScene>();
    build->scene->setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    build->scene->setSceneRect(QRectF(QPointF(0, 0), layout.size).adjusted(-20, -20, 20, 20));
    build->iconColor = palette().color(QPalette::Text);
    build->devicePixelRatio = devicePixelRatioF();
    for (qsizetype e = 0; e < graph.edges().size(); ++e) {
        const DependencyGraph::Edge &edge = graph.edges().at(e);
        build->edgesBetween[qMakePair(edge.from, edge.to)].append(int(e));
    }
    m_build = std::move(build);
    // The first slice in this turn: a small graph is on screen at once.
    buildSlice();
}

void GraphView::finishBuild()
{
    if (!m_build)
        return;
    m_buildTimer.stop();
    buildItems(std::chrono::nanoseconds::max());
    completeBuild();
}

void GraphView::buildSlice()
{
    if (!m_build)
        return;
    buildItems(m_sliceBudget);
    if (m_build->done() < m_build->total()) {
        Q_EMIT buildProgress(m_build->done(), m_build->total());
        m_buildTimer.start();
        return;
    }
    completeBuild();
}

void GraphView::buildItems(std::chrono::nanoseconds budget)
{
    Build &b = *m_build;
    QElapsedTimer clock;
    clock.start();
    const qint64 limit = budget.count();
    const DependencyGraph &graph = b.graph;
    while (b.nextNode < b.layout.nodes.size()) {
        const Services::GraphLayout::Node &placed = b.layout.nodes.at(b.nextNode++);
        const int node = graph.indexOf(placed.id);
        if (node < 0)
            continue;
        const Integration &integration = graph.integration(node);
        GraphNodeItem::Content content{integration.name,
                                       integration.displayName.isEmpty() ? integration.name : integration.displayName,
                                       integration.kind, integration.owner, integration.criticality};
        auto *item = new GraphNodeItem(node, std::move(content),
                                       kindIcon(integration.kind, b.iconColor, b.devicePixelRatio), placed.rect.size());
        item->setPos(placed.rect.center());
        b.scene->addItem(item);
        b.nodes.insert(node, item);
        if (clock.nsecsElapsed() >= limit)
            return;
    }
    while (b.nextEdge < b.layout.edges.size()) {
        const Services::GraphLayout::Edge &placed = b.layout.edges.at(b.nextEdge++);
        const int from = graph.indexOf(placed.from);
        const int to = graph.indexOf(placed.to);
        QList<int> &candidates = b.edgesBetween[qMakePair(from, to)];
        if (candidates.isEmpty())
            continue;
        const int e = candidates.takeFirst();
        const DependencyGraph::Edge &edge = graph.edges().at(e);
        auto *item = new GraphEdgeItem(e, edge.mode, placed.spline, placed.arrowTip, placed.hasArrowTip);
        QString tip = QStringLiteral("<b>%1 \u2192 %2</b><br>")
                          .arg(graph.integration(from).name.toHtmlEscaped(), graph.integration(to).name.toHtmlEscaped())
                    + tr("%1 depends on %2 (%3).")
                          .arg(graph.integration(to).name.toHtmlEscaped(), graph.integration(from).name.toHtmlEscaped(),
                               GraphEdgeItem::modeText(edge.mode));
        if (!edge.description.isEmpty())
            tip += QStringLiteral("<br>") + edge.description.toHtmlEscaped();
        item->setToolTip(tip);
        b.scene->addItem(item);
        b.edges.insert(e, item);
        if (clock.nsecsElapsed() >= limit)
            return;
    }
}

void GraphView::completeBuild()
{
    const std::unique_ptr<Build> build = std::move(m_build);
    const int total = build->total();
    const int previous = m_current;
    const QString previousName =
        previous >= 0 && previous < m_graph.nodeCount() ? m_graph.integration(previous).name : QString();

    QGraphicsScene *old = m_scene;
    m_scene = build->scene.release();
    m_scene->setParent(this);
    setScene(m_scene);
    // The old drawing's items go in a later turn, not in this one.
    old->deleteLater();
    m_nodes = std::move(build->nodes);
    m_edges = std::move(build->edges);
    m_graph = build->graph;

    m_current = -1;
    const int kept = previousName.isEmpty() ? -1 : m_graph.indexOf(previousName);
    if (kept >= 0 && m_nodes.contains(kept))
        m_current = kept;
    applyRoles();
    applyBadges();
    if (m_current != previous)
        Q_EMIT currentNodeChanged(m_current);
    Q_EMIT buildProgress(total, total);
    Q_EMIT graphShown();
}

QList<int> GraphView::drawnNodes() const
{
    QList<int> nodes = m_nodes.keys();
    std::sort(nodes.begin(), nodes.end());
    return nodes;
}

void GraphView::setCurrentNode(int node, bool scrollTo)
{
    if (!m_nodes.contains(node))
        node = -1;
    if (node == m_current)
        return;
    m_current = node;
    applyRoles();
    if (scrollTo && node >= 0)
        ensureVisible(m_nodes.value(node), 40, 40);
    Q_EMIT currentNodeChanged(node);
}

void GraphView::setBlastRadius(std::optional<BlastRadius> radius)
{
    m_blast = std::move(radius);
    applyRoles();
}

void GraphView::setContractStatus(const QHash<QString, GateResult> &status)
{
    m_contracts = status;
    applyBadges();
}

void GraphView::setHealth(const QHash<QString, double> &successRatio, const QDateTime &sampledAt, bool stale)
{
    m_health = successRatio;
    m_healthAt = sampledAt;
    m_healthStale = stale;
    applyBadges();
}

void GraphView::applyBadges()
{
    const QString asOf = m_healthAt.isValid() ? QLocale().toString(m_healthAt.toLocalTime(), QLocale::ShortFormat)
                                              : QString();
    for (GraphNodeItem *item : std::as_const(m_nodes)) {
        const QString &name = item->content().name;
        if (const auto h = m_health.constFind(name); h != m_health.cend())
            item->setHealth(std::clamp(*h, 0.0, 1.0), m_healthStale, asOf);
        else
            item->setHealth(std::nullopt, false, {});
        if (const auto c = m_contracts.constFind(name); c != m_contracts.cend())
            item->setContract(c->outcome, c->summary);
        else
            item->setContract(std::nullopt, {});
    }
}

void GraphView::applyRoles()
{
    using NodeRole = GraphNodeItem::Role;
    using EdgeRole = GraphEdgeItem::Role;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        it.value()->setCurrent(it.key() == m_current);

    if (m_blast && !m_blast->isEmpty()) {
        // Edges on an explaining path: the last step of each affected node's path.
        QHash<QPair<int, int>, ImpactKind> pathEdges;
        for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
            GraphNodeItem *item = it.value();
            const AffectedIntegration *affected = m_blast->affected(it.key());
            if (!affected) {
                item->setRole(NodeRole::Dimmed);
                item->setExplanation({});
                continue;
            }
            const bool changed = m_blast->changed.contains(it.key());
            item->setRole(changed ? NodeRole::Changed
                                  : (affected->kind == ImpactKind::Fails ? NodeRole::Fails : NodeRole::Degrades));
            item->setExplanation(affected->path.toString());
            const QStringList &hops = affected->path.hops;
            if (hops.size() >= 2) {
                const int parent = m_graph.indexOf(hops.at(hops.size() - 2));
                pathEdges.insert(qMakePair(parent, it.key()), affected->kind);
            }
        }
        for (auto it = m_edges.cbegin(); it != m_edges.cend(); ++it) {
            const DependencyGraph::Edge &edge = m_graph.edges().at(it.key());
            const auto found = pathEdges.constFind(qMakePair(edge.from, edge.to));
            if (found == pathEdges.cend())
                it.value()->setRole(EdgeRole::Dimmed);
            else
                it.value()->setRole(*found == ImpactKind::Fails ? EdgeRole::Fails : EdgeRole::Degrades);
        }
        return;
    }

    if (m_current < 0) {
        for (GraphNodeItem *item : std::as_const(m_nodes)) {
            item->setRole(NodeRole::Plain);
            item->setExplanation({});
        }
        for (GraphEdgeItem *item : std::as_const(m_edges))
            item->setRole(EdgeRole::Plain);
        return;
    }

    const QList<int> upList = m_graph.upstream(m_current);
    const QList<int> downList = m_graph.downstream(m_current);
    const QSet<int> up(upList.cbegin(), upList.cend());
    const QSet<int> down(downList.cbegin(), downList.cend());
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        const int node = it.key();
        NodeRole role = NodeRole::Dimmed;
        if (node == m_current)
            role = NodeRole::Selected;
        else if (up.contains(node))
            role = NodeRole::Upstream;
        else if (down.contains(node))
            role = NodeRole::Downstream;
        it.value()->setRole(role);
        it.value()->setExplanation({});
    }
    for (auto it = m_edges.cbegin(); it != m_edges.cend(); ++it) {
        const DependencyGraph::Edge &edge = m_graph.edges().at(it.key());
        EdgeRole role = EdgeRole::Dimmed;
        if (up.contains(edge.from) && (edge.to == m_current || up.contains(edge.to)))
            role = EdgeRole::Upstream;
        else if (down.contains(edge.to) && (edge.from == m_current || down.contains(edge.from)))
            role = EdgeRole::Downstream;
        it.value()->setRole(role);
    }
}

double GraphView::zoomFactor() const
{
    return transform().m11();
}

void GraphView::scaleBy(double factor)
{
    const double target = std::clamp(zoomFactor() * factor, MinZoom, MaxZoom);
    const double applied = target / zoomFactor();
    if (std::abs(applied - 1.0) > 1e-6)
        scale(applied, applied);
}

void GraphView::zoomIn()
{
    m_autoFit = false;
    scaleBy(1.25);
}

void GraphView::zoomOut()
{
    m_autoFit = false;
    scaleBy(1 / 1.25);
}

void GraphView::resetZoom()
{
    m_autoFit = false;
    resetTransform();
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitAll();
}

void GraphView::fitAll()
{
    m_autoFit = true;
    if (m_nodes.isEmpty())
        return;
    fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
    // Never blow a small graph up beyond natural size, nor shrink it to nothing.
    if (zoomFactor() > 1.0)
        resetTransform();
    if (zoomFactor() < MinZoom)
        scaleBy(MinZoom / zoomFactor());
    if (m_nodes.size() > 0)
        centerOn(m_scene->sceneRect().center());
}

QRectF GraphView::sceneBounds() const
{
    return m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20);
}

void GraphView::renderScene(QPainter *painter, const QRectF &target)
{
    const QRectF source = sceneBounds();
    painter->fillRect(target, GraphPalette(palette()).background);
    m_scene->render(painter, target, source, Qt::KeepAspectRatio);
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    m_autoFit = false;
    scaleBy(std::pow(1.15, steps));
    event->accept();
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_F:
        fitAll();
        return;
    case Qt::Key_0:
        resetZoom();
        return;
    case Qt::Key_Escape:
        setCurrentNode(-1);
        return;
    case Qt::Key_Left:
        moveAlong(QPointF(-1, 0));
        return;
    case Qt::Key_Right:
        moveAlong(QPointF(1, 0));
        return;
    case Qt::Key_Up:
        moveAlong(QPointF(0, -1));
        return;
    case Qt::Key_Down:
        moveAlong(QPointF(0, 1));
        return;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

bool GraphView::focusNextPrevChild(bool next)
{
    // Tab walks the nodes while there are any; focus leaves the view at either end.
    if (m_nodes.isEmpty())
        return QGraphicsView::focusNextPrevChild(next);
    stepThrough(next);
    return true;
}

void GraphView::stepThrough(bool forward)
{
    QList<GraphNodeItem *> items = m_nodes.values();
    // Reading order: by rank (x), then top to bottom.
    std::sort(items.begin(), items.end(), [](const GraphNodeItem *a, const GraphNodeItem *b) {
        if (std::abs(a->x() - b->x()) > 1)
            return a->x() < b->x();
        return a->y() < b->y();
    });
    qsizetype at = -1;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i)->node() == m_current)
            at = i;
    }
    const qsizetype n = items.size();
    const qsizetype next = at < 0 ? (forward ? 0 : n - 1) : (at + (forward ? 1 : n - 1)) % n;
    setCurrentNode(items.at(next)->node());
}

void GraphView::moveAlong(QPointF direction)
{
    if (m_nodes.isEmpty())
        return;
    if (m_current < 0) {
        stepThrough(true);
        return;
    }
    const QPointF from = m_nodes.value(m_current)->pos();
    // Prefer a neighbour along an edge; only when none lies that way, any node that way.
    QList<int> neighbours;
    for (const int e : m_graph.outEdges(m_current))
        neighbours.append(m_graph.edges().at(e).to);
    for (const int e : m_graph.inEdges(m_current))
        neighbours.append(m_graph.edges().at(e).from);
    auto best = [&](const QList<int> &candidates) {
        int chosen = -1;
        double bestScore = 0;
        for (const int node : candidates) {
            const GraphNodeItem *item = m_nodes.value(node);
            if (!item || node == m_current)
                continue;
            const QPointF d = item->pos() - from;
            const double length = std::hypot(d.x(), d.y());
            if (length < 1)
                continue;
            const double cosine = (d.x() * direction.x() + d.y() * direction.y()) / length;
            if (cosine < 0.35)
                continue;
            const double score = length / cosine / cosine;
            if (chosen < 0 || score < bestScore) {
                chosen = node;
                bestScore = score;
            }
        }
        return chosen;
    };
    int target = best(neighbours);
    if (target < 0)
        target = best(m_nodes.keys());
    if (target >= 0)
        setCurrentNode(target);
}

GraphNodeItem *GraphView::nodeAt(const QPoint &viewPos) const
{
    const QList<QGraphicsItem *> under = items(viewPos);
    for (QGraphicsItem *item : under) {
        if (auto *node = dynamic_cast<GraphNodeItem *>(item))
            return node;
    }
    return nullptr;
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->pos();
    QGraphicsView::mousePressEvent(event);
}

void GraphView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    // A click (not the end of a drag) selects the node under it, or clears on empty space.
    if (event->button() == Qt::LeftButton && (event->pos() - m_pressPos).manhattanLength() < 5) {
        GraphNodeItem *node = nodeAt(event->pos());
        setCurrentNode(node ? node->node() : -1, false);
    }
}

bool GraphView::event(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        updateBackground();
        const QColor iconColor = palette().color(QPalette::Text);
        for (GraphNodeItem *item : std::as_const(m_nodes))
            item->setIcon(kindIcon(item->content().kind, iconColor, devicePixelRatioF()));
        if (m_build) {
            m_build->iconColor = iconColor;
            for (GraphNodeItem *item : std::as_const(m_build->nodes))
                item->setIcon(kindIcon(item->content().kind, iconColor, devicePixelRatioF()));
        }
    }
    return QGraphicsView::event(event);
}

void GraphView::updateBackground()
{
    setBackgroundBrush(GraphPalette(palette()).background);
}

} // namespace Gatehouse::Ui
