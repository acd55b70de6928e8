#include "businessdays.h"

#include <utility>

namespace Gatehouse::Models {

BusinessDays::BusinessDays(QSet<QDate> holidays) : m_holidays(std::move(holidays)) {}

bool BusinessDays::isBusinessDay(QDate date) const
{
    return date.isValid() && date.dayOfWeek() <= 5 && !m_holidays.contains(date);
}

QDate BusinessDays::periodStart(QDate date, Period period)
{
    switch (period) {
    case Period::Month:
        return QDate(date.year(), date.month(), 1);
    case Period::Quarter:
        return QDate(date.year(), ((date.month() - 1) / 3) * 3 + 1, 1);
    case Period::Year:
        return QDate(date.year(), 1, 1);
    }
    return date;
}

QDate BusinessDays::periodEnd(QDate date, Period period)
{
    const QDate start = periodStart(date, period);
    const int months = period == Period::Month ? 1 : period == Period::Quarter ? 3 : 12;
    return start.addMonths(months).addDays(-1);
}

QList<QDate> BusinessDays::lastBusinessDays(QDate date, Period period, int count) const
{
    QList<QDate> days;
    const QDate start = periodStart(date, period);
    for (QDate d = periodEnd(date, period); d >= start && days.size() < count; d = d.addDays(-1)) {
        if (isBusinessDay(d))
            days.prepend(d);
    }
    return days;
}

QList<QDate> BusinessDays::firstBusinessDays(QDate date, Period period, int count) const
{
    QList<QDate> days;
    const QDate end = periodEnd(date, period);
    for (QDate d = periodStart(date, period); d <= end && days.size() < count; d = d.addDays(1)) {
        if (isBusinessDay(d))
            days.append(d);
    }
    return days;
}

QDate BusinessDays::businessDaysBeforeEnd(QDate date, Period period, int count) const
{
    const QList<QDate> days = lastBusinessDays(date, period, count + 1);
    return days.size() == count + 1 ? days.first() : QDate();
}

QDate BusinessDays::addBusinessDays(QDate date, int count) const
{
    if (!date.isValid())
        return {};
    const int step = count < 0 ? -1 : 1;
    // A holiday list can never cover every weekday for long; the bound only guards
    // against an endless loop on nonsense input.
    int guard = 0;
    while (!isBusinessDay(date) && guard++ < 3660)
        date = date.addDays(step);
    for (int remaining = count < 0 ? -count : count; remaining > 0 && guard++ < 36600;) {
        date = date.addDays(step);
        if (isBusinessDay(date))
            --remaining;
    }
    return date;
}

} // namespace Gatehouse::Models
