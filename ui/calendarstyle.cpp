#include "calendarstyle.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace Gatehouse::Ui::CalendarStyle {

using Models::BandKind;
using Models::ChangeState;
using Models::Criticality;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CalendarStyle", text);
}

Qt::BrushStyle bandPattern(BandKind kind)
{
    switch (kind) {
    case BandKind::OperatingCycle:
        return Qt::NoBrush; // the most frequent kind stays plain so the others stand out
    case BandKind::PartnerSlot:
        return Qt::VerPattern;
    case BandKind::BusinessCycle:
        return Qt::BDiagPattern;
    case BandKind::Freeze:
        return Qt::DiagCrossPattern;
    case BandKind::MaintenanceWindow:
        return Qt::Dense6Pattern;
    case BandKind::Holiday:
        return Qt::FDiagPattern;
    }
    return Qt::NoBrush;
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QList<BandKind> allBandKinds()
{
    return {BandKind::Freeze,         BandKind::BusinessCycle,  BandKind::Holiday,
            BandKind::MaintenanceWindow, BandKind::PartnerSlot, BandKind::OperatingCycle};
}

QString bandKindName(BandKind kind)
{
    switch (kind) {
    case BandKind::OperatingCycle:
        return tr("Operating cycle");
    case BandKind::PartnerSlot:
        return tr("Partner slot");
    case BandKind::BusinessCycle:
        return tr("Business cycle");
    case BandKind::Freeze:
        return tr("Freeze");
    case BandKind::MaintenanceWindow:
        return tr("Maintenance window");
    case BandKind::Holiday:
        return tr("Holiday");
    }
    return {};
}

QString bandKindGlyph(BandKind kind)
{
    switch (kind) {
    case BandKind::OperatingCycle:
        return QStringLiteral("\u25B8"); // ▸
    case BandKind::PartnerSlot:
        return QStringLiteral("\u21C4"); // ⇄
    case BandKind::BusinessCycle:
        return QStringLiteral("\u03A3"); // Σ
    case BandKind::Freeze:
        return QStringLiteral("\u2744"); // ❄
    case BandKind::MaintenanceWindow:
        return QStringLiteral("\u2692"); // ⚒
    case BandKind::Holiday:
        return QStringLiteral("\u2691"); // ⚑
    }
    return {};
}

QColor bandColour(BandKind kind, bool dark)
{
    switch (kind) {
    case BandKind::OperatingCycle:
        return dark ? QColor(0x5b, 0x8d, 0xc9) : QColor(0x3a, 0x6e, 0xb0);
    case BandKind::PartnerSlot:
        return dark ? QColor(0xa8, 0x8b, 0xe0) : QColor(0x6d, 0x4c, 0xb8);
    case BandKind::BusinessCycle:
        return dark ? QColor(0xf0, 0xa0, 0x4b) : QColor(0xc8, 0x6a, 0x0a);
    case BandKind::Freeze:
        return dark ? QColor(0xef, 0x6f, 0x6c) : QColor(0xc0, 0x2b, 0x2b);
    case BandKind::MaintenanceWindow:
        return dark ? QColor(0x6c, 0xc4, 0x7c) : QColor(0x2e, 0x8b, 0x45);
    case BandKind::Holiday:
        return dark ? QColor(0xb0, 0xb0, 0xa0) : QColor(0x73, 0x73, 0x60);
    }
    return {};
}

void paintBand(QPainter *painter, const QRectF &rect, BandKind kind, bool dark)
{
    const QColor base = bandColour(kind, dark);
    QColor tint = base;
    tint.setAlphaF(dark ? 0.30 : 0.20);
    painter->fillRect(rect, tint);
    const Qt::BrushStyle pattern = bandPattern(kind);
    if (pattern != Qt::NoBrush && rect.width() >= 3) {
        QColor hatch = base;
        hatch.setAlphaF(dark ? 0.55 : 0.45);
        painter->fillRect(rect, QBrush(hatch, pattern));
    }
    QColor edge = base;
    edge.setAlphaF(0.85);
    painter->setPen(QPen(edge, 1));
    painter->setBrush(Qt::NoBrush);
    if (rect.width() >= 2)
        painter->drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
    else
        painter->drawLine(QPointF(rect.left(), rect.top()), QPointF(rect.left(), rect.bottom()));
}

QString stateName(ChangeState state)
{
    switch (state) {
    case ChangeState::Draft:
        return tr("Draft");
    case ChangeState::Submitted:
        return tr("Submitted");
    case ChangeState::Assessed:
        return tr("Assessed");
    case ChangeState::Approved:
        return tr("Approved");
    case ChangeState::Rejected:
        return tr("Rejected");
    case ChangeState::Scheduled:
        return tr("Scheduled");
    case ChangeState::InProgress:
        return tr("In progress");
    case ChangeState::Completed:
        return tr("Completed");
    case ChangeState::RolledBack:
        return tr("Rolled back");
    case ChangeState::Failed:
        return tr("Failed");
    case ChangeState::Closed:
        return tr("Closed");
    }
    return {};
}

QColor stateColour(ChangeState state, bool dark)
{
    switch (state) {
    case ChangeState::Draft:
    case ChangeState::Closed:
        return dark ? QColor(0x9a, 0x9a, 0x9a) : QColor(0x8a, 0x8a, 0x8a);
    case ChangeState::Submitted:
    case ChangeState::Assessed:
        return dark ? QColor(0x6f, 0xa8, 0xdc) : QColor(0x1f, 0x6f, 0xb5);
    case ChangeState::Approved:
    case ChangeState::Scheduled:
        return dark ? QColor(0x7c, 0xc6, 0x7c) : QColor(0x2e, 0x7d, 0x32);
    case ChangeState::InProgress:
        return dark ? QColor(0xff, 0xc1, 0x4d) : QColor(0xd6, 0x8a, 0x00);
    case ChangeState::Completed:
        return dark ? QColor(0x4d, 0xb6, 0xac) : QColor(0x00, 0x79, 0x6b);
    case ChangeState::Rejected:
    case ChangeState::RolledBack:
    case ChangeState::Failed:
        return dark ? QColor(0xef, 0x6f, 0x6c) : QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QString riskText(Criticality risk)
{
    switch (risk) {
    case Criticality::Critical:
        return tr("risk critical");
    case Criticality::High:
        return tr("risk high");
    case Criticality::Medium:
        return tr("risk medium");
    case Criticality::Low:
        return tr("risk low");
    }
    return {};
}

void paintConflictMarker(QPainter *painter, const QPointF &centre, qreal size, Models::Conflict::Severity severity)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal r = size / 2;
    const bool hard = severity == Models::Conflict::Severity::Hard;
    painter->setPen(QPen(QColor(0x30, 0x20, 0x00), 1));
    if (hard) {
        QPainterPath triangle;
        triangle.moveTo(centre.x(), centre.y() - r);
        triangle.lineTo(centre.x() + r, centre.y() + r * 0.85);
        triangle.lineTo(centre.x() - r, centre.y() + r * 0.85);
        triangle.closeSubpath();
        painter->setBrush(QColor(0xe5, 0x39, 0x35));
        painter->drawPath(triangle);
    } else {
        painter->setBrush(QColor(0xff, 0xb3, 0x00));
        painter->drawEllipse(centre, r, r);
    }
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(qMax(6, qRound(size * 0.62)));
    painter->setFont(font);
    painter->setPen(hard ? Qt::white : QColor(0x30, 0x20, 0x00));
    const QRectF box(centre.x() - r, centre.y() - r + (hard ? r * 0.25 : 0), size, size);
    painter->drawText(box, Qt::AlignCenter, hard ? QStringLiteral("!") : QStringLiteral("i"));
    painter->restore();
}

QString zoneName(const QTimeZone &zone)
{
    if (!zone.isValid() || zone == QTimeZone::utc() || zone.id() == "UTC")
        return QStringLiteral("UTC");
    return QString::fromLatin1(zone.id());
}

QString formatInstant(const QDateTime &utc, const QTimeZone &zone)
{
    const QLocale locale;
    const QDateTime local = utc.toTimeZone(zone);
    return locale.toString(local, QStringLiteral("ddd d MMM yyyy HH:mm")) + QLatin1Char(' ') + zoneName(zone);
}

QString formatWindow(const QDateTime &startUtc, const QDateTime &endUtc, const QTimeZone &zone, bool allDay)
{
    const QLocale locale;
    const QDateTime start = startUtc.toTimeZone(zone);
    const QDateTime end = endUtc.toTimeZone(zone);
    if (allDay) {
        const QDate last = end.addSecs(-1).date();
        const QString first = locale.toString(start.date(), QStringLiteral("ddd d MMM yyyy"));
        if (last <= start.date())
            return tr("%1 (all day, %2)").arg(first, zoneName(zone));
        return tr("%1 – %2 (all day, %3)")
            .arg(first, locale.toString(last, QStringLiteral("ddd d MMM yyyy")), zoneName(zone));
    }
    const QString from = locale.toString(start, QStringLiteral("ddd d MMM yyyy HH:mm"));
    const QString to = end.date() == start.date() ? locale.toString(end.time(), QStringLiteral("HH:mm"))
                                                  : locale.toString(end, QStringLiteral("ddd d MMM yyyy HH:mm"));
    return from + QStringLiteral(" – ") + to + QLatin1Char(' ') + zoneName(zone);
}

} // namespace Gatehouse::Ui::CalendarStyle
