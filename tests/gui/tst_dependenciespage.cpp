// The Dependencies area offscreen on the demo estate: the layout arrives from the
// worker without blocking the UI thread, and its drawing is built in slices across
// event-loop turns (a newer layout cancels an unfinished one); selection and
// blast-radius highlighting mark the right integrations, also for a change picked in
// the Changes area; the neighbourhood view draws N hops, exports are valid files, and
// screenshots in light and dark palettes are written for a person to look at.
#include "models/dependencygraph.h"
#include "services/estateloader.h"
#include "services/graphlayout.h"
#include "ui/dependenciespage.h"
#include "ui/graphedgeitem.h"
#include "ui/graphnodeitem.h"
#include "ui/graphview.h"

#include <QApplication>
#include <QComboBox>
#include <QProgressBar>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace Gatehouse;
using Models::ImpactKind;
using NodeRole = Ui::GraphNodeItem::Role;
using EdgeRole = Ui::GraphEdgeItem::Role;

namespace {

QString outputDir()
{
    const QString dir = QStringLiteral(GATEHOUSE_BINARY_DIR "/test-output/dependencies");
    QDir().mkpath(dir);
    return dir;
}

Models::ChangeRequest carrierChange()
{
    Models::ChangeRequest change;
    change.id = 41;
    change.title = QStringLiteral("DHL label API v3");
    change.environment = QStringLiteral("production-eu");
    change.integrations = {QStringLiteral("carrier-dhl")};
    return change;
}

// Distinct colours in a sample of the image: a blank or single-colour picture has one or two.
int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

// An estate of `n` integrations (each depends on the one a third of its number) and a
// grid layout for it, as Graphviz would return one: the view is tested without dot.
struct Synthetic
{
    Models::DependencyGraph graph;
    Services::GraphLayout layout;
};

QString syntheticName(int i)
{
    return QStringLiteral("integration-%1").arg(i, 4, 10, QLatin1Char('0'));
}

Synthetic synthetic(int n)
{
    auto estate = std::make_shared<Models::Estate>();
    for (int i = 0; i < n; ++i) {
        Models::Integration integration;
        integration.name = syntheticName(i);
        integration.kind = i % 2 ? QStringLiteral("edi") : QStringLiteral("carrier");
        integration.owner = QStringLiteral("team-%1").arg(i % 7);
        if (i > 0)
            integration.dependencies.append({syntheticName((i - 1) / 3), Models::DependencyMode::Async, {}, {}});
        estate->integrations.append(integration);
    }
    estate->index();
    Synthetic result{Models::DependencyGraph(estate), {}};
    auto rectOf = [](int i) { return QRectF((i % 25) * 260.0, (i / 25) * 110.0, 200, 80); };
    for (int i = 0; i < n; ++i)
        result.layout.nodes.append({syntheticName(i), rectOf(i)});
    for (int i = 1; i < n; ++i) {
        const QPointF from = rectOf((i - 1) / 3).center();
        const QPointF to = rectOf(i).center();
        result.layout.edges.append({syntheticName((i - 1) / 3), syntheticName(i),
                                    {from, from + (to - from) / 3, from + (to - from) * 2 / 3, to}, to, false});
    }
    result.layout.size = QSizeF(25 * 260.0, (n / 25 + 1) * 110.0);
    return result;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
    p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Link, QColor(0x5d, 0xad, 0xe2));
    return p;
}

} // namespace

class TestDependenciesPage : public QObject
{
    Q_OBJECT

private:
    Models::EstatePtr m_estate;

