#include "ui/calendarreleaseoverlay.h"

#include "ui/calendarstyle.h"
#include "ui/releasestyle.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

namespace Gatehouse::Ui {

using Models::PhaseState;
using Models::ReleaseBand;
using Models::ReleaseBandState;

namespace {

// The Releases area's words and icons for the same states, so both areas read alike.
PhaseState phaseStateOf(ReleaseBandState state)
{
    switch (state) {
    case ReleaseBandState::Done:
        return PhaseState::Completed;
    case ReleaseBandState::Running:
        return PhaseState::Rolling;
    case ReleaseBandState::WaitingForBake:
        return PhaseState::Baking;
    case ReleaseBandState::Paused:
        return PhaseState::Paused;
    case ReleaseBandState::RollingBack:
        return PhaseState::RollingBack;
    case ReleaseBandState::RolledBack:
        return PhaseState::RolledBack;
    case ReleaseBandState::Failed:
        return PhaseState::Failed;
    }
    return PhaseState::Failed;
}

QColor stateColor(ReleaseBandState state)
{
    switch (state) {
    case ReleaseBandState::Done:
        return QColor(0x43, 0xa0, 0x47);
    case ReleaseBandState::Running:
    case ReleaseBandState::WaitingForBake:
        return QColor(0x1e, 0x88, 0xe5);
    case ReleaseBandState::Paused:
        return QColor(0xfb, 0x8c, 0x00);
    case ReleaseBandState::RollingBack:
    case ReleaseBandState::RolledBack:
        return QColor(0x8e, 0x24, 0xaa);
    case ReleaseBandState::Failed:
        return QColor(0xe5, 0x39, 0x35);
    }
    return QColor(0x75, 0x75, 0x75);
}

} // namespace

QString CalendarReleaseOverlay::stateText(ReleaseBandState state)
{
    return ReleaseStyle::phaseText(phaseStateOf(state));
}

QIcon CalendarReleaseOverlay::stateIcon(ReleaseBandState state)
{
    return ReleaseStyle::phaseIcon(phaseStateOf(state));
}

QString CalendarReleaseOverlay::label(const ReleaseBand &band)
{
    const QString title = band.releaseTitle.isEmpty() ? tr("Release %1").arg(band.releaseId) : band.releaseTitle;
    return tr("%1 · %2 (%3) · %4")
        .arg(stateText(band.state), band.workload, ReleaseStyle::kindText(band.kind), title);
}

QString CalendarReleaseOverlay::toolTip(const ReleaseBand &band, const QTimeZone &zone)
{
    const QString title = band.releaseTitle.isEmpty() ? tr("Release %1").arg(band.releaseId) : band.releaseTitle;
    QString html = QStringLiteral("<b>") + tr("Release %1: %2").arg(band.releaseId).arg(title).toHtmlEscaped()
        + QStringLiteral("</b>");
    html += QStringLiteral("<br>")
        + tr("Phase %1 in %2: %3 (%4), image %5")
              .arg(band.phase + 1)
              .arg(band.environment, band.workload, ReleaseStyle::kindText(band.kind), band.image)
              .toHtmlEscaped();
    html += QStringLiteral("<br><b>") + stateText(band.state).toHtmlEscaped() + QStringLiteral("</b>");
    if (band.ongoing)
        html += QStringLiteral("<br>")
            + tr("Since %1 %2")
                  .arg(QLocale().toString(band.start.toTimeZone(zone), QStringLiteral("ddd d MMM yyyy HH:mm")),
                       CalendarStyle::zoneName(zone))
                  .toHtmlEscaped();
    else
        html += QStringLiteral("<br>") + CalendarStyle::formatWindow(band.start, band.end, zone).toHtmlEscaped();
    if (!band.note.isEmpty())
        html += QStringLiteral("<br>") + band.note.toHtmlEscaped();
    return html;
}

void CalendarReleaseOverlay::paint(QPainter &painter, const QRectF &rect, const ReleaseBand &band,
                                   const QPalette &palette, qreal besideWidth)
{
    painter.save();
    const QColor accent = stateColor(band.state);
    QColor fill = accent;
    fill.setAlphaF(CalendarStyle::isDark(palette) ? 0.45f : 0.25f);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(accent, 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    // Ongoing phases end open on the right: a dashed edge says "still going".
    if (band.ongoing && rect.width() > 6) {
        painter.setPen(QPen(accent, 2, Qt::DashLine));
        painter.drawLine(QPointF(rect.right() - 1, rect.top() + 1), QPointF(rect.right() - 1, rect.bottom() - 1));
    }
    QFont font = painter.font();
    font.setPixelSize(10);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const QString text = label(band);
    const qreal iconSize = std::min<qreal>(12, rect.height() - 4);
    const qreal wanted = iconSize + 3 + metrics.horizontalAdvance(text) + 6;
    const bool beside = rect.width() < std::min<qreal>(wanted, 60) && besideWidth > 0;
    qreal x = beside ? rect.right() + 3 : rect.left() + 3;
    const qreal right = beside ? rect.right() + besideWidth : rect.right() - 3;
    if (right - x >= iconSize) {
        stateIcon(band.state).paint(&painter, QRectF(x, rect.center().y() - iconSize / 2, iconSize, iconSize).toAlignedRect());
        x += iconSize + 3;
    }
    const qreal room = right - x;
    if (room > 12) {
        const QColor ink = beside ? palette.color(QPalette::Text)
                                  : (palette.color(QPalette::Base).lightnessF() < 0.5 ? QColor(Qt::white) : QColor(Qt::black));
        painter.setPen(ink);
        painter.drawText(QRectF(x, rect.top(), room, rect.height()), Qt::AlignVCenter | Qt::AlignLeft,
                         metrics.elidedText(text, Qt::ElideRight, room));
    }
    painter.restore();
}

} // namespace Gatehouse::Ui
