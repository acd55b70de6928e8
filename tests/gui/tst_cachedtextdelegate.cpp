// The Rollouts area's text delegate: cells look as QStyledItemDelegate paints them
// (plain, right-aligned, elided, selected, coloured), and a repaint reuses the laid-out
// texts instead of shaping them again.
#include "imagecompare.h"
#include "ui/cachedtextdelegate.h"

#include <QHeaderView>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

using namespace Gatehouse;

class TestCachedTextDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void looksLikeTheStyledDelegate();
    void repaintReusesLaidOutTexts();

private:
    static void fill(QStandardItemModel &model);
    static void setUp(QTreeView &view, QStandardItemModel &model);
};

void TestCachedTextDelegate::fill(QStandardItemModel &model)
{
    model.setColumnCount(3);
    model.setHorizontalHeaderLabels({QStringLiteral("Workload"), QStringLiteral("Ready"), QStringLiteral("Image")});
    for (int row = 0; row < 25; ++row) {
        auto *name = new QStandardItem(QStringLiteral("edi-gateway-%1").arg(row));
        auto *ready = new QStandardItem(QString::number(row * 7 % 13));
        ready->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        // Long enough to be elided in its column.
        auto *image = new QStandardItem(QStringLiteral("registry.northwind.example/integrations/edi-gateway:4.3.%1-build.20261126").arg(row));
        if (row == 4)
            name->setForeground(QColor(198, 40, 40));
        model.appendRow({name, ready, image});
    }
}

void TestCachedTextDelegate::setUp(QTreeView &view, QStandardItemModel &model)
{
    view.setModel(&model);
    view.setRootIsDecorated(false);
    view.setUniformRowHeights(true);
    view.setAlternatingRowColors(true);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.resize(520, 420);
    view.header()->resizeSection(0, 170);
    view.header()->resizeSection(1, 60);
    view.selectionModel()->select(model.index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    // A current cell with the keyboard focus: the style draws its focus frame.
    view.selectionModel()->setCurrentIndex(model.index(6, 1), QItemSelectionModel::NoUpdate);
    view.show();
}

void TestCachedTextDelegate::looksLikeTheStyledDelegate()
{
    QStandardItemModel model;
    fill(model);
    QTreeView styled, cached;
    setUp(styled, model);
    setUp(cached, model);
    cached.setItemDelegate(new Ui::CachedTextDelegate(&cached));
    QVERIFY(QTest::qWaitForWindowExposed(&styled));
    QVERIFY(QTest::qWaitForWindowExposed(&cached));

    const auto focusedGrab = [](QTreeView &view) {
        view.activateWindow();
        view.setFocus();
        if (!QTest::qWaitFor([&] { return view.hasFocus(); }))
            return QImage();
        return view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    };
    const QImage a = focusedGrab(styled);
    const QImage b = focusedGrab(cached);
    QVERIFY(!a.isNull());
    QVERIFY(!b.isNull());
    QCOMPARE(a.size(), b.size());
    const int differing = Tests::differingPixels(a, b);
    qInfo("%d of %d pixels differ from the styled delegate", differing, a.width() * a.height());
    // Text placed within a pixel of where the style puts it, in the same colours, elided alike.
    QVERIFY2(differing * 200 <= a.width() * a.height(),
             qPrintable(QStringLiteral("%1 of %2 pixels differ").arg(differing).arg(a.width() * a.height())));

    // And it does fail when the text is not where the style puts it: the same cells shifted.
    QImage shifted(b.size(), QImage::Format_RGB32);
    shifted.fill(b.pixel(0, 0));
    {
        QPainter painter(&shifted);
        painter.drawImage(QPoint(0, 3), b);
    }
    QVERIFY(Tests::differingPixels(a, shifted) * 200 > a.width() * a.height());
}

void TestCachedTextDelegate::repaintReusesLaidOutTexts()
{
    QStandardItemModel model;
    fill(model);
    QTreeView view;
    setUp(view, model);
    auto *delegate = new Ui::CachedTextDelegate(&view);
    view.setItemDelegate(delegate);
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.viewport()->grab();
    const int first = delegate->cachedTexts();
    QVERIFY2(first >= 3 * 10, qPrintable(QString::number(first))); // at least ten visible rows' cells
    view.viewport()->grab();
    QCOMPARE(delegate->cachedTexts(), first);
    // A changed text is laid out anew; the others are reused.
    model.item(0, 1)->setText(QStringLiteral("99"));
    view.viewport()->grab();
    QCOMPARE(delegate->cachedTexts(), first + 1);
}

QTEST_MAIN(TestCachedTextDelegate)
#include "tst_cachedtextdelegate.moc"