    // A page showing the demo estate, laid out.
    std::unique_ptr<Ui::DependenciesPage> laidOutPage()
    {
        auto page = std::make_unique<Ui::DependenciesPage>(nullptr);
        page->resize(1500, 900);
        QSignalSpy finished(page.get(), &Ui::DependenciesPage::layoutFinished);
        page->setEstate(m_estate);
        if (!finished.wait(20000))
            return nullptr;
        return page;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto result = Services::EstateLoader::loadFolder(QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/demo-estate"));
        QVERIFY(!result.hasErrors());
        m_estate = result.estate;
        QVERIFY(m_estate->integrations.size() >= 15);
    }

    void layoutArrivesWithoutBlockingTheUiThread()
    {
        Ui::DependenciesPage page(nullptr);
        page.resize(1400, 900);
        page.show();
        QSignalSpy finished(&page, &Ui::DependenciesPage::layoutFinished);
        // A timer on the UI thread must fire while the layout is still running elsewhere.
        bool uiTurned = false;
        QTimer::singleShot(0, &page, [&] { uiTurned = true; });
        page.setEstate(m_estate);
        QVERIFY(page.isLayoutPending());
        QVERIFY(page.graphView()->drawnNodes().isEmpty());
        QVERIFY(finished.wait(20000));
        QVERIFY(uiTurned);
        QVERIFY(!page.isLayoutPending());

        const Ui::GraphView *view = page.graphView();
        QCOMPARE(view->drawnNodes().size(), m_estate->integrations.size());
        QCOMPARE(qsizetype(view->scene()->items().size()),
                 m_estate->integrations.size() + page.graph().edges().size());
        // Dependencies sit left of their dependents (rank direction left to right). Only sync
        // links are acyclic in the demo; dot turns one edge of each async cycle round.
        const Models::DependencyGraph &graph = page.graph();
        for (qsizetype e = 0; e < graph.edges().size(); ++e) {
            const auto &edge = graph.edges().at(e);
            QVERIFY(view->edgeItem(int(e)));
            if (edge.mode == Models::DependencyMode::Sync)
                QVERIFY(view->nodeItem(edge.from)->x() < view->nodeItem(edge.to)->x());
        }
        // The criticality word and the mode's line style are there, not only colours.
        const int hub = graph.indexOf(QStringLiteral("shipping-hub"));
        QVERIFY(view->nodeItem(hub)->toolTipText().contains(QLatin1String("Criticality")));
        for (const int e : graph.inEdges(hub)) {
            const auto *item = view->edgeItem(e);
            QCOMPARE(Ui::GraphEdgeItem::penStyle(item->mode()),
                     item->mode() == Models::DependencyMode::Sync ? Qt::SolidLine : Qt::DashLine);
        }
    }

    void selectionHighlightsUpstreamAndDownstream()
    {
        auto page = laidOutPage();
        QVERIFY(page);
        QVERIFY(page->selectIntegration(QStringLiteral("shipping-hub")));
        const Ui::GraphView *view = page->graphView();
        const Models::DependencyGraph &graph = page->graph();
        const int hub = graph.indexOf(QStringLiteral("shipping-hub"));
        QCOMPARE(view->currentNode(), hub);
        QCOMPARE(view->nodeItem(hub)->role(), NodeRole::Selected);

        auto roleOf = [&](const char *name) { return view->nodeItem(graph.indexOf(QString::fromLatin1(name)))->role(); };
        QCOMPARE(roleOf("carrier-dhl"), NodeRole::Upstream);
        QCOMPARE(roleOf("odoo-stock-delivery"), NodeRole::Upstream);
        QCOMPARE(roleOf("odoo-base"), NodeRole::Upstream);
        QCOMPARE(roleOf("customer-portal"), NodeRole::Downstream);
        QCOMPARE(roleOf("marketplace-amazon"), NodeRole::Downstream);
        QCOMPARE(roleOf("bi-export"), NodeRole::Dimmed);
        QCOMPARE(roleOf("payment-provider"), NodeRole::Dimmed);

        // Exactly the nodes the model calls upstream / downstream are marked so.
        const QList<int> up = graph.upstream(hub);
        const QList<int> down = graph.downstream(hub);
        for (const int node : view->drawnNodes()) {
            const NodeRole role = view->nodeItem(node)->role();
            QCOMPARE(role == NodeRole::Upstream, up.contains(node));
            QCOMPARE(role == NodeRole::Downstream, down.contains(node));
        }
        for (const int e : graph.inEdges(hub))
            QCOMPARE(view->edgeItem(e)->role(), EdgeRole::Upstream);
        for (const int e : graph.outEdges(hub))
            QCOMPARE(view->edgeItem(e)->role(), EdgeRole::Downstream);

        const QString panel = page->findChild<QTextBrowser *>(QStringLiteral("graphSidePanel"))->toPlainText();
        QVERIFY(panel.contains(QLatin1String("Upstream")));
        QVERIFY(panel.contains(QLatin1String("B2B customer portal")));
        QVERIFY(panel.contains(QLatin1String("DHL")));
        QVERIFY(panel.contains(QLatin1String("Partners:")));
        QVERIFY(panel.contains(QLatin1String("Sites:")));

        // The tooltip says the same, once the pointer reaches the node.
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        const Ui::GraphNodeItem *hubItem = view->nodeItem(hub);
        QTest::mouseMove(page->graphView()->viewport(), page->graphView()->mapFromScene(hubItem->pos()));
        QTRY_VERIFY(hubItem->toolTip().contains(QLatin1String("Upstream of the selection"))
                    || hubItem->toolTip().contains(QLatin1String("Criticality")));

        QTest::keyClick(page->graphView(), Qt::Key_Escape);
        QCOMPARE(view->currentNode(), -1);
        QCOMPARE(roleOf("bi-export"), NodeRole::Plain);
    }

    void keyboardFollowsEdges()
    {
        auto page = laidOutPage();
        QVERIFY(page);
        Ui::GraphView *view = page->graphView();
        const Models::DependencyGraph &graph = page->graph();
        const int hub = graph.indexOf(QStringLiteral("shipping-hub"));
        view->setCurrentNode(hub);
        // Right goes to something that depends on it, Left to something it depends on.
        QTest::keyClick(view, Qt::Key_Right);
        QVERIFY(graph.downstream(hub).contains(view->currentNode()));
        view->setCurrentNode(hub);
        QTest::keyClick(view, Qt::Key_Left);
        QVERIFY(graph.upstream(hub).contains(view->currentNode()));
        // Tab walks through every node and comes back round.
        view->setCurrentNode(-1);
        QSet<int> visited;
        for (qsizetype i = 0; i < graph.nodeCount(); ++i) {
            QTest::keyClick(view, Qt::Key_Tab);
            visited.insert(view->currentNode());
        }
        QCOMPARE(visited.size(), graph.nodeCount());
        const double before = view->zoomFactor();
        QTest::keyClick(view, Qt::Key_Plus);
        QVERIFY(view->zoomFactor() > before);
    }

    void changeShowsBlastRadius()
    {
        auto page = laidOutPage();
        QVERIFY(page);
        QSignalSpy picked(page.get(), &Ui::DependenciesPage::changeSelected);
        page->setChanges({carrierChange()});
        page->selectChange(41);
        QCOMPARE(picked.size(), 1);
        const Ui::GraphView *view = page->graphView();
        const Models::DependencyGraph &graph = page->graph();
        auto item = [&](const char *name) { return view->nodeItem(graph.indexOf(QString::fromLatin1(name))); };
        QCOMPARE(item("carrier-dhl")->role(), NodeRole::Changed);
        QCOMPARE(item("shipping-hub")->role(), NodeRole::Fails);
        QCOMPARE(item("customer-portal")->role(), NodeRole::Degrades);
        QCOMPARE(item("marketplace-amazon")->role(), NodeRole::Degrades);
        QCOMPARE(item("odoo-stock")->role(), NodeRole::Dimmed);
        QCOMPARE(item("carrier-ups")->role(), NodeRole::Dimmed);
        // The explaining path, two hops, is in the node's tooltip and in the side panel.
        const QString path = QStringLiteral("carrier-dhl \u2192 shipping-hub (sync) \u2192 customer-portal (async)");
        QVERIFY2(item("customer-portal")->toolTipText().contains(path.toHtmlEscaped()),
                 qPrintable(item("customer-portal")->toolTipText()));
        const auto *panel = page->findChild<QTextBrowser *>(QStringLiteral("graphSidePanel"));
        QVERIFY(panel->toPlainText().contains(path));
        QVERIFY(panel->toPlainText().contains(QLatin1String("Change #41")));
        // The edge on the path is marked with its impact; others fade.
        const int hub = graph.indexOf(QStringLiteral("shipping-hub"));
        for (const int e : graph.inEdges(hub)) {
            const bool onPath = graph.edges().at(e).from == graph.indexOf(QStringLiteral("carrier-dhl"));
            QCOMPARE(view->edgeItem(e)->role(), onPath ? EdgeRole::Fails : EdgeRole::Dimmed);
        }

        page->selectChange(0);
        QCOMPARE(item("shipping-hub")->role(), NodeRole::Plain);
    }

    void largeDrawingIsBuiltInSlices()
    {
        const Synthetic big = synthetic(600);
        Ui::GraphView view;
        view.resize(1200, 800);
        view.show();
        view.setSliceBudget(std::chrono::milliseconds(1));
        QSignalSpy progress(&view, &Ui::GraphView::buildProgress);
        QSignalSpy shown(&view, &Ui::GraphView::graphShown);
        // Another event-loop turn must come between the slices.
        bool turned = false;
        QTimer::singleShot(0, &view, [&] { turned = view.isBuilding(); });
        view.showGraph(big.graph, big.layout);
        QVERIFY(view.isBuilding());
        // Nothing half-built is on screen: the view shows the previous (empty) drawing.
        QVERIFY(view.drawnNodes().isEmpty());
        QVERIFY(shown.wait(10000));
        QVERIFY(turned);
        QCOMPARE(shown.size(), 1);
        QVERIFY2(progress.size() > 2, qPrintable(QString::number(progress.size())));
        // Progress only grows, and ends at every node and edge.
        int last = -1;
        for (const QList<QVariant> &step : std::as_const(progress)) {
            QVERIFY(step.at(0).toInt() >= last);
            last = step.at(0).toInt();
        }
        QCOMPARE(progress.constLast().at(0).toInt(), 600 + 599);
        QCOMPARE(progress.constLast().at(1).toInt(), 600 + 599);
        QVERIFY(!view.isBuilding());
        QCOMPARE(view.drawnNodes().size(), 600);
        QCOMPARE(qsizetype(view.scene()->items().size()), 600 + 599);
        QCOMPARE(view.nodeItem(42)->pos(), big.layout.nodes.at(42).rect.center());
        QVERIFY(view.edgeItem(598));
    }

    void newerDrawingCancelsAnUnfinishedOne()
    {
        const Synthetic big = synthetic(600);
        const Synthetic small = synthetic(40);
        Ui::GraphView view;
        view.setSliceBudget(std::chrono::milliseconds(1));
        QSignalSpy shown(&view, &Ui::GraphView::graphShown);
        view.showGraph(big.graph, big.layout);
        QVERIFY(view.isBuilding());
        view.showGraph(small.graph, small.layout);
        QTRY_VERIFY(!view.isBuilding());
        QCOMPARE(shown.size(), 1);
        QCOMPARE(view.drawnNodes().size(), 40);
        QCOMPARE(view.graph().nodeCount(), 40);
        // And clear() drops a build too: the drawing stays empty.
        view.showGraph(big.graph, big.layout);
        view.clear();
        QVERIFY(!view.isBuilding());
        QCoreApplication::processEvents();
        QCOMPARE(shown.size(), 1);
        QVERIFY(view.drawnNodes().isEmpty());
    }

    void pageShowsDrawingProgress()
    {
        Ui::DependenciesPage page(nullptr);
        page.resize(1400, 900);
        page.show();
        // One item per event-loop turn: the page reports the drawing as it grows.
        page.graphView()->setSliceBudget(std::chrono::milliseconds(0));
        auto *bar = page.findChild<QProgressBar *>(QStringLiteral("layoutProgress"));
        QVERIFY(bar);
        QSignalSpy finished(&page, &Ui::DependenciesPage::layoutFinished);
        QList<std::pair<int, int>> seen;
        bool pendingWhileDrawing = true;
        connect(page.graphView(), &Ui::GraphView::buildProgress, &page, [&] {
            seen.append({bar->value(), bar->maximum()});
            pendingWhileDrawing = pendingWhileDrawing && page.isLayoutPending() && bar->isVisible();
        });
        page.setEstate(m_estate);
        QVERIFY(finished.wait(20000));
        const int items = int(m_estate->integrations.size() + page.graph().edges().size());
        QVERIFY(seen.size() > items / 2);
        QCOMPARE(seen.at(seen.size() / 2).second, items);
        QVERIFY(seen.at(seen.size() / 2).first > 0);
        QVERIFY(pendingWhileDrawing);
        QVERIFY(!page.isLayoutPending());
        QVERIFY(bar->isHidden());
        QCOMPARE(page.graphView()->drawnNodes().size(), m_estate->integrations.size());
    }

    void changePickedInTheChangesAreaIsShown()
    {
        auto page = laidOutPage();
        QVERIFY(page);
        QSignalSpy picked(page.get(), &Ui::DependenciesPage::changeSelected);
        page->setChanges({carrierChange()});
        // Unknown changes and "no change" are refused and change nothing.
        QVERIFY(!page->showChange(qint64(999)));
        QVERIFY(!page->showChange(qint64(0)));
        QCOMPARE(picked.size(), 0);
        QVERIFY(!page->graphView()->blastRadius());

        QVERIFY(page->showChange(qint64(41)));
        QCOMPARE(picked.size(), 1);
        QCOMPARE(picked.constFirst().at(0).toLongLong(), qint64(41));
        const auto *picker = page->findChild<QComboBox *>(QStringLiteral("changePicker"));
        QCOMPARE(picker->currentData().toLongLong(), qint64(41));
        const Ui::GraphView *view = page->graphView();
        const Models::DependencyGraph &graph = page->graph();
        auto item = [&](const char *name) { return view->nodeItem(graph.indexOf(QString::fromLatin1(name))); };
        QCOMPARE(item("carrier-dhl")->role(), NodeRole::Changed);
        QCOMPARE(item("shipping-hub")->role(), NodeRole::Fails);
        QCOMPARE(item("customer-portal")->role(), NodeRole::Degrades);
        const auto *panel = page->findChild<QTextBrowser *>(QStringLiteral("graphSidePanel"));
        QVERIFY(panel->toPlainText().contains(QLatin1String("Change #41")));
        // Showing it again changes nothing; an unknown id leaves it shown.
        QVERIFY(page->showChange(qint64(41)));
        QVERIFY(!page->showChange(qint64(7)));
        QCOMPARE(picked.size(), 1);
        QCOMPARE(item("shipping-hub")->role(), NodeRole::Fails);

        // A change the picker does not offer yet (another environment's list) is added.
        Models::ChangeRequest ups;
        ups.id = 57;
        ups.title = QStringLiteral("UPS rate cards");
        ups.environment = QStringLiteral("staging");
        ups.integrations = {QStringLiteral("carrier-ups")};
        QVERIFY(page->showChange(ups));
        QCOMPARE(picker->currentData().toLongLong(), qint64(57));
        QCOMPARE(item("carrier-ups")->role(), NodeRole::Changed);
        QCOMPARE(item("carrier-dhl")->role(), NodeRole::Dimmed);
        QVERIFY(panel->toPlainText().contains(QLatin1String("Change #57")));
    }

    void neighbourhoodViewDrawsNHops_data()
    {
        QTest::addColumn<int>("hops");
        QTest::newRow("1 hop") << 1;
        QTest::newRow("2 hops") << 2;
    }

    void neighbourhoodViewDrawsNHops()
    {
        QFETCH(int, hops);
        auto page = laidOutPage();
        QVERIFY(page);
        QVERIFY(!page->isNeighbourhoodView()); // 22 integrations: the whole graph by default
        page->selectIntegration(QStringLiteral("carrier-dhl"));
        QSignalSpy finished(page.get(), &Ui::DependenciesPage::layoutFinished);
        page->setNeighbourhoodView(true, hops);
        QVERIFY(finished.wait(20000));
        const Models::DependencyGraph &graph = page->graph();
        const int dhl = graph.indexOf(QStringLiteral("carrier-dhl"));
        QCOMPARE(page->graphView()->drawnNodes(), graph.neighbourhood({dhl}, hops));
        QVERIFY(page->graphView()->drawnNodes().size() < graph.nodeCount());
        QCOMPARE(page->graphView()->currentNode(), dhl);

        // Selecting an integration outside the neighbourhood brings its own.
        page->selectIntegration(QStringLiteral("bi-export"));
        QVERIFY(finished.wait(20000));
        const int bi = graph.indexOf(QStringLiteral("bi-export"));
        QCOMPARE(page->graphView()->drawnNodes(), graph.neighbourhood({bi}, hops));
        QCOMPARE(page->graphView()->currentNode(), bi);
    }

    void exportsAreValidFiles()
    {
        auto page = laidOutPage();
        QVERIFY(page);
        QTemporaryDir dir;
        const QString svg = dir.filePath(QStringLiteral("graph.svg"));
        const QString png = dir.filePath(QStringLiteral("graph.png"));
        QVERIFY(page->exportSvg(svg).ok());
        QVERIFY(page->exportPng(png).ok());

        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QVERIFY(renderer.defaultSize().width() > 200);
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("Shipping hub") || text.contains("shipping"));

        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 400);
        QVERIFY(colourCount(image) > 20);

