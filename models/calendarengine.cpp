#include "calendarengine.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>

#include <libical/ical.h>

#include <algorithm>
#include <memory>

namespace Gatehouse::Models {

namespace {

constexpr qint64 kDay = 86400;
constexpr qint64 kUnixEpochJulianDay = 2440588;
// No zone is further than 14 hours from UTC; used to stop iterating early.
constexpr qint64 kMaxOffset = 14 * 3600;

qint64 localSeconds(QDate date, QTime time)
{
    return (date.toJulianDay() - kUnixEpochJulianDay) * kDay + (time.isValid() ? time.msecsSinceStartOfDay() / 1000 : 0);
}

QDate dateOfSeconds(qint64 seconds)
{
    qint64 days = seconds / kDay;
    if (seconds < 0 && seconds % kDay != 0)
        --days;
    return QDate::fromJulianDay(days + kUnixEpochJulianDay);
}

QDateTime utcFromSeconds(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

// The UTC offsets of one zone as a sorted table of transitions. QTimeZone answers
// each question in microseconds; expanding two years of a large estate asks millions,
// so every zone is read once into a table and then answered by binary search.
class ZoneTable
{
public:
    explicit ZoneTable(const QString &zoneId)
    {
        const QByteArray id = zoneId.toUtf8();
        if (zoneId.isEmpty() || zoneId == QLatin1String("UTC") || !QTimeZone::isTimeZoneIdAvailable(id))
            return;
        const QTimeZone zone(id);
        const QDateTime from(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
        const QDateTime to(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC);
        m_initial = zone.offsetFromUtc(from);
        const QTimeZone::OffsetDataList transitions = zone.transitions(from, to);
        m_at.reserve(transitions.size());
        m_offset.reserve(transitions.size());
        for (const QTimeZone::OffsetData &t : transitions) {
            m_at.append(t.atUtc.toSecsSinceEpoch());
            m_offset.append(t.offsetFromUtc);
        }
    }

    int offsetAt(qint64 utc) const
    {
        const auto it = std::upper_bound(m_at.cbegin(), m_at.cend(), utc);
        if (it == m_at.cbegin())
            return m_initial;
        return m_offset.at(std::distance(m_at.cbegin(), it) - 1);
    }

    // RFC 5545 §3.3.5: a time in a gap uses the offset before the gap; an ambiguous
    // time is the first of its two instances.
    qint64 toUtc(qint64 local) const
    {
        if (m_at.isEmpty())
            return local - m_initial;
        const int before = offsetAt(local - kDay);
        const int after = offsetAt(local + kDay);
        const qint64 a = local - before;
        const qint64 b = local - after;
        const bool aValid = offsetAt(a) == before;
        const bool bValid = offsetAt(b) == after;
        if (aValid && bValid)
            return std::min(a, b);
        if (aValid)
            return a;
        if (bValid)
            return b;
        return a;
    }

    qint64 toLocal(qint64 utc) const { return utc + offsetAt(utc); }

private:
    QList<qint64> m_at;
    QList<int> m_offset;
    int m_initial = 0;
};

std::shared_ptr<const ZoneTable> zoneTable(const QString &zone)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const ZoneTable>> tables;
    QMutexLocker lock(&mutex);
    auto it = tables.find(zone);
    if (it == tables.end())
        it = tables.insert(zone, std::make_shared<const ZoneTable>(zone));
    return it.value();
}

icaltimetype icalLocal(QDate date, QTime time)
{
    icaltimetype t = icaltime_null_time();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    t.hour = time.isValid() ? time.hour() : 0;
    t.minute = time.isValid() ? time.minute() : 0;
    t.second = time.isValid() ? time.second() : 0;
    t.is_date = 0;
    return t;
}

bool intersects(const QStringList &a, const QStringList &b)
{
    for (const QString &x : a) {
        if (b.contains(x))
            return true;
    }
    return false;
}

BusinessDays::Period toPeriod(BusinessDayRule::Period period)
{
    switch (period) {
    case BusinessDayRule::Period::Month:
        return BusinessDays::Period::Month;
    case BusinessDayRule::Period::Quarter:
        return BusinessDays::Period::Quarter;
    case BusinessDayRule::Period::Year:
        return BusinessDays::Period::Year;
    }
    return BusinessDays::Period::Month;
}

} // namespace

struct CalendarEngine::Private
{
    struct HolidaySetInfo
    {
        const HolidaySet *set = nullptr;
        QString calendarZone;
        QStringList users; ///< sites naming the set
    };

