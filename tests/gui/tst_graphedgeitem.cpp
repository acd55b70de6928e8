// A dependency edge drawn zoomed in: only its visible part is stroked, and what shows on
// screen is the same line, with the same dash pattern, as stroking the whole curve.
#include "imagecompare.h"
#include "ui/graphedgeitem.h"

#include <QDir>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>
#include <QTest>

using namespace Gatehouse;
using Gatehouse::Ui::GraphEdgeItem;

namespace {

// A long, gently curved edge far wider than the view, as Graphviz routes one across ranks.
QList<QPointF> longSpline()
{
    QList<QPointF> spline{QPointF(0, 0)};
    for (int i = 0; i < 8; ++i) {
        const double x = i * 500.0;
        spline << QPointF(x + 160, 40) << QPointF(x + 340, -40) << QPointF(x + 500, 0);
    }
    return spline;
}

} // namespace

class TestGraphEdgeItem : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void visiblePartMatchesWholeCurve_data();
    void visiblePartMatchesWholeCurve();
};

void TestGraphEdgeItem::visiblePartMatchesWholeCurve_data()
{
    QTest::addColumn<Models::DependencyMode>("mode");
    QTest::addColumn<GraphEdgeItem::Role>("role");
    QTest::addColumn<double>("zoom");
    QTest::addColumn<double>("centreX");

    QTest::newRow("async, plain, 100 %, middle") << Models::DependencyMode::Async << GraphEdgeItem::Role::Plain << 1.0 << 2130.0;
    QTest::newRow("batch, plain, 100 %, near the end") << Models::DependencyMode::Batch << GraphEdgeItem::Role::Plain << 1.0 << 3610.0;
    QTest::newRow("async, fails, 100 %") << Models::DependencyMode::Async << GraphEdgeItem::Role::Fails << 1.0 << 1777.0;
    QTest::newRow("async, plain, 250 %") << Models::DependencyMode::Async << GraphEdgeItem::Role::Plain << 2.5 << 2950.0;
    QTest::newRow("sync, degrades, 200 %") << Models::DependencyMode::Sync << GraphEdgeItem::Role::Degrades << 2.0 << 1200.0;
    QTest::newRow("sync, plain, 100 %") << Models::DependencyMode::Sync << GraphEdgeItem::Role::Plain << 1.0 << 2500.0;
}

void TestGraphEdgeItem::visiblePartMatchesWholeCurve()
{
    QFETCH(Models::DependencyMode, mode);
    QFETCH(GraphEdgeItem::Role, role);
    QFETCH(double, zoom);
    QFETCH(double, centreX);

    const QList<QPointF> spline = longSpline();
    QGraphicsScene scene;
    auto *edge = new GraphEdgeItem(0, mode, spline, spline.constLast() + QPointF(12, 0), true);
    edge->setRole(role);
    scene.addItem(edge);
    scene.setSceneRect(edge->boundingRect());

    QGraphicsView view(&scene);
    view.setFrameShape(QFrame::NoFrame);
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.resize(420, 160);
    view.scale(zoom, zoom);
    view.centerOn(centreX, 0);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // The view shows a small part of the edge: the partial stroke is what is under test.
    const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
    QVERIFY(visible.width() < edge->boundingRect().width() / 4);

    const QImage drawn = view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QColor background = drawn.pixelColor(0, 0);
    const QImage drawnInk = Tests::inkMask(drawn, background);

    // Painted the way panning paints: strip by strip, each with only its own part exposed.
    // The strips must join without seams or restarted dash patterns.
    QImage strips(drawn.size(), QImage::Format_RGB32);
    strips.fill(background);
    {
        QPainter painter(&strips);
        constexpr int Strips = 7;
        const int width = (drawn.width() + Strips - 1) / Strips;
        for (int i = 0; i < Strips; ++i) {
            const QRect strip(i * width, 0, width, drawn.height());
            painter.save();
            painter.setClipRect(strip);
            painter.setTransform(view.viewportTransform());
            QStyleOptionGraphicsItem option;
            option.exposedRect = view.mapToScene(strip).boundingRect();
            edge->paint(&painter, &option, view.viewport());
            painter.restore();
        }
    }
    const Tests::Comparison seams = Tests::compare(drawnInk, Tests::inkMask(strips, background));
    QVERIFY2(seams.ink > 150, qPrintable(QStringLiteral("the view shows too little of the edge: %1 pixels").arg(seams.ink)));
    QVERIFY2(seams.differing * 50 <= seams.ink,
             qPrintable(QStringLiteral("%1 of %2 pixels differ between one paint and strips").arg(seams.differing).arg(seams.ink)));

    // The whole curve stroked as one path: the same line in the same place with as much ink.
    // (A dash pattern's phase far along a long curve depends on how the curve's length is
    // measured, so only a solid line is compared pixel by pixel.)
    QImage reference(drawn.size(), QImage::Format_RGB32);
    reference.fill(background);
    {
        QPainter painter(&reference);
        painter.setTransform(view.viewportTransform());
        QStyleOptionGraphicsItem option;
        option.exposedRect = edge->boundingRect();
        edge->paint(&painter, &option, view.viewport());
    }
    if (qEnvironmentVariableIsSet("GATEHOUSE_EDGE_IMAGES")) {
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        drawn.save(QDir::temp().filePath(QStringLiteral("edge-drawn-%1.png").arg(tag)));
        strips.save(QDir::temp().filePath(QStringLiteral("edge-strips-%1.png").arg(tag)));
        reference.save(QDir::temp().filePath(QStringLiteral("edge-ref-%1.png").arg(tag)));
    }
    const Tests::Comparison whole = Tests::compare(Tests::inkMask(reference, background), drawnInk);
    if (mode == Models::DependencyMode::Sync) {
        QVERIFY2(whole.differing * 50 <= whole.ink,
                 qPrintable(QStringLiteral("%1 of %2 pixels differ from the whole curve's stroke").arg(whole.differing).arg(whole.ink)));
    } else {
        QVERIFY2(std::abs(seams.ink - whole.ink) * 10 <= whole.ink,
                 qPrintable(QStringLiteral("%1 ink pixels drawn, %2 when the whole curve is stroked").arg(seams.ink).arg(whole.ink)));
    }
}

QTEST_MAIN(TestGraphEdgeItem)
#include "tst_graphedgeitem.moc"
