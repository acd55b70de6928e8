#include "graphlayout.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <vector>

namespace Gatehouse::Services {

using Models::Result;

namespace {

constexpr double PointsPerInch = 72.0;

// The Bounded effort's limits (see graphAttributes()).
constexpr char MinCrossScale[] = "0.25";    // mclimit: scales mincross's 24 passes and its give-up count of 8
constexpr char PositionIterations[] = "0.2"; // nslimit: × nodes (virtual ones included) for x coordinates
constexpr char RankIterations[] = "2";       // nslimit1: × nodes for ranking, only a guard; ranking is cheap

// Graphviz keeps global state (the context, its error hook, the layout's own
// statics): one lock for every call into it in this process.
QMutex &graphvizLock()
{
    static QMutex mutex;
    return mutex;
}

// One worker thread that never expires, so all layouts queue behind each other
// instead of contending for the lock from several pool threads.
QThreadPool &layoutPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(1);
        p->setExpiryTimeout(-1);
        p->setObjectName(QStringLiteral("GraphLayout"));
        return p;
    }();
    return *pool;
}

QString &lastGraphvizError()
{
    static QString text;
    return text;
}

int collectError(char *message)
{
    lastGraphvizError() += QString::fromLocal8Bit(message).trimmed();
    return 0;
}

GVC_t *context()
{
    // Created once and kept: loading the plugins is most of a context's cost.
    static GVC_t *gvc = [] {
        agseterr(AGERR);
        agseterrf(collectError);
        return gvContext();
    }();
    return gvc;
}

QByteArray inches(double points)
{
    return QByteArray::number(points / PointsPerInch, 'f', 4);
}

// cgraph takes char* everywhere although it copies what it is given.
char *mutableText(QByteArray &bytes)
{
    return bytes.data();
}

void setDefault(Agraph_t *graph, int kind, const char *name, QByteArray value)
{
    QByteArray key(name);
    agattr(graph, kind, mutableText(key), mutableText(value));
}

} // namespace

QList<std::pair<QByteArray, QByteArray>> GraphLayoutEngine::graphAttributes(const GraphLayoutRequest &request)
{
    QList<std::pair<QByteArray, QByteArray>> attributes{
        {"rankdir", request.direction == GraphLayoutRequest::Direction::LeftToRight ? "LR" : "TB"},
        {"nodesep", inches(request.nodeSeparation)},
        {"ranksep", inches(request.rankSeparation)}};
    GraphLayoutRequest::Effort effort = request.effort;
    if (effort == GraphLayoutRequest::Effort::Automatic)
        effort = request.nodes.size() > GraphLayoutRequest::BoundedAbove ? GraphLayoutRequest::Effort::Bounded
                                                                         : GraphLayoutRequest::Effort::Full;
    if (effort == GraphLayoutRequest::Effort::Bounded) {
        // Measured on generated estates of 300 and 500 integrations: network simplex
        // placing the ranks' (mostly virtual) nodes and crossing minimisation are
        // nearly all of dot's time; spline routing is a few per cent, so polyline or
        // line edges would save little and look worse, and a smaller searchsize did not
        // help. There are no multi-edges to concentrate and no clusters to re-cross.
        attributes.emplaceBack("mclimit", MinCrossScale);
        attributes.emplaceBack("nslimit", PositionIterations);
        attributes.emplaceBack("nslimit1", RankIterations);
    }
    return attributes;
}

QByteArray GraphLayoutEngine::toDot(const GraphLayoutRequest &request)
{
    QByteArray dot;
    dot.reserve(64 * (request.nodes.size() + request.edges.size()) + 256);
    dot += "digraph G {\n  graph [";
    bool first = true;
    for (const auto &[name, value] : graphAttributes(request)) {
        dot += (first ? "" : ", ") + name + '=' + value;
        first = false;
    }
    dot += "];\n  node [shape=box, fixedsize=true, label=\"\"];\n";
    QHash<QString, int> index;
    for (qsizetype i = 0; i < request.nodes.size(); ++i) {
        const GraphLayoutRequest::Node &node = request.nodes.at(i);
        index.insert(node.id, int(i));
        dot += "  n" + QByteArray::number(i) + " [width=" + inches(node.size.width())
               + ", height=" + inches(node.size.height()) + "];\n";
    }
    for (const GraphLayoutRequest::Edge &edge : request.edges) {
        const int from = index.value(edge.from, -1);
        const int to = index.value(edge.to, -1);
        if (from < 0 || to < 0)
            continue;
        dot += "  n" + QByteArray::number(from) + " -> n" + QByteArray::number(to) + ";\n";
    }
    dot += "}\n";
    return dot;
}

