#include "models/impactanalysis.h"
#include "testestates.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace Gatehouse::Models;
using Gatehouse::Tests::EstateBuilder;
using Mode = DependencyMode;

namespace {

const AffectedIntegration *find(const QList<AffectedIntegration> &list, const QString &name)
{
    for (const AffectedIntegration &a : list) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

const AffectedItem *find(const QList<AffectedItem> &list, const QString &name)
{
    for (const AffectedItem &a : list) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

QStringList names(const QList<AffectedIntegration> &list)
{
    QStringList result;
    for (const AffectedIntegration &a : list)
        result << a.name;
    return result;
}

QStringList names(const QList<AffectedItem> &list)
{
    QStringList result;
    for (const AffectedItem &a : list)
        result << a.name;
    return result;
}

// One graph holding every shape the table below asks about. "b: a sync" means b depends on a.
EstatePtr shapes()
{
    EstateBuilder b;
    // sync chain a ← b ← c
    b.add(QStringLiteral("a"));
    b.add(QStringLiteral("b"), {{"a", Mode::Sync}});
    b.add(QStringLiteral("c"), {{"b", Mode::Sync}});
    // async, then a sync edge behind it: a ← d (async) ← e (sync); batch: a ← f (batch)
    b.add(QStringLiteral("d"), {{"a", Mode::Async}});
    b.add(QStringLiteral("e"), {{"d", Mode::Sync}});
    b.add(QStringLiteral("f"), {{"a", Mode::Batch}});
    // diamond x ← y1 (sync), x ← y2 (async); z depends on both, sync
    b.add(QStringLiteral("x"));
    b.add(QStringLiteral("y1"), {{"x", Mode::Sync}});
    b.add(QStringLiteral("y2"), {{"x", Mode::Async}});
    b.add(QStringLiteral("z"), {{"y2", Mode::Sync}, {"y1", Mode::Sync}});
    // severity beats length: w reaches x over three sync edges or two with an async one
    b.add(QStringLiteral("v1"), {{"x", Mode::Sync}});
    b.add(QStringLiteral("v2"), {{"v1", Mode::Sync}});
    b.add(QStringLiteral("w"), {{"y2", Mode::Sync}, {"v2", Mode::Sync}});
    // length beats name: s reaches x directly and through y1
    b.add(QStringLiteral("s"), {{"y1", Mode::Sync}, {"x", Mode::Sync}});
    // equal severity and length: t through m1 or m2, the smaller name wins
    b.add(QStringLiteral("m2"), {{"x", Mode::Sync}});
    b.add(QStringLiteral("m1"), {{"x", Mode::Sync}});
    b.add(QStringLiteral("t"), {{"m2", Mode::Sync}, {"m1", Mode::Sync}});
    // cycles: p ⇄ q sync; r → u → r async
    b.add(QStringLiteral("p"), {{"q", Mode::Sync}});
    b.add(QStringLiteral("q"), {{"p", Mode::Sync}});
    b.add(QStringLiteral("r"), {{"u", Mode::Async}});
    b.add(QStringLiteral("u"), {{"r", Mode::Async}, {"dangling", Mode::Sync}});
    b.add(QStringLiteral("k"), {{"u", Mode::Sync}});
    return b.build();
}

} // namespace

class TestImpactAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pathKindAndText_data()
    {
        QTest::addColumn<QStringList>("hops");
        QTest::addColumn<QList<DependencyMode>>("modes");
        QTest::addColumn<ImpactKind>("kind");
        QTest::addColumn<QString>("text");

        QTest::newRow("changed itself") << QStringList{QStringLiteral("edi-gateway")} << QList<DependencyMode>{}
                                        << ImpactKind::Fails << QStringLiteral("edi-gateway");
        QTest::newRow("sync") << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}
                              << QList<DependencyMode>{Mode::Sync, Mode::Sync} << ImpactKind::Fails
                              << QStringLiteral("a \u2192 b (sync) \u2192 c (sync)");
        QTest::newRow("mixed") << QStringList{QStringLiteral("edi-gateway"), QStringLiteral("odoo-sale"),
                                              QStringLiteral("customer-portal")}
                               << QList<DependencyMode>{Mode::Sync, Mode::Async} << ImpactKind::Degrades
                               << QStringLiteral("edi-gateway \u2192 odoo-sale (sync) \u2192 customer-portal (async)");
        QTest::newRow("batch") << QStringList{QStringLiteral("a"), QStringLiteral("f")}
                               << QList<DependencyMode>{Mode::Batch} << ImpactKind::Degrades
                               << QStringLiteral("a \u2192 f (batch)");
    }

