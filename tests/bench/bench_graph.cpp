// bench_graph: the dependency graph's figures. Prints; not a pass/fail test.
//  - how dense the graphs are (edges per integration, longest dependency chain) for the
//    demo estate, the shared estate generator and this benchmark's realistic estates;
//  - Graphviz dot layout of 100, 300 and 500 integrations through libgvc, against
//    `dot -Tplain` on the very same graph with the very same attributes in the same run,
//    with Graphviz's default effort and with the bounded effort the app uses; wall and
//    CPU time (the CPU figures hold when the machine is shared);
//  - the UI thread while a layout runs on the worker (longest event-loop gap) and when
//    it arrives: the scene's items built in slices across event-loop turns (longest
//    gap while they are built, and the same work done in one go for comparison),
//    fitting, the first paint fitted and at 100 %, timed apiece;
//  - blast radius of a change on a 5,000-integration graph, and what the view then asks for.
//
//   bench_graph [--sizes 100,300,500] [--runs N] [--density generator,realistic]
//               [--effort default,bounded] [--blast-nodes 5000] [--blast-runs N]
//               [--demo-estate DIR] [--screenshots DIR]
#include "estategenerator.h"

#include "models/dependencygraph.h"
#include "services/estateloader.h"
#include "services/graphlayout.h"
#include "ui/graphnodeitem.h"
#include "ui/graphview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <ctime>
#include <functional>
#include <map>
#include <random>

namespace {

using namespace Gatehouse;
using Services::GraphLayoutRequest;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double median(QList<double> samples)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype n = samples.size();
    return n % 2 ? samples.at(n / 2) : (samples.at(n / 2 - 1) + samples.at(n / 2)) / 2.0;
}

double minimum(const QList<double> &samples)
{
    return samples.isEmpty() ? 0 : *std::min_element(samples.cbegin(), samples.cend());
}