    QHash<QString, QString> siteZones;
    QHash<QString, QString> calendarZones;
    QHash<QString, QStringList> environmentsOfSite;
    QHash<QString, HolidaySetInfo> holidaySets;
    QHash<QString, QSet<QDate>> holidayDates;
};

CalendarEngine::CalendarEngine(EstatePtr estate) : m_estate(std::move(estate)), m_d(std::make_unique<Private>())
{
    if (!m_estate)
        return;
    const QString fallback = m_estate->defaultTimeZone.isEmpty() ? QStringLiteral("UTC") : m_estate->defaultTimeZone;
    for (const Site &site : m_estate->sites)
        m_d->siteZones.insert(site.name, site.timeZone.isEmpty() ? fallback : site.timeZone);
    for (const Environment &env : m_estate->environments) {
        for (const QString &site : env.sites)
            m_d->environmentsOfSite[site].append(env.name);
    }
    for (const Calendar &calendar : m_estate->calendars) {
        const QString zone = calendar.timeZone.isEmpty() ? fallback : calendar.timeZone;
        m_d->calendarZones.insert(calendar.name, zone);
        for (const HolidaySet &set : calendar.holidays)
            m_d->holidaySets.insert(set.name, Private::HolidaySetInfo{&set, zone, {}});
    }
    for (const Site &site : m_estate->sites) {
        for (const QString &set : site.holidays) {
            auto it = m_d->holidaySets.find(set);
            if (it != m_d->holidaySets.end())
                it->users.append(site.name);
        }
    }
    // Holidays as dates, for business-day arithmetic: all-day events are dates in
    // any zone, so UTC gives them back unchanged.
    const QDateTime from(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(2061, 1, 1), QTime(0, 0), Qt::UTC);
    for (auto it = m_d->holidaySets.cbegin(); it != m_d->holidaySets.cend(); ++it) {
        QSet<QDate> dates;
        for (const CalendarEvent &event : it->set->events) {
            const auto spans = occurrences(event.when, QStringLiteral("UTC"), from, to, event.exceptions, event.extraDates);
            for (const auto &[start, end] : spans) {
                if (!event.when.allDay) {
                    dates.insert(start.date());
                    continue;
                }
                for (QDate d = start.date(); d < end.date(); d = d.addDays(1))
                    dates.insert(d);
            }
        }
        m_d->holidayDates.insert(it.key(), dates);
    }
}

CalendarEngine::~CalendarEngine() = default;

QString CalendarEngine::siteTimeZone(const QString &site) const
{
    return m_d->siteZones.value(site, m_estate && !m_estate->defaultTimeZone.isEmpty() ? m_estate->defaultTimeZone
                                                                                       : QStringLiteral("UTC"));
}

QString CalendarEngine::calendarTimeZone(const QString &calendar) const
{
    return m_d->calendarZones.value(calendar, m_estate && !m_estate->defaultTimeZone.isEmpty()
                                                  ? m_estate->defaultTimeZone
                                                  : QStringLiteral("UTC"));
}

QStringList CalendarEngine::environmentsOfSite(const QString &site) const
{
    return m_d->environmentsOfSite.value(site);
}

QStringList CalendarEngine::environmentsOfFreeze(const Freeze &freeze) const
{
    if (!freeze.environments.isEmpty())
        return freeze.environments;
    QStringList result;
    if (!m_estate)
        return result;
    for (const Environment &env : m_estate->environments) {
        if (freeze.tiers.isEmpty() || freeze.tiers.contains(env.tier))
            result.append(env.name);
    }
    return result;
}

BusinessDays CalendarEngine::businessDays(const QString &holidaySet) const
{
    return BusinessDays(m_d->holidayDates.value(holidaySet));
}

QList<QDate> CalendarEngine::holidayDates(const QString &holidaySet, QDate from, QDate to) const
{
    QList<QDate> result;
    const QSet<QDate> dates = m_d->holidayDates.value(holidaySet);
    for (const QDate &d : dates) {
        if (d >= from && d <= to)
            result.append(d);
    }
    std::sort(result.begin(), result.end());
    return result;
}

bool CalendarEngine::isValidRRule(const QString &rrule)
{
    if (rrule.trimmed().isEmpty())
        return false;
    const QByteArray bytes = rrule.toUtf8();
    icalerror_clear_errno();
    const icalrecurrencetype recur = icalrecurrencetype_from_string(bytes.constData());
    const bool ok = recur.freq != ICAL_NO_RECURRENCE && icalerrno == ICAL_NO_ERROR;
    icalerror_clear_errno();
    return ok;
}

QDateTime CalendarEngine::toUtc(QDate date, QTime time, const QString &zone)
{
    return utcFromSeconds(zoneTable(zone)->toUtc(localSeconds(date, time)));
}

struct CalendarEngine::IterationCache
{
    QHash<QString, QList<qint64>> starts;
};

QDateTime CalendarEngine::toWallClock(const QDateTime &utc, const QString &zone)
{
    return utcFromSeconds(zoneTable(zone)->toLocal(utc.toSecsSinceEpoch()));
}

QList<QPair<QDateTime, QDateTime>> CalendarEngine::occurrences(const TimeRule &rule, const QString &defaultZone,
                                                               const QDateTime &fromUtc, const QDateTime &toUtc,
                                                               const QList<QDateTime> &exceptions,
                                                               const QList<QDateTime> &extraDates)
{
    return occurrences(rule, defaultZone, fromUtc, toUtc, exceptions, extraDates, nullptr);
}

QList<QPair<QDateTime, QDateTime>> CalendarEngine::occurrences(const TimeRule &rule, const QString &defaultZone,
                                                               const QDateTime &fromUtc, const QDateTime &toUtc,
                                                               const QList<QDateTime> &exceptions,
                                                               const QList<QDateTime> &extraDates,
                                                               IterationCache *cache)
{
    QList<QPair<QDateTime, QDateTime>> result;
    if (!fromUtc.isValid() || !toUtc.isValid() || fromUtc >= toUtc)
        return result;
    const std::shared_ptr<const ZoneTable> zone = zoneTable(rule.timeZone.isEmpty() ? defaultZone : rule.timeZone);
    const qint64 from = fromUtc.toSecsSinceEpoch();
    const qint64 to = toUtc.toSecsSinceEpoch();
    const QDate firstDate = rule.startDate.isValid() ? rule.startDate : QDate(2026, 1, 1);
    const QTime firstTime = rule.allDay || !rule.startTime.isValid() ? QTime(0, 0) : rule.startTime;
    const qint64 allDays = std::max<qint64>(1, (rule.durationSeconds + kDay - 1) / kDay);
    // Whole days are nominal (RFC 5545 §3.3.6): P1D from 00:00 ends at the next local
    // midnight even across a daylight-saving change; hours and minutes are exact.
    const bool nominalDays = !rule.allDay && rule.durationSeconds > 0 && rule.durationSeconds % kDay == 0;

    auto push = [&](qint64 local) {
        qint64 start = 0;
        qint64 end = 0;
        if (rule.allDay) {
            const qint64 midnight = local - ((local % kDay) + kDay) % kDay;
            start = zone->toUtc(midnight);
            end = zone->toUtc(midnight + allDays * kDay);
        } else {
            start = zone->toUtc(local);
            end = nominalDays ? zone->toUtc(local + rule.durationSeconds) : start + rule.durationSeconds;
        }
        if (end > from && start < to && (end > start || start >= from))
            result.append({utcFromSeconds(start), utcFromSeconds(end)});
    };

    QSet<qint64> excluded;
    for (const QDateTime &e : exceptions)
        excluded.insert(rule.allDay ? localSeconds(e.date(), QTime(0, 0)) : localSeconds(e.date(), e.time()));

    if (rule.rrule.trimmed().isEmpty()) {
        push(localSeconds(firstDate, firstTime));
    } else {
        const qint64 span = rule.allDay ? allDays * kDay : std::max<qint64>(rule.durationSeconds, 0);
        const QDate skipTo = dateOfSeconds(from - span - kMaxOffset).addDays(-2);
        const qint64 firstTimeOfDay = localSeconds(QDate(1970, 1, 1), firstTime);
        // libical yields the same dates whatever the time of day for rules that do not
        // iterate within a day, so those share one iteration (keyed without the time).
        const QString rrule = rule.rrule.trimmed().toUpper();
        const bool timeFree = !rrule.contains(QLatin1String("FREQ=HOURLY")) && !rrule.contains(QLatin1String("FREQ=MINUTELY"))
            && !rrule.contains(QLatin1String("FREQ=SECONDLY")) && !rrule.contains(QLatin1String("BYHOUR"))
            && !rrule.contains(QLatin1String("BYMINUTE")) && !rrule.contains(QLatin1String("BYSECOND"));
        const QString key = rrule + QLatin1Char('|') + QString::number(firstDate.toJulianDay()) + QLatin1Char('|')
            + QString::number(timeFree ? 0 : firstTimeOfDay) + QLatin1Char('|') + QString::number(skipTo.toJulianDay())
            + QLatin1Char('|') + QString::number(to);
        QList<qint64> starts; // local seconds, relative to the time of day when timeFree
        const auto cached = cache ? cache->starts.constFind(key) : QHash<QString, QList<qint64>>::const_iterator();
        if (cache && cached != cache->starts.cend()) {
            starts = cached.value();
        } else {
            const QByteArray bytes = rule.rrule.toUtf8();
            icalerror_clear_errno();
            const icalrecurrencetype recur = icalrecurrencetype_from_string(bytes.constData());
            icalerror_clear_errno();
            if (recur.freq == ICAL_NO_RECURRENCE)
                return result;
            icalrecur_iterator *it = icalrecur_iterator_new(recur, icalLocal(firstDate, firstTime));
            if (!it)
                return result;
            // Skip straight to the range for simple rules; COUNT needs every earlier
            // occurrence counted, and an INTERVAL needs the phase from DTSTART.
            if (recur.count == 0 && recur.interval <= 1 && skipTo > firstDate.addDays(7))
                icalrecur_iterator_set_start(it, icalLocal(skipTo, QTime(0, 0)));
            // A bound on libical's work per expansion: rules that iterate forever without
            // producing anything (BYMONTHDAY=31;BYMONTH=2), or sub-daily rules whose INTERVAL
            // forces iterating from a DTSTART decades back, would otherwise hold a worker
            // for minutes. 200,000 steps cover an hourly rule over ~20 years (45 at
            // INTERVAL=2) — far beyond any business calendar's rules.
            constexpr int kMaxSteps = 200000;
            int steps = 0;
            for (icaltimetype t = icalrecur_iterator_next(it); !icaltime_is_null_time(t) && ++steps <= kMaxSteps;
                 t = icalrecur_iterator_next(it)) {
                const QDate date(t.year, t.month, t.day);
                if (!date.isValid())
                    continue;
                const qint64 local = localSeconds(date, QTime(t.hour, t.minute, t.second));
                if (local - kMaxOffset - kDay >= to)
                    break;
                starts.append(timeFree ? local - firstTimeOfDay : local);
            }
            icalrecur_iterator_free(it);
            if (cache)
                cache->starts.insert(key, starts);
        }
        for (qint64 s : std::as_const(starts)) {
            const qint64 local = timeFree ? s + firstTimeOfDay : s;
            if (local - kMaxOffset >= to)
                break;
            if (!excluded.contains(rule.allDay ? local - (((local % kDay) + kDay) % kDay) : local))
                push(local);
        }
    }
    for (const QDateTime &extra : extraDates) {
        const qint64 local = localSeconds(extra.date(), rule.allDay ? QTime(0, 0) : extra.time());
        if (!excluded.contains(local))
            push(local);
    }
    if (!extraDates.isEmpty()) {
        std::sort(result.begin(), result.end());
        result.erase(std::unique(result.begin(), result.end()), result.end());
    }
    return result;
}

QList<CalendarInterval> CalendarEngine::expand(const QDateTime &fromUtc, const QDateTime &toUtc) const
{
    CalendarQuery query;
    query.from = fromUtc;
    query.to = toUtc;
    return expand(query);
}

QList<CalendarInterval> CalendarEngine::expand(const CalendarQuery &query) const
{
    QList<CalendarInterval> result;
    if (!m_estate || !query.from.isValid() || !query.to.isValid() || query.from >= query.to)
        return result;
    const QDateTime from = query.from.toUTC();
    const QDateTime to = query.to.toUTC();
    auto wanted = [&](BandKind kind) { return query.kinds.isEmpty() || query.kinds.contains(kind); };
    auto concerns = [&](const QStringList &sites, const QStringList &environments) {
        if (!query.sites.isEmpty() && !sites.isEmpty() && !intersects(sites, query.sites))
            return false;
        if (!query.environments.isEmpty() && !environments.isEmpty() && !intersects(environments, query.environments))
            return false;
        return true;
    };
    IterationCache cache;
    auto add = [&](const CalendarInterval &prototype, const TimeRule &rule, const QString &zone,
                   const QList<QDateTime> &exceptions = {}, const QList<QDateTime> &extras = {}) {
        const auto spans = occurrences(rule, zone, from, to, exceptions, extras, &cache);
        for (const auto &[start, end] : spans) {
            CalendarInterval interval = prototype;
            interval.start = start;
            interval.end = end;
            result.append(std::move(interval));
        }
    };

    if (wanted(BandKind::OperatingCycle)) {
        for (const Site &site : m_estate->sites) {
            const QStringList sites{site.name};
            const QStringList envs = environmentsOfSite(site.name);
            if (!concerns(sites, envs))
                continue;
            const QString zone = siteTimeZone(site.name);
            for (const OperatingCycle &cycle : site.cycles) {
                CalendarInterval p;
                p.kind = BandKind::OperatingCycle;
                p.name = cycle.name;
                p.owner = site.name;
                p.sites = sites;
                p.environments = envs;
                p.processes = cycle.processes;
                p.impact = cycle.impact;
                p.timeZone = cycle.when.timeZone.isEmpty() ? zone : cycle.when.timeZone;
                p.allDay = cycle.when.allDay;
                p.location = cycle.when.location;
                add(p, cycle.when, zone);
            }
        }
    }

    if (wanted(BandKind::PartnerSlot)) {
        const QString zone = calendarTimeZone(QString());
        for (const Integration &integration : m_estate->integrations) {
            if (!concerns(integration.sites, integration.environments))
                continue;
            for (const Partner &partner : integration.partners) {
                for (const TimeRule &rule : partner.schedule) {
                    CalendarInterval p;
                    p.kind = BandKind::PartnerSlot;
                    p.name = rule.name;
                    p.owner = integration.name;
                    p.partner = partner.name;
                    p.sites = integration.sites;
                    p.environments = integration.environments;
                    p.processes = integration.processes;
                    p.impact = integration.criticality;
                    p.timeZone = rule.timeZone.isEmpty() ? zone : rule.timeZone;
                    p.allDay = rule.allDay;
                    p.location = rule.location;
                    add(p, rule, zone);
                }
            }
        }
    }

    for (const Calendar &calendar : m_estate->calendars) {
        const QString zone = calendarTimeZone(calendar.name);
        if (wanted(BandKind::BusinessCycle)) {
            for (const BusinessCycle &cycle : calendar.businessCycles) {
                QStringList envs;
                for (const QString &site : cycle.sites) {
                    for (const QString &env : environmentsOfSite(site)) {
                        if (!envs.contains(env))
                            envs.append(env);
                    }
                }
                if (!concerns(cycle.sites, envs))
                    continue;
                // A cycle of sites that share a zone (US month-end close at Chicago) runs on
                // their local days; otherwise on the calendar's.
                QString cycleZone = zone;
                if (!cycle.sites.isEmpty()) {
                    cycleZone = siteTimeZone(cycle.sites.first());
                    for (const QString &site : cycle.sites) {
                        if (siteTimeZone(site) != cycleZone)
                            cycleZone = zone;
                    }
                }
                CalendarInterval p;
                p.kind = BandKind::BusinessCycle;
                p.name = cycle.name;
                p.owner = calendar.name;
                p.sites = cycle.sites;
                p.environments = envs;
                p.processes = cycle.processes;
                p.impact = cycle.impact;
                p.location = cycle.location;
                if (cycle.when) {
                    p.timeZone = cycle.when->timeZone.isEmpty() ? cycleZone : cycle.when->timeZone;
                    p.allDay = cycle.when->allDay;
                    add(p, *cycle.when, cycleZone);
                    continue;
                }
                if (!cycle.businessDays)
                    continue;
                const BusinessDayRule &rule = *cycle.businessDays;
                const BusinessDays days = businessDays(rule.holidays);
                const BusinessDays::Period period = toPeriod(rule.period);
                p.timeZone = cycleZone;
                p.allDay = true;
                const std::shared_ptr<const ZoneTable> table = zoneTable(cycleZone);
                // Periods whose close can reach into the range: one period before it
                // (its first days of the next period) up to the one containing its end.
                QDate d = BusinessDays::periodStart(
                    dateOfSeconds(table->toLocal(from.toSecsSinceEpoch())).addDays(-1), period);
                d = BusinessDays::periodStart(d.addDays(-1), period);
                const QDate last = dateOfSeconds(table->toLocal(to.toSecsSinceEpoch())).addDays(1);
                for (; d <= last; d = BusinessDays::periodEnd(d, period).addDays(1)) {
                    const QList<QDate> tail = days.lastBusinessDays(d, period, rule.lastDays);
                    const QDate next = BusinessDays::periodEnd(d, period).addDays(1);
                    const QList<QDate> head = days.firstBusinessDays(next, period, rule.firstDays);
                    const QDate firstDay = !tail.isEmpty() ? tail.first() : !head.isEmpty() ? head.first() : QDate();
                    const QDate lastDay = !head.isEmpty() ? head.last() : !tail.isEmpty() ? tail.last() : QDate();
                    if (!firstDay.isValid())
                        continue;
                    const qint64 start = table->toUtc(localSeconds(firstDay, QTime(0, 0)));
                    const qint64 end = table->toUtc(localSeconds(lastDay.addDays(1), QTime(0, 0)));
                    if (end <= from.toSecsSinceEpoch() || start >= to.toSecsSinceEpoch())
                        continue;
                    CalendarInterval interval = p;
                    interval.start = utcFromSeconds(start);
                    interval.end = utcFromSeconds(end);
                    result.append(std::move(interval));
                }
            }
        }

        if (wanted(BandKind::Freeze)) {
            for (const Freeze &freeze : calendar.freezes) {
                const QStringList envs = environmentsOfFreeze(freeze);
                if (!concerns({}, envs) || (envs.isEmpty() && !query.environments.isEmpty()))
                    continue;
                const QString freezeZone = freeze.timeZone.isEmpty() ? zone : freeze.timeZone;
                CalendarInterval interval;
                interval.kind = BandKind::Freeze;
                interval.name = freeze.name;
                interval.owner = calendar.name;
                interval.environments = envs;
                interval.impact = Criticality::Critical;
                interval.timeZone = freezeZone;
                interval.start = toUtc(freeze.start.date(), freeze.start.time(), freezeZone);
                interval.end = toUtc(freeze.end.date(), freeze.end.time(), freezeZone);
                interval.allowedChangeTypes = freeze.allowedChangeTypes;
                interval.location = freeze.location;
                if (interval.end > from && interval.start < to)
                    result.append(std::move(interval));
            }
        }

        if (wanted(BandKind::MaintenanceWindow)) {
            for (const MaintenanceWindow &window : calendar.maintenanceWindows) {
                if (!concerns({}, window.environments))
                    continue;
                CalendarInterval p;
                p.kind = BandKind::MaintenanceWindow;
                p.name = window.name;
                p.owner = calendar.name;
                p.environments = window.environments;
                p.impact = window.impactTier;
                p.impactTier = window.impactTier;
                p.timeZone = window.when.timeZone.isEmpty() ? zone : window.when.timeZone;
                p.allDay = window.when.allDay;
                p.location = window.location;
                add(p, window.when, zone);
            }
        }

        if (wanted(BandKind::Holiday)) {
            for (const HolidaySet &set : calendar.holidays) {
                const QStringList users = m_d->holidaySets.value(set.name).users;
                // Expanded once per site that uses the set, in that site's zone.
                const QStringList owners = users.isEmpty() ? QStringList{QString()} : users;
                for (const QString &site : owners) {
                    const QStringList sites = site.isEmpty() ? QStringList() : QStringList{site};
                    const QStringList envs = site.isEmpty() ? QStringList() : environmentsOfSite(site);
                    if (!concerns(sites, envs))
                        continue;
                    const QString siteZone = site.isEmpty() ? zone : siteTimeZone(site);
                    for (const CalendarEvent &event : set.events) {
                        CalendarInterval p;
                        p.kind = BandKind::Holiday;
                        p.name = event.summary;
                        p.owner = set.name;
                        p.sites = sites;
                        p.environments = envs;
                        p.impact = Criticality::Low;
                        p.timeZone = event.when.timeZone.isEmpty() ? siteZone : event.when.timeZone;
                        p.allDay = event.when.allDay;
                        p.location = event.location;
                        add(p, event.when, siteZone, event.exceptions, event.extraDates);
                    }
                }
            }
        }
    }

    std::sort(result.begin(), result.end(), [](const CalendarInterval &a, const CalendarInterval &b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (a.owner != b.owner)
            return a.owner < b.owner;
        if (a.name != b.name)
            return a.name < b.name;
        return a.sites < b.sites;
    });
    return result;
}

} // namespace Gatehouse::Models
