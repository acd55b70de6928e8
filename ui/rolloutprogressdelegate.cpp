#include "rolloutprogressdelegate.h"

#include "models/workloadmodel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace Gatehouse::Ui {

using Models::WorkloadModel;

namespace {
// A duration as the age columns print it ("42s", "5m", "3h").
QString duration(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds < 120)
        return RolloutProgressDelegate::tr("%1s").arg(seconds);
    if (seconds < 3 * 3600)
        return RolloutProgressDelegate::tr("%1m").arg(seconds / 60);
    return RolloutProgressDelegate::tr("%1h").arg(seconds / 3600);
}
} // namespace

RolloutProgressDelegate::RolloutProgressDelegate(QObject *parent) : CachedTextDelegate(parent) {}

QString RolloutProgressDelegate::statusLine(const QModelIndex &index, const QDateTime &nowUtc)
{
    const QString status = index.data(Qt::DisplayRole).toString();
    const bool inFlight = index.data(WorkloadModel::RolloutInProgressRole).toBool();
    const bool exceeded = index.data(WorkloadModel::ProgressDeadlineExceededRole).toBool();
    if (!inFlight && !exceeded)
        return status;
    const QDateTime last = index.data(WorkloadModel::LastProgressRole).toDateTime();
    const int deadline = index.data(WorkloadModel::ProgressDeadlineSecondsRole).toInt();
    QString line = status;
    if (exceeded) {
        const QString reason = index.data(WorkloadModel::ProgressingReasonRole).toString();
        if (!reason.isEmpty())
            line += QStringLiteral(" (") + reason + QLatin1Char(')');
    }
    if (last.isValid()) {
        line += QStringLiteral(" · ") + tr("last progress %1 ago, deadline %2").arg(duration(last.secsTo(nowUtc)), duration(deadline));
    } else {
        line += QStringLiteral(" · ") + tr("deadline %1").arg(duration(deadline));
    }
    return line;
}

void RolloutProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool inFlight = index.data(WorkloadModel::RolloutInProgressRole).toBool();
    const bool exceeded = index.data(WorkloadModel::ProgressDeadlineExceededRole).toBool();
    if (!inFlight && !exceeded) {
        CachedTextDelegate::paint(painter, option, index);
        return;
    }
    // The cell's text (status, reason, last progress against the deadline), elided, with a
    // thin progress bar along the bottom edge: the text stays readable on any bar colour.
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text = statusLine(index);
    if (exceeded && !(option.state & QStyle::State_Selected))
        item.palette.setColor(QPalette::Text, QColor(0xc6, 0x28, 0x28));
    if (item.direction == Qt::RightToLeft) {
        const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, option.widget);
    } else {
        paintText(painter, item);
    }

    const int height = std::max(3, option.rect.height() / 6);
    const QRect track(option.rect.left() + 4, option.rect.bottom() - height, option.rect.width() - 8, height);
    const int progress = std::clamp(index.data(WorkloadModel::ProgressRole).toInt(), 0, 100);
    painter->save();
    painter->fillRect(track, option.palette.color(QPalette::Midlight));
    QRect done = track;
    done.setWidth(track.width() * progress / 100);
    painter->fillRect(done, exceeded ? QColor(0xc6, 0x28, 0x28) : option.palette.color(QPalette::Highlight).lighter(110));
    painter->restore();
}

} // namespace Gatehouse::Ui