QString fmt(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    auto ms = [](const timeval &t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// ---- Estates -------------------------------------------------------------------------

Models::EstatePtr generated(const QString &folder, int integrations, int dependencies)
{
    Bench::EstateSize size;
    size.integrations = integrations;
    size.dependencies = dependencies;
    size.environments = 8;
    size.sites = 6;
    const QString error = Bench::EstateGenerator(size).write(folder);
    if (!error.isEmpty()) {
        out() << "generator failed: " << error << Qt::endl;
        return {};
    }
    const auto loaded = Services::EstateLoader::loadFolder(folder);
    if (loaded.hasErrors()) {
        out() << "generated estate does not load: " << loaded.diagnostics.size() << " diagnostics" << Qt::endl;
        return {};
    }
    return loaded.estate;
}

// An estate shaped like the demo's distribution business, scaled up: a dozen Odoo
// modules at the core (each on one or two lower ones), hubs and connectors on the
// modules (EDI gateway, shipping hub, payment hub, …), and everything else — carriers,
// trading partners, marketplaces, BI feeds, portals — on one hub and often one module,
// some on a sibling (a label printer on a carrier, a BI feed on an export). About two
// dependencies per integration and chains a handful deep, as in the demo estate; the
// shared generator links every integration to any lower-numbered one, three to four
// times, which is denser and above all far deeper than a real estate.
Models::EstatePtr realistic(int n, quint32 seed)
{
    std::mt19937 rng(seed);
    auto below = [&](int bound) { return bound <= 0 ? 0 : int(rng() % quint32(bound)); };
    auto chance = [&](int percent) { return below(100) < percent; };
    const std::array<const char *, 10> kinds{"wms",    "barcode", "edi", "payment", "tax", "marketplace",
                                             "carrier", "bi",     "portal", "other"};
    const int modules = std::min(n, 12);
    const int hubs = std::min(n - modules, std::max(1, n / 12));
    auto mode = [&] {
        const int roll = below(100);
        return roll < 60 ? Models::DependencyMode::Sync
               : roll < 85 ? Models::DependencyMode::Async
                           : Models::DependencyMode::Batch;
    };

    auto estate = std::make_shared<Models::Estate>();
    estate->name = QStringLiteral("realistic-%1").arg(n);
    for (int i = 0; i < n; ++i) {
        Models::Integration integration;
        integration.name = QStringLiteral("integration-%1").arg(i, 4, 10, QLatin1Char('0'));
        integration.kind = QString::fromLatin1(kinds[std::size_t(i % int(kinds.size()))]);
        integration.owner = QStringLiteral("team-%1").arg(i % 12);
        integration.criticality = Models::Criticality(i % 4);
        auto depend = [&](int target, Models::DependencyMode m) {
            if (target == i)
                return;
            for (const Models::Dependency &d : std::as_const(integration.dependencies)) {
                if (d.target == estate->integrations.value(target).name)
                    return;
            }
            integration.dependencies.append({estate->integrations.at(target).name, m, {}, {}});
        };
        if (i < modules) {
            if (i > 0)
                depend(below(i), Models::DependencyMode::Sync);
            if (i > 2 && chance(50))
                depend(below(i), Models::DependencyMode::Sync);
        } else if (i < modules + hubs) {
            depend(below(modules), Models::DependencyMode::Sync);
            depend(below(modules), Models::DependencyMode::Sync);
            if (chance(40))
                depend(below(modules), mode());
        } else {
            depend(modules + below(hubs), mode());
            if (chance(60))
                depend(below(modules), mode());
            if (chance(25) && i > modules + hubs)
                depend(modules + hubs + below(i - modules - hubs), mode());
        }
        estate->integrations.append(std::move(integration));
    }
    estate->index();
    return estate;
}

// ---- Shape ---------------------------------------------------------------------------

struct Shape
{
    double edgesPerNode = 0;
    int maxDependents = 0;
    int longestChain = 0; ///< dependencies on the longest path, cycles broken
};

Shape shapeOf(const Models::DependencyGraph &graph)
{
    Shape shape;
    const int n = graph.nodeCount();
    shape.edgesPerNode = n ? double(graph.edges().size()) / n : 0;
    for (int i = 0; i < n; ++i)
        shape.maxDependents = std::max(shape.maxDependents, int(graph.outEdges(i).size()));
    // Longest path by depth-first search; an edge back into the current path is ignored.
    std::vector<int> depth(std::size_t(n), -1);
    std::vector<char> onPath(std::size_t(n), 0);
    std::function<int(int)> visit = [&](int u) -> int {
        if (depth[std::size_t(u)] >= 0)
            return depth[std::size_t(u)];
        onPath[std::size_t(u)] = 1;
        int best = 0;
        for (const int e : graph.outEdges(u)) {
            const int v = graph.edges().at(e).to;
            if (!onPath[std::size_t(v)])
                best = std::max(best, 1 + visit(v));
        }
        onPath[std::size_t(u)] = 0;
        depth[std::size_t(u)] = best;
        return best;
    };
    for (int i = 0; i < n; ++i)
        shape.longestChain = std::max(shape.longestChain, visit(i));
    return shape;
}

QString describe(const Shape &shape, qsizetype nodes, qsizetype edges)
{
    return QStringLiteral("%1 integrations, %2 dependencies (%3 per integration), most dependents %4, "
                          "longest chain %5")
        .arg(nodes)
        .arg(edges)
        .arg(fmt(shape.edgesPerNode, 2))
        .arg(shape.maxDependents)
        .arg(shape.longestChain);
}

// Ranks and the virtual nodes dot had to route long edges through, read back from the
// layout (left to right: one rank per distinct x).
QString rankFigures(const Services::GraphLayout &layout)
{
    std::map<long, int> rankOfX;
    for (const auto &node : layout.nodes)
        rankOfX.emplace(std::lround(node.rect.center().x()), 0);
    int r = 0;
    for (auto &[x, rank] : rankOfX)
        rank = r++;
    QHash<QString, int> rankOf;
    for (const auto &node : layout.nodes)
        rankOf.insert(node.id, rankOfX.at(std::lround(node.rect.center().x())));
    long virtualNodes = 0;
    for (const auto &edge : layout.edges)
        virtualNodes += std::max(0, std::abs(rankOf.value(edge.to) - rankOf.value(edge.from)) - 1);
    return QStringLiteral("%1 ranks, %2 virtual nodes").arg(rankOfX.size()).arg(virtualNodes);
}

// ---- Layout --------------------------------------------------------------------------

// The request exactly as the Dependencies page builds it: boxes measured by the node
// item with the application font.
GraphLayoutRequest requestFor(const Models::DependencyGraph &graph)
{
    GraphLayoutRequest request;
    request.direction = GraphLayoutRequest::Direction::LeftToRight;
    const QFont font = QApplication::font();
    for (int i = 0; i < graph.nodeCount(); ++i) {
        const Models::Integration &integration = graph.integration(i);
        const Ui::GraphNodeItem::Content content{integration.name,
                                                 integration.displayName.isEmpty() ? integration.name
                                                                                   : integration.displayName,
                                                 integration.kind, integration.owner, integration.criticality};
        request.nodes.append({integration.name, Ui::GraphNodeItem::preferredSize(font, content)});
    }
    for (const Models::DependencyGraph::Edge &edge : graph.edges())
        request.edges.append({graph.integration(edge.from).name, graph.integration(edge.to).name});
    return request;
}

QString attributeText(const GraphLayoutRequest &request)
{
    QStringList parts;
    for (const auto &[name, value] : Services::GraphLayoutEngine::graphAttributes(request)) {
        if (name != "rankdir" && name != "nodesep" && name != "ranksep")
            parts.append(QString::fromLatin1(name + '=' + value));
    }
    return parts.isEmpty() ? QStringLiteral("Graphviz defaults") : parts.join(QLatin1Char(' '));
}

bool benchLayout(const QString &label, GraphLayoutRequest request,
                 GraphLayoutRequest::Effort effort, int runs, const QString &dot, const QString &dotFile)
{
    request.effort = effort;
    {
        QFile file(dotFile);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(Services::GraphLayoutEngine::toDot(request));
    }
    QList<double> ours, oursCpu, theirs, theirsCpu;
    QString ranks;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        const double cpu = threadCpuMs();
        const auto result = Services::GraphLayoutEngine::layoutNow(request);
        ours.append(elapsedMs(timer));
        oursCpu.append(threadCpuMs() - cpu);
        if (!result.ok()) {
            out() << "layout failed: " << result.error().message << Qt::endl;
            return false;
        }
        if (ranks.isEmpty())
            ranks = rankFigures(result.value());
        if (!dot.isEmpty()) {
            QProcess process;
            const double childCpu = childrenCpuMs();
            timer.restart();
            process.start(dot, {QStringLiteral("-Tplain"), dotFile});
            process.waitForFinished(-1);
            theirs.append(elapsedMs(timer));
            theirsCpu.append(childrenCpuMs() - childCpu);
            if (process.exitCode() != 0 || process.readAllStandardOutput().isEmpty()) {
                out() << "dot failed: " << process.readAllStandardError() << Qt::endl;
                return false;
            }
        }
    }
    out() << "  " << label << ", " << attributeText(request) << " (" << ranks << ")" << Qt::endl;
    out() << "    libgvc median " << fmt(median(ours)) << " ms (min " << fmt(minimum(ours)) << ", CPU "
          << fmt(median(oursCpu)) << ")";
    if (!theirs.isEmpty()) {
        out() << "; dot -Tplain median " << fmt(median(theirs)) << " ms (min " << fmt(minimum(theirs)) << ", CPU "
              << fmt(median(theirsCpu)) << "); ratio " << fmt(median(ours) / median(theirs), 2) << "x (CPU "
              << fmt(median(oursCpu) / std::max(0.001, median(theirsCpu)), 2) << "x)";
    }
    out() << Qt::endl;
    return true;
}

// ---- UI thread -----------------------------------------------------------------------

// What the Dependencies page does on the UI thread around a layout, timed step by step:
// measuring the boxes, then the longest event-loop gap while the worker lays out (a
// 1 ms timer ticks on this thread), then — when the layout arrives — building the
// scene's items, fitting the view and the first paint, then highlighting a blast radius.
void benchUiThread(const QString &label, const Models::DependencyGraph &graph, int changedNode,
                   const QString &screenshotDir)
{
    Ui::GraphView view;
    view.resize(1400, 900);
    view.show();
    QElapsedTimer step;
    step.start();
    GraphLayoutRequest request = requestFor(graph);
    const double measure = elapsedMs(step);

    QEventLoop loop;
    QElapsedTimer clock;
    double lastTick = 0;
    double worst = 0;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
        const double now = elapsedMs(clock);
        worst = std::max(worst, now - lastTick);
        lastTick = now;
    });
    QFutureWatcher<Models::Result<Services::GraphLayout>> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    clock.start();
    ticker.start();
    watcher.setFuture(Services::GraphLayoutEngine::layout(std::move(request)));
    worst = std::max(worst, elapsedMs(clock));
    lastTick = elapsedMs(clock);
    loop.exec();
    ticker.stop();
    const double layoutMs = elapsedMs(clock);
    const auto result = watcher.result();
    if (!result.ok()) {
        out() << "layout failed: " << result.error().message << Qt::endl;
        return;
    }

    // The same items built in one go, as a single event-loop turn would have to.
    double oneGo = 0;
    {
        Ui::GraphView reference;
        step.restart();
        reference.showGraph(graph, result.value());
        reference.finishBuild();
        oneGo = elapsedMs(step);
    }

    // Built in slices: the ticker measures the longest turn until the drawing is shown.
    int slices = 0;
    QObject::connect(&view, &Ui::GraphView::buildProgress, &loop, [&] { ++slices; });
    QObject::connect(&view, &Ui::GraphView::graphShown, &loop, &QEventLoop::quit);
    worst = 0;
    clock.restart();
    lastTick = 0;
    ticker.start();
    const double buildCpuStart = threadCpuMs();
    view.showGraph(graph, result.value());
    worst = std::max(worst, elapsedMs(clock));
    lastTick = elapsedMs(clock);
    if (view.isBuilding())
        loop.exec();
    ticker.stop();
    const double build = elapsedMs(clock);
    const double buildCpu = threadCpuMs() - buildCpuStart;
    const double buildGap = std::max(worst, elapsedMs(clock) - lastTick);
    step.restart();
    view.fitAll();
    const double fit = elapsedMs(step);
    step.restart();
    const double paintCpuStart = threadCpuMs();
    view.viewport()->repaint();
    const double paint = elapsedMs(step);
    const double paintCpu = threadCpuMs() - paintCpuStart;
    step.restart();
    view.viewport()->repaint();
    const double secondPaint = elapsedMs(step);
    if (!screenshotDir.isEmpty()) {
        QString file = label;
        file.replace(QLatin1String(", "), QLatin1String("-")).replace(QLatin1Char(' '), QLatin1Char('-'));
        view.grab().save(QDir(screenshotDir).absoluteFilePath(file + QStringLiteral(".png")));
    }
    step.restart();
    view.setBlastRadius(graph.blastRadius({graph.integration(changedNode).name}));
    const double blast = elapsedMs(step);
    step.restart();
    view.viewport()->repaint();
    const double repaint = elapsedMs(step);
    // At natural size, where every text is drawn, on the most connected node.
    view.resetZoom();
    view.centerOn(view.nodeItem(changedNode));
    step.restart();
    const double detailCpuStart = threadCpuMs();
    view.viewport()->repaint();
    const double detailPaint = elapsedMs(step);
    const double detailPaintCpu = threadCpuMs() - detailCpuStart;
    step.restart();
    view.viewport()->repaint();
    const double detailRepaint = elapsedMs(step);
    // Panning scrolls the pixels already drawn and paints only the strip that comes into view.
    constexpr int PanStrip = 40;
    step.restart();
    const double panCpuStart = threadCpuMs();
    view.viewport()->repaint(QRect(0, 0, PanStrip, view.viewport()->height()));
    view.viewport()->repaint(QRect(0, 0, view.viewport()->width(), PanStrip));
    const double pan = elapsedMs(step) / 2;
    const double panCpu = (threadCpuMs() - panCpuStart) / 2;
    const double longest = std::max({buildGap, fit, paint, blast, repaint, detailPaint});

    out() << "  " << label << ": measuring boxes " << fmt(measure, 2) << " ms (on a worker thread in the app); while laying out ("
          << fmt(layoutMs, 0) << " ms) longest event-loop gap " << fmt(worst, 2) << " ms" << Qt::endl;
    out() << "    on arrival: items built in " << slices << " slices over " << fmt(build, 1)
          << " ms, longest event-loop gap " << fmt(buildGap, 2) << " ms (in one go: " << fmt(oneGo, 2)
          << " ms; UI-thread CPU " << fmt(buildCpu, 1) << " ms); fit " << fmt(fit, 2) << " ms; first paint "
          << fmt(paint, 2) << " ms (CPU " << fmt(paintCpu, 2) << "), next "
          << fmt(secondPaint, 2) << " ms" << Qt::endl;
    out() << "    blast radius highlighted " << fmt(blast, 2) << " ms, repainted " << fmt(repaint, 2)
          << " ms; at 100 %: first paint " << fmt(detailPaint, 2) << " ms (CPU " << fmt(detailPaintCpu, 2)
          << "), next " << fmt(detailRepaint, 2) << " ms, a " << PanStrip << " px strip panned into view "
          << fmt(pan, 2) << " ms (CPU " << fmt(panCpu, 2) << ")"
          << "; longest single UI step " << fmt(longest, 2) << " ms (target <= 16 ms)" << Qt::endl;
}

