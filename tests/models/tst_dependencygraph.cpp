// The dependency graph behind the Dependencies area: edges in the direction a failure
// travels, upstream/downstream sets, a change's blast radius with explaining paths,
// and the N-hop neighbourhood used for large graphs.
#include "testestates.h"

#include "models/dependencygraph.h"

#include <QTest>

using namespace Gatehouse::Models;
using Gatehouse::Tests::EstateBuilder;

namespace {

// a ← b (sync) ← c (sync) ← g (sync); b ← d (async) ← e (batch); f stands alone.
EstatePtr chain()
{
    using Mode = DependencyMode;
    EstateBuilder b;
    b.add(QStringLiteral("a"));
    b.add(QStringLiteral("b"), {{"a", Mode::Sync}});
    b.add(QStringLiteral("c"), {{"b", Mode::Sync}});
    b.last().processes = {QStringLiteral("order-to-cash")};
    b.add(QStringLiteral("d"), {{"b", Mode::Async}});
    b.last().partners = {Partner{QStringLiteral("acme"), QStringLiteral("ACME Retail"), {}, {}}};
    b.last().sites = {QStringLiteral("chicago")};
    b.add(QStringLiteral("e"), {{"d", Mode::Batch}});
    b.last().processes = {QStringLiteral("record-to-report")};
    b.add(QStringLiteral("f"));
    b.add(QStringLiteral("g"), {{"c", Mode::Sync}});
    return b.build();
}

QStringList names(const DependencyGraph &graph, const QList<int> &nodes)
{
    QStringList result;
    for (const int node : nodes)
        result.append(graph.integration(node).name);
    return result;
}

QStringList split(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace

class TestDependencyGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void edgesRunFromDependencyToDependent()
    {
        const DependencyGraph graph(chain());
        QCOMPARE(graph.nodeCount(), 7);
        QCOMPARE(graph.edges().size(), 5);
        const int b = graph.indexOf(QStringLiteral("b"));
        QCOMPARE(graph.inEdges(b).size(), 1);
        const DependencyGraph::Edge &in = graph.edges().at(graph.inEdges(b).constFirst());
        QCOMPARE(graph.integration(in.from).name, QStringLiteral("a"));
        QCOMPARE(in.to, b);
        QCOMPARE(graph.outEdges(b).size(), 2);
        QCOMPARE(graph.indexOf(QStringLiteral("nope")), -1);
    }

    void upstreamAndDownstream_data()
    {
        QTest::addColumn<QString>("node");
        QTest::addColumn<QStringList>("upstream");
        QTest::addColumn<QStringList>("downstream");
        QTest::newRow("root") << "a" << QStringList() << split("b,c,d,e,g");
        QTest::newRow("middle") << "b" << split("a") << split("c,d,e,g");
        QTest::newRow("through async") << "e" << split("a,b,d") << QStringList();
        QTest::newRow("leaf two hops down") << "g" << split("a,b,c") << QStringList();
        QTest::newRow("alone") << "f" << QStringList() << QStringList();
    }

    void upstreamAndDownstream()
    {
        QFETCH(QString, node);
        QFETCH(QStringList, upstream);
        QFETCH(QStringList, downstream);
        const DependencyGraph graph(chain());
        const int i = graph.indexOf(node);
        QCOMPARE(names(graph, graph.upstream(i)), upstream);
        QCOMPARE(names(graph, graph.downstream(i)), downstream);
    }

    void blastRadius_data()
    {
        QTest::addColumn<QString>("changed");
        QTest::addColumn<QString>("node");
        QTest::addColumn<bool>("affected");
        QTest::addColumn<ImpactKind>("kind");
        QTest::addColumn<QString>("path");
        QTest::newRow("changed itself") << "a" << "a" << true << ImpactKind::Fails << "a";
        QTest::newRow("one hop sync") << "a" << "b" << true << ImpactKind::Fails << "a → b (sync)";
        QTest::newRow("two hops sync") << "a" << "c" << true << ImpactKind::Fails << "a → b (sync) → c (sync)";
        QTest::newRow("two hops through async")
            << "a" << "d" << true << ImpactKind::Degrades << "a → b (sync) → d (async)";
        QTest::newRow("async then batch") << "b" << "e" << true << ImpactKind::Degrades << "b → d (async) → e (batch)";
        QTest::newRow("upstream untouched") << "c" << "b" << false << ImpactKind::Fails << "";
        QTest::newRow("unconnected") << "a" << "f" << false << ImpactKind::Fails << "";
    }

    void blastRadius()
    {
        QFETCH(QString, changed);
        QFETCH(QString, node);
        QFETCH(bool, affected);
        QFETCH(ImpactKind, kind);
        QFETCH(QString, path);
        const DependencyGraph graph(chain());
        const BlastRadius radius = graph.blastRadius({changed});
        QCOMPARE(radius.changed, QList<int>{graph.indexOf(changed)});
        const int i = graph.indexOf(node);
        QCOMPARE(radius.contains(i), affected);
        const AffectedIntegration *entry = radius.affected(i);
        QCOMPARE(entry != nullptr, affected);
        if (entry) {
            QCOMPARE(entry->name, node);
            QCOMPARE(toString(entry->kind), toString(kind));
            QCOMPARE(entry->path.toString(), path);
        }
    }

    void blastRadiusCarriesBusinessItems()
    {
        const DependencyGraph graph(chain());
        const BlastRadius radius = graph.blastRadius({QStringLiteral("b")});
        QCOMPARE(radius.report().processes.size(), 2);
        QCOMPARE(radius.report().processes.at(0).name, QStringLiteral("order-to-cash"));
        QVERIFY(radius.report().processes.at(0).kind == ImpactKind::Fails);
        QCOMPARE(radius.report().processes.at(1).name, QStringLiteral("record-to-report"));
        QVERIFY(radius.report().processes.at(1).kind == ImpactKind::Degrades);
        QVERIFY(graph.blastRadius({QStringLiteral("unknown")}).isEmpty());
    }

    void compactRadiusTellsWhatTheReportTells_data()
    {
        QTest::addColumn<QStringList>("changed");
        QTest::addColumn<int>("fails");
        QTest::addColumn<int>("degrades");
        QTest::newRow("root") << split("a") << 4 << 2;
        QTest::newRow("through async only") << split("d") << 1 << 1;
        QTest::newRow("two changes") << split("c,d") << 3 << 1;
        QTest::newRow("with an unknown name") << split("g,ghost") << 1 << 0;
    }

    void compactRadiusTellsWhatTheReportTells()
    {
        QFETCH(QStringList, changed);
        QFETCH(int, fails);
        QFETCH(int, degrades);
        const DependencyGraph graph(chain());
        const BlastRadius radius = graph.blastRadius(changed);
        QCOMPARE(radius.failCount(), fails);
        QCOMPARE(radius.degradeCount(), degrades);
        QCOMPARE(radius.affectedCount(), fails + degrades);
        const ImpactReport reference = graph.impact().analyse(changed);
        QCOMPARE(radius.unknownNames(), reference.unknownNames);
        const QList<int> order = radius.affectedNodes();
        QCOMPARE(order.size(), reference.integrations.size());
        for (qsizetype k = 0; k < order.size(); ++k) {
            const AffectedIntegration &expected = reference.integrations.at(k);
            QCOMPARE(graph.integration(order.at(k)).name, expected.name);
            QCOMPARE(toString(radius.kind(order.at(k))), toString(expected.kind));
            QCOMPARE(radius.path(order.at(k)).toString(), expected.path.toString());
        }
        // The full report, built on demand, is analyse()'s, and copies share it.
        const BlastRadius copy = radius;
        QCOMPARE(copy.report().integrations.size(), reference.integrations.size());
        QCOMPARE(&copy.report(), &radius.report());
        QCOMPARE(radius.report().processes.size(), reference.processes.size());
        QCOMPARE(radius.path(graph.indexOf(QStringLiteral("f"))).hops, QStringList());
    }

    void neighbourhood_data()
    {
        QTest::addColumn<QStringList>("centres");
        QTest::addColumn<int>("hops");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("zero hops") << split("c") << 0 << split("c");
        QTest::newRow("one hop both ways") << split("c") << 1 << split("b,c,g");
        QTest::newRow("two hops") << split("c") << 2 << split("a,b,c,d,g");
        QTest::newRow("two centres") << split("a,e") << 1 << split("a,b,d,e");
        QTest::newRow("isolated") << split("f") << 3 << split("f");
        QTest::newRow("everything") << split("a") << 10 << split("a,b,c,d,e,g");
    }

    void neighbourhood()
    {
        QFETCH(QStringList, centres);
        QFETCH(int, hops);
        QFETCH(QStringList, expected);
        const DependencyGraph graph(chain());
        QList<int> nodes;
        for (const QString &c : centres)
            nodes.append(graph.indexOf(c));
        QCOMPARE(names(graph, graph.neighbourhood(nodes, hops)), expected);
    }

    void carriedItems()
    {
        const DependencyGraph graph(chain());
        const CarriedItems items = graph.carriedBy(graph.downstream(graph.indexOf(QStringLiteral("b"))));
        QCOMPARE(items.processes, split("order-to-cash,record-to-report"));
        QCOMPARE(items.partners, QStringList{QStringLiteral("ACME Retail")});
        QCOMPARE(items.sites, QStringList{QStringLiteral("chicago")});
    }

    void emptyGraph()
    {
        const DependencyGraph graph;
        QCOMPARE(graph.nodeCount(), 0);
        QVERIFY(graph.neighbourhood({0}, 2).isEmpty());
        QVERIFY(graph.upstream(0).isEmpty());
        QVERIFY(graph.blastRadius({QStringLiteral("x")}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDependencyGraph)
#include "tst_dependencygraph.moc"