    void pathKindAndText()
    {
        QFETCH(QStringList, hops);
        QFETCH(QList<DependencyMode>, modes);
        QFETCH(ImpactKind, kind);
        QFETCH(QString, text);
        const ImpactPath path{hops, modes};
        QCOMPARE(toString(path.kind()), toString(kind));
        QCOMPARE(path.toString(), text);
    }

    void affected_data()
    {
        QTest::addColumn<QStringList>("changed");
        QTest::addColumn<QString>("target");
        QTest::addColumn<ImpactKind>("kind");
        QTest::addColumn<QString>("path");

        const auto F = ImpactKind::Fails;
        const auto D = ImpactKind::Degrades;
        auto row = [](const char *tag, QStringList changed, const char *target, ImpactKind kind, const char *path) {
            QTest::newRow(tag) << changed << QString::fromLatin1(target) << kind << QString::fromUtf8(path);
        };
        const QStringList a{QStringLiteral("a")};
        const QStringList x{QStringLiteral("x")};
        row("changed one itself", a, "a", F, "a");
        row("sync chain, one hop", a, "b", F, "a → b (sync)");
        row("sync chain, two hops", a, "c", F, "a → b (sync) → c (sync)");
        row("async edge degrades", a, "d", D, "a → d (async)");
        row("sync behind async degrades", a, "e", D, "a → d (async) → e (sync)");
        row("batch edge degrades", a, "f", D, "a → f (batch)");
        row("diamond: sync side wins", x, "z", F, "x → y1 (sync) → z (sync)");
        row("async side of a diamond", x, "y2", D, "x → y2 (async)");
        row("severity beats length", x, "w", F, "x → v1 (sync) → v2 (sync) → w (sync)");
        row("length beats name", x, "s", F, "x → s (sync)");
        row("equal paths: smaller name", x, "t", F, "x → m1 (sync) → t (sync)");
        row("sync cycle", QStringList{QStringLiteral("p")}, "q", F, "p → q (sync)");
        row("sync cycle back to start", QStringList{QStringLiteral("p")}, "p", F, "p");
        row("async cycle", QStringList{QStringLiteral("r")}, "u", D, "r → u (async)");
        row("behind an async cycle", QStringList{QStringLiteral("r")}, "k", D, "r → u (async) → k (sync)");
        row("two changes: the nearer explains", QStringList{QStringLiteral("a"), QStringLiteral("b")}, "c", F,
            "b → c (sync)");
    }

    void affected()
    {
        QFETCH(QStringList, changed);
        QFETCH(QString, target);
        QFETCH(ImpactKind, kind);
        QFETCH(QString, path);

        const ImpactAnalysis analysis(shapes());
        const ImpactReport report = analysis.analyse(changed);
        const AffectedIntegration *found = find(report.integrations, target);
        QVERIFY2(found, qPrintable(target + QStringLiteral(" not affected")));
        QCOMPARE(toString(found->kind), toString(kind));
        QCOMPARE(found->path.toString(), path);
        QCOMPARE(toString(found->path.kind()), toString(kind));
        QVERIFY(changed.contains(found->path.hops.first()));
        QCOMPARE(found->path.hops.last(), target);
        QCOMPARE(found->path.modes.size(), found->path.hops.size() - 1);
    }

