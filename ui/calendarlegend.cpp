#include "calendarlegend.h"

#include "calendarstyle.h"

#include <QPainter>

namespace Gatehouse::Ui {

using Models::BandKind;

CalendarLegend::CalendarLegend(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Legend"));
    setAccessibleDescription(entries().join(QStringLiteral(", ")));
}

QStringList CalendarLegend::entries() const
{
    QStringList texts;
    for (BandKind kind : CalendarStyle::allBandKinds())
        texts.append(CalendarStyle::bandKindGlyph(kind) + QLatin1Char(' ') + CalendarStyle::bandKindName(kind));
    texts.append(tr("Change (stripe = state)"));
    texts.append(tr("Hard conflict"));
    texts.append(tr("Soft conflict"));
    return texts;
}

QSize CalendarLegend::sizeHint() const
{
    return {900, 24};
}

QSize CalendarLegend::minimumSizeHint() const
{
    return {200, 24};
}

void CalendarLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const bool dark = CalendarStyle::isDark(palette());
    QFont small = font();
    small.setPixelSize(11);
    p.setFont(small);
    const QFontMetrics metrics(small);
    const QStringList texts = entries();
    const QList<BandKind> kinds = CalendarStyle::allBandKinds();
    int x = 2;
    const int y = (height() - 14) / 2;
    for (int i = 0; i < texts.size(); ++i) {
        const QRectF swatch(x, y, 22, 14);
        if (i < kinds.size()) {
            CalendarStyle::paintBand(&p, swatch, kinds[i], dark);
        } else if (i == kinds.size()) {
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(palette().color(QPalette::Mid));
            p.setBrush(palette().color(QPalette::Base));
            p.drawRoundedRect(swatch.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
            p.setPen(Qt::NoPen);
            p.setBrush(CalendarStyle::stateColour(Models::ChangeState::Scheduled, dark));
            p.drawRect(QRectF(swatch.left(), swatch.top(), 4, swatch.height()));
            p.setRenderHint(QPainter::Antialiasing, false);
        } else {
            CalendarStyle::paintConflictMarker(&p, swatch.center(), 13,
                                               i == kinds.size() + 1 ? Models::Conflict::Severity::Hard
                                                                     : Models::Conflict::Severity::Soft);
        }
        x += 26;
        p.setPen(palette().color(QPalette::WindowText));
        const int w = metrics.horizontalAdvance(texts[i]);
        p.drawText(QRect(x, 0, w + 2, height()), Qt::AlignLeft | Qt::AlignVCenter, texts[i]);
        x += w + 16;
        if (x > width())
            break;
    }
}

} // namespace Gatehouse::Ui
