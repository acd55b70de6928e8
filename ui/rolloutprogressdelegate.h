#pragma once

#include "cachedtextdelegate.h"

#include <QDateTime>

namespace Gatehouse::Ui {

/// Paints the Status column of the workloads table (a Models::WorkloadModel, possibly
/// through proxies): for a rollout in flight a progress bar of updated-and-available
/// replicas against desired, with the status, the time since the last progress and the
/// progress deadline; a deadline exceeded in the warning colour with its reason. Other
/// rows paint as plain text. No per-row widgets: 10,000 rows cost what the visible ones
/// cost; texts are laid out once (CachedTextDelegate). UI thread only.
class RolloutProgressDelegate : public CachedTextDelegate
{
    Q_OBJECT
public:
    explicit RolloutProgressDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The text the cell shows at `nowUtc`, e.g. "Rolling out (1 of 3 updated) · last
    /// progress 12 s ago, deadline 600 s".
    static QString statusLine(const QModelIndex &index, const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());
};

} // namespace Gatehouse::Ui