    void exactlyTheReachableSetEachOnce_data()
    {
        QTest::addColumn<QStringList>("changed");
        QTest::addColumn<QStringList>("expected"); // in report order

        QTest::newRow("chain and async") << QStringList{QStringLiteral("a")}
                                         << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                                        QStringLiteral("d"), QStringLiteral("f"), QStringLiteral("e")};
        QTest::newRow("diamond") << QStringList{QStringLiteral("y2")}
                                 << QStringList{QStringLiteral("y2"), QStringLiteral("w"), QStringLiteral("z")};
        QTest::newRow("sync cycle") << QStringList{QStringLiteral("q")}
                                    << QStringList{QStringLiteral("q"), QStringLiteral("p")};
        QTest::newRow("async cycle") << QStringList{QStringLiteral("u")}
                                     << QStringList{QStringLiteral("u"), QStringLiteral("k"), QStringLiteral("r")};
        QTest::newRow("leaf") << QStringList{QStringLiteral("t")} << QStringList{QStringLiteral("t")};
    }

    void exactlyTheReachableSetEachOnce()
    {
        QFETCH(QStringList, changed);
        QFETCH(QStringList, expected);
        const ImpactReport report = ImpactAnalysis(shapes()).analyse(changed);
        QCOMPARE(names(report.integrations), expected);
        QCOMPARE(report.changedIntegrations, changed);
        QVERIFY(report.unknownNames.isEmpty());
    }

    void fullDiamondFromX()
    {
        const ImpactReport report = ImpactAnalysis(shapes()).analyse({QStringLiteral("x")});
        const QStringList got = names(report.integrations);
        QCOMPARE(QSet<QString>(got.cbegin(), got.cend()).size(), got.size());
        // fails first (by hops, then name), then degrades
        QCOMPARE(got,
                 (QStringList{QStringLiteral("x"), QStringLiteral("m1"), QStringLiteral("m2"), QStringLiteral("s"),
                              QStringLiteral("v1"), QStringLiteral("y1"), QStringLiteral("t"), QStringLiteral("v2"),
                              QStringLiteral("z"), QStringLiteral("w"), QStringLiteral("y2")}));
    }

    void workloadsMapToIntegrations()
    {
        const ImpactAnalysis analysis(Gatehouse::Tests::smallBusiness());
        const ImpactReport report = analysis.analyse({}, {QStringLiteral("odoo-web")});
        QCOMPARE(report.changedIntegrations, (QStringList{QStringLiteral("odoo-sale"), QStringLiteral("odoo-stock")}));
        QCOMPARE(toString(find(report.integrations, QStringLiteral("edi-gateway"))->kind), toString(ImpactKind::Fails));
        QCOMPARE(toString(find(report.integrations, QStringLiteral("bi-export"))->kind),
                 toString(ImpactKind::Degrades));
        // a workload typed where an integration was expected still maps
        const ImpactReport typed = analysis.analyse({QStringLiteral("edi-worker")});
        QCOMPARE(typed.changedIntegrations, QStringList{QStringLiteral("edi-gateway")});
        QVERIFY(typed.unknownNames.isEmpty());
    }

    void unknownNamesAreReported()
    {
        const ImpactAnalysis analysis(Gatehouse::Tests::smallBusiness());
        const ImpactReport report = analysis.analyse({QStringLiteral("no-such-thing"), QStringLiteral("odoo-stock")},
                                                     {QStringLiteral("ghost")});
        QCOMPARE(report.unknownNames, (QStringList{QStringLiteral("no-such-thing"), QStringLiteral("ghost")}));
        QCOMPARE(report.changedIntegrations, QStringList{QStringLiteral("odoo-stock")});
        QCOMPARE(report.integrations.size(), 4);

        const ImpactReport nothing = analysis.analyse({QStringLiteral("ghost")});
        QVERIFY(nothing.integrations.isEmpty());
        QVERIFY(nothing.processes.isEmpty());
        QCOMPARE(nothing.unknownNames, QStringList{QStringLiteral("ghost")});
    }

    void derivedItems_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("name");
        QTest::addColumn<ImpactKind>("kind");
        QTest::addColumn<QString>("via");
        QTest::addColumn<QString>("path");

        auto row = [](const char *category, const char *name, ImpactKind kind, const char *via, const char *path) {
            QTest::addRow("%s %s", category, name) << QString::fromLatin1(category) << QString::fromLatin1(name) << kind
                                                   << QString::fromLatin1(via) << QString::fromUtf8(path);
        };
        const auto F = ImpactKind::Fails;
        const auto D = ImpactKind::Degrades;
        row("process", "pick-pack-ship", F, "odoo-stock", "odoo-stock");
        row("process", "order-to-cash", F, "odoo-sale", "odoo-stock → odoo-sale (sync)");
        row("process", "reporting", D, "bi-export", "odoo-stock → odoo-sale (sync) → bi-export (batch)");
        row("partner", "walmart", F, "edi-gateway", "odoo-stock → odoo-sale (sync) → edi-gateway (sync)");
        // no sites of its own: the sites of the environments it runs in (all)
        row("site", "rotterdam", F, "odoo-stock", "odoo-stock");
        row("site", "chicago", F, "odoo-stock", "odoo-stock");
        row("environment", "production-eu", F, "odoo-stock", "odoo-stock");
        row("environment", "production-us", F, "odoo-stock", "odoo-stock");
    }

    void derivedItems()
    {
        QFETCH(QString, category);
        QFETCH(QString, name);
        QFETCH(ImpactKind, kind);
        QFETCH(QString, via);
        QFETCH(QString, path);

        const ImpactReport report =
            ImpactAnalysis(Gatehouse::Tests::smallBusiness()).analyse({QStringLiteral("odoo-stock")});
        const QList<AffectedItem> &items = category == QLatin1String("process") ? report.processes
            : category == QLatin1String("partner")                              ? report.partners
            : category == QLatin1String("site")                                 ? report.sites
                                                                                : report.environments;
        const AffectedItem *item = find(items, name);
        QVERIFY2(item, qPrintable(name));
        QCOMPARE(toString(item->kind), toString(kind));
        QCOMPARE(item->via, via);
        QCOMPARE(item->path.toString(), path);
        const QStringList all = names(items);
        QCOMPARE(all.count(name), 1);
    }

    void sitesAndEnvironmentsOfAnIntegrationThatNamesThem()
    {
        const ImpactAnalysis analysis(Gatehouse::Tests::smallBusiness());
        // edi-gateway runs only in production-eu, which serves rotterdam
        const ImpactReport edi = analysis.analyse({QStringLiteral("edi-gateway")});
        QCOMPARE(names(edi.environments), QStringList{QStringLiteral("production-eu")});
        QCOMPARE(names(edi.sites), QStringList{QStringLiteral("rotterdam")});
        // bi-export names its site; it runs everywhere
        const ImpactReport bi = analysis.analyse({QStringLiteral("bi-export")});
        QCOMPARE(names(bi.sites), QStringList{QStringLiteral("chicago")});
        QCOMPARE(names(bi.environments),
                 (QStringList{QStringLiteral("production-eu"), QStringLiteral("production-us")}));
        QCOMPARE(bi.processes.first().via, QStringLiteral("bi-export"));
    }

    void upstream_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("paths");

        QTest::newRow("sync chain") << QStringLiteral("c") << QStringList{QStringLiteral("b"), QStringLiteral("a")}
                                    << QStringList{QStringLiteral("b \u2192 c (sync)"),
                                                   QStringLiteral("a \u2192 b (sync) \u2192 c (sync)")};
        QTest::newRow("behind async") << QStringLiteral("e") << QStringList{QStringLiteral("d"), QStringLiteral("a")}
                                      << QStringList{QStringLiteral("d \u2192 e (sync)"),
                                                     QStringLiteral("a \u2192 d (async) \u2192 e (sync)")};
        QTest::newRow("cycle") << QStringLiteral("p") << QStringList{QStringLiteral("q")}
                               << QStringList{QStringLiteral("q \u2192 p (sync)")};
        QTest::newRow("root") << QStringLiteral("a") << QStringList{} << QStringList{};
        QTest::newRow("unknown") << QStringLiteral("nope") << QStringList{} << QStringList{};
    }

    void upstream()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, paths);
        const QList<AffectedIntegration> result = ImpactAnalysis(shapes()).upstream(name);
        QCOMPARE(names(result), expected);
        QStringList gotPaths;
        for (const AffectedIntegration &a : result)
            gotPaths << a.path.toString();
        QCOMPARE(gotPaths, paths);
    }

    void emptyEstate()
    {
        const ImpactAnalysis analysis(nullptr);
        const ImpactReport report = analysis.analyse({QStringLiteral("a")});
        QCOMPARE(report.unknownNames, QStringList{QStringLiteral("a")});
        QVERIFY(report.integrations.isEmpty());
    }

    // 500 integrations, 2,000 dependencies; one change touching 5 integrations.
    void largeGraphIsFast()
    {
        EstateBuilder b;
        QRandomGenerator random(42);
        const int n = 500;
        for (int i = 0; i < n; ++i)
            b.add(QStringLiteral("integration-%1").arg(i, 3, 10, QLatin1Char('0')));
        for (int e = 0; e < 2000; ++e) {
            const int from = int(random.bounded(n));
            const int to = int(random.bounded(n));
            Dependency dependency;
            dependency.target = b.estate().integrations.at(to).name;
            dependency.mode = random.bounded(4) == 0 ? Mode::Async : Mode::Sync;
            b.estate().integrations[from].dependencies.append(dependency);
        }
        const ImpactAnalysis analysis(b.build());
        QStringList changed;
        for (int i = 0; i < 5; ++i)
            changed << QStringLiteral("integration-%1").arg(i * 97, 3, 10, QLatin1Char('0'));

        ImpactReport report = analysis.analyse(changed);
        QVERIFY(report.integrations.size() > 5);
        QElapsedTimer timer;
        timer.start();
        const int runs = 50;
        for (int i = 0; i < runs; ++i)
            report = analysis.analyse(changed);
        const double perRunMs = double(timer.nsecsElapsed()) / 1e6 / runs;
        qInfo("impact analysis: %.3f ms per run, %lld integrations affected", perRunMs,
              static_cast<long long>(report.integrations.size()));
        // Generous bound so a loaded debug build passes; the target (≤ 1 ms) is for release builds.
        QVERIFY2(perRunMs < 20.0, qPrintable(QString::number(perRunMs)));
    }
};

QTEST_GUILESS_MAIN(TestImpactAnalysis)
#include "tst_impactanalysis.moc"
