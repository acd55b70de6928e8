#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Gatehouse::Models {

/// How much to trust what one outside source (a Prometheus, an Alertmanager, a database)
/// last told us. Every health client keeps one, so a panel can say "stale since 10:42,
/// last good value 10:41: connection refused" instead of going blank, and one source
/// down never hides another.
///
/// - Unknown: nothing asked yet.
/// - Fresh: the last request was answered.
/// - Stale: the source answered, but not usefully (server error, refused credentials,
///   an unreadable answer); values from `lastGood` are all there is.
/// - Unreachable: no answer at all (connection refused, timeout, TLS failure).
///
/// A plain value; any thread.
struct SourceState
{
    Q_DECLARE_TR_FUNCTIONS(SourceState)

public:
    enum class Status { Unknown, Fresh, Stale, Unreachable };

    Status status = Status::Unknown;
    QString reason;     ///< why it is stale or unreachable; empty when fresh. Never holds a secret.
    QDateTime lastGood; ///< UTC time of the last good answer; invalid when there never was one
    QDateTime since;    ///< UTC time the status last changed

    bool isFresh() const { return status == Status::Fresh; }

    /// Records a good answer at `at`. True when the status changed.
    bool recordSuccess(const QDateTime &at)
    {
        lastGood = at;
        if (status == Status::Fresh)
            return false;
        status = Status::Fresh;
        reason.clear();
        since = at;
        return true;
    }

    /// Records a failure (`failure` is Stale or Unreachable). True when status or reason changed.
    bool recordFailure(Status failure, const QString &why, const QDateTime &at)
    {
        if (status == failure && reason == why)
            return false;
        if (status != failure)
            since = at;
        status = failure;
        reason = why;
        return true;
    }

    /// "fresh", "stale", "unreachable", "unknown" in the user's language (status in words,
    /// never by colour alone).
    static QString statusText(Status value)
    {
        switch (value) {
        case Status::Fresh:
            return tr("fresh");
        case Status::Stale:
            return tr("stale");
        case Status::Unreachable:
            return tr("unreachable");
        case Status::Unknown:
            break;
        }
        return tr("unknown");
    }

    friend bool operator==(const SourceState &, const SourceState &) = default;
};

} // namespace Gatehouse::Models
