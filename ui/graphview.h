#pragma once

#include "models/dependencygraph.h"
#include "models/gateresult.h"
#include "services/graphlayout.h"

#include <QDateTime>
#include <QGraphicsView>
#include <QHash>
#include <QPixmap>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

namespace Gatehouse::Ui {

class GraphEdgeItem;
class GraphNodeItem;

/// Draws a laid-out DependencyGraph (or the part of it that was laid out) and lets
/// the user move around it: wheel or +/- to zoom, drag to pan, F to fit, arrow keys to
/// go along edges to a neighbour, Tab/Shift+Tab through all nodes, Esc to clear.
/// The current node is highlighted with its upstream and downstream; a blast radius,
/// when set, takes over the highlighting (fails and degrades drawn differently).
///
/// A new drawing is built in slices across event-loop turns (at most sliceBudget() of
/// work per turn) into a scene of its own; the previous drawing stays on screen and
/// interactive until the new one is complete, then the two are swapped in one step.
/// A newer showGraph() or clear() cancels a build that has not finished.
/// UI thread only.
class GraphView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit GraphView(QWidget *parent = nullptr);
    ~GraphView() override;

    /// Starts replacing the drawing with `layout`, whose node ids are integration names
    /// of `graph`. Nodes of `graph` that are not in the layout are not drawn. Keeps the
    /// current node when it is still drawn. The items are built over several event-loop
    /// turns (buildProgress()); graphShown() says when the new drawing is on screen.
    void showGraph(const Models::DependencyGraph &graph, const Services::GraphLayout &layout);
    /// Builds what is left of the drawing now, in this turn (exports, tests).
    void finishBuild();
    /// Drops an unfinished build; the drawing on screen stays.
    void cancelBuild();
    bool isBuilding() const { return m_build != nullptr; }
    /// Work done per event-loop turn while building (default 6 ms).
    void setSliceBudget(std::chrono::milliseconds budget) { m_sliceBudget = budget; }
    std::chrono::milliseconds sliceBudget() const { return m_sliceBudget; }
    /// Removes the drawing (and cancels a build).
    void clear();

    const Models::DependencyGraph &graph() const { return m_graph; }
    /// Node indices that are drawn, ascending.
    QList<int> drawnNodes() const;
    GraphNodeItem *nodeItem(int node) const { return m_nodes.value(node); }
    GraphEdgeItem *edgeItem(int edge) const { return m_edges.value(edge); }

    int currentNode() const { return m_current; }
    /// Makes `node` current (-1: none), highlights and, if asked, scrolls to it.
    void setCurrentNode(int node, bool scrollTo = true);

    /// Highlights what a change fails or degrades; nullopt returns to the selection's
    /// upstream/downstream highlighting.
    void setBlastRadius(std::optional<Models::BlastRadius> radius);
    const std::optional<Models::BlastRadius> &blastRadius() const { return m_blast; }

    /// Contract status per integration name; names not in the hash show no badge.
    void setContractStatus(const QHash<QString, Models::GateResult> &status);
    /// Success ratio 0..1 per integration name, sampled at `sampledAt`; `stale` marks
    /// values that are no longer current (the source is down).
    void setHealth(const QHash<QString, double> &successRatio, const QDateTime &sampledAt, bool stale);

    double zoomFactor() const;
    /// Renders the whole drawing (not just what is visible) for exports.
    void renderScene(QPainter *painter, const QRectF &target);
    QRectF sceneBounds() const;

    /// A pixmap of a kind's monochrome icon in `color`, from :/icons/kinds/.
    static QPixmap kindIcon(const QString &kind, const QColor &color, qreal devicePixelRatio);

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitAll();
    void resetZoom();

Q_SIGNALS:
    /// The current node changed, by click, keyboard or setCurrentNode(); -1 for none.
    void currentNodeChanged(int node);
    /// A build made progress: `done` of `total` items exist.
    void buildProgress(int done, int total);
    /// The drawing of the last showGraph() is complete and on screen.
    void graphShown();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Build;

    void buildSlice();
    void buildItems(std::chrono::nanoseconds budget);
    void completeBuild();
    void applyRoles();
    void applyBadges();
    void scaleBy(double factor);
    void moveAlong(QPointF direction);
    void stepThrough(bool forward);
    GraphNodeItem *nodeAt(const QPoint &viewPos) const;
    void updateBackground();

    QGraphicsScene *m_scene;
    Models::DependencyGraph m_graph;
    QHash<int, GraphNodeItem *> m_nodes;
    QHash<int, GraphEdgeItem *> m_edges;
    int m_current = -1;
    std::optional<Models::BlastRadius> m_blast;
    QHash<QString, Models::GateResult> m_contracts;
    QHash<QString, double> m_health;
    QDateTime m_healthAt;
    bool m_healthStale = false;
    QPoint m_pressPos;
    /// Fit again when the view is resized, until the user zooms by hand.
    bool m_autoFit = true;
    std::unique_ptr<Build> m_build;
    QTimer m_buildTimer;
    std::chrono::milliseconds m_sliceBudget{6};
};

} // namespace Gatehouse::Ui