Result<GraphLayout> GraphLayoutEngine::layoutNow(const GraphLayoutRequest &request)
{
    QMutexLocker locker(&graphvizLock());
    GVC_t *gvc = context();
    if (!gvc)
        return Result<GraphLayout>::failure(tr("Graphviz could not be initialised."));
    lastGraphvizError().clear();

    QByteArray graphName("dependencies");
    Agraph_t *graph = agopen(mutableText(graphName), Agdirected, nullptr);
    for (const auto &[name, value] : graphAttributes(request))
        setDefault(graph, AGRAPH, name.constData(), value);
    setDefault(graph, AGNODE, "shape", "box");
    setDefault(graph, AGNODE, "fixedsize", "true");
    // No label: the caller sized the box for its own text, and Graphviz need not
    // estimate fonts it will never draw.
    setDefault(graph, AGNODE, "label", "");
    QByteArray widthKey("width"), heightKey("height");
    Agsym_t *widthSym = agattr(graph, AGNODE, mutableText(widthKey), const_cast<char *>("0.75"));
    Agsym_t *heightSym = agattr(graph, AGNODE, mutableText(heightKey), const_cast<char *>("0.5"));

    std::vector<Agnode_t *> nodes;
    nodes.reserve(std::size_t(request.nodes.size()));
    QHash<QString, int> index;
    index.reserve(request.nodes.size());
    for (qsizetype i = 0; i < request.nodes.size(); ++i) {
        const GraphLayoutRequest::Node &node = request.nodes.at(i);
        if (index.contains(node.id)) {
            agclose(graph);
            return Result<GraphLayout>::failure(tr("The node \"%1\" appears twice in the graph.").arg(node.id));
        }
        index.insert(node.id, int(i));
        QByteArray name = "n" + QByteArray::number(i);
        Agnode_t *n = agnode(graph, mutableText(name), 1);
        QByteArray w = inches(node.size.width());
        QByteArray h = inches(node.size.height());
        agxset(n, widthSym, mutableText(w));
        agxset(n, heightSym, mutableText(h));
        nodes.push_back(n);
    }
    struct Placed
    {
        Agedge_t *edge;
        int from, to;
    };
    std::vector<Placed> edges;
    edges.reserve(std::size_t(request.edges.size()));
    for (const GraphLayoutRequest::Edge &edge : request.edges) {
        const int from = index.value(edge.from, -1);
        const int to = index.value(edge.to, -1);
        if (from < 0 || to < 0) {
            agclose(graph);
            return Result<GraphLayout>::failure(
                tr("The edge %1 \u2192 %2 names a node that is not in the graph.").arg(edge.from, edge.to));
        }
        edges.push_back({agedge(graph, nodes[std::size_t(from)], nodes[std::size_t(to)], nullptr, 1), from, to});
    }

    if (gvLayout(gvc, graph, "dot") != 0) {
        const QString reason = lastGraphvizError();
        agclose(graph);
        return Result<GraphLayout>::failure(reason.isEmpty() ? tr("Graphviz could not lay out the graph.")
                                                             : tr("Graphviz could not lay out the graph: %1").arg(reason));
    }

    // Graphviz's y axis points up; the scene's points down. Flip about the bounding box.
    const boxf bb = GD_bb(graph);
    auto toScene = [&](pointf p) { return QPointF(p.x - bb.LL.x, bb.UR.y - p.y); };

    GraphLayout result;
    result.size = QSizeF(bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y);
    result.nodes.reserve(request.nodes.size());
    for (qsizetype i = 0; i < request.nodes.size(); ++i) {
        const QSizeF size = request.nodes.at(i).size;
        const QPointF centre = toScene(ND_coord(nodes[std::size_t(i)]));
        result.nodes.append({request.nodes.at(i).id,
                             QRectF(centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(),
                                    size.height())});
    }
    result.edges.reserve(qsizetype(edges.size()));
    for (const Placed &placed : edges) {
        GraphLayout::Edge out;
        out.from = request.nodes.at(placed.from).id;
        out.to = request.nodes.at(placed.to).id;
        const splines *spl = ED_spl(placed.edge);
        if (spl) {
            for (int b = 0; b < spl->size; ++b) {
                const bezier &bz = spl->list[b];
                for (int p = 0; p < bz.size; ++p)
                    out.spline.append(toScene(bz.list[p]));
                if (bz.eflag) {
                    out.arrowTip = toScene(bz.ep);
                    out.hasArrowTip = true;
                }
            }
        }
        result.edges.append(std::move(out));
    }

    gvFreeLayout(gvc, graph);
    agclose(graph);
    return result;
}

QFuture<Result<GraphLayout>> GraphLayoutEngine::layout(GraphLayoutRequest request)
{
    return QtConcurrent::run(&layoutPool(), [request = std::move(request)] { return layoutNow(request); });
}

} // namespace Gatehouse::Services