int mostDependents(const Models::DependencyGraph &graph)
{
    int core = 0;
    for (int i = 0; i < graph.nodeCount(); ++i) {
        if (graph.outEdges(i).size() > graph.outEdges(core).size())
            core = i;
    }
    return core;
}

// ---- Blast radius --------------------------------------------------------------------

void benchBlast(const QString &label, const Models::DependencyGraph &graph, int runs)
{
    out() << label << ": " << describe(shapeOf(graph), graph.nodeCount(), graph.edges().size()) << Qt::endl;
    int leaf = 0;
    for (int i = 0; i < graph.nodeCount(); ++i) {
        if (graph.outEdges(i).isEmpty())
            leaf = i;
    }
    const int core = mostDependents(graph);
    const int middle = graph.nodeCount() / 2;
    for (const auto &[what, node] :
         {std::pair{"core module", core}, std::pair{"mid-estate", middle}, std::pair{"leaf", leaf}}) {
        const QStringList changed{graph.integration(node).name};
        QList<double> samples;
        Models::BlastRadius radius;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer timer;
            timer.start();
            radius = graph.blastRadius(changed);
            samples.append(elapsedMs(timer));
        }
        out() << "  " << what << " (" << changed.constFirst() << "): " << radius.failCount() << " fail, "
              << radius.degradeCount() << " degrade; blast radius median " << fmt(median(samples), 3) << " ms, min "
              << fmt(minimum(samples), 3) << " ms" << Qt::endl;
        if (node != core)
            continue;

        // What the view then asks for: the explaining paths of the (at most 500) drawn
        // nodes, and — only when the side panel lists everything — the whole report.
        QElapsedTimer timer;
        timer.start();
        int built = 0;
        for (int i = 0; i < graph.nodeCount() && built < 500; ++i) {
            if (radius.affected(i))
                ++built;
        }
        const double paths = elapsedMs(timer);
        timer.restart();
        const Models::ImpactReport &report = radius.report();
        const double full = elapsedMs(timer);
        timer.restart();
        const Models::ImpactReport reference = graph.impact().analyse(changed);
        const double analyse = elapsedMs(timer);
        // The compact search and ImpactAnalysis must tell the same story.
        bool same = reference.integrations.size() == radius.affectedCount();
        const QList<int> order = radius.affectedNodes();
        for (qsizetype k = 0; same && k < order.size(); ++k) {
            const Models::AffectedIntegration &a = reference.integrations.at(k);
            same = a.name == graph.integration(order.at(k)).name && a.kind == radius.kind(order.at(k))
                && a.path.hops == radius.path(order.at(k)).hops;
        }
        out() << "    then: " << built << " drawn nodes' paths " << fmt(paths, 3) << " ms; the full report ("
              << report.integrations.size() << " paths, " << report.processes.size() << " processes) "
              << fmt(full, 2) << " ms; ImpactAnalysis::analyse " << fmt(analyse, 2)
              << " ms; compact search agrees with it: " << (same ? "yes" : "NO") << Qt::endl;
    }
    QList<double> hoodSamples;
    qsizetype hoodSize = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        hoodSize = graph.neighbourhood({core}, 2).size();
        hoodSamples.append(elapsedMs(timer));
    }
    out() << "  2-hop neighbourhood of the core module: " << hoodSize << " integrations, median "
          << fmt(median(hoodSamples), 3) << " ms" << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    // The view needs a platform; a benchmark should not need a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Dependency graph layout and blast-radius benchmarks."));
    parser.addHelpOption();
    const QCommandLineOption sizesOption(QStringLiteral("sizes"), QStringLiteral("Graph sizes to lay out."),
                                         QStringLiteral("list"), QStringLiteral("100,300,500"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Layout runs per size."),
                                        QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption densityOption(
        QStringLiteral("density"),
        QStringLiteral("Estates to lay out: generator (the shared generator, 3 dependencies per integration), "
                       "realistic (shaped like the demo estate, about 2)."),
        QStringLiteral("list"), QStringLiteral("generator,realistic"));
    const QCommandLineOption effortOption(QStringLiteral("effort"),
                                          QStringLiteral("Layout effort: default (Graphviz's), bounded."),
                                          QStringLiteral("list"), QStringLiteral("default,bounded"));
    const QCommandLineOption blastNodesOption(QStringLiteral("blast-nodes"),
                                              QStringLiteral("Integrations in the blast-radius graph."),
                                              QStringLiteral("n"), QStringLiteral("5000"));
    const QCommandLineOption blastRunsOption(QStringLiteral("blast-runs"), QStringLiteral("Blast-radius runs."),
                                             QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo-estate"), QStringLiteral("The demo estate, for its density."), QStringLiteral("dir"),
        QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../../resources/demo-estate")));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshots"),
                                              QStringLiteral("Save each laid-out view as a PNG in this folder."),
                                              QStringLiteral("dir"));
    parser.addOptions({sizesOption, runsOption, densityOption, effortOption, blastNodesOption, blastRunsOption,
                       demoOption, screenshotOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QStringList densities = parser.value(densityOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    QList<GraphLayoutRequest::Effort> efforts;
    for (const QString &e : parser.value(effortOption).split(QLatin1Char(','), Qt::SkipEmptyParts))
        efforts.append(e == QLatin1String("bounded") ? GraphLayoutRequest::Effort::Bounded
                                                     : GraphLayoutRequest::Effort::Full);

    const QString dot = QStandardPaths::findExecutable(QStringLiteral("dot"));
    QTemporaryDir temp;

    out() << "== Density: edges per integration ==" << Qt::endl;
    {
        const auto demo = Services::EstateLoader::loadFolder(parser.value(demoOption));
        if (demo.estate && !demo.estate->integrations.isEmpty()) {
            const Models::DependencyGraph graph(demo.estate);
            out() << "demo estate: " << describe(shapeOf(graph), graph.nodeCount(), graph.edges().size())
                  << Qt::endl;
        } else {
            out() << "demo estate: not found at " << parser.value(demoOption) << Qt::endl;
        }
    }

    struct Case
    {
        QString label;
        Models::DependencyGraph graph;
    };
    QList<Case> cases;
    for (const QString &sizeText : parser.value(sizesOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int n = sizeText.toInt();
        for (const QString &density : densities) {
            Models::EstatePtr estate = density == QLatin1String("realistic")
                ? realistic(n, 20261112)
                : generated(temp.filePath(QStringLiteral("estate-%1").arg(n)), n, n * 3);
            if (!estate)
                return 1;
            Case c{QStringLiteral("%1 nodes, %2").arg(n).arg(density), Models::DependencyGraph(estate)};
            out() << c.label << ": " << describe(shapeOf(c.graph), c.graph.nodeCount(), c.graph.edges().size())
                  << Qt::endl;
            cases.append(c);
        }
    }

    out() << Qt::endl
          << "== Graphviz dot layout: libgvc in-process vs `dot -Tplain` on the same graph and attributes =="
          << Qt::endl;
    if (dot.isEmpty())
        out() << "(dot not on PATH: the reference column is left out)" << Qt::endl;
    for (const Case &c : std::as_const(cases)) {
        out() << c.label << " (" << c.graph.edges().size() << " edges)" << Qt::endl;
        const GraphLayoutRequest request = requestFor(c.graph);
        for (const GraphLayoutRequest::Effort effort : std::as_const(efforts)) {
            const QString label =
                effort == GraphLayoutRequest::Effort::Full ? QStringLiteral("default effort") : QStringLiteral("bounded");
            if (!benchLayout(label, request, effort, runs, dot,
                             temp.filePath(QStringLiteral("graph.dot"))))
                return 1;
        }
    }

    out() << Qt::endl << "== UI thread: during the layout and when it arrives (app's effort) ==" << Qt::endl;
    for (const Case &c : std::as_const(cases))
        benchUiThread(c.label, c.graph, mostDependents(c.graph), parser.value(screenshotOption));

    const int blastNodes = parser.value(blastNodesOption).toInt();
    const int blastRuns = std::max(1, parser.value(blastRunsOption).toInt());
    out() << Qt::endl << "== Blast radius on " << blastNodes << " integrations ==" << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    const Models::EstatePtr big = generated(temp.filePath(QStringLiteral("estate-big")), blastNodes, blastNodes * 4);
    if (!big)
        return 1;
    out() << "generated and loaded in " << fmt(elapsedMs(timer), 0) << " ms" << Qt::endl;
    timer.restart();
    const Models::DependencyGraph graph(big);
    out() << "graph built once per estate (" << graph.edges().size() << " edges) in " << fmt(elapsedMs(timer))
          << " ms" << Qt::endl;
    benchBlast(QStringLiteral("generator"), graph, blastRuns);
    benchBlast(QStringLiteral("realistic"), Models::DependencyGraph(realistic(blastNodes, 20261112)), blastRuns);
    return 0;
}
