// bench_graph: the dependency graph's figures. Prints; not a pass/fail test.
//  - Graphviz dot layout of generated estates of 100, 300 and 500 integrations through
//    libgvc, against `dot -Tplain` on the very same graph in the same run (ratio);
//  - the longest UI-thread stall while a layout runs on the worker (event-loop gaps);
//  - blast radius of a change on a 5,000-integration graph.
//
//   bench_graph [--sizes 100,300,500] [--runs N] [--blast-nodes 5000] [--blast-runs N]
#include "estategenerator.h"

#include "models/dependencygraph.h"
#include "services/estateloader.h"
#include "services/graphlayout.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

namespace {

using namespace Gatehouse;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Figures
{
    double min = 0;
    double median = 0;
};

Figures summarise(QList<double> samples)
{
    if (samples.isEmpty())
        return {};
    std::sort(samples.begin(), samples.end());
    const qsizetype n = samples.size();
    return {samples.constFirst(), n % 2 ? samples.at(n / 2) : (samples.at(n / 2 - 1) + samples.at(n / 2)) / 2.0};
}

QString fmt(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

Models::EstatePtr generate(const QString &folder, int integrations, int dependencies)
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

// Box sizes as the page would measure them: wide enough for the name, three rows high.
Services::GraphLayoutRequest requestFor(const Models::DependencyGraph &graph)
{
    Services::GraphLayoutRequest request;
    for (int i = 0; i < graph.nodeCount(); ++i) {
        const Models::Integration &integration = graph.integration(i);
        request.nodes.append({integration.name, QSizeF(std::max(130.0, 40.0 + 7.5 * integration.name.size()), 72)});
    }
    for (const Models::DependencyGraph::Edge &edge : graph.edges())
        request.edges.append({graph.integration(edge.from).name, graph.integration(edge.to).name});
    return request;
}

// The longest gap between ticks of a 1 ms timer on this (the UI) thread while a layout
// runs on the worker: what a user would feel as a frozen window.
double stallDuringLayout(const Services::GraphLayoutRequest &request, double *layoutMs)
{
    QEventLoop loop;
    QElapsedTimer clock;
    double lastTick = 0;
    double worst = 0;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
        const double now = double(clock.nsecsElapsed()) / 1e6;
        worst = std::max(worst, now - lastTick);
        lastTick = now;
    });
    QFutureWatcher<Models::Result<Services::GraphLayout>> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    clock.start();
    ticker.start();
    watcher.setFuture(Services::GraphLayoutEngine::layout(request));
    const double afterCall = double(clock.nsecsElapsed()) / 1e6;
    worst = std::max(worst, afterCall);
    lastTick = afterCall;
    loop.exec();
    *layoutMs = double(clock.nsecsElapsed()) / 1e6;
    return worst;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Dependency graph layout and blast-radius benchmarks."));
    parser.addHelpOption();
    const QCommandLineOption sizesOption(QStringLiteral("sizes"), QStringLiteral("Graph sizes to lay out."),
                                         QStringLiteral("list"), QStringLiteral("100,300,500"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Layout runs per size."),
                                        QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption blastNodesOption(QStringLiteral("blast-nodes"),
                                              QStringLiteral("Integrations in the blast-radius graph."),
                                              QStringLiteral("n"), QStringLiteral("5000"));
    const QCommandLineOption blastRunsOption(QStringLiteral("blast-runs"), QStringLiteral("Blast-radius runs."),
                                             QStringLiteral("n"), QStringLiteral("200"));
    parser.addOptions({sizesOption, runsOption, blastNodesOption, blastRunsOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    const QString dot = QStandardPaths::findExecutable(QStringLiteral("dot"));
    QTemporaryDir temp;

    out() << "== Graphviz dot layout: libgvc in-process vs `dot -Tplain` on the same graph ==" << Qt::endl;
    if (dot.isEmpty())
        out() << "(dot not on PATH: the reference column is left out)" << Qt::endl;
    for (const QString &sizeText : parser.value(sizesOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int n = sizeText.toInt();
        const Models::EstatePtr estate = generate(temp.filePath(QStringLiteral("estate-%1").arg(n)), n, n * 3);
        if (!estate)
            return 1;
        const Models::DependencyGraph graph(estate);
        const Services::GraphLayoutRequest request = requestFor(graph);
        const QString dotFile = temp.filePath(QStringLiteral("graph-%1.dot").arg(n));
        {
            QFile file(dotFile);
            if (!file.open(QIODevice::WriteOnly))
                return 1;
            file.write(Services::GraphLayoutEngine::toDot(request));
        }

        QList<double> ours, theirs;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer timer;
            timer.start();
            const auto result = Services::GraphLayoutEngine::layoutNow(request);
            ours.append(double(timer.nsecsElapsed()) / 1e6);
            if (!result.ok()) {
                out() << "layout failed: " << result.error().message << Qt::endl;
                return 1;
            }
            if (!dot.isEmpty()) {
                QProcess process;
                timer.restart();
                process.start(dot, {QStringLiteral("-Tplain"), dotFile});
                process.waitForFinished(-1);
                theirs.append(double(timer.nsecsElapsed()) / 1e6);
                if (process.exitCode() != 0 || process.readAllStandardOutput().isEmpty()) {
                    out() << "dot failed: " << process.readAllStandardError() << Qt::endl;
                    return 1;
                }
            }
        }
        const Figures a = summarise(ours);
        out() << n << " nodes, " << graph.edges().size() << " edges: libgvc median " << fmt(a.median) << " ms (min "
              << fmt(a.min) << ")";
        if (!theirs.isEmpty()) {
            const Figures b = summarise(theirs);
            out() << ", dot -Tplain median " << fmt(b.median) << " ms (min " << fmt(b.min) << "), ratio "
                  << fmt(a.median / b.median, 2) << "x";
        }
        out() << Qt::endl;

        double layoutMs = 0;
        const double stall = stallDuringLayout(request, &layoutMs);
        out() << "   UI-thread stall while laying out on the worker: longest event-loop gap " << fmt(stall, 2)
              << " ms over " << fmt(layoutMs) << " ms" << Qt::endl;
    }

    const int blastNodes = parser.value(blastNodesOption).toInt();
    const int blastRuns = std::max(1, parser.value(blastRunsOption).toInt());
    out() << "== Blast radius on " << blastNodes << " integrations ==" << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    const Models::EstatePtr big = generate(temp.filePath(QStringLiteral("estate-big")), blastNodes, blastNodes * 4);
    if (!big)
        return 1;
    out() << "generated and loaded in " << fmt(double(timer.nsecsElapsed()) / 1e6, 0) << " ms" << Qt::endl;
    timer.restart();
    const Models::DependencyGraph graph(big);
    out() << "graph built (" << graph.edges().size() << " edges) in " << fmt(double(timer.nsecsElapsed()) / 1e6)
          << " ms" << Qt::endl;

    // A core module (most dependents), a mid-estate integration, and a leaf.
    int core = 0, leaf = 0;
    for (int i = 0; i < graph.nodeCount(); ++i) {
        if (graph.outEdges(i).size() > graph.outEdges(core).size())
            core = i;
        if (graph.outEdges(i).isEmpty())
            leaf = i;
    }
    const int middle = graph.nodeCount() / 2;
    for (const auto &[label, node] : {std::pair{"core module", core}, std::pair{"mid-estate", middle},
                                      std::pair{"leaf", leaf}}) {
        const QStringList changed{graph.integration(node).name};
        QList<double> samples;
        qsizetype affected = 0;
        for (int r = 0; r < blastRuns; ++r) {
            timer.restart();
            const Models::BlastRadius radius = graph.blastRadius(changed);
            samples.append(double(timer.nsecsElapsed()) / 1e6);
            affected = radius.report.integrations.size();
        }
        const Figures f = summarise(samples);
        out() << label << " (" << changed.constFirst() << "): reaches " << affected << " integrations; median "
              << fmt(f.median, 3) << " ms, min " << fmt(f.min, 3) << " ms" << Qt::endl;
    }
    QList<double> hoodSamples;
    qsizetype hoodSize = 0;
    for (int r = 0; r < blastRuns; ++r) {
        timer.restart();
        hoodSize = graph.neighbourhood({core}, 2).size();
        hoodSamples.append(double(timer.nsecsElapsed()) / 1e6);
    }
    out() << "2-hop neighbourhood of the core module: " << hoodSize << " integrations, median "
          << fmt(summarise(hoodSamples).median, 3) << " ms" << Qt::endl;
    return 0;
}