        Ui::DependenciesPage empty(nullptr);
        QVERIFY(!empty.exportSvg(dir.filePath(QStringLiteral("none.svg"))).ok());
    }

    void screenshots_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void screenshots()
    {
        QFETCH(bool, dark);
        const QPalette original = QApplication::palette();
        if (dark)
            QApplication::setPalette(darkPalette());
        auto page = laidOutPage();
        QVERIFY(page);
        page->show();
        page->setChanges({carrierChange()});
        QHash<QString, Models::GateResult> contracts;
        Models::GateResult broken;
        broken.gate = QStringLiteral("contracts");
        broken.outcome = Models::GateResult::Outcome::Fail;
        broken.summary = QStringLiteral("sale_order.client_order_ref is missing");
        contracts.insert(QStringLiteral("edi-gateway"), broken);
        Models::GateResult ok = broken;
        ok.outcome = Models::GateResult::Outcome::Pass;
        ok.summary = QStringLiteral("all tables and columns present");
        contracts.insert(QStringLiteral("shipping-hub"), ok);
        contracts.insert(QStringLiteral("bi-export"), ok);
        page->setContractStatus(contracts);
        page->setHealth({{QStringLiteral("shipping-hub"), 0.993},
                         {QStringLiteral("edi-gateway"), 0.91},
                         {QStringLiteral("customer-portal"), 1.0}},
                        QDateTime::currentDateTimeUtc(), false);
        const auto *hub = page->graphView()->nodeItem(page->graph().indexOf(QStringLiteral("shipping-hub")));
        QVERIFY(hub->health().has_value());
        QVERIFY(hub->contract() == Models::GateResult::Outcome::Pass);

        page->selectIntegration(QStringLiteral("shipping-hub"));
        QImage selection = page->grab().toImage();
        QVERIFY(colourCount(selection) > 20);
        QVERIFY(selection.save(outputDir() + (dark ? QStringLiteral("/selection-dark.png")
                                                   : QStringLiteral("/selection-light.png"))));
        page->selectChange(41);
        QImage blast = page->grab().toImage();
        QVERIFY(colourCount(blast) > 20);
        QVERIFY(blast.save(outputDir() + (dark ? QStringLiteral("/blast-dark.png") : QStringLiteral("/blast-light.png"))));
        QApplication::setPalette(original);
    }
};

QTEST_MAIN(TestDependenciesPage)
#include "tst_dependenciespage.moc"
