#pragma once

#include "businessdays.h"
#include "calendarevent.h"
#include "calendarinterval.h"
#include "estate.h"
#include "timerule.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <memory>

namespace Gatehouse::Models {

/// What to expand: a UTC range and optional filters. Empty filters match everything.
struct CalendarQuery
{
    QDateTime from; ///< UTC, inclusive: intervals ending after it are returned
    QDateTime to;   ///< UTC, exclusive: intervals starting before it are returned
    /// Keep intervals that concern one of these sites (an interval whose `sites`
    /// is empty concerns every site and is always kept).
    QStringList sites;
    /// Keep intervals that concern one of these environments (an interval whose
    /// `environments` is empty concerns every environment and is always kept).
    QStringList environments;
    /// Keep only these kinds; empty = all kinds.
    QList<BandKind> kinds;
};

/// The business calendar of one Estate snapshot: expands every time rule — site
/// operating cycles, partners' schedules, business cycles (RRULE or business-day
/// rules), freezes, preferred maintenance windows and the holidays of each holiday
/// set — into concrete CalendarIntervals over any UTC range.
///
/// RRULEs are expanded by libical in the rule's own zone (wall-clock times stay put
/// across daylight-saving changes); each occurrence is then converted to UTC. A
/// local time that falls in a spring-forward gap is read with the offset before the
/// gap (02:30 → 03:30 new time), an ambiguous autumn time takes its first (summer
/// time) instance, as RFC 5545 §3.3.5 prescribes. All-day intervals run from local
/// midnight to local midnight of the zone in force.
///
/// What each kind's interval concerns (`sites`, `environments`):
/// - OperatingCycle: its site, and the environments serving that site.
/// - PartnerSlot: the integration's sites and environments (empty = all); `owner`
///   is the integration, `partner` the partner's name.
/// - BusinessCycle: the cycle's sites (empty = all) and the environments serving them.
///   It runs in the zone its sites share (a Chicago-only close on Chicago days),
///   otherwise in its calendar's zone; business-day rules count Monday–Friday minus
///   the rule's holiday set.
/// - Freeze: its tiers/environments resolved to environment names.
/// - MaintenanceWindow: its environments (empty = all).
/// - Holiday: the sites naming the holiday set, expanded once per site in the
///   site's zone (`owner` is the holiday set, `sites` the one site); a holiday set
///   no site uses is expanded once in its calendar's zone with empty `sites`.
///
/// Immutable after construction; every const method may be called from any thread.
class CalendarEngine
{
public:
    explicit CalendarEngine(EstatePtr estate);
    ~CalendarEngine();
    CalendarEngine(const CalendarEngine &) = delete;
    CalendarEngine &operator=(const CalendarEngine &) = delete;

    EstatePtr estate() const { return m_estate; }

    /// Every interval overlapping the query's range that passes its filters,
    /// sorted by start, then kind, then owner and name.
    QList<CalendarInterval> expand(const CalendarQuery &query) const;
    /// Shorthand: everything in [fromUtc, toUtc).
    QList<CalendarInterval> expand(const QDateTime &fromUtc, const QDateTime &toUtc) const;

    /// The business days of a holiday set (Monday–Friday minus its holidays, as
    /// dates). An unknown or empty name gives Monday–Friday without holidays.
    BusinessDays businessDays(const QString &holidaySet) const;
    /// The dates a holiday set marks as holidays between `from` and `to` (inclusive).
    QList<QDate> holidayDates(const QString &holidaySet, QDate from, QDate to) const;

    /// Zone a rule owned by the named site / calendar is written in when its
    /// TimeRule names none (site zone, calendar zone, estate default, UTC).
    QString siteTimeZone(const QString &site) const;
    QString calendarTimeZone(const QString &calendar) const;
    /// Environments that serve a site (Environment::sites contains it).
    QStringList environmentsOfSite(const QString &site) const;
    /// Environments a freeze applies to (its environments, or every environment of
    /// its tiers, or every environment).
    QStringList environmentsOfFreeze(const Freeze &freeze) const;

    /// Start/end (UTC) of each occurrence of a time rule overlapping [fromUtc, toUtc),
    /// in `rule.timeZone`, or `defaultZone` when the rule names none. Skips the
    /// `exceptions` and adds the `extraDates` (wall-clock values, as CalendarEvent
    /// carries them). Expansion is libical's; an unparseable RRULE gives nothing.
    static QList<QPair<QDateTime, QDateTime>> occurrences(const TimeRule &rule, const QString &defaultZone,
                                                          const QDateTime &fromUtc, const QDateTime &toUtc,
                                                          const QList<QDateTime> &exceptions = {},
                                                          const QList<QDateTime> &extraDates = {});
    /// The UTC instant of a wall-clock time in an IANA zone, with the RFC 5545
    /// gap and overlap rules above. "UTC" or an empty/unknown zone reads it as UTC.
    static QDateTime toUtc(QDate date, QTime time, const QString &zone);
    /// The wall-clock time of a UTC instant in an IANA zone, as a QDateTime whose
    /// date() and time() are the local fields (time spec Qt::UTC, so nothing converts
    /// it again). Fast: answered from a cached table of the zone's transitions.
    static QDateTime toWallClock(const QDateTime &utc, const QString &zone);
    /// Whether libical accepts `rrule` (the text after "RRULE:").
    static bool isValidRRule(const QString &rrule);

private:
    struct Private;
    /// Local start times (seconds on the local time line) that libical yields for a
    /// rule, memoised per expand() call: many rules share an RRULE and first date.
    struct IterationCache;
    static QList<QPair<QDateTime, QDateTime>> occurrences(const TimeRule &rule, const QString &defaultZone,
                                                          const QDateTime &fromUtc, const QDateTime &toUtc,
                                                          const QList<QDateTime> &exceptions,
                                                          const QList<QDateTime> &extraDates, IterationCache *cache);
    EstatePtr m_estate;
    std::unique_ptr<Private> m_d;
};

using CalendarEnginePtr = std::shared_ptr<const CalendarEngine>;

} // namespace Gatehouse::Models
