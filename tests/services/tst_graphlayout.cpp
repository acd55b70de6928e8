// Graphviz layout through libgvc: positions for every node, ranks that follow the
// edges, spline points for every edge, and concurrent callers served safely.
#include "services/graphlayout.h"

#include <QFutureSynchronizer>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using Gatehouse::Services::GraphLayout;
using Gatehouse::Services::GraphLayoutEngine;
using Gatehouse::Services::GraphLayoutRequest;
using Direction = GraphLayoutRequest::Direction;

Q_DECLARE_METATYPE(GraphLayoutRequest::Direction)

namespace {

// A small estate's shape: two Odoo modules, the integrations that use them, a portal at the end.
GraphLayoutRequest smallEstate(Direction direction)
{
    GraphLayoutRequest request;
    request.direction = direction;
    const QStringList names = {QStringLiteral("odoo-stock"), QStringLiteral("odoo-sale"), QStringLiteral("wms"),
                               QStringLiteral("edi-gateway"), QStringLiteral("carrier-dhl"),
                               QStringLiteral("customer-portal")};
    for (const QString &name : names)
        request.nodes.append({name, QSizeF(120 + name.size() * 2, 44)});
    auto edge = [&](const char *from, const char *to) {
        request.edges.append({QString::fromLatin1(from), QString::fromLatin1(to)});
    };
    edge("odoo-stock", "odoo-sale");
    edge("odoo-stock", "wms");
    edge("odoo-sale", "edi-gateway");
    edge("wms", "carrier-dhl");
    edge("edi-gateway", "customer-portal");
    edge("carrier-dhl", "customer-portal");
    return request;
}

QHash<QString, QRectF> rectsById(const GraphLayout &layout)
{
    QHash<QString, QRectF> rects;
    for (const GraphLayout::Node &node : layout.nodes)
        rects.insert(node.id, node.rect);
    return rects;
}

} // namespace

class TestGraphLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placesEveryNodeInRankOrder_data()
    {
        QTest::addColumn<Direction>("direction");
        QTest::newRow("left-to-right") << Direction::LeftToRight;
        QTest::newRow("top-down") << Direction::TopToBottom;
    }

    void placesEveryNodeInRankOrder()
    {
        QFETCH(Direction, direction);
        const GraphLayoutRequest request = smallEstate(direction);
        const auto future = GraphLayoutEngine::layout(request);
        const auto result = future.result();
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        const GraphLayout &layout = result.value();

        QCOMPARE(layout.nodes.size(), request.nodes.size());
        QVERIFY(layout.size.width() > 0 && layout.size.height() > 0);
        const QRectF bounds(QPointF(0, 0), layout.size);
        const QHash<QString, QRectF> rects = rectsById(layout);
        for (const GraphLayoutRequest::Node &node : request.nodes) {
            QVERIFY2(rects.contains(node.id), qPrintable(node.id));
            const QRectF rect = rects.value(node.id);
            QCOMPARE(rect.size(), node.size); // the caller's size, so its label fits
            QVERIFY2(bounds.adjusted(-1, -1, 1, 1).contains(rect), qPrintable(node.id));
        }
        // No two boxes overlap.
        for (auto a = rects.cbegin(); a != rects.cend(); ++a) {
            for (auto b = std::next(a); b != rects.cend(); ++b)
                QVERIFY2(!a.value().intersects(b.value()), qPrintable(a.key() + QLatin1Char('/') + b.key()));
        }
        // Every edge runs forward along the rank axis: a dependency sits before its dependents.
        for (const GraphLayoutRequest::Edge &edge : request.edges) {
            const QRectF from = rects.value(edge.from);
            const QRectF to = rects.value(edge.to);
            if (direction == Direction::LeftToRight)
                QVERIFY2(from.right() < to.left(), qPrintable(edge.from + QLatin1String(" -> ") + edge.to));
            else
                QVERIFY2(from.bottom() < to.top(), qPrintable(edge.from + QLatin1String(" -> ") + edge.to));
        }

        QCOMPARE(layout.edges.size(), request.edges.size());
        for (qsizetype i = 0; i < layout.edges.size(); ++i) {
            const GraphLayout::Edge &edge = layout.edges.at(i);
            QCOMPARE(edge.from, request.edges.at(i).from);
            QCOMPARE(edge.to, request.edges.at(i).to);
            QVERIFY(edge.spline.size() >= 4);
            QCOMPARE((edge.spline.size() - 1) % 3, 0);
            // The spline leaves its tail box and ends near its head box, where the arrow is.
            QVERIFY(rects.value(edge.from).adjusted(-2, -2, 2, 2).contains(edge.spline.constFirst()));
            QVERIFY(edge.hasArrowTip);
            QVERIFY(rects.value(edge.to).adjusted(-2, -2, 2, 2).contains(edge.arrowTip));
            QVERIFY(!rects.value(edge.to).adjusted(1, 1, -1, -1).contains(edge.spline.constLast()));
        }
    }

    void rejectsEdgeToUnknownNode()
    {
        GraphLayoutRequest request = smallEstate(Direction::LeftToRight);
        request.edges.append({QStringLiteral("wms"), QStringLiteral("nowhere")});
        const auto result = GraphLayoutEngine::layout(request).result();
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(QLatin1String("nowhere")));
    }

    void emptyGraphHasNoNodes()
    {
        const auto result = GraphLayoutEngine::layout({}).result();
        QVERIFY(result.ok());
        QVERIFY(result->nodes.isEmpty());
    }

    void dotTextDescribesTheSameGraph()
    {
        const QByteArray dot = GraphLayoutEngine::toDot(smallEstate(Direction::LeftToRight));
        QVERIFY(dot.startsWith("digraph"));
        QVERIFY(dot.contains("rankdir=LR"));
        QCOMPARE(dot.count("->"), 6);
        QCOMPARE(dot.count("width="), 6);
    }

    void concurrentLayoutsAllSucceed()
    {
        // Callers on many threads at once, through both entry points: Graphviz must
        // see them one at a time, and every caller must get its own graph back.
        QFutureSynchronizer<bool> all;
        for (int i = 0; i < 8; ++i) {
            all.addFuture(QtConcurrent::run([i] {
                GraphLayoutRequest request = smallEstate(i % 2 ? Direction::TopToBottom : Direction::LeftToRight);
                request.nodes.append({QStringLiteral("extra-%1").arg(i), QSizeF(80, 30)});
                request.edges.append({QStringLiteral("customer-portal"), QStringLiteral("extra-%1").arg(i)});
                const auto result = i % 3 == 0 ? GraphLayoutEngine::layoutNow(request)
                                               : GraphLayoutEngine::layout(request).result();
                return result.ok() && result->nodes.size() == 7 && result->nodes.last().id == request.nodes.last().id
                    && result->edges.size() == 7;
            }));
        }
        all.waitForFinished();
        for (const QFuture<bool> &future : all.futures())
            QVERIFY(future.result());
    }
};

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
