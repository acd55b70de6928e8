#include "graphlegend.h"

#include "graphedgeitem.h"
#include "graphpalette.h"

#include <QPainter>
#include <QPainterPath>

namespace Gatehouse::Ui {

using Models::DependencyMode;

GraphLegend::GraphLegend(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("graphLegend"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setToolTip(tr("An arrow points from an integration to the one that depends on it: the way a failure travels."));
}

QSize GraphLegend::sizeHint() const
{
    return QSize(draw(nullptr), fontMetrics().height() + 14);
}

QSize GraphLegend::minimumSizeHint() const
{
    return QSize(100, fontMetrics().height() + 14);
}

void GraphLegend::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    draw(&painter);
}

int GraphLegend::draw(QPainter *painter) const
{
    const GraphPalette colors(palette());
    const QFontMetrics metrics = fontMetrics();
    const int h = metrics.height() + 14;
    const int mid = h / 2;
    int x = 6;
    const QColor text = palette().color(QPalette::WindowText);
    if (painter)
        painter->setRenderHint(QPainter::Antialiasing);

    auto label = [&](const QString &s) {
        if (painter) {
            painter->setPen(text);
            painter->drawText(QRect(x, 0, metrics.horizontalAdvance(s) + 2, h), Qt::AlignVCenter, s);
        }
        x += metrics.horizontalAdvance(s) + 16;
    };
    auto line = [&](DependencyMode mode, const QString &s) {
        if (painter) {
            painter->setPen(QPen(colors.edge, 1.6, GraphEdgeItem::penStyle(mode)));
            painter->drawLine(QPointF(x, mid), QPointF(x + 30, mid));
            painter->setPen(Qt::NoPen);
            painter->setBrush(colors.edge);
            painter->drawPolygon(QPolygonF{QPointF(x + 38, mid), QPointF(x + 29, mid - 4), QPointF(x + 29, mid + 4)});
        }
        x += 44;
        label(s);
    };
    auto pill = [&](const QColor &color, Qt::PenStyle style, Qt::BrushStyle pattern, const QString &s) {
        const int w = metrics.horizontalAdvance(s) + 14;
        if (painter) {
            const QRectF r(x, 5, w, h - 10);
            painter->setPen(QPen(color, 2, style));
            painter->setBrush(QBrush(GraphPalette::mix(palette().color(QPalette::Base), color, 0.25), pattern));
            painter->drawRoundedRect(r, 4, 4);
            painter->setPen(text);
            painter->drawText(r, Qt::AlignCenter, s);
        }
        x += w + 10;
    };

    line(DependencyMode::Sync, tr("sync"));
    line(DependencyMode::Async, tr("async"));
    line(DependencyMode::Batch, tr("batch"));
    x += 8;
    pill(colors.upstream, Qt::SolidLine, Qt::SolidPattern, tr("\u25C0 upstream"));
    pill(colors.downstream, Qt::SolidLine, Qt::SolidPattern, tr("downstream \u25B6"));
    x += 8;
    pill(colors.changed, Qt::SolidLine, Qt::SolidPattern, tr("\u25CF changed"));
    pill(colors.fails, Qt::SolidLine, Qt::SolidPattern, tr("\u2716 fails"));
    pill(colors.degrades, Qt::DashLine, Qt::BDiagPattern, tr("\u26A0 degrades"));
    x += 8;
    label(tr("\u2665 success rate   \u2713/\u2717/? data contract"));
    return x;
}

} // namespace Gatehouse::Ui
